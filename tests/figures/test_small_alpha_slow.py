"""Alpha too small on a gentle slope: after many steps the ball has covered only a sliver of the
way, and the bottom is still far off."""

from __future__ import annotations

import io

import matplotlib.text
import numpy as np
import pytest

from ball_reading import balls, curves, tangents, touching
from descent import landscapes
from descent.figures import small_alpha_slow, style
from descent.runs import paths
from drawn_texts import drawn

GENTLE = landscapes.gentle
# By hand: f'(x) = 0.002 (x - 20), so each step keeps 1 - 0.05 * 0.002 = 0.9999 of the distance
# to the bottom at 20; after 1000 steps the ball has gone 1 - 0.9999^1000 of the way from 1.
SHARE = 1 - 0.9999 ** 1000
END = 1.0 + 19.0 * SHARE


@pytest.fixture(scope="module")
def fig():
    figure = drawn(small_alpha_slow, style.LIGHT, io.BytesIO())
    yield figure
    style.pyplot().close(figure)


def _annotations(fig) -> dict[str, matplotlib.text.Annotation]:
    return {text.get_text(): text for text in fig.axes[0].texts
            if isinstance(text, matplotlib.text.Annotation)}


def test_one_bare_panel_draws_the_gentle_slope(fig):
    (ax,) = fig.axes
    assert not ax.axison
    (line,) = curves(ax, style.LIGHT.curve)
    x = line.get_xdata()
    assert (x[0], x[-1]) == (GENTLE.low, GENTLE.high)
    assert line.get_ydata() == pytest.approx(0.5 - 0.04 * x + 0.001 * x ** 2, abs=1e-12)


def test_a_faint_ball_at_the_start_and_a_red_one_where_the_descent_ended(fig):
    (ax,) = fig.axes
    (line,) = curves(ax, style.LIGHT.curve)
    drawn_balls = balls(ax)
    assert len(drawn_balls) == 2
    start, end = drawn_balls
    iterates = paths.slow()
    assert iterates[-1] == pytest.approx(END, rel=1e-9) and iterates[0] == 1.0
    assert touching(ax, GENTLE, start, line.get_linewidth()) == pytest.approx(1.0, abs=1e-9)
    assert touching(ax, GENTLE, end, line.get_linewidth()) == pytest.approx(iterates[-1], abs=1e-9)
    assert start.get_color() == style.LIGHT.faint and start.get_alpha() == 0.7
    assert end.get_color() == style.LIGHT.ball


def test_only_the_end_ball_has_a_tangent_and_it_still_slopes_down(fig):
    (ends,) = tangents(fig.axes[0], style.LIGHT.tangent)
    assert ends.mean(axis=0) == pytest.approx([END, GENTLE.f(END)], abs=1e-9)
    slope = np.diff(ends[:, 1]) / np.diff(ends[:, 0])
    assert slope == pytest.approx(0.002 * (END - 20), rel=1e-9) and slope < 0


def test_the_end_label_gives_the_steps_the_alpha_and_the_share_of_the_way(fig):
    labels = _annotations(fig)
    assert paths.share_covered() == pytest.approx(SHARE, rel=1e-9)
    words = f"after 1000 steps of alpha 0.05:\n{100 * SHARE:.1f}% of the way to the bottom"
    assert words == "after 1000 steps of alpha 0.05:\n9.5% of the way to the bottom"
    end = balls(fig.axes[0])[1]
    assert labels[words].xy == pytest.approx((end.get_xdata()[0], end.get_ydata()[0]))
    start = balls(fig.axes[0])[0]
    assert labels["start"].xy == pytest.approx((start.get_xdata()[0], start.get_ydata()[0]))


def test_the_bottom_is_marked_at_x_twenty_far_to_the_right(fig):
    bottom = _annotations(fig)["the bottom"]
    assert bottom.xy == pytest.approx((20.0, 0.1))  # f(20) = 0.5 - 0.8 + 0.4
    assert landscapes.GENTLE_BOTTOM == 20.0 and GENTLE.df(20.0) == 0
