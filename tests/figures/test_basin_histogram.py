"""The basin histogram: balls dropped at random on the bumpy curve, each valley catching a share
set by its basin's width, not its depth; above, each basin's width; below, where the balls
started and ended, with the share each width predicts."""

from __future__ import annotations

import io

import numpy as np
import pytest
from matplotlib.colors import same_color

from ball_reading import balls, curves, touching
from curve_points import critical_points
from descent import landscapes
from descent.figures import basin_histogram, style
from descent.runs import basins
from drawn_texts import drawn, drawn_texts

BUMPY = landscapes.bumpy
LOOKS = {"wide": style.LIGHT, "phone": style.PHONE}
HALF_SPACING = (BUMPY.high - BUMPY.low) / (basins.GRID - 1) / 2  # the basin map's grid


@pytest.fixture(scope="module")
def found():
    return basins.drop(10_000, 1)


@pytest.fixture(scope="module")
def points():
    """The curve's floors and ridges, from the sign of its slope alone, without descent."""
    return critical_points(BUMPY)


@pytest.fixture(scope="module", params=list(LOOKS))
def fig(request):
    figure = drawn(basin_histogram, LOOKS[request.param], io.BytesIO(), balls=10_000, seed=1)
    figure.look = LOOKS[request.param]  # the look it was drawn in
    yield figure
    style.pyplot().close(figure)


def _rectangles(ax, narrower: float, wider: float = np.inf) -> list:
    return [patch for patch in ax.patches if narrower < patch.get_width() < wider]


def test_the_top_draws_the_curve_with_a_ball_on_each_floor(fig, points):
    top = fig.axes[0]
    assert not top.axison
    (line,) = curves(top, style.LIGHT.curve)
    assert np.array_equal(line.get_ydata(), BUMPY.f(line.get_xdata()))
    drawn_balls = balls(top)
    assert len(drawn_balls) == len(points.minima)
    for index, (ball, floor) in enumerate(zip(drawn_balls, points.minima)):
        assert touching(top, BUMPY, ball, line.get_linewidth()) == pytest.approx(floor, abs=1e-6)
        assert same_color(ball.get_color(), style.basin_colour(index))


def test_each_basins_width_is_printed_over_it_as_a_percentage(fig, found, points):
    labels = [text for text in fig.axes[0].texts if not text.get_text().startswith("deepest")]
    assert [text.get_text() for text in labels] == [
        f"{100 * width:.1f}%" for width in found.widths]
    # The widths read a second way, between the ridges where the slope changes sign.
    printed = np.array([float(text.get_text().rstrip("%")) for text in labels])
    assert np.abs(printed - 100 * points.widths).max() <= 0.05 + 100 * 2 * HALF_SPACING / 9.5
    boxes = {id(text): box for text, box in drawn_texts(fig)}
    ordered = [boxes[id(text)] for text in labels]
    assert all(left.x1 < right.x0 for left, right in zip(ordered[:-1], ordered[1:]))
    assert ordered[-1].x1 <= fig.axes[0].bbox.x1 + 0.5


def test_each_valleys_bar_stands_at_its_floor_as_high_as_the_share_of_balls_it_caught(
        fig, found, points):
    bars = _rectangles(fig.axes[1], 0.3, 0.4)
    assert len(bars) == len(found.minima)
    centres = [bar.get_x() + bar.get_width() / 2 for bar in bars]
    assert centres == pytest.approx(list(points.minima), abs=1e-6)
    heights = np.array([bar.get_height() for bar in bars])
    assert np.array_equal(heights, np.bincount(found.valley, minlength=5) / 10_000)
    # A second way: the starts between two ridges; only starts within the map's grid of a
    # ridge may be counted on its other side.
    between = np.histogram(found.starts, points.edges)[0] / 10_000
    assert np.abs(heights - between).max() <= 0.002
    for index, bar in enumerate(bars):
        assert same_color(bar.get_facecolor(), style.basin_colour(index))


def test_a_black_tick_across_each_bar_marks_the_share_its_width_predicts(fig, found, points):
    ticks = [line for line in fig.axes[1].lines
             if line.get_ydata()[0] == line.get_ydata()[1] and len(line.get_xdata()) == 2]
    assert len(ticks) == len(found.minima)
    for tick, floor, width in zip(ticks, points.minima, found.widths):
        assert np.mean(tick.get_xdata()) == pytest.approx(floor, abs=1e-6)
        assert tick.get_ydata()[0] == width
    assert [tick.get_ydata()[0] for tick in ticks] == pytest.approx(list(points.widths),
                                                                    abs=2 * HALF_SPACING / 9.5)


def test_the_faint_histogram_stacks_to_the_starts_in_a_hundred_bins(fig, found):
    starts = _rectangles(fig.axes[1], 0, 0.3)
    assert len(starts) == 100 * len(found.minima)
    edges = np.linspace(BUMPY.low, BUMPY.high, 101)
    stacked = np.zeros(100)
    for valley in range(len(found.minima)):
        layer = starts[100 * valley:100 * (valley + 1)]
        assert [bar.get_x() for bar in layer] == pytest.approx(list(edges[:-1]))
        assert all(same_color(bar.get_facecolor()[:3], style.basin_colour(valley))
                   for bar in layer)
        assert [bar.get_y() for bar in layer] == pytest.approx(list(stacked))
        stacked += [bar.get_height() for bar in layer]
    assert stacked == pytest.approx(np.histogram(found.starts, edges)[0] / 10_000)
    assert stacked.sum() == pytest.approx(1.0)


