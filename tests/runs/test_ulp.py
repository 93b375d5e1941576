"""runs.ulp: one-ulp nudges of the starting weights, and the batched run from them."""

from __future__ import annotations

import numpy as np
import pytest

from descent.network import ALPHAS, X, init_weights
from descent.runs import sweeps, ulp

pytestmark = pytest.mark.claims  # prose and pins held to the runs (the same bits on every machine)


def test_a_nudge_moves_each_weight_by_at_most_one_ulp():
    weights = np.array([0.3, -0.7, 1e-300, -2.0])
    moved = ulp.nudge(weights, np.array([1, -1, 0, 1]))
    assert moved[0] == np.nextafter(0.3, 1) and moved[1] == np.nextafter(-0.7, -1)
    assert moved[2] == weights[2] and moved[3] == np.nextafter(-2.0, 0)
    assert np.all(np.abs(moved - weights) <= np.spacing(np.abs(weights)))


def test_moves_are_distinct_not_all_zero_and_seeded():
    moves = ulp.draw_moves(16, 40, seed=3)
    assert moves.shape == (40, 16) and set(np.unique(moves)) <= {-1, 0, 1}
    assert len({tuple(row) for row in moves}) == 40 and np.all(np.any(moves != 0, axis=1))
    assert np.array_equal(moves, ulp.draw_moves(16, 40, seed=3))


def test_starts_differ_from_seed_1_only_where_moved():
    synapse_0, synapse_1 = init_weights(X.shape[1], 4, 1)
    moves = ulp.draw_moves(16, 5, seed=1)
    for row, (start_0, start_1) in zip(moves, ulp.nudged_starts(4, moves)):
        moved = np.concatenate([start_0.ravel(), start_1.ravel()])
        plain = np.concatenate([synapse_0.ravel(), synapse_1.ravel()])
        assert np.array_equal(moved != plain, row != 0)
        assert np.array_equal(np.sign(moved - plain), row)


def test_the_stored_runs_cover_every_alpha_and_start():
    for hidden in (4, 32):
        found = ulp.nudged(hidden, direction_changes=hidden == 4)
        assert found.alphas == ALPHAS and found.errors.shape[:2] == (ulp.NUDGES, len(ALPHAS))
        assert found.synapse_0.shape == (ulp.NUDGES, len(ALPHAS), 3, hidden)
        assert (found.synapse_0_direction_changes is None) == (hidden == 32)
        # Nudged by one ulp, every run starts from the article's error to the last printed digit.
        first = sweeps.article_sweep(hidden).runs[0].errors[0]
        assert np.all(np.abs(found.errors[:, :, 0] - first) < 1e-13)
