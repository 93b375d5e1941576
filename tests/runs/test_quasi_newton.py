"""runs.quasi_newton: scipy's BFGS, L-BFGS and annealing on the network, counted by evaluations."""

from __future__ import annotations

import numpy as np
import pytest

from descent import engine
from descent.network import X, y
from descent.runs import quasi_newton

pytestmark = pytest.mark.claims  # prose and pins held to the runs (the same bits on every machine)


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


def test_the_loss_and_error_are_those_of_a_plain_forward_pass():
    """The network written out in plain numpy (its own exp, not the post's arithmetic): the loss
    is half the sum of squared errors and the error their mean size, weights laid out as
    synapse_0 row by row, then synapse_1."""
    rng = np.random.RandomState(3)
    for _ in range(3):
        weights = 4 * rng.random_sample(16) - 2
        hidden = 1 / (1 + np.exp(-(X @ weights[:12].reshape(3, 4))))
        errors = y - 1 / (1 + np.exp(-(hidden @ weights[12:].reshape(4, 1))))
        loss, _, error = quasi_newton.loss_and_slopes(weights)
        assert loss == pytest.approx(0.5 * np.sum(errors ** 2), rel=1e-12)
        assert error == pytest.approx(np.mean(np.abs(errors)), rel=1e-12)


@pytest.mark.parametrize("method", quasi_newton.METHODS)
def test_no_method_spends_more_than_the_budget_and_each_ends_at_its_lowest(method):
    found = quasi_newton.search(method, seeds=1)
    trace = found.traces[0]
    assert found.evaluations[0] <= quasi_newton.BUDGET
    assert found.final[0] == trace[:, 1].min() < trace[0, 1]  # it improved on the start


def test_unknown_names_are_one_clear_error():
    with pytest.raises(ValueError, match="unknown method"):
        quasi_newton.search("newton")
