"""The follow-up's runs: the race, the alpha ranges and scipy's methods."""

from __future__ import annotations

import numpy as np
import pytest

from descent import engine
from descent.runs import quasi_newton, race, race_readings

pytestmark = pytest.mark.claims  # prose and pins held to the runs (the same bits on every machine)


def test_the_race_runs_each_seed_from_its_own_start():
    lap = race.race("momentum")
    alone = engine.train([lap.alpha], *engine.starts([7]), race.STEPS, rule="momentum")
    assert lap.final[6] == alone.final[0]  # seed 7 is row 6, bit for bit
    passes = lap.passes_to_target()
    got = np.isfinite(passes)
    assert np.all(lap.final[~got] > race.TARGET)


def test_alpha_range_marks_a_run_whose_weights_overflowed_as_failed():
    found = race.alpha_range("gradient descent")
    assert np.all(np.isfinite(found.errors)) and found.breakdown < race.RANGE_ALPHAS.max()


def test_scipy_methods_are_counted_by_the_passes_they_make():
    found = quasi_newton.search("L-BFGS", seeds=2)
    for trace, spent in zip(found.traces, found.evaluations):
        assert trace[0, 0] == 1 and trace[-1, 0] <= spent <= quasi_newton.BUDGET
        assert np.all(np.diff(trace[:, 1]) < 0)  # recorded only when the error improves
    start = engine.starts([1])
    _, _, first_error = quasi_newton.loss_and_slopes(
        np.concatenate([start[0][0].ravel(), start[1][0].ravel()]))
    assert found.traces[0][0, 1] == first_error


def test_the_backward_pass_is_the_gradient_of_half_the_squared_error():
    """Checked against scipy's finite differences: a second method, not our own arithmetic."""
    from scipy import optimize

    rng = np.random.RandomState(7)
    for _ in range(5):
        weights = 2 * rng.random_sample(16) - 1
        assert optimize.check_grad(lambda w: quasi_newton.loss_and_slopes(w)[0],
                                   lambda w: quasi_newton.loss_and_slopes(w)[1], weights) < 1e-6


def test_lowest_so_far_steps_between_recorded_improvements():
    found = quasi_newton.Search("BFGS", (1,), (np.array([[1, 0.5], [4, 0.2], [9, 0.1]]),),
                                np.array([12]), np.array([0.1]))
    table = race_readings.lowest_so_far(found, np.array([1, 3, 4, 8, 12]))
    assert table.tolist() == [[0.5, 0.5, 0.2, 0.2, 0.1]]
    assert found.evaluations_to(0.15).tolist() == [9]


@pytest.mark.parametrize("call, message", [
    (lambda: race.alpha_range("sgd"), "unknown optimizer"),
    (lambda: race.race("sgd"), "unknown optimizer"),
    (lambda: quasi_newton.search("newton"), "unknown method"),
])
def test_unknown_names_are_one_clear_error(call, message):
    with pytest.raises(ValueError, match=message):
        call()
