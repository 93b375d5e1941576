"""The numbers behind each picture tell the picture's story."""

import numpy as np

from descent.runs import basins, error_surface


def test_basins_hold_all_100_balls_in_about_five_valleys():
    found = basins.drop(100, 1)
    assert found.counts.sum() == 100
    assert len(found.minima) == 5
    assert np.all(found.counts > 0)
    assert np.all(np.diff(found.edges) > 0)
    assert np.all((found.edges[:-1] < found.minima) & (found.minima < found.edges[1:]))


def test_the_error_plane_is_lowest_at_high_first_and_low_second_weight():
    first, second = error_surface.lowest_point()
    assert first == 10.0 and second == -10.0
    _, _, error = error_surface.plane()
    assert 0 <= error.min() < 0.05 and 3.9 < error.max() <= 4
    trajectory, path_error = error_surface.descent_path()
    assert trajectory.shape == (10_001, 2)
    assert trajectory[-1, 0] > trajectory[0, 0] and trajectory[-1, 1] < trajectory[0, 1]
    assert path_error[-1] < 0.1 * path_error[0]
