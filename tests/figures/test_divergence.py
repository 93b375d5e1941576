"""Alpha too big: on f(x) = x² each step multiplies x by 1 - 2 alpha, below -1, so the ball lands
higher on the opposite wall every time; the last panel aims its next jump out of the picture."""

from __future__ import annotations

import io

import matplotlib.text
import numpy as np
import pytest

from ball_reading import balls, curves, tangents, touching
from descent import landscapes
from descent.figures import divergence, style
from descent.runs import paths
from drawn_texts import drawn

# By hand: from 0.6, each step multiplies x by 1 - 2 * 1.3 = -1.6.
BY_HAND = 0.6 * (-1.6) ** np.arange(5)


@pytest.fixture(scope="module")
def fig():
    figure = drawn(divergence, style.LIGHT, io.BytesIO())
    yield figure
    style.pyplot().close(figure)


def test_the_four_balls_touch_the_curve_at_the_diverging_iterates(fig):
    shown = paths.diverging(steps=4)[:4]
    assert shown == pytest.approx(BY_HAND[:4], rel=1e-12)
    assert len(fig.axes) == 4
    for ax, x in zip(fig.axes, shown, strict=True):
        (ball,) = balls(ax)
        (solid,) = curves(ax, style.LIGHT.curve)
        assert touching(ax, landscapes.bucket, ball, solid.get_linewidth()) == \
            pytest.approx(x, abs=1e-9)


def test_each_ball_has_the_tangent_of_x_squared_under_it(fig):
    for ax, x in zip(fig.axes, BY_HAND[:4]):
        (ends,) = tangents(ax, style.LIGHT.tangent)
        assert ends.mean(axis=0) == pytest.approx([x, x ** 2], abs=1e-9)
        assert np.diff(ends[:, 1]) / np.diff(ends[:, 0]) == pytest.approx(2 * x, rel=1e-9)


def test_the_bucket_is_continued_dashed_past_its_walls_to_the_farthest_ball(fig):
    reach = abs(BY_HAND[:4]).max() + 0.2  # the farthest ball, 0.6 * 1.6³, and a margin
    for ax in fig.axes:
        assert ax.get_xlim() == pytest.approx((-reach - 0.25, reach + 0.25))
        (solid,) = curves(ax, style.LIGHT.curve)
        assert (solid.get_xdata()[0], solid.get_xdata()[-1]) == (-2.0, 2.0)
        dashed = curves(ax, style.LIGHT.faint)
        spans = sorted([line.get_xdata()[0], line.get_xdata()[-1]] for line in dashed)
        assert np.array(spans) == pytest.approx(np.array([[-reach, -2.0], [2.0, reach]]))
        for line in dashed:
            assert line.get_linestyle() == "--"
            assert np.allclose(line.get_ydata(), line.get_xdata() ** 2, rtol=0, atol=1e-12)
        # The top leaves room above the farthest ball's height, which the walls reach.
        assert ax.get_ylim()[1] > reach ** 2


def test_the_last_panel_aims_the_next_jump_out_through_its_edge(fig):
    last = fig.axes[3]
    (arrow,) = [text for text in last.texts if isinstance(text, matplotlib.text.Annotation)]
    here, beyond = BY_HAND[3], BY_HAND[4]  # -2.4576, then 3.93216 at a height of 15.46
    assert arrow.get_text() == ""
    assert np.array(arrow.xyann) == pytest.approx([here, here ** 2])
    tip = np.array(arrow.xy)
    # The tip lies on the way from this ball to the next, where that way leaves the panel.
    way = np.array([beyond - here, beyond ** 2 - here ** 2])
    share = (tip - [here, here ** 2]) / way
    assert share[0] == pytest.approx(share[1]) and 0 < share[0] < 1
    (_, right), (_, top) = last.get_xlim(), last.get_ylim()
    assert tip[0] <= right + 1e-9 and tip[1] <= top + 1e-9
    assert tip[0] == pytest.approx(right) or tip[1] == pytest.approx(top)
    words = [text.get_text() for text in last.texts if text is not arrow]
    assert "next step:\nout of the picture" in words


def test_only_the_last_panel_carries_the_arrow(fig):
    for ax in fig.axes[:3]:
        assert not [text for text in ax.texts if isinstance(text, matplotlib.text.Annotation)]
