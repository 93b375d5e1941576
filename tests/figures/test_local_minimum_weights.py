"""The local minimum read as a network's error: the curve and resting ball of the local-minimum
figure, with one weight along the bottom axis and the error it gives up the side."""

from __future__ import annotations

import io

import matplotlib.text
import numpy as np
import pytest

from ball_reading import balls, curves, tangents, touching
from curve_points import critical_points
from descent import landscapes
from descent.figures import local_minimum_weights, style
from descent.runs import descents
from drawn_texts import drawn

BUMPY = landscapes.bumpy


@pytest.fixture(scope="module")
def fig():
    figure = drawn(local_minimum_weights, style.LIGHT, io.BytesIO())
    yield figure
    style.pyplot().close(figure)


@pytest.fixture(scope="module")
def floors():
    """The bumpy curve's valley floors, from the sign of its slope alone, without descent."""
    return critical_points(BUMPY).minima


def test_the_axes_are_named_weight_and_error_without_numbers(fig):
    (ax,) = fig.axes
    assert ax.axison
    assert ax.get_xlabel() == "weight: the value of one of the network's weights"
    assert ax.get_ylabel() == "error"
    assert list(ax.get_xticks()) == [] and list(ax.get_yticks()) == []


def test_the_error_curve_is_the_bumpy_curve_over_its_span(fig):
    (line,) = curves(fig.axes[0], style.LIGHT.curve)
    x = line.get_xdata()
    assert (x[0], x[-1]) == (BUMPY.low, BUMPY.high)
    assert np.array_equal(line.get_ydata(), BUMPY.f(x))


def test_the_ball_rests_on_a_flat_slope_in_a_valley_above_the_lowest_error(fig, floors):
    (ax,) = fig.axes
    (ball,) = balls(ax)
    (line,) = curves(ax, style.LIGHT.curve)
    rest = descents.resting_place()
    assert touching(ax, BUMPY, ball, line.get_linewidth()) == pytest.approx(rest, abs=1e-9)
    (ends,) = tangents(ax, style.LIGHT.tangent)
    assert abs(ends[1, 1] - ends[0, 1]) < 1e-6  # flat: the error stops falling here
    assert min(abs(floors - rest)) < 1e-6
    assert BUMPY.f(rest) > BUMPY.f(floors).min() + 1.0


def test_the_deepest_valley_is_pointed_at_and_named(fig, floors):
    notes = {text.get_text(): text.xy for text in fig.axes[0].texts
             if isinstance(text, matplotlib.text.Annotation)}
    lowest = floors[np.argmin(BUMPY.f(floors))]
    assert notes["the deepest valley"] == pytest.approx((lowest, BUMPY.f(lowest)), abs=1e-6)
    rest = descents.resting_place()
    assert notes["flat slope: stuck here"] == pytest.approx((rest, BUMPY.f(rest)))


def test_the_corner_names_the_descents_alpha_and_steps(fig):
    words = [text.get_text() for text in fig.axes[0].texts if text.get_text().startswith("alpha")]
    assert words == ["alpha 0.02, 2,000 steps"]
    assert (descents.RESTING_ALPHA, descents.RESTING_STEPS) == (0.02, 2000)
