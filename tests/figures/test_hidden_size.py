"""More hidden units: a dumbbell per alpha joining its final error with the article's hidden
units and with more, each dot the stored run's error after its last update."""

from __future__ import annotations

import io

import numpy as np
import pytest

from descent.figures import hidden_size, style
from descent.network import ALPHAS
from descent.runs import studies, sweeps
from drawn_texts import drawn


@pytest.fixture(scope="module")
def ax():
    fig = drawn(hidden_size, style.LIGHT, io.BytesIO())
    yield fig.axes[0]
    style.pyplot().close(fig)


def _final(units: int) -> list[float]:
    """A second route to the final errors: the article sweep's own error after its last update
    (the study trains the same alphas from the same start)."""
    return [float(error) for error in sweeps.article_sweep(units).final]


def _dots(ax) -> dict[str, object]:
    return {line.get_color(): line for line in ax.lines if line.get_marker() == "o"}


def test_the_dots_are_each_alphas_final_error_with_4_and_with_32_units(ax):
    dots = _dots(ax)
    assert dots.keys() == {style.HIDDEN_COLOURS[4], style.HIDDEN_COLOURS[32]}
    for units, shift in ((4, -0.09), (32, 0.09)):
        line = dots[style.HIDDEN_COLOURS[units]]
        assert np.allclose(line.get_xdata(), np.arange(7) + shift)  # left of the tick, right
        assert list(line.get_ydata()) == _final(units)
        assert list(line.get_ydata()) == [studies.learning_rate(units).error_at(alpha)
                                          for alpha in ALPHAS]


def test_a_bar_joins_the_two_dots_of_each_alpha(ax):
    bars = [line for line in ax.lines if line.get_marker() in ("None", None, "")]
    assert len(bars) == len(ALPHAS)
    for index, (bar, four, many) in enumerate(zip(bars, _final(4), _final(32))):
        assert np.allclose(bar.get_xdata(), [index - 0.09, index + 0.09])
        assert list(bar.get_ydata()) == [four, many]
        assert bar.get_zorder() < 3  # under the dots


def test_each_size_names_its_best_error_beside_its_dot(ax):
    labels = {text.get_text(): text for text in ax.texts if "units:" in text.get_text()}
    for units, shift in ((4, -0.09), (32, 0.09)):
        errors = _final(units)
        best = int(np.argmin(errors))
        assert ALPHAS[best] == 10  # both sizes do best at alpha 10 (the labels share a column)
        text = labels[f"{units} units: {float(f'{errors[best]:.2g}'):g}"]
        assert text.xy == pytest.approx((best + shift, errors[best]))
    assert set(labels) == {"4 units: 0.0012", "32 units: 0.00086"}  # regression pin
    # One label above its dot, one below: equal in alpha, they must not meet.
    assert {text.get_va() for text in labels.values()} == {"bottom", "top"}


def test_the_axes_name_the_alphas_and_the_step_count_and_reach_every_dot(ax):
    assert [label.get_text() for label in ax.get_xticklabels()] == [
        "0.001", "0.01", "0.1", "1", "10", "100", "1000"]
    assert ax.get_xlabel() == "alpha"
    assert ax.get_ylabel() == "mean |error| after 60k steps"
    assert ax.get_yscale() == "log"
    low, high = ax.get_ylim()
    assert low < min(_final(4) + _final(32)) and max(_final(4) + _final(32)) < high
    assert ax.get_xlim() == (-0.6, 6.6)


def test_the_title_names_both_sizes_in_their_colours(ax):
    assert ax.get_title(loc="left") == "4 hidden units"
    assert ax._left_title.get_color() == style.HIDDEN_COLOURS[4]
    rest = [text.get_text() for text in ax.texts if text.get_text().strip()
            and "units:" not in text.get_text()]
    assert rest == ["  against  ", "32 hidden units"]


def test_the_figure_reads_the_learning_rate_study_of_each_size():
    assert hidden_size.runs() == [studies.learning_rate.call(4), studies.learning_rate.call(32)]
    assert hidden_size.ITERATIONS == 60_000
