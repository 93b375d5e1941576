"""Any rule trains the 13-line network; with plain gradient descent it is the post's loop again."""

from __future__ import annotations

import numpy as np
import pytest

from descent import network, training
from descent.runs import quasi_newton


@pytest.mark.parametrize("alpha, hidden", [(0.5, 4), (10.0, 4), (1000.0, 4), (10.0, 32)])
def test_gradient_descent_is_network_train_bit_for_bit(alpha, hidden):
    errors, synapse_0, synapse_1, _, _ = network.train(alpha, hidden, iterations=2500, every=500)
    start = training.starts([1], hidden)
    found = training.train("gradient descent", [alpha], *start, 2500, logged=list(errors))
    assert np.array_equal(found.synapse_0[0], synapse_0)
    assert np.array_equal(found.synapse_1[0], synapse_1)
    assert found.errors[0].tolist() == list(errors.values())


def test_a_stack_trains_each_network_as_if_alone():
    alphas, seeds = [0.01, 0.3, 2.0], [1, 2, 3]
    together = training.train("Adam", alphas, *training.starts(seeds), 300)
    for b, (alpha, seed) in enumerate(zip(alphas, seeds)):
        alone = training.train("Adam", [alpha], *training.starts([seed]), 300)
        assert np.array_equal(together.synapse_0[b], alone.synapse_0[0])
        assert np.array_equal(together.final[b], alone.final[0])


def test_final_error_is_the_next_steps_logged_error():
    found = training.train("momentum", [1.0], *training.starts([1]), 101, logged=[100])
    longer = training.train("momentum", [1.0], *training.starts([1]), 102, logged=[101])
    assert found.final[0] == longer.errors[0, 0]


def test_the_backward_pass_is_the_gradient_of_half_the_squared_error():
    """Checked against scipy's finite differences: a second method, not our own arithmetic."""
    from scipy import optimize

    rng = np.random.RandomState(7)
    for _ in range(5):
        weights = 2 * rng.random_sample(16) - 1
        assert optimize.check_grad(lambda w: quasi_newton.loss_and_slopes(w)[0],
                                   lambda w: quasi_newton.loss_and_slopes(w)[1], weights) < 1e-6


def test_log_steps_start_at_zero_and_stay_inside():
    steps = training.log_steps(10_000)
    assert steps[0] == 0 and steps[-1] == 9_999 and np.all(np.diff(steps) > 0)
    assert 70 <= len(steps) <= 90


@pytest.mark.parametrize("bad, message", [
    ({"rule": "sgd"}, "unknown optimizer"),
    ({"alphas": [0.0]}, "positive"),
    ({"alphas": [1.0, 2.0]}, "one row per network"),
    ({"logged": [5000]}, "logged steps"),
])
def test_bad_input_is_one_clear_error(bad, message):
    arguments = {"rule": "Adam", "alphas": [1.0], "logged": None, **bad}
    with pytest.raises(ValueError, match=message):
        training.train(arguments["rule"], arguments["alphas"], *training.starts([1]), 100,
                       logged=arguments["logged"])
