"""Descent on the 1-D curves: the step factor decides between settling and diverging."""

import numpy as np
import pytest

from descent import landscapes
from descent.landscapes import descend, step_factor


@pytest.mark.parametrize("alpha, converges", [
    (0.1, True), (0.45, True), (0.75, True), (0.99, True), (1.01, False), (1.5, False)])
def test_descent_on_a_quadratic_converges_exactly_when_the_step_factor_is_inside_minus_one_one(
        alpha, converges):
    curvature = 2.0  # f = x^2
    path = descend(lambda x: curvature * x, 1.5, alpha, 400)
    assert (abs(step_factor(curvature, alpha)) < 1) == converges
    if converges:
        assert abs(path[-1]) < 1e-3
    else:
        assert abs(path[-1]) > 1e3


def test_descend_takes_many_starts_at_once():
    starts = np.linspace(-1, 1, 5)
    path = descend(landscapes.bucket.df, starts, 0.25, 3)
    assert path.shape == (4, 5)
    assert np.array_equal(path[1], starts - 0.25 * 2 * starts)


@pytest.mark.parametrize("curve", [landscapes.bucket, landscapes.bumpy, landscapes.rippled,
                                   landscapes.gentle])
def test_each_curve_derivative_matches_finite_differences(curve):
    x = np.linspace(curve.low, curve.high, 97)
    h = 1e-6
    numeric = (curve.f(x + h) - curve.f(x - h)) / (2 * h)
    np.testing.assert_allclose(curve.df(x), numeric, rtol=1e-5, atol=1e-6)
