"""Part 3's ravine: one alpha's descent zig-zags across the long narrow valley and crawls along it;
the drawn path checked against the steps worked by hand, and the title's factors with it."""

from __future__ import annotations

import io

import numpy as np
import pytest
from drawn_texts import drawn

from descent.figures import ravine, style
from descent.runs import paths

ALPHA, STEPS = 0.185, 30
ALONG = 1 - ALPHA * 0.2  # each step scales the distance along the valley (curvature 0.2) by this
ACROSS = 1 - ALPHA * 10  # and across it (curvature 10): below -1 would diverge


@pytest.fixture(scope="module")
def wide():
    return drawn(ravine, style.LIGHT, io.BytesIO()).axes[0]


@pytest.fixture(scope="module")
def phone():
    return drawn(ravine, style.PHONE, io.BytesIO()).axes[0]


def by_hand():
    k = np.arange(STEPS + 1)
    return np.column_stack([-9.0 * ALONG ** k, 1.6 * ACROSS ** k])


def test_the_factors_are_a_crawl_along_and_an_overshoot_across():
    assert (ALONG, ACROSS) == pytest.approx((0.963, -0.85))
    assert paths.RAVINE_ALPHA == ALPHA
    assert paths.ravine_step_factors() == pytest.approx((ALONG, ACROSS))


def test_the_drawn_path_is_descent_worked_step_by_step(wide):
    line = [line for line in wide.get_lines() if line.get_linestyle() == "-"][0]
    assert line.get_color() == style.LIGHT.tangent
    drawn_path = np.column_stack([line.get_xdata(), line.get_ydata()])
    assert drawn_path == pytest.approx(by_hand(), abs=1e-12)
    dots = [line for line in wide.get_lines() if line.get_marker() == "o"
            and len(line.get_xdata()) == STEPS + 1]
    assert [np.column_stack([d.get_xdata(), d.get_ydata()]) for d in dots][0] == \
        pytest.approx(by_hand(), abs=1e-12)


def test_the_path_zig_zags_across_and_crawls_along():
    path = by_hand()
    assert np.all(np.sign(path[1:, 1]) != np.sign(path[:-1, 1]))  # crosses the floor each step
    assert path[-1, 0] / path[0, 0] > 0.3  # after 30 steps still a third of the way out


def test_a_big_dot_marks_the_start_and_a_cross_the_lowest_point(wide):
    [start] = [line for line in wide.get_lines() if line.get_markersize() == 10]
    assert (start.get_xdata()[0], start.get_ydata()[0]) == (-9.0, 1.6)
    [cross] = [line for line in wide.get_lines() if line.get_marker() == "x"]
    assert (cross.get_xdata()[0], cross.get_ydata()[0]) == (0, 0)
    [note] = [text for text in wide.texts if text.get_text() == "lowest point"]
    assert note.xy == (0, 0)


def test_the_title_gives_the_factors_in_two_lines_on_a_laptop(wide):
    assert wide.get_title() == (
        "one alpha (0.185), 30 steps: across the valley each step overshoots (×-0.85),\n"
        "along it each step covers only 4% of the way left (×0.963)")


def test_a_phone_breaks_the_title_into_three_lines(phone):
    assert phone.get_title() == (
        "one alpha (0.185), 30 steps: across the valley\n"
        "each step overshoots (×-0.85), along it each step\n"
        "covers only 4% of the way left (×0.963)")


def test_the_axes_frame_the_valley(wide):
    assert wide.get_xlim() == (-10, 10) and wide.get_ylim() == (-2.2, 2.2)
    assert wide.get_xlabel() == "weight along the valley (gentle slope)"
    assert wide.get_ylabel() == "across (steep)"
