"""The numbers behind each picture tell the picture's story."""

import numpy as np

from descent import landscapes
from descent.runs import basins, error_surface, paths


def test_divergence_iterates_grow_alternate_and_leave_the_bucket():
    x = paths.diverging()
    assert np.all(np.sign(x[1:]) == -np.sign(x[:-1]))
    assert np.all(np.abs(x[1:]) > np.abs(x[:-1]))
    slopes = np.abs(landscapes.bucket.df(x))
    assert np.all(slopes[1:] > slopes[:-1])
    assert abs(x[-1]) > landscapes.bucket.high > abs(x[-2])


def test_basins_hold_all_100_balls_in_about_five_valleys():
    found = basins.drop(100, 1)
    assert found.counts.sum() == 100
    assert len(found.minima) == 5
    assert np.all(found.counts > 0)
    assert np.all(np.diff(found.edges) > 0)
    assert np.all((found.edges[:-1] < found.minima) & (found.minima < found.edges[1:]))


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


def test_the_error_plane_is_lowest_at_high_first_and_low_second_weight():
    first, second = error_surface.lowest_point()
    assert first == 10.0 and second == -10.0
    _, _, error = error_surface.plane()
    assert 0 <= error.min() < 0.05 and 3.9 < error.max() <= 4
    trajectory, path_error = error_surface.descent_path()
    assert trajectory.shape == (10_001, 2)
    assert trajectory[-1, 0] > trajectory[0, 0] and trajectory[-1, 1] < trajectory[0, 1]
    assert path_error[-1] < 0.1 * path_error[0]
