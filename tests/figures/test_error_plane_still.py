"""The two-weight network's error plane held still: the surface with its mesh and the network's
own descent path on it, in the first view of Part 4's animation; on a phone, a shorter name."""

from __future__ import annotations

import io

import numpy as np
import pytest

from descent.figures import error_plane_still, style
from descent.runs import error_surface

LIFT = 0.05  # the path is drawn just above the surface


def _built(look):
    """The figure as render() hands it to be saved: its artists hold their 3-D data before any
    drawing, so it is neither drawn nor encoded here (a 3-D render costs a second a look)."""
    kept = []
    save = style.save_png
    style.save_png = lambda fig, target: kept.append(fig)
    try:
        with style.drawing(look):
            error_plane_still.render(io.BytesIO())
    finally:
        style.save_png = save
    return kept[0]


@pytest.fixture(scope="module")
def wide():
    fig = _built(style.LIGHT)
    yield fig
    style.pyplot().close(fig)


@pytest.fixture(scope="module")
def phone():
    fig = _built(style.PHONE)
    yield fig
    style.pyplot().close(fig)


def test_the_surface_is_the_stored_plane_on_81_points_a_side(wide):
    surface, _ = wide.axes[0].collections
    first, second, error = error_surface.plane(81)
    faces = np.asarray(surface._faces)  # the 3-D quads, before projection
    assert faces.shape[0] == 80 * 80  # one quad between each 2 x 2 neighbouring grid points
    corners = faces[:, 0, :]  # every grid point but the last row and column starts a quad
    assert np.isin(corners[:, 2], error[:-1, :-1]).all()
    assert corners[:, 2].min() == error[:-1, :-1].min()


def test_the_mesh_draws_a_line_at_every_whole_weight_each_way(wide):
    _, mesh = wide.axes[0].collections
    segments = np.asarray(mesh._segments3d)
    # 81 points over [-10, 10]: 0.25 apart, so every 4th is a whole number: 21 lines each way.
    assert segments.shape == (42, 81, 3)
    first, second, error = error_surface.plane(81)
    on_grid = {(round(x, 9), round(y, 9)): z for x, y, z in
               zip(first.ravel(), second.ravel(), error.ravel())}
    fixed = []
    for segment in segments:
        constant = [axis for axis in (0, 1) if np.ptp(segment[:, axis]) == 0]
        assert len(constant) == 1
        fixed.append((constant[0], segment[0, constant[0]]))
        assert [on_grid[(round(x, 9), round(y, 9))] for x, y, _ in segment] == list(segment[:, 2])
    assert sorted(fixed) == [(axis, float(w)) for axis in (0, 1) for w in range(-10, 11)]


def test_the_path_is_the_networks_own_descent_from_start_to_end(wide):
    path, start, end = wide.axes[0].lines
    trajectory, path_error = error_surface.descent_path()
    xs, ys, zs = (np.asarray(values) for values in path.get_data_3d())
    # Every drawn point is a step of the descent, in order, from the first to the last.
    steps = [int(np.flatnonzero((trajectory[:, 0] == x) & (trajectory[:, 1] == y))[0])
             for x, y in zip(xs, ys)]
    assert steps[0] == 0 and steps[-1] == len(trajectory) - 1
    assert all(a < b for a, b in zip(steps, steps[1:]))
    assert np.array_equal(zs, path_error[steps] + LIFT)
    for marker, at in ((start, 0), (end, -1)):
        assert [float(v[0]) for v in marker.get_data_3d()] == [
            trajectory[at, 0], trajectory[at, 1], path_error[at] + LIFT]
    assert start.get_color() != end.get_color()
    assert path_error[-1] < path_error[0]  # downhill


def test_the_view_and_the_box_are_fixed(wide):
    ax = wide.axes[0]
    assert (ax.elev, ax.azim) == (30, -55)
    assert ax.get_xlim() == ax.get_ylim() == (error_surface.LOW, error_surface.HIGH)
    # 4 outputs, each error in (-1, 1): the sum of squares lies between 0 and 4.
    assert ax.get_zlim() == (0, 4)
    assert error_surface.plane(81)[2].max() <= 4
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("first weight", "second weight")


def test_wide_names_the_error_in_full_and_a_phone_in_one_word(wide, phone):
    assert wide.axes[0].get_zlabel() == "sum of squared errors"
    assert phone.axes[0].get_zlabel() == "error"


def test_a_phone_gets_a_shorter_canvas_and_larger_text(wide, phone):
    assert wide.get_size_inches()[1] == 5.2 and phone.get_size_inches()[1] == 4.6
    assert wide.get_size_inches()[0] == style.LIGHT.width
    assert phone.get_size_inches()[0] == style.PHONE.width
    for fig, size in ((wide, 10.0), (phone, 10.5)):
        ax = fig.axes[0]
        assert ax.xaxis.label.get_fontsize() == ax.zaxis.label.get_fontsize() == size
        assert {label.get_fontsize() for label in ax.xaxis.get_ticklabels()} == {size}
    assert (phone.axes[0].elev, phone.axes[0].azim) == (30, -55)
