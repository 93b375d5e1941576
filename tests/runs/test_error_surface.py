"""runs.error_surface: the plane, its lowest point and the descents drawn on it."""

from __future__ import annotations

import numpy as np

from descent.runs import error_surface


def test_path_from_the_seeded_start_is_the_networks_own_descent():
    trajectory, error = error_surface.descent_path()
    again, again_error = error_surface.path_from(*trajectory[0])
    assert np.array_equal(trajectory, again) and np.array_equal(error, again_error)


def test_path_from_any_start_descends():
    trajectory, error = error_surface.path_from(-6.0, 6.0, alpha=1.0, iterations=500)
    assert trajectory.shape == (501, 2) and tuple(trajectory[0]) == (-6.0, 6.0)
    assert np.all(np.diff(error) <= 0)


def test_the_lowest_point_is_the_low_corner():
    assert error_surface.lowest_point() == (10.0, -10.0)


def test_the_error_plane_is_lowest_at_high_first_and_low_second_weight():
    first, second = error_surface.lowest_point()
    assert first == 10.0 and second == -10.0
    _, _, error = error_surface.plane()
    assert 0 <= error.min() < 0.05 and 3.9 < error.max() <= 4
    trajectory, path_error = error_surface.descent_path()
    assert trajectory.shape == (10_001, 2)
    assert trajectory[-1, 0] > trajectory[0, 0] and trajectory[-1, 1] < trajectory[0, 1]
    assert path_error[-1] < 0.1 * path_error[0]
