"""Descent on the 1-D curves: the step factor decides between settling and diverging."""

import sys
from pathlib import Path

import numpy as np
import pytest

from descent import landscapes
from descent.runs import basins as runs_basins
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


# The bumpy curve stands for the post's hand-drawn one: irregular valleys, a plateau, a shoulder,
# and a narrow, deepest well at the right. Its valleys are found here without descent.
sys.path.insert(0, str(Path(__file__).parent))
from curve_points import critical_points  # noqa: E402

BUMPY = landscapes.bumpy


def test_the_bumpy_curve_is_smooth_where_its_cubic_pieces_meet():
    knots = np.array([x for x, _, _ in landscapes.BUMPY_KNOTS])
    assert np.all(np.diff(knots) > 0) and knots[0] == BUMPY.low and knots[-1] == BUMPY.high
    h, tiny = 1e-6, 1e-12
    for x in knots[1:-1]:
        # f and its slope continue across each knot (C1) ...
        assert BUMPY.f(x - tiny) == pytest.approx(float(BUMPY.f(x + tiny)), abs=1e-9)
        assert BUMPY.df(x - tiny) == pytest.approx(float(BUMPY.df(x + tiny)), abs=1e-9)
        # ... and on each side df is the slope of that side's piece, measured one-sidedly.
        left = (3 * BUMPY.f(x) - 4 * BUMPY.f(x - h) + BUMPY.f(x - 2 * h)) / (2 * h)
        right = (-3 * BUMPY.f(x) + 4 * BUMPY.f(x + h) - BUMPY.f(x + 2 * h)) / (2 * h)
        assert left == pytest.approx(float(BUMPY.df(x)), abs=1e-5)
        assert right == pytest.approx(float(BUMPY.df(x)), abs=1e-5)


def test_the_knots_heights_and_slopes_are_the_curves():
    for x, height, slope in landscapes.BUMPY_KNOTS:
        assert BUMPY.f(x) == pytest.approx(height, abs=1e-12)
        assert BUMPY.df(x) == pytest.approx(slope, abs=1e-12)


def test_the_bumpy_curve_has_five_valleys_of_unequal_width_the_deepest_a_narrow_well_at_the_right():
    points = critical_points(BUMPY)
    assert len(points.minima) == 5 and len(points.maxima) == 4
    assert BUMPY.df(BUMPY.low) < 0 < BUMPY.df(BUMPY.high)  # no ball rolls off either end
    widths, floors = points.widths, BUMPY.f(points.minima)
    assert widths.max() > 3 * widths.min()  # visibly unequal, not five equal bumps
    assert np.argmax(widths) == 0  # the wide valley is the leftmost
    assert np.argmin(floors) == np.argmin(widths) == 4  # the deepest: the narrowest, at the right
    assert floors[4] < np.delete(floors, 4).min() - 1.0  # and by far the deepest
    # The leftmost valley is shallow: from its floor, its walls rise less than any other valley's.
    rims = [min(BUMPY.f(left), BUMPY.f(right)) - floor
            for left, right, floor in zip(points.edges[:-1], points.edges[1:], floors)]
    assert np.argmin(rims) == 0


def test_the_bumpy_curve_has_a_plateau_and_a_shoulder():
    points = critical_points(BUMPY)
    x = np.linspace(BUMPY.low, BUMPY.high, 9501)
    y, slope = BUMPY.f(x), BUMPY.df(x)
    # A plateau: a stretch 0.7 wide, with no valley floor in it, whose height varies by under
    # 3 % of the curve's whole range.
    window = 700  # grid steps of 0.001
    level = [np.ptp(y[i:i + window + 1]) < 0.03 * np.ptp(y)
             and not np.any((points.minima >= x[i]) & (points.minima <= x[i + window]))
             for i in range(0, len(x) - window, 50)]
    assert any(level)
    # A shoulder: on a wall between a floor and a top, the slope nearly vanishes (under 0.1)
    # and then steepens again (over 0.5) without changing sign: a step, not a valley.
    critical = np.sort(np.concatenate([points.minima, points.maxima]))
    shoulders = 0
    for left, right in zip(critical[:-1], critical[1:]):
        wall = np.abs(slope[(x > left) & (x < right)])
        steep_before = np.maximum.accumulate(wall) > 0.5
        steep_after = np.maximum.accumulate(wall[::-1])[::-1] > 0.5
        shoulders += np.any((wall < 0.1) & steep_before & steep_after)
    assert shoulders >= 1


def test_fast_settling_equals_the_full_descent():
    curve = landscapes.bumpy
    starts = np.random.RandomState(5).uniform(curve.low, curve.high, 400)
    for x0 in (starts, np.linspace(curve.low, curve.high, 301), 4.1):
        full = landscapes.descend(curve.df, x0, runs_basins.ALPHA, runs_basins.STEPS)[-1]
        assert np.array_equal(landscapes.settle(curve.df, x0, runs_basins.ALPHA, runs_basins.STEPS), full)
