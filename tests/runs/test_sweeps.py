"""runs.sweeps: a sweep is a view of one trained stack, and the plain loop fills the same view."""

from __future__ import annotations

import numpy as np
import pytest

from descent import engine, network
from descent.runs import sweeps

ALPHAS = (0.5, 10.0, 1000.0)


@pytest.fixture(scope="module")
def batched():
    return sweeps.sweep(ALPHAS, hidden=3, iterations=300, every=50, seed=2)


def test_each_run_reads_its_row_of_the_stack(batched):
    trained = batched.trained
    assert batched.iterations == trained.iterations == 300
    assert [run.alpha for run in batched.runs] == list(ALPHAS)
    for i, run in enumerate(batched.runs):
        assert run.errors == dict(zip(trained.steps.tolist(), trained.errors[i].tolist()))
        assert run.final == trained.final[i] == batched.final[i]
        for name in ("synapse_0", "synapse_1", "synapse_0_direction_changes",
                     "synapse_1_direction_changes"):
            assert np.array_equal(getattr(run, name), getattr(trained, name)[i]), name


@pytest.mark.parametrize("arithmetic", ["2015", "numpy"])
def test_the_plain_loop_fills_the_same_view(batched, arithmetic):
    plain = sweeps.sweep_plain(ALPHAS, 3, 300, 50, 2, arithmetic)
    for i, (run, alpha) in enumerate(zip(plain.runs, ALPHAS)):
        errors, synapse_0, synapse_1, changes_0, changes_1 = network.train(alpha, 3, 300, 50, 2,
                                                                           arithmetic)
        assert run.alpha == alpha and run.errors == errors
        assert np.array_equal(run.synapse_0, synapse_0)
        assert np.array_equal(run.synapse_0_direction_changes, changes_0)
        assert np.array_equal(run.synapse_1_direction_changes, changes_1)
        ops = network.ARITHMETICS[arithmetic]
        assert run.final == engine.final_errors(synapse_0[None], synapse_1[None], ops)[0]
    if arithmetic == "2015":  # the batched engine is the plain loop, bit for bit
        for ours, theirs in zip(batched.runs, plain.runs):
            assert ours.errors == theirs.errors and ours.final == theirs.final
            assert np.array_equal(ours.synapse_1_direction_changes,
                                  theirs.synapse_1_direction_changes)


def test_as_logged_keeps_only_the_printed_steps(batched):
    logged = sweeps.as_logged(batched, every=100)
    assert (logged.hidden, logged.seed, logged.iterations) == (3, 2, 300)
    for run, full in zip(logged.runs, batched.runs):
        assert run.errors == {j: e for j, e in full.errors.items() if j % 100 == 0}
        assert list(run.errors) == [0, 100, 200]
        assert np.array_equal(run.synapse_0, full.synapse_0) and run.final == full.final
