"""runs.stalls: the article's sweep in two halves ends where the sweep ends, bit for bit."""

from __future__ import annotations

import numpy as np

from descent import engine
from descent.network import ALPHAS
from descent.runs import stalls
from descent.switched import Weights


def test_two_halves_are_one_run():
    # A short version of halves(): 2 + 3 steps against 5 in one go, counting direction changes in the second.
    start = engine.starts([1] * len(ALPHAS), 4)
    whole = engine.train(ALPHAS, *start, 5, direction_changes=True)
    first = engine.train(ALPHAS, *start, 2)
    second = engine.train(ALPHAS, first.synapse_0, first.synapse_1, 3, direction_changes=True)
    assert np.array_equal(second.synapse_0, whole.synapse_0)
    assert np.array_equal(second.synapse_1, whole.synapse_1)
    assert np.all(second.synapse_0_direction_changes <= whole.synapse_0_direction_changes)


def test_outputs_are_the_forward_pass():
    from descent.network import X, sigmoid
    rng = np.random.RandomState(3)
    synapse_0, synapse_1 = rng.standard_normal((3, 4)), rng.standard_normal((4, 1))
    layer_1, out = stalls.outputs(synapse_0, synapse_1)
    assert np.allclose(layer_1, sigmoid(X @ synapse_0), rtol=1e-14)
    assert np.allclose(out, sigmoid(sigmoid(X @ synapse_0) @ synapse_1)[:, 0], rtol=1e-14)


def test_moved_and_direction_changes_read_the_halves():
    a = np.zeros((1, 3, 4))

    def trained(synapse_0, synapse_1, *counts):
        return engine.Trained(np.array([1.0]), 1, np.array([0]), np.zeros((1, 1)), np.zeros(1),
                              Weights(synapse_0, synapse_1), None, *counts)

    found = stalls.Halves(4, trained(a, np.zeros((1, 4, 1))),
                          trained(a + 0.25, np.full((1, 4, 1), -0.5),
                                  np.ones((1, 3, 4), dtype=int), np.zeros((1, 4, 1), dtype=int)))
    assert found.moved(1.0) == 0.5 and found.direction_changes(1.0) == 12
