"""The ravine run by every rule: a panel per rule with its path at its own best alpha, the start,
the lowest point and the height it ends at; read back from the drawing."""

from __future__ import annotations

import io

import numpy as np
import pytest
from drawn_texts import drawn

from descent import landscapes
from descent.figures import optimizer_ravine, style
from descent.optimizers import RULES
from descent.runs import ravine_race


@pytest.fixture(scope="module")
def fig():
    return drawn(optimizer_ravine, style.LIGHT, io.BytesIO())


@pytest.fixture(scope="module")
def panels(fig):
    return dict(zip(RULES, fig.axes))


def height(point):
    """The ravine worked by hand: 0.2 / 2 x² along the valley, 10 / 2 y² across it."""
    x, y = point
    return 0.1 * x * x + 5 * y * y


def path_line(ax, rule):
    [line] = [line for line in ax.get_lines()
              if line.get_color() == style.OPTIMIZER_COLOURS[rule] and line.get_marker() == "o"]
    return np.column_stack([line.get_xdata(), line.get_ydata()])


def test_a_panel_per_rule_and_the_key_in_the_spare_cell(fig):
    assert len(fig.axes) == 8
    assert [t.get_text() for t in fig.axes[-1].texts] == [optimizer_ravine.KEY]


def test_the_key_gives_the_steps_and_the_starting_height():
    start = ravine_race.START
    assert tuple(start) == (-9.0, 1.6) and ravine_race.STEPS == 30
    assert height(start) == pytest.approx(20.9)  # 0.1 * 81 + 5 * 2.56
    key = optimizer_ravine.KEY.replace("\n", " ")
    assert f"after {ravine_race.STEPS} steps (from {height(start):.3g})" in key


@pytest.mark.parametrize("rule", RULES)
def test_each_path_is_the_rule_run_again_at_the_alpha_its_title_names(panels, rule):
    ax = panels[rule]
    alpha = ravine_race.ravine_path(rule).alpha
    assert ax.get_title(loc="left").startswith(f"{rule}, alpha {alpha:.3g}\n")
    again = ravine_race.descend(rule, [alpha])[:, 0]
    drawn_path = path_line(ax, rule)
    assert len(drawn_path) == ravine_race.STEPS + 1
    assert np.array_equal(drawn_path, again)


@pytest.mark.parametrize("rule", RULES)
def test_each_title_gives_the_height_after_the_last_step(panels, rule):
    end = path_line(panels[rule], rule)[-1]
    assert panels[rule].get_title(loc="left").endswith(f"\nh = {height(end):.2g}")


@pytest.mark.parametrize("rule", RULES)
def test_each_path_stays_in_the_valley_as_drawn(panels, rule):
    path = path_line(panels[rule], rule)
    width, depth = ravine_race.BOX
    assert np.all(np.abs(path[:, 0]) <= width) and np.all(np.abs(path[:, 1]) <= depth)
    assert panels[rule].get_xlim() == (-width, width)
    assert panels[rule].get_ylim() == (-depth, depth)


@pytest.mark.parametrize("rule", RULES)
def test_the_start_is_a_dot_and_the_lowest_point_a_cross(panels, rule):
    ax = panels[rule]
    [start] = [line for line in ax.get_lines() if line.get_color() == style.LIGHT.ball]
    assert (start.get_xdata()[0], start.get_ydata()[0]) == tuple(ravine_race.START)
    [cross] = [line for line in ax.get_lines() if line.get_marker() == "x"]
    assert (cross.get_xdata()[0], cross.get_ydata()[0]) == (0, 0)
    assert height((0, 0)) == 0 == landscapes.ravine_f(np.zeros(2))


def test_the_rules_reach_different_heights(panels):
    # A comparison worth drawing: the best of them ends far below the worst.
    ends = [height(path_line(ax, rule)[-1]) for rule, ax in panels.items()]
    assert max(ends) / min(ends) > 1000
