"""The local minimum: a ball that descended the bumpy curve rests in a valley that is not the
deepest, on a flat slope, while the deepest valley lies just over the ridge."""

from __future__ import annotations

import io

import matplotlib.text
import numpy as np
import pytest

from ball_reading import balls, curves, tangents, touching
from curve_points import critical_points
from descent import landscapes
from descent.figures import local_minimum, style
from descent.runs import basins, descents
from drawn_texts import drawn

BUMPY = landscapes.bumpy


@pytest.fixture(scope="module")
def fig():
    figure = drawn(local_minimum, style.LIGHT, io.BytesIO())
    yield figure
    style.pyplot().close(figure)


@pytest.fixture(scope="module")
def floors():
    """The bumpy curve's valley floors, from the sign of its slope alone."""
    return critical_points(BUMPY).minima


def _notes(ax) -> dict[str, tuple[float, float]]:
    return {text.get_text(): text.xy for text in ax.texts
            if isinstance(text, matplotlib.text.Annotation)}


def test_one_bare_panel_draws_the_bumpy_curve(fig):
    (ax,) = fig.axes
    assert not ax.axison
    (line,) = curves(ax, style.LIGHT.curve)
    x = line.get_xdata()
    assert (x[0], x[-1]) == (BUMPY.low, BUMPY.high)
    assert np.array_equal(line.get_ydata(), BUMPY.f(x))


def test_the_ball_rests_where_the_descent_stopped_a_valley_floor_not_the_deepest(fig, floors):
    (ax,) = fig.axes
    (ball,) = balls(ax)
    (line,) = curves(ax, style.LIGHT.curve)
    rest = descents.resting_place()
    assert touching(ax, BUMPY, ball, line.get_linewidth()) == pytest.approx(rest, abs=1e-9)
    # The floor it rests on is the valley at the knot x = 7.6; the deepest floor is lower.
    nearest = floors[np.argmin(abs(floors - rest))]
    assert nearest == pytest.approx(7.6, abs=1e-9) and rest == pytest.approx(nearest, abs=1e-6)
    assert BUMPY.f(rest) > BUMPY.f(floors).min() + 1.0


def test_the_tangent_under_the_ball_is_flat(fig):
    (ends,) = tangents(fig.axes[0], style.LIGHT.tangent)
    assert ends.mean(axis=0) == pytest.approx([descents.resting_place(),
                                               BUMPY.f(descents.resting_place())], abs=1e-9)
    assert abs(ends[1, 1] - ends[0, 1]) < 1e-6 < ends[1, 0] - ends[0, 0]


def test_the_notes_point_at_the_ball_and_at_the_deepest_valley(fig, floors):
    notes = _notes(fig.axes[0])
    rest, deepest = descents.resting_place(), basins.deepest_valley()
    assert notes["flat slope: stuck here"] == pytest.approx((rest, BUMPY.f(rest)))
    # The deepest valley by the slope's sign changes: the narrow well at the knot x = 9.02.
    lowest = floors[np.argmin(BUMPY.f(floors))]
    assert lowest == pytest.approx(9.02, abs=1e-9)
    assert notes["the deepest valley"] == pytest.approx((lowest, BUMPY.f(lowest)), abs=1e-6)
    assert deepest == pytest.approx(lowest, abs=1e-6)


def test_the_corner_names_the_alpha_and_the_steps_of_the_descent(fig):
    tag = [text for text in fig.axes[0].texts if text.get_text().startswith("alpha")]
    assert [text.get_text() for text in tag] == [
        f"alpha {descents.RESTING_ALPHA:g}, {descents.RESTING_STEPS:,} steps"]
    assert tag[0].get_text() == "alpha 0.02, 2,000 steps"
    assert tag[0].get_position() == (0.01, 0.99) and tag[0].get_transform() == fig.axes[0].transAxes
