"""Where a ball ends depends on where it starts: each valley of the bumpy curve drains its own
stretch, shaded in its colour, with the starts as ticks and each valley's count of balls."""

from __future__ import annotations

import io

import numpy as np
import pytest
from matplotlib.colors import same_color
from matplotlib.patches import Rectangle

from ball_reading import balls, curves, touching
from curve_points import critical_points
from descent import landscapes
from descent.figures import basins as basins_figure
from descent.figures import style
from descent.runs import basins
from drawn_texts import drawn, drawn_texts

BUMPY = landscapes.bumpy
LOOKS = {"wide": style.LIGHT, "phone": style.PHONE}


@pytest.fixture(scope="module")
def found():
    return basins.drop(100, 1)


@pytest.fixture(scope="module", params=list(LOOKS))
def fig(request):
    figure = drawn(basins_figure, LOOKS[request.param], io.BytesIO(), balls=100, seed=1)
    figure.look = LOOKS[request.param]  # the look it was drawn in
    yield figure
    style.pyplot().close(figure)


def _ticks(ax) -> list:
    return [line for line in ax.lines if line.get_marker() == "|"]


def _count_labels(ax) -> list:
    return [text for text in ax.texts if text.get_text().endswith("balls")
            and not text.get_text().startswith("ticks")]


def test_each_basin_is_shaded_between_its_edges_in_its_own_tint(fig, found):
    ax = fig.axes[0]
    spans = [patch for patch in ax.patches if isinstance(patch, Rectangle)]
    assert len(spans) == len(found.minima)
    for index, span in enumerate(spans):
        assert span.get_x() == pytest.approx(found.edges[index])
        assert span.get_x() + span.get_width() == pytest.approx(found.edges[index + 1])
    with style.drawing(fig.look, backend=False):
        tints = [style.basin_fill(index) for index in range(len(spans))]
    assert all(same_color(span.get_facecolor(), tint) for span, tint in zip(spans, tints))


def test_a_thin_line_marks_each_edge_where_two_basins_meet(fig, found):
    verticals = [line.get_xdata()[0] for line in fig.axes[0].lines
                 if len(line.get_xdata()) == 2 and line.get_xdata()[0] == line.get_xdata()[1]]
    assert verticals == pytest.approx(list(found.edges[1:-1]))
    # The edges are the curve's ridge tops, found from the slope's sign: to the map's grid.
    ridges = critical_points(BUMPY).maxima
    assert np.abs(np.array(verticals) - ridges).max() <= 9.5 / (basins.GRID - 1) / 2 + 1e-12


def test_every_start_is_a_tick_in_the_colour_of_the_basin_it_lies_in(fig, found):
    ticks = _ticks(fig.axes[0])
    assert len(ticks) == len(found.minima)
    for index, tick in enumerate(ticks):
        x = tick.get_xdata()
        assert np.all((found.edges[index] <= x) & (x < found.edges[index + 1]))
        assert same_color(tick.get_color(), style.basin_colour(index))
    drawn_starts = np.sort(np.concatenate([tick.get_xdata() for tick in ticks]))
    assert np.array_equal(drawn_starts, np.sort(found.starts)) and len(drawn_starts) == 100


def test_a_ball_rests_on_each_valley_floor_in_the_valleys_colour(fig, found):
    ax = fig.axes[0]
    (line,) = curves(ax, style.LIGHT.curve)
    drawn_balls = balls(ax)
    floors = critical_points(BUMPY).minima  # from the slope's sign, without descent
    assert len(drawn_balls) == len(floors) == len(found.minima)
    for index, (ball, floor) in enumerate(zip(drawn_balls, floors)):
        assert touching(ax, BUMPY, ball, line.get_linewidth()) == pytest.approx(floor, abs=1e-6)
        assert same_color(ball.get_color(), style.basin_colour(index))


def test_each_basin_label_counts_the_balls_that_start_in_it(fig, found):
    ax = fig.axes[0]
    labels = _count_labels(ax)
    assert len(labels) == len(found.minima)
    for index, (label, tick) in enumerate(zip(labels, _ticks(ax))):
        count = int(label.get_text().split()[0])
        assert count == len(tick.get_xdata()) == found.counts[index]
        assert label.get_position()[0] == pytest.approx(
            (found.edges[index] + found.edges[index + 1]) / 2)
    assert sum(int(label.get_text().split()[0]) for label in labels) == 100


def test_each_count_label_fits_inside_its_basin(fig, found):
    ax = fig.axes[0]
    boxes = {id(text): box for text, box in drawn_texts(fig)}
    for index, label in enumerate(_count_labels(ax)):
        box = boxes[id(label)]
        left, right = ax.transData.transform(found.edges[index:index + 2].reshape(2, 1)
                                             .repeat(2, axis=1))[:, 0]
        assert left <= box.x0 and box.x1 <= right, (label.get_text(), box, left, right)
        assert label.get_fontsize() >= 10


def test_on_a_phone_every_count_stands_over_the_word_balls(fig):
    labels = [label.get_text() for label in _count_labels(fig.axes[0])]
    if fig.look.phone:
        assert all(words.endswith("\nballs") for words in labels)
    else:  # wide: only the narrow well at the right needs two lines
        assert [words.endswith("\nballs") for words in labels] == [False] * 4 + [True]


def test_the_footnote_says_how_many_balls_and_the_alpha_they_descend_with(fig):
    (note,) = [text.get_text() for text in fig.axes[0].texts
               if text.get_text().startswith("ticks")]
    gap = "\n" if fig.look.phone else " "
    assert note == f"ticks: where the 100 balls started;{gap}each descends with alpha 0.02"
    assert basins.ALPHA == 0.02
