"""The plain three-layer network: its gradients, its seeding and the article's numbers."""

import numpy as np
import pytest

from descent import network
from descent.network import X, init_weights, sigmoid, train, y


def half_squared_error(synapse_0, synapse_1):
    # layer_2_delta is the gradient of 0.5 * sum((layer_2 - y)^2) with respect to layer_2's input.
    layer_2 = sigmoid(sigmoid(X @ synapse_0) @ synapse_1)
    return 0.5 * np.sum((layer_2 - y) ** 2)


def numeric_gradient(loss, weights, eps=1e-6):
    gradient = np.zeros_like(weights)
    for index in np.ndindex(weights.shape):
        plus, minus = weights.copy(), weights.copy()
        plus[index] += eps
        minus[index] -= eps
        gradient[index] = (loss(plus) - loss(minus)) / (2 * eps)
    return gradient


@pytest.mark.parametrize("hidden", [4, 32])
def test_one_training_step_moves_each_weight_by_minus_alpha_times_its_gradient(hidden):
    synapse_0, synapse_1 = init_weights(3, hidden, seed=7)
    alpha = 1e-3
    _, after_0, after_1, _, _ = train(alpha, hidden, iterations=1, seed=7)
    step_0 = (synapse_0 - after_0) / alpha
    step_1 = (synapse_1 - after_1) / alpha
    expected_0 = numeric_gradient(lambda s0: half_squared_error(s0, synapse_1), synapse_0)
    expected_1 = numeric_gradient(lambda s1: half_squared_error(synapse_0, s1), synapse_1)
    np.testing.assert_allclose(step_0, expected_0, rtol=1e-4, atol=1e-9)
    np.testing.assert_allclose(step_1, expected_1, rtol=1e-4, atol=1e-9)


def test_weights_come_from_an_explicit_random_state_in_the_articles_order():
    np.random.seed(12345)  # the global state must not matter
    synapse_0, synapse_1 = init_weights(3, 4, seed=1)
    legacy = np.random.RandomState(1)
    assert np.array_equal(synapse_0, 2 * legacy.random_sample((3, 4)) - 1)
    assert np.array_equal(synapse_1, 2 * legacy.random_sample((4, 1)) - 1)
    assert np.random.get_state()[1][0] == np.random.RandomState(12345).get_state()[1][0]


def test_same_seed_same_numbers_other_seed_other_numbers():
    first = train(1.0, iterations=200, every=100, seed=1)
    again = train(1.0, iterations=200, every=100, seed=1)
    other = train(1.0, iterations=200, every=100, seed=2)
    assert first[0] == again[0] and np.array_equal(first[1], again[1])
    assert first[0][100] != other[0][100] and not np.array_equal(first[1], other[1])


def test_the_articles_first_printed_error_is_reproduced():
    errors = train(0.001, iterations=1)[0]
    assert "%.12g" % errors[0] == "0.496410031903"


def test_sigmoid_saturates_quietly_at_huge_inputs():
    with np.errstate(all="raise"):  # would raise on the overflow if it were not silenced locally
        assert sigmoid(np.array([-1e6]))[0] == 0.0
    assert np.geterr()["over"] != "ignore"


def test_update_direction_changes_count_flips_of_the_update_sign():
    _, _, _, changes_0, changes_1 = train(1000.0, iterations=300)
    assert changes_0.dtype.kind == "i" and changes_0.shape == (3, 4) and changes_1.shape == (4, 1)
    _, _, _, tiny_0, tiny_1 = train(0.001, iterations=300)
    # A huge alpha overshoots back and forth; a tiny one keeps going the same way.
    assert changes_0.sum() + changes_1.sum() > tiny_0.sum() + tiny_1.sum()
    assert network.ALPHAS == (0.001, 0.01, 0.1, 1.0, 10.0, 100.0, 1000.0)
