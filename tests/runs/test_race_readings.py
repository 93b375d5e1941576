"""runs.race_readings: the race's errors and scipy's searches put on one axis of passes."""

from __future__ import annotations

import numpy as np
import pytest

from descent import engine
from descent.runs import quasi_newton, race, race_readings

pytestmark = pytest.mark.claims  # prose and pins held to the runs (the same bits on every machine)


def _search(evaluations) -> quasi_newton.Search:
    """A made-up search whose seeds spent `evaluations` (its traces do not matter here)."""
    trace = np.array([[1, 0.5]])
    return quasi_newton.Search("BFGS", tuple(range(1, len(evaluations) + 1)),
                               (trace,) * len(evaluations), np.array(evaluations),
                               np.full(len(evaluations), 0.5))


def test_lowest_so_far_steps_between_recorded_improvements():
    found = quasi_newton.Search("BFGS", (1,), (np.array([[1, 0.5], [4, 0.2], [9, 0.1]]),),
                                np.array([12]), np.array([0.1]))
    table = race_readings.lowest_so_far(found, np.array([1, 3, 4, 8, 12]))
    assert table.tolist() == [[0.5, 0.5, 0.2, 0.2, 0.1]]
    assert found.evaluations_to(0.15).tolist() == [9]


def test_the_error_before_the_first_step_is_the_first_pass_as_scipy_counts_it():
    """A pass is one forward and backward pass of the network: the race's error logged before
    step 0 is its first, and it is the error scipy's first evaluation measures from that start."""
    lap = race.race("momentum")
    assert lap.steps[0] == 0 and race_readings.passes(lap)[0] == 1
    assert np.array_equal(race_readings.passes(lap), lap.steps + 1)
    for row, seed in enumerate(lap.seeds[:3]):
        synapse_0, synapse_1 = engine.starts([seed])
        weights = np.concatenate([synapse_0[0].ravel(), synapse_1[0].ravel()])
        assert lap.errors[row, 0] == pytest.approx(quasi_newton.loss_and_slopes(weights)[2],
                                                   rel=1e-12)


def test_evaluation_counts_are_log_spaced_whole_numbers_up_to_the_most_any_seed_spent():
    counts = race_readings.evaluation_counts(_search([37, 1000, 412]))
    assert counts[0] == 1 and counts[-1] == 1000  # the most, not the first seed's
    assert counts.dtype.kind == "i" and np.all(np.diff(counts) > 0)
    # Past the first few (where rounding merges neighbours) each count is the last times
    # 1000 ** (1 / 59), the ratio of 60 log-spaced points from 1 to 1000, give or take a rounding.
    ratio = 1000 ** (1 / 59)
    upper = counts[counts >= 100]
    assert np.all(np.abs(upper[1:] - ratio * upper[:-1]) <= (1 + ratio) / 2 + 1e-9)
