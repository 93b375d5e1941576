"""The ball figures' drawing helpers: a ball resting on a curve with its tangent, the article's
numbered panels, and the words, notes and lines around them, checked against the geometry by hand.

Geometry on a 72 dpi canvas, where a point is a pixel: a 4 x 4 inch axes filling the figure,
x over [-2, 2] and y over [-1, 7], so one point is 4/288 in x and 8/288 in y."""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.colors import to_rgba
from matplotlib.layout_engine import ConstrainedLayoutEngine

from descent import landscapes
from descent.figures import panels, style

BUCKET = landscapes.bucket  # f = x², f' = 2x, over [-2, 2]
X_POINT, Y_POINT = 4 / 288, 8 / 288  # data per point


@pytest.fixture()
def ax():
    fig = style.pyplot().figure(figsize=(4, 4), dpi=72)
    axes = fig.add_axes((0, 0, 1, 1))
    axes.set_xlim(-2, 2)
    axes.set_ylim(-1, 7)
    yield axes
    style.pyplot().close(fig)


def _in_points(ends):
    return np.column_stack([ends[:, 0] / X_POINT, ends[:, 1] / Y_POINT])


# A ball on a curve


@pytest.mark.parametrize("x", [0.0, 1.0, -1.7])
def test_the_tangent_is_the_same_length_at_every_slope_and_centred_on_the_curve(ax, x):
    ends = panels.tangent_ends(ax, BUCKET, x)
    assert ends.shape == (2, 2)
    assert ends.mean(axis=0) == pytest.approx((x, x ** 2))
    (x0, y0), (x1, y1) = ends
    assert (y1 - y0) / (x1 - x0) == pytest.approx(2 * x)  # the slope of x² at x
    length = np.hypot(*np.diff(_in_points(ends), axis=0)[0])
    assert length == pytest.approx(2 * panels.TANGENT_POINTS)


def test_a_ball_on_a_flat_bottom_sits_straight_above_it(ax):
    centre = panels.ball(ax, BUCKET, 0.0)
    # Radius 5.5 points plus 1.5 for half the curve's width: 7 points up.
    assert centre == pytest.approx((0.0, 7 * Y_POINT))


def test_a_ball_on_a_slope_sits_off_the_curve_along_its_normal(ax):
    # At x = 1 the slope 2 is 2 * (4/8) = 1 in points: 45 degrees; the upward normal is (-1, 1).
    centre = panels.ball(ax, BUCKET, 1.0)
    off = 7 / np.sqrt(2)
    assert centre == pytest.approx((1 - off * X_POINT, 1 + off * Y_POINT))
    # On the other wall the ball leans the other way, still above the curve.
    assert panels.ball(ax, BUCKET, -1.0) == pytest.approx((-1 + off * X_POINT, 1 + off * Y_POINT))


def test_a_ball_is_the_looks_red_marker_and_its_tangent_the_looks_blue(ax):
    with style.drawing(style.DARK, backend=False):
        panels.ball(ax, BUCKET, 0.5, tangent=True)
    marker, tangent = ax.lines
    assert marker.get_marker() == "o" and marker.get_markersize() == panels.BALL_POINTS
    assert marker.get_color() == style.DARK.ball and marker.get_markeredgecolor() == style.DARK.card
    assert tangent.get_color() == style.DARK.tangent
    assert np.column_stack(tangent.get_data()) == pytest.approx(
        panels.tangent_ends(ax, BUCKET, 0.5))
    panels.ball(ax, BUCKET, 0.5, color="#00ff00", size=20)
    assert len(ax.lines) == 3 and ax.lines[-1].get_color() == "#00ff00"


def test_the_curve_is_drawn_over_its_landscape_or_the_span_asked(ax):
    panels.curve(ax, BUCKET)
    panels.curve(ax, BUCKET, 2.0, 3.0, color="#777777", linestyle="--")
    whole, beyond = ax.lines
    x, y = whole.get_data()
    assert len(x) == 600 and (x[0], x[-1]) == (-2.0, 2.0) and np.allclose(y, x ** 2)
    assert whole.get_color() == style.LIGHT.curve
    assert (beyond.get_xdata()[0], beyond.get_xdata()[-1]) == (2.0, 3.0)
    assert beyond.get_color() == "#777777" and beyond.get_linestyle() == "--"


# Panels


