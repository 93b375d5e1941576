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
