"""One frame of the alpha slider: the descent steps on the bucket f(x) = x² at one alpha, and
their distance from the bottom on a log scale; each step multiplies x by 1 − 2·alpha."""

from __future__ import annotations

import io

import numpy as np
import pytest

from descent.figures import alpha_slider_frame, style
from descent.runs import descents
from drawn_texts import drawn

START, STEPS = -1.2, 12


def _by_hand(alpha: float) -> np.ndarray:
    """x after k steps on x²: the gradient is 2x, so x_k = start · (1 − 2·alpha)^k."""
    return START * (1 - 2 * alpha) ** np.arange(STEPS + 1)


@pytest.fixture(scope="module")
def default():
    fig = drawn(alpha_slider_frame, style.LIGHT, io.BytesIO())  # frame DEFAULT: alpha 0.25
    yield fig
    style.pyplot().close(fig)


@pytest.fixture(scope="module")
def flying():
    fig = drawn(alpha_slider_frame, style.PHONE, io.BytesIO(), frame=len(descents.ALPHAS) - 1)
    yield fig  # the last frame, alpha 2, on a phone
    style.pyplot().close(fig)


def test_the_default_frame_is_alpha_a_quarter_halving_the_distance(default):
    assert descents.ALPHAS[descents.DEFAULT] == 0.25
    title = default._suptitle
    assert title.get_text() == "alpha 0.25   step factor 1 \u2212 2\u00b7alpha = +0.5"
    assert title.get_ha() == "left" and title.get_position() == (0.02, 0.98)


def test_the_distance_panel_plots_each_steps_distance_from_the_bottom(default):
    _, right = default.axes
    line, start = right.lines
    assert list(line.get_xdata()) == list(range(STEPS + 1))
    assert line.get_ydata() == pytest.approx(np.abs(_by_hand(0.25)), rel=1e-12)
    assert list(start.get_ydata()) == [1.2, 1.2]  # the start's distance, dashed across
    assert right.get_yscale() == "log"
    assert right.get_ylim() == pytest.approx((1e-16 / 2, 1e7))
    assert right.get_xlim() == (-0.5, STEPS + 0.5)
    assert (right.get_xlabel(), right.get_ylabel()) == ("step", "distance from the bottom |x|")


def test_the_bucket_shows_the_path_and_a_ball_per_step_darker_as_it_goes(default):
    left, _ = default.axes
    curve, path, *balls = left.lines
    assert path.get_xdata() == pytest.approx(_by_hand(0.25), rel=1e-12)
    assert path.get_ydata() == pytest.approx(_by_hand(0.25) ** 2, rel=1e-12)
    assert curve.get_ydata() == pytest.approx(curve.get_xdata() ** 2)  # the bucket, |x| <= 2.4
    assert (curve.get_xdata().min(), curve.get_xdata().max()) == (-2.4, 2.4)
    assert len(balls) == STEPS + 1  # every ball stays inside the chart at alpha 0.25
    shades = [ball.get_alpha() for ball in balls]
    assert shades[0] == 0.25 and shades[-1] == 1.0 and shades == sorted(shades)
    assert [(text.get_text(), tuple(map(float, text.xy))) for text in left.texts] == [
        ("start", (-1.2, pytest.approx(1.44)))]


def test_a_phone_centres_the_title_on_two_lines(flying):
    title = flying._suptitle
    assert title.get_text() == "alpha 2\nstep factor 1 \u2212 2\u00b7alpha = \u22123"
    assert title.get_ha() == "center"


def test_a_diverging_ball_is_drawn_only_while_inside_and_its_exit_is_marked(flying):
    left, right = flying.axes
    assert len(left.lines) == 2 + 1  # the bucket, the path, and the one ball inside: the start
    arrow, words, start = left.texts
    # By hand: from (-1.2, 1.44) to (3.6, 12.96), the jump reaches the top (y = 2.4² · 1.12)
    # after (6.4512 - 1.44) / 11.52 of its length, before the right edge (3.7 / 4.8 of it).
    exit_x = -1.2 + (6.4512 - 1.44) / 11.52 * 4.8
    assert tuple(map(float, arrow.xy)) == pytest.approx((exit_x, 6.4512))
    assert words.get_text() == "step 1:\nout of the chart" and words.get_ha() == "left"
    assert right.lines[0].get_ydata() == pytest.approx(np.abs(_by_hand(2.0)), rel=1e-12)


def test_the_one_y_range_holds_every_frames_distances():
    for alpha in descents.ALPHAS:
        distance = np.abs(descents.iterates(alpha))
        assert distance == pytest.approx(np.abs(_by_hand(alpha)), rel=1e-9, abs=1e-300)
        assert distance.max() <= alpha_slider_frame.DISTANCE_CEILING  # alpha 2: 1.2 · 3^12
        assert distance[distance > 0].min() >= alpha_slider_frame.DISTANCE_FLOOR


def test_exact_zeros_sit_on_the_floor_marked_and_named_not_in_the_line():
    xs = descents.iterates(0.5)  # factor 0: at the bottom after one step, and it stays
    assert list(xs) == [START] + [0.0] * STEPS
    fig, ax = style.pyplot().subplots()
    try:
        with style.drawing(style.LIGHT, backend=False):
            alpha_slider_frame._distance(ax, xs)
        line, floor, _ = ax.lines
        assert line.get_ydata()[0] == 1.2 and np.isnan(line.get_ydata()[1:]).all()
        assert list(floor.get_xdata()) == list(range(1, STEPS + 1))
        assert set(floor.get_ydata()) == {alpha_slider_frame.DISTANCE_FLOOR}
        assert [(text.get_text(), text.xy) for text in ax.texts] == [
            ("exactly 0: at the bottom", (1, alpha_slider_frame.DISTANCE_FLOOR))]
    finally:
        style.pyplot().close(fig)


def test_a_jump_off_the_chart_is_cut_where_it_first_crosses_the_top_or_the_side():
    fig, ax = style.pyplot().subplots()
    try:
        with style.drawing(style.LIGHT, backend=False):
            ax.set_xlim(-2.5, 2.5)
            ax.set_ylim(-0.9, 6.4512)
            alpha_slider_frame._leaving(ax, np.array([1.2, -3.6]), 1)
        arrow, words = ax.texts
        assert tuple(map(float, arrow.xy)) == pytest.approx((1.2 - 5.0112 / 11.52 * 4.8, 6.4512))
        assert words.get_ha() == "right" and words.get_text() == "step 1:\nout of the chart"
        # Through the side: from (2, 4) to (2.8, 7.84) the edge comes at 0.5 / 0.8 of the jump,
        # the top only at 2.4512 / 3.84 of it.
        arrow.remove(), words.remove()
        alpha_slider_frame._leaving(ax, np.array([2.0, 2.8]), 1)
        assert tuple(map(float, ax.texts[0].xy)) == pytest.approx((2.5, 4 + 0.625 * 3.84))
    finally:
        style.pyplot().close(fig)