def test_a_bare_panel_has_no_axes_and_its_number_in_the_top_left(ax):
    panels.bare(ax, 3)
    (number,) = ax.texts
    assert not ax.axison
    assert number.get_text() == "3" and number.get_position() == (0.04, 0.96)
    assert (number.get_ha(), number.get_va()) == ("left", "top")
    assert style.contrast(number.get_color(), style.LIGHT.card) >= 3.0
    panels.bare(ax)
    assert len(ax.texts) == 1  # no number, no text


def test_settle_layout_freezes_a_phones_layout_and_leaves_a_laptops_alone():
    with style.drawing(style.PHONE):
        fig, axes = style.figure(2.0, ncols=2)
        panels.settle_layout(fig)
        placed = np.array([ax.get_position().bounds for ax in axes])
        axes[0].set_title("a title that constrained layout would make room for")
        fig.canvas.draw()
    assert not isinstance(fig.get_layout_engine(), ConstrainedLayoutEngine)
    assert np.array([ax.get_position().bounds for ax in axes]) == pytest.approx(placed)
    style.pyplot().close(fig)
    with style.drawing(style.LIGHT):
        fig, _ = style.figure(2.0)
        panels.settle_layout(fig)
    assert fig.get_layout_engine() is None
    style.pyplot().close(fig)


def _four(look, **options):
    with style.drawing(look):
        return panels.four_panels(BUCKET, [1.5, -0.6, 0.3, -0.1], **options)


def test_four_panels_number_the_iterates_one_ball_each_on_the_same_bounds():
    fig = _four(style.LIGHT, tangents=True)
    assert len(fig.axes) == 4 and tuple(fig.get_size_inches()) == pytest.approx((8.0, 2.6))
    for number, (ax, x) in enumerate(zip(fig.axes, [1.5, -0.6, 0.3, -0.1]), start=1):
        assert [text.get_text() for text in ax.texts] == [str(number)]
        assert ax.get_xlim() == pytest.approx((-2.25, 2.25))
        # f spans 0 to 4 on [-2, 2]: 20 % of 4 below, 30 % above (400 samples miss 0 by 3e-5).
        assert ax.get_ylim() == pytest.approx((-0.8, 5.2), abs=1e-3)
        curve, ball, tangent = ax.lines
        assert curve.get_xdata()[0] == -2.0 and curve.get_xdata()[-1] == 2.0
        # Its centre 7 points (radius and half the line) from the curve at its iterate.
        touch, centre = ax.transData.transform([(x, x ** 2), (ball.get_xdata()[0],
                                                             ball.get_ydata()[0])])
        assert np.hypot(*(centre - touch)) * 72 / fig.dpi == pytest.approx(7)
        assert np.mean(tangent.get_xdata()) == pytest.approx(x)
    style.pyplot().close(fig)


def test_four_panels_draw_the_curve_dashed_beyond_the_walls_when_asked():
    fig = _four(style.DARK, outside=(-3.0, 3.0))
    ax = fig.axes[0]
    left, right, curve, ball = ax.lines
    assert (left.get_xdata()[0], left.get_xdata()[-1]) == (-3.0, -2.0)
    assert (right.get_xdata()[0], right.get_xdata()[-1]) == (2.0, 3.0)
    assert left.get_color() == right.get_color() == style.DARK.faint
    assert ax.get_xlim() == pytest.approx((-3.25, 3.25))
    assert ax.get_ylim() == pytest.approx((-1.8, 11.7), abs=1e-3)  # f spans 0 to 9 on [-3, 3]
    style.pyplot().close(fig)


def test_four_panels_title_goes_above_and_breaks_after_its_colon_on_a_phone():
    title = panels.alpha_words(0.1, 2.0)
    fig = _four(style.LIGHT, title=title)
    assert fig.get_suptitle() == title
    assert tuple(fig.get_size_inches()) == pytest.approx((8.0, 2.6 + panels.TITLE_INCHES))
    style.pyplot().close(fig)
    fig = _four(style.PHONE, title=title)
    assert fig.get_suptitle() == "alpha 0.1:\neach step multiplies the distance to the bottom by 0.8"
    # Two rows of 2.6 inches, shrunk to 95 %, and the title's strip.
    assert tuple(fig.get_size_inches()) == pytest.approx((4.4, 2 * 2.6 * 0.95 + 0.3))
    style.pyplot().close(fig)


