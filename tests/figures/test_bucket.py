"""The bucket figure: the article's strip of panels, a ball on f(x) = x² at the start and after
each step, each step multiplying the distance to the bottom by 1 - 2 alpha."""

from __future__ import annotations

import io

import numpy as np
import pytest

from ball_reading import balls, curves, tangents, touching
from descent import landscapes
from descent.figures import bucket, style
from descent.runs import descents
from drawn_texts import drawn


@pytest.fixture(scope="module")
def fig():
    figure = drawn(bucket, style.LIGHT, io.BytesIO())
    yield figure
    style.pyplot().close(figure)


def test_the_strip_has_four_bare_panels_numbered_one_to_four(fig):
    assert len(fig.axes) == 4
    for number, ax in enumerate(fig.axes, start=1):
        assert not ax.axison
        assert [text.get_text() for text in ax.texts] == [str(number)]


def test_each_panel_draws_the_bucket_x_squared_over_its_walls(fig):
    for ax in fig.axes:
        (line,) = curves(ax, style.LIGHT.curve)
        x, y = line.get_xdata(), line.get_ydata()
        assert (x[0], x[-1]) == (-2.0, 2.0)
        assert np.allclose(y, x ** 2, rtol=0, atol=1e-12)


def test_the_balls_touch_the_curve_where_the_bucket_iterates_are(fig):
    # By hand: from -1.7 each step multiplies x by 1 - 2 * 0.625 = -0.25.
    by_hand = -1.7 * (-0.25) ** np.arange(4)
    assert descents.bucket_iterates() == pytest.approx(by_hand, rel=1e-12)
    for ax, x in zip(fig.axes, descents.bucket_iterates(), strict=True):
        (ball,) = balls(ax)
        (line,) = curves(ax, style.LIGHT.curve)
        assert touching(ax, landscapes.bucket, ball, line.get_linewidth()) == \
            pytest.approx(x, abs=1e-9)


def test_this_strip_draws_no_tangents(fig):
    assert not any(tangents(ax, style.LIGHT.tangent) for ax in fig.axes)


def test_the_title_names_alpha_and_the_step_factor(fig):
    # 1 - 2 * 0.625 = -0.25, written with a true minus.
    assert fig.get_suptitle() == ("alpha 0.625: each step multiplies the distance to the "
                                  "bottom by \u22120.25")
    assert descents.BUCKET_ALPHA == 0.625
