"""Part 4's two-weight network and its error plane."""

import numpy as np

from descent import two_weight


def test_one_step_is_minus_the_gradient_of_half_the_squared_error():
    start = two_weight.train(iterations=0).trajectory[0]
    after = two_weight.train(iterations=1).trajectory[1]
    h = 1e-6
    numeric = np.array([
        (two_weight.sum_squared_error(start + h * e) - two_weight.sum_squared_error(start - h * e))
        / (2 * h) for e in np.eye(2)]) / 2
    np.testing.assert_allclose(start - after, numeric, rtol=1e-5)


def test_training_learns_to_copy_the_first_input():
    run = two_weight.train()
    assert run.trajectory.shape == (10_001, 2)
    np.testing.assert_allclose(run.outputs[:, 0], [0, 0, 1, 1], atol=0.01)
    first, second = run.trajectory[-1]
    assert first > 4 and second < -4


def test_error_plane_is_sum_of_squared_errors_lowest_at_high_first_low_second_weight():
    first, second, error = two_weight.error_grid(points=41)
    assert error.min() >= 0 and error.max() <= 4
    low = np.unravel_index(np.argmin(error), error.shape)
    assert first[low] == 10 and second[low] == -10
    high = np.unravel_index(np.argmax(error), error.shape)
    assert first[high] == -10 and second[high] == 10
