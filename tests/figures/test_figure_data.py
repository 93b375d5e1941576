"""The numbers behind each picture tell the picture's story."""

from descent.runs import error_surface


def test_the_error_plane_is_lowest_at_high_first_and_low_second_weight():
    first, second = error_surface.lowest_point()
    assert first == 10.0 and second == -10.0
    _, _, error = error_surface.plane()
    assert 0 <= error.min() < 0.05 and 3.9 < error.max() <= 4
    trajectory, path_error = error_surface.descent_path()
    assert trajectory.shape == (10_001, 2)
    assert trajectory[-1, 0] > trajectory[0, 0] and trajectory[-1, 1] < trajectory[0, 1]
    assert path_error[-1] < 0.1 * path_error[0]
