"""The bucket's slopes: the same four balls as the bucket figure, each with the tangent of
f(x) = x² under it, which says which way is down and how steep."""

from __future__ import annotations

import io

import numpy as np
import pytest

from ball_reading import balls, curves, tangents, to_points, touching
from descent import landscapes
from descent.figures import bucket_slopes, style
from descent.runs import descents
from drawn_texts import drawn


@pytest.fixture(scope="module")
def fig():
    figure = drawn(bucket_slopes, style.LIGHT, io.BytesIO())
    yield figure
    style.pyplot().close(figure)


def test_the_balls_touch_the_bucket_where_the_bucket_iterates_are(fig):
    assert len(fig.axes) == 4
    for ax, x in zip(fig.axes, descents.bucket_iterates(), strict=True):
        (ball,) = balls(ax)
        (line,) = curves(ax, style.LIGHT.curve)
        assert np.allclose(line.get_ydata(), line.get_xdata() ** 2, rtol=0, atol=1e-12)
        assert touching(ax, landscapes.bucket, ball, line.get_linewidth()) == \
            pytest.approx(x, abs=1e-9)


def test_each_tangent_is_centred_on_its_ball_with_the_slope_two_x(fig):
    for ax, x in zip(fig.axes, descents.bucket_iterates(), strict=True):
        (ends,) = tangents(ax, style.LIGHT.tangent)
        middle = ends.mean(axis=0)
        assert middle == pytest.approx([x, x ** 2], abs=1e-9)
        (x0, y0), (x1, y1) = ends
        assert (y1 - y0) / (x1 - x0) == pytest.approx(2 * x, rel=1e-9)  # d(x²)/dx, by hand


def test_the_slope_points_downhill_towards_the_bottom(fig):
    # The ball moves against the slope: where the tangent rises to the right, the next ball
    # is to the left of this one, and the other way round.
    iterates = descents.bucket_iterates()
    for ax, here, there in zip(fig.axes, iterates[:-1], iterates[1:]):
        (ends,) = tangents(ax, style.LIGHT.tangent)
        rises = (ends[1, 1] - ends[0, 1]) / (ends[1, 0] - ends[0, 0]) > 0
        assert rises == (there < here)


def test_every_tangent_is_drawn_the_same_length_whatever_its_slope(fig):
    lengths = [np.linalg.norm(np.diff(to_points(ax).transform(ends), axis=0))
               for ax in fig.axes for ends in tangents(ax, style.LIGHT.tangent)]
    assert len(lengths) == 4
    assert lengths == pytest.approx([lengths[0]] * 4, rel=1e-6)

