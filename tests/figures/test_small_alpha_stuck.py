"""Alpha too small on a rippled valley: the ball rolls into the first little pit and stays
there, far from the big valley's floor."""

from __future__ import annotations

import io

import matplotlib.text
import numpy as np
import pytest

from ball_reading import balls, curves, tangents, touching
from curve_points import critical_points
from descent import landscapes
from descent.figures import small_alpha_stuck, style
from descent.runs import paths
from drawn_texts import drawn, drawn_texts

RIPPLED = landscapes.rippled
LOOKS = {"wide": style.LIGHT, "phone": style.PHONE}
END_WORDS = "after 1000 steps of alpha 0.2:\nstuck in a ripple"


@pytest.fixture(scope="module", params=list(LOOKS))
def fig(request):
    figure = drawn(small_alpha_stuck, LOOKS[request.param], io.BytesIO())
    yield figure
    style.pyplot().close(figure)


@pytest.fixture(scope="module")
def pits():
    """The rippled curve's floors, from the sign of its slope alone, without descent."""
    return critical_points(RIPPLED).minima


def _annotations(fig) -> dict[str, matplotlib.text.Annotation]:
    return {text.get_text(): text for text in fig.axes[0].texts
            if isinstance(text, matplotlib.text.Annotation)}


def test_one_bare_panel_draws_the_rippled_valley(fig):
    (ax,) = fig.axes
    assert not ax.axison
    (line,) = curves(ax, style.LIGHT.curve)
    x = line.get_xdata()
    assert (x[0], x[-1]) == (0.0, 20.0)
    assert line.get_ydata() == pytest.approx(0.01 * (x - 10) ** 2 + 0.06 * np.sin(5 * x),
                                             abs=1e-12)


def test_the_ball_starts_at_one_and_a_half_and_ends_in_the_next_pit_downhill(fig, pits):
    (ax,) = fig.axes
    (line,) = curves(ax, style.LIGHT.curve)
    start, end = balls(ax)
    iterates = paths.stuck()
    assert touching(ax, RIPPLED, start, line.get_linewidth()) == pytest.approx(1.5, abs=1e-9)
    assert touching(ax, RIPPLED, end, line.get_linewidth()) == pytest.approx(iterates[-1],
                                                                             abs=1e-9)
    # The slope at 1.5 falls to the right, so the ball stops in the first pit after 1.5.
    assert RIPPLED.df(1.5) < 0
    assert iterates[-1] == pytest.approx(pits[pits > 1.5].min(), abs=1e-6)
    assert start.get_color() == style.LIGHT.faint and end.get_color() == style.LIGHT.ball


def test_the_end_ball_has_a_flat_tangent(fig):
    (ends,) = tangents(fig.axes[0], style.LIGHT.tangent)
    x = paths.stuck()[-1]
    assert ends.mean(axis=0) == pytest.approx([x, RIPPLED.f(x)], abs=1e-9)
    assert abs(ends[1, 1] - ends[0, 1]) < 1e-6


def test_the_big_valleys_floor_is_pointed_at_the_curves_lowest_pit(fig, pits):
    floor = _annotations(fig)["the big valley's floor"]
    lowest = pits[np.argmin(RIPPLED.f(pits))]
    # paths.rippled_floor reads an even grid of 2001 points over 20: within half a spacing.
    assert abs(floor.xy[0] - lowest) <= 0.005 + 1e-12
    assert floor.xy[1] == pytest.approx(RIPPLED.f(floor.xy[0]))
    assert RIPPLED.f(lowest) < RIPPLED.f(paths.stuck()[-1]) - 0.5


def test_the_labels_name_the_start_and_the_steps_and_alpha_of_the_end(fig):
    labels = _annotations(fig)
    start, end = balls(fig.axes[0])
    assert labels["start"].xy == pytest.approx((start.get_xdata()[0], start.get_ydata()[0]))
    assert labels[END_WORDS].xy == pytest.approx((end.get_xdata()[0], end.get_ydata()[0]))
    assert (paths.STUCK_STEPS, paths.STUCK_ALPHA) == (1000, 0.2)


def test_the_end_label_sits_up_and_to_the_right_of_its_ball_clear_of_the_other_notes(fig):
    label = _annotations(fig)[END_WORDS]
    dx, dy = label.xyann
    assert dx > 0 and dy > 0 and label.get_ha() == "left"
    boxes = dict((text.get_text(), box) for text, box in drawn_texts(fig))
    others = [words for words in boxes if words != END_WORDS]
    assert "the big valley's floor" in others
    assert not any(boxes[END_WORDS].overlaps(boxes[words]) for words in others)
    assert boxes[END_WORDS].x1 <= fig.bbox.width + 1
