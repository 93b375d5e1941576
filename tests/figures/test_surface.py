"""The two-weight network's error surface in 3-D, shared by the animation and the still: the
surface drawn is the error worked by hand, coloured red where it is low, with the descent path
on it and the box fixed whatever the view."""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.colors import to_rgba

from descent.figures import style, surface
from descent.runs import error_surface

POINTS = 5  # -10, -5, 0, 5, 10 on each weight


def _sigmoid(x):
    return 1 / (1 + np.exp(-x))


def _error_by_hand(first, second):
    """The post's four examples: inputs (0, 1) twice with target 0, (1, 0) twice with target 1.
    The first weight alone feeds the 1-targets, the second alone the 0-targets."""
    return 2 * _sigmoid(second) ** 2 + 2 * (1 - _sigmoid(first)) ** 2


def _draw(look, mesh):
    """Draw the surface in `look`; return the axes and what reached plot_surface and
    plot_wireframe."""
    calls = {}
    with style.drawing(look):
        fig = style.pyplot().figure(figsize=(4, 3), dpi=72)
        ax = fig.add_axes((0, 0, 1, 1), projection="3d")
        for name in ("plot_surface", "plot_wireframe"):
            method = getattr(ax, name)

            def spy(*args, _name=name, _method=method, **kwargs):
                calls[_name] = (args, kwargs)
                return _method(*args, **kwargs)

            setattr(ax, name, spy)
        surface.draw(ax, POINTS, mesh=mesh)
    return ax, calls


@pytest.fixture(scope="module")
def drawn():
    ax, calls = _draw(style.LIGHT, mesh=2)
    yield ax, calls
    style.pyplot().close(ax.figure)


@pytest.fixture(scope="module")
def path():
    return error_surface.descent_path()


def test_the_surface_is_the_sum_of_squared_errors_over_both_weights(drawn):
    _, calls = drawn
    (first, second, error), _ = calls["plot_surface"]
    axis = np.array([-10.0, -5.0, 0.0, 5.0, 10.0])
    assert np.array_equal(first, np.tile(axis, (POINTS, 1)))  # the first weight across
    assert np.array_equal(second, np.tile(axis[:, None], (1, POINTS)))
    assert error == pytest.approx(_error_by_hand(first, second))
    # Both weights 0: every output 0.5, each off by 0.5, four times: 4 x 0.25.
    assert error[2, 2] == pytest.approx(1.0)
    assert error.max() < surface.ERROR_TOP  # four squared errors, each below 1


def test_low_error_is_red_and_high_error_yellow(drawn):
    _, calls = drawn
    (_, _, error), options = calls["plot_surface"]
    colours = options["facecolors"]
    assert colours.shape == (POINTS, POINTS, 4)
    floor = colours[np.unravel_index(np.argmin(error), error.shape)]  # first 10, second -10
    top = colours[np.unravel_index(np.argmax(error), error.shape)]  # first -10, second 10
    assert floor[0] > floor[1] + 0.3 and floor[0] > floor[2] + 0.3  # red
    # Pale yellow, lit on its flat top: red and green full, blue a little less.
    assert top[0] > 0.9 and top[1] > 0.9 and top[2] < top[1] and top[1] > floor[1] + 0.5


def test_the_mesh_draws_every_other_grid_line_when_asked(drawn):
    ax, calls = drawn
    (first, second, error), options = calls["plot_wireframe"]
    assert (options["rstride"], options["cstride"]) == (2, 2)
    assert error.shape == (POINTS, POINTS)
    assert len(ax.collections) == 2  # the surface and its mesh


def test_the_box_is_fixed_at_both_weights_range_and_the_errors(drawn):
    ax, _ = drawn
    assert ax.get_xlim() == ax.get_ylim() == (-10.0, 10.0)
    assert ax.get_zlim() == (0.0, 4.0)
    assert list(ax.get_xticks()) == list(ax.get_yticks()) == [-5, 0, 5]
    assert list(ax.get_zticks()) == [0, 2, 4]
    assert (ax.get_xlabel(), ax.get_ylabel(), ax.get_zlabel()) == (
        "first weight", "second weight", "sum of squared errors")
    assert ax.get_facecolor() == pytest.approx(to_rgba(style.LIGHT.card))


def test_the_path_is_the_descent_sampled_densely_early_just_above_the_surface(drawn, path):
    ax, _ = drawn
    trajectory, _ = path
    line, start, end = ax.lines
    x, y, z = (np.asarray(part) for part in line.get_data_3d())
    steps = np.flatnonzero(np.isin(trajectory[:, 0], x))
    # The first steps each drawn, the last one drawn, no more than 120 in all.
    assert len(x) <= 120 and x[0] == trajectory[0, 0] and x[-1] == trajectory[-1, 0]
    assert list(steps[:5]) == [0, 1, 2, 3, 4]
    assert np.array_equal(np.column_stack([x, y]), trajectory[steps])
    assert z == pytest.approx(_error_by_hand(x, y) + 0.05)
    assert line.get_color() == style.LIGHT.tangent


def test_the_path_starts_at_a_blue_dot_and_ends_at_the_red_ball(drawn, path):
    ax, _ = drawn
    trajectory, error = path
    _, start, end = ax.lines
    for dot, at, colour in ((start, 0, style.LIGHT.tangent), (end, -1, style.LIGHT.ball)):
        x, y, z = (float(np.asarray(part)[0]) for part in dot.get_data_3d())
        assert (x, y) == tuple(trajectory[at]) and z == pytest.approx(error[at] + 0.05)
        assert dot.get_color() == colour and dot.get_markeredgecolor() == style.LIGHT.card


def test_a_phone_names_the_vertical_axis_in_one_word_and_no_mesh_draws_none(monkeypatch):
    # A three-step path: every step drawn (geomspace from 1 to 3 keeps 0, 1, 2).
    trajectory = np.array([[-5.0, 5.0], [0.0, 0.0], [5.0, -5.0]])
    monkeypatch.setattr(error_surface, "descent_path",
                        lambda: (trajectory, _error_by_hand(*trajectory.T)))
    ax, calls = _draw(style.PHONE_DARK, mesh=0)
    assert ax.get_zlabel() == "error"
    assert "plot_wireframe" not in calls and len(ax.collections) == 1
    line, start, end = ax.lines
    assert np.array_equal(np.column_stack(line.get_data_3d()[:2]), trajectory)
    assert (line.get_color(), end.get_color()) == (style.DARK.tangent, style.DARK.ball)
    style.pyplot().close(ax.figure)
