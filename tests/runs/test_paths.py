"""runs.paths: the ball figures' other descents, held to their pictures and to closed forms."""

import numpy as np
import pytest

from descent import landscapes
from descent.runs import paths


def test_divergence_iterates_grow_alternate_and_leave_the_bucket():
    x = paths.diverging()
    assert np.all(np.sign(x[1:]) == -np.sign(x[:-1]))
    assert np.all(np.abs(x[1:]) > np.abs(x[:-1]))
    slopes = np.abs(landscapes.bucket.df(x))
    assert np.all(slopes[1:] > slopes[:-1])
    assert abs(x[-1]) > landscapes.bucket.high > abs(x[-2])


def test_the_stuck_ball_stops_in_a_ripple_far_above_the_global_minimum():
    curve, path = landscapes.rippled, paths.stuck()
    end = path[-1]
    x = np.linspace(curve.low, curve.high, 20001)
    lowest = curve.f(x).min()
    assert abs(curve.df(end)) < 1e-6 and curve.f(end + 0.05) > curve.f(end) < curve.f(end - 0.05)
    # More than half the curve's height above its floor (the start moved to 1.5 so that the start
    # and end balls are drawn apart: it now stops at 0.53 of the height, not above 0.6).
    assert curve.f(end) - lowest > 0.5 * (curve.f(x).max() - lowest)
    assert abs(end - path[0]) < 1.0  # stuck near where it started
    # The floor the figure labels is the lowest point of a ten times finer grid, to a step.
    assert abs(paths.rippled_floor() - x[np.argmin(curve.f(x))]) <= (curve.high - curve.low) / 2000


def test_the_slow_ball_has_moved_only_a_little_towards_a_bottom_in_the_picture():
    curve, path = landscapes.gentle, paths.slow()
    assert np.all(np.diff(path) > 0)  # always downhill
    bottom = landscapes.GENTLE_BOTTOM
    assert curve.low < bottom < curve.high and curve.df(bottom) == 0  # drawn, far to the right
    assert path[-1] < bottom - 0.8 * (bottom - path[0])  # it never gets near it
    assert 0 < paths.share_covered() < 0.1


def test_the_ravine_path_zigzags_across_and_crawls_along():
    path = paths.ravine()
    across, along = path[:, 1], path[:, 0]
    assert np.all(np.sign(across[1:]) == -np.sign(across[:-1]))
    flat, steep = paths.ravine_step_factors()
    assert -1 < steep < 0 < 0.95 < flat < 1
    assert np.all(np.diff(np.abs(along)) < 0)
    assert abs(along[-1]) > 0.25 * abs(along[0])  # still far from the floor


def test_the_last_divergence_ball_is_outside_the_drawn_bucket():
    x = paths.diverging()[-1]
    curve = landscapes.bucket
    assert abs(x) > curve.high and curve.f(x) > curve.f(curve.high) * 1.4


def test_each_descent_on_a_parabola_is_its_closed_form():
    """On a parabola a step multiplies the distance to the bottom by 1 - alpha * curvature, so
    step k is the start's distance times that factor to the k (the factors worked by hand)."""
    k = np.arange(4)
    assert paths.diverging() == pytest.approx(0.6 * (-1.6) ** k, rel=1e-12)  # 1 - 2 * 1.3
    # The gentle slope is 0.001 (x - 20)^2 plus a constant: curvature 0.002, factor 0.9999.
    k = np.arange(paths.SLOW_STEPS + 1)
    assert paths.slow() - 20 == pytest.approx(-19 * 0.9999 ** k, rel=1e-9)
    assert paths.share_covered() == pytest.approx(1 - 0.9999 ** 1000, rel=1e-9)  # 0.0952
    # The ravine: each axis its own parabola, 0.963 along the floor and -0.85 across it.
    assert paths.ravine_step_factors() == pytest.approx((0.963, -0.85), rel=1e-12)
    k = np.arange(landscapes.RAVINE_STEPS + 1)
    expected = np.stack([-9 * 0.963 ** k, 1.6 * (-0.85) ** k], axis=1)
    assert paths.ravine() == pytest.approx(expected, rel=1e-9)