def test_each_bar_is_labelled_with_its_share_and_count(fig, found):
    labels = fig.axes[1].texts
    assert len(labels) == len(found.minima)
    for index, label in enumerate(labels):
        share, count = label.get_text().split("\n")
        assert share == f"{100 * found.counts[index] / 10_000:.1f}%"
        expected = f"{found.counts[index]:,}" + ("" if fig.look.phone else " balls")
        assert count == expected
        assert label.get_position()[0] == pytest.approx(found.minima[index])
    assert sum(int(label.get_text().split("\n")[1].split()[0].replace(",", ""))
               for label in labels) == 10_000


def test_the_deepest_valley_is_named_with_the_small_share_that_found_it(fig, found, points):
    (note,) = [text for text in fig.axes[0].texts if text.get_text().startswith("deepest")]
    lowest = int(np.argmin(BUMPY.f(points.minima)))
    share = found.counts[lowest] / 10_000
    gap = "\n" if fig.look.phone else " "
    assert note.get_text() == f"deepest valley:{gap}only {100 * share:.1f}% of the balls found it"
    assert note.xy == pytest.approx((points.minima[lowest], BUMPY.f(points.minima[lowest])))
    assert share == found.fractions.min()  # the deepest valley catches the fewest


def test_the_axes_the_legend_and_the_caption_say_what_is_drawn(fig, found):
    bottom = fig.axes[1]
    # From zero, with room above the tallest bar or tick for its label, inside the panel.
    assert bottom.get_ylim()[0] == 0
    assert bottom.get_ylim()[1] > max(found.fractions.max(), found.widths.max())
    boxes = {id(text): box for text, box in drawn_texts(fig)}
    assert all(boxes[id(label)].y1 <= bottom.bbox.y1 for label in bottom.texts)
    assert bottom.get_ylabel() == "share of the balls"
    wide = "x: where a ball starts (faint) and where it ends (bars)"
    assert bottom.get_xlabel() == (wide.replace("where it ends", "ends") if fig.look.phone
                                   else wide)
    assert bottom.yaxis.get_major_formatter()(0.25) == "25%"
    (legend,) = fig.legends
    assert [text.get_text() for text in legend.get_texts()] == [
        "where the balls started", "where they ended", "share predicted by the basin's width"]
    gap = "\n" if fig.look.phone else " "
    (caption,) = fig.texts
    assert caption.get_text() == (
        f"10,000 balls dropped uniformly at random (seed 1),{gap}each descending with alpha "
        "0.02 for 3000 steps;\ntop: each basin's share of the line")
    assert (basins.ALPHA, basins.STEPS) == (0.02, 3000)


@pytest.mark.parametrize("fraction, words", [
    (0.0, "0.0%"), (1.0, "100.0%"), (0.1049, "10.5%"), (0.12345, "12.3%"), (0.0004, "0.0%")])
def test_a_share_is_written_as_a_percentage_to_one_decimal(fraction, words):
    assert basin_histogram._percent(fraction) == words


def _labels(look, xs, width=6.0):
    """Labels "10.5%" at `xs` on an axes over [0, 10] drawn in `look`, as the figure makes them."""
    fig, ax = style.pyplot().subplots(figsize=(width, 3), dpi=style.DPI)
    ax.set_xlim(0, 10)
    labels = [ax.annotate("10.5%", (x, 1), (0, -6), textcoords="offset points",
                          ha="center", va="top", fontsize=10, fontweight="bold") for x in xs]
    return fig, ax, labels


@pytest.mark.parametrize("look", [style.LIGHT, style.PHONE], ids=["wide", "phone"])
def test_the_width_labels_of_narrow_neighbouring_basins_are_kept_apart(look):
    with style.drawing(look):
        fig, ax, labels = _labels(look, (1, 7.6, 8.2, 8.9, 9.9), width=look.width)
        # Five labels as crowded as the narrow basins at the right can make them.
        basin_histogram._keep_apart(ax, labels)
        renderer = fig.canvas.get_renderer()
        boxes = [label.get_window_extent(renderer) for label in labels]
        style.pyplot().close(fig)
    assert all(left.x1 < right.x0 for left, right in zip(boxes[:-1], boxes[1:]))
    assert boxes[-1].x1 <= ax.transAxes.transform((1, 0))[0] + 0.5
    assert labels[0].xy[0] == pytest.approx(1, abs=1e-12)  # a label with room stays put


def test_labels_already_apart_stay_where_they_are_and_one_past_the_edge_comes_in():
    with style.drawing(style.LIGHT):
        fig, ax, labels = _labels(style.LIGHT, (1.0, 5.0, 10.0))
        basin_histogram._keep_apart(ax, labels)
        box = labels[-1].get_window_extent(fig.canvas.get_renderer())
        edge = ax.transAxes.transform((1, 0))[0]
        style.pyplot().close(fig)
    assert [label.xy[0] for label in labels[:2]] == pytest.approx([1.0, 5.0], abs=1e-12)
    assert labels[-1].xy[0] < 10.0 and box.x1 == pytest.approx(edge, abs=0.5)