def test_one_panel_frames_the_landscape_with_room_above():
    with style.drawing(style.LIGHT):
        fig, ax = panels.one_panel(BUCKET, headroom=0.5)
        named_fig, named = panels.one_panel(BUCKET, axis_names=("weight", "error"))
    assert ax.get_xlim() == pytest.approx((-2.08, 2.08))  # 2 % of the span of 4 each side
    assert ax.get_ylim() == pytest.approx((-0.48, 4 + 0.5 * 4), abs=1e-4)
    assert not ax.axison and len(ax.lines) == 1
    assert named.axison and (named.get_xlabel(), named.get_ylabel()) == ("weight", "error")
    assert list(named.get_xticks()) == list(named.get_yticks()) == []
    style.pyplot().close(fig)
    style.pyplot().close(named_fig)


@pytest.mark.parametrize("look", [style.LIGHT, style.PHONE], ids=["laptop", "phone"])
def test_the_resting_ball_names_where_it_stuck_and_the_deeper_valley(look):
    with style.drawing(look):
        fig, ax = panels.one_panel(BUCKET)
        panels.resting_ball(ax, BUCKET, 1.0, 0.0)
    stuck, deepest = ax.texts
    assert stuck.get_text() == "flat slope: stuck here" and stuck.xy == (1.0, 1.0)
    assert deepest.xy == (0.0, 0.0) and deepest.arrow_patch is not None
    assert deepest.get_text() == ("the deepest\nvalley" if look.phone else "the deepest valley")
    assert stuck.get_ha() == ("right" if look.phone else "center")
    assert len(ax.lines) == 3  # the curve, the ball, its tangent
    style.pyplot().close(fig)


# Words, notes and lines


@pytest.mark.parametrize("alpha, curvature, words", [
    (0.001, None, "alpha 0.001"),
    (1000.0, None, "alpha 1000"),
    (10, None, "alpha 10"),
    (0.1, 2.0, "alpha 0.1: each step multiplies the distance to the bottom by 0.8"),
    (0.5, 2.0, "alpha 0.5: each step multiplies the distance to the bottom by 0"),
    (1.0, 2.0, "alpha 1: each step multiplies the distance to the bottom by \u22121"),
    (0.02, 22.0, "alpha 0.02: each step multiplies the distance to the bottom by 0.56"),
])
def test_alpha_words_name_the_alpha_and_the_step_factor_by_hand(alpha, curvature, words):
    assert panels.alpha_words(alpha, curvature) == words


def test_alpha_tag_writes_in_the_top_left_corner(ax):
    tag = panels.alpha_tag(ax, "alpha 0.01, 300 steps")
    assert tag.get_position() == (0.01, 0.99) and tag.get_transform() == ax.transAxes
    assert (tag.get_ha(), tag.get_va(), tag.get_color()) == ("left", "top", style.LIGHT.text)


def test_a_note_is_grey_and_a_label_has_a_leader(ax):
    panels.note(ax, 1.0, 2.0, "the bottom")
    panels.note(ax, 1.0, 2.0, "coloured", color="#ff0000")
    panels.label(ax, (0.5, 0.5), "start", (0, 20))
    note, coloured, label = ax.texts
    assert note.xy == (1.0, 2.0) and note.get_color() == style.LIGHT.axis
    assert note.get_fontsize() == 10 and note.arrow_patch is None
    assert coloured.get_color() == "#ff0000"
    assert label.xyann == (0, 20) and label.anncoords == "offset points"
    assert label.get_color() == style.LIGHT.text and label.arrow_patch is not None


def test_fits_leaves_the_padding_on_both_sides(ax):
    # On this canvas a point is a pixel, and x is stretched to one data unit per pixel.
    ax.set_xlim(0, 288)
    text = ax.text(10, 3, "basin 4: 17 balls", fontsize=10)
    width = text.get_window_extent(ax.figure.canvas.get_renderer()).width
    assert panels.fits(ax, text, 0, width + 8)  # 4 points of room each side
    assert not panels.fits(ax, text, 0, width + 7.5)
    assert panels.fits(ax, text, 50, 50 + width, pad_points=0)
    assert not panels.fits(ax, text, 0, width - 1, pad_points=0)


def test_boundaries_mark_the_inner_edges_only(ax):
    panels.boundaries(ax, [0.0, 0.4, 1.1, 2.0])
    assert [line.get_xdata()[0] for line in ax.lines] == [0.4, 1.1]
    assert all(line.get_color() == style.LIGHT.muted for line in ax.lines)
    assert all(line.get_zorder() < 1 for line in ax.lines)  # under the curve and the tints
    panels.boundaries(ax, [0.0, 2.0])  # one basin: nothing to separate
    assert len(ax.lines) == 2
    assert to_rgba(ax.lines[0].get_color()) == to_rgba(style.LIGHT.muted)
