"""A closer look, drawn: for each alpha, how often each weight's update changed direction and
how big each weight ended up, a dot per weight and a bar at their median."""

from __future__ import annotations

import io
import statistics

import numpy as np
import pytest

from descent.figures import direction_changes, style
from descent.runs import sweeps
from drawn_texts import drawn

WEIGHTS = 3 * 4 + 4 * 1  # 3 inputs to 4 hidden units, 4 hidden units to 1 output


@pytest.fixture(scope="module")
def axes():
    fig = drawn(direction_changes, style.LIGHT, io.BytesIO())
    yield fig.axes
    style.pyplot().close(fig)


def _per_alpha(ax) -> list[tuple[object, object]]:
    """(dots, median bar) per alpha, in the order drawn."""
    return list(zip(ax.lines[::2], ax.lines[1::2]))


def _counts(run) -> list[int]:
    return [int(count) for count in run.synapse_0_direction_changes.flat] + [
        int(count) for count in run.synapse_1_direction_changes.flat]


def _sizes(run) -> list[float]:
    return [abs(float(weight)) for weight in run.synapse_0.flat] + [
        abs(float(weight)) for weight in run.synapse_1.flat]


def test_each_alphas_dots_are_its_weights_direction_changes(axes):
    changes_ax = axes[0]
    runs = sweeps.article_sweep(4).runs
    assert len(_per_alpha(changes_ax)) == len(runs) == 7
    for index, ((dots, _), run) in enumerate(zip(_per_alpha(changes_ax), runs)):
        assert list(dots.get_ydata()) == _counts(run)
        assert len(dots.get_xdata()) == WEIGHTS
        # Spread evenly over index +- 0.22, the same every run.
        assert dots.get_xdata() == pytest.approx(index - 0.22 + 0.44 * np.arange(16) / 15)


def test_each_alphas_dots_are_its_final_weights_sizes(axes):
    size_ax = axes[1]
    for (dots, _), run in zip(_per_alpha(size_ax), sweeps.article_sweep(4).runs):
        assert list(dots.get_ydata()) == _sizes(run)


def test_each_bar_sits_at_the_median_of_its_alphas_dots(axes):
    runs = sweeps.article_sweep(4).runs
    for ax, values in ((axes[0], _counts), (axes[1], _sizes)):
        for index, ((_, bar), run) in enumerate(zip(_per_alpha(ax), runs)):
            assert bar.get_xdata() == pytest.approx([index - 0.3, index + 0.3])
            median = statistics.median(values(run))  # 16 values: the mean of the middle two
            assert bar.get_ydata() == pytest.approx([median, median], rel=1e-12)
    assert _per_alpha(axes[0])[0][1].get_ydata()[0] == 0  # alpha 0.001: most of its weights never change


def test_each_alpha_has_its_colour_in_both_panels(axes):
    for ax in axes:
        assert [dots.get_color() for dots, _ in _per_alpha(ax)] == list(style.QUALITATIVE)


def test_changes_use_a_symlog_axis_since_many_weights_never_change(axes):
    changes_ax, size_ax = axes
    zeros = sum(_counts(run).count(0) for run in sweeps.article_sweep(4).runs)
    assert zeros > 0  # a log axis could not show them
    assert changes_ax.get_yscale() == "symlog" and size_ax.get_yscale() == "log"
    assert changes_ax.get_ylim()[0] == -0.3
    assert changes_ax.get_ylim()[1] >= max(max(_counts(run)) for run in sweeps.article_sweep(4).runs)
    assert [label.get_text() for label in changes_ax.get_yticklabels()][:3] == ["0", "1", "10"]


def test_the_panels_name_what_they_show(axes):
    changes_ax, size_ax = axes
    assert changes_ax.get_title(loc="left") == "update-direction changes per weight"
    assert size_ax.get_title(loc="left") == "final |weight|"
    for ax in axes:
        assert [label.get_text() for label in ax.get_xticklabels()] == [
            "0.001", "0.01", "0.1", "1", "10", "100", "1000"]
        assert ax.get_xlabel() == "alpha  (dots: the 16 weights; bar: their median)"


def test_the_figure_reads_the_4_unit_sweep():
    assert direction_changes.runs() == [sweeps.article_sweep.call(4)]
