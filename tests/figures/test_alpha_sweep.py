"""The alpha sweep figure: each alpha's mean |error| while training, one line per alpha, drawn from
the stored sweep and named at its end."""

from __future__ import annotations

import io

import numpy as np
import pytest

from descent.figures import alpha_sweep, style
from descent.runs import sweeps
from drawn_texts import drawn


@pytest.fixture(scope="module")
def ax():
    fig = drawn(alpha_sweep, style.LIGHT, io.BytesIO())
    yield fig.axes[0]
    style.pyplot().close(fig)


def test_each_line_is_one_alphas_stored_errors_every_500_steps(ax):
    runs = sweeps.article_sweep(4).runs
    assert len(ax.lines) == len(runs) == 7
    for line, run in zip(ax.lines, runs):
        steps = np.arange(0, 60_000, 500)  # logged before each update, up to the last sample
        assert np.array_equal(line.get_xdata(), steps)
        assert np.array_equal(line.get_ydata(), [run.errors[int(step)] for step in steps])


def test_each_alpha_has_its_own_colour_in_the_articles_order(ax):
    colours = [line.get_color() for line in ax.lines]
    assert colours == list(style.QUALITATIVE)  # 0.001 first, 1000 last
    assert len(set(colours)) == 7


def test_only_alpha_1000_is_dashed_so_the_line_it_lies_on_shows_through(ax):
    runs = sweeps.article_sweep(4).runs
    dashes = [line._unscaled_dash_pattern for line in ax.lines]  # (offset, dashes in points)
    assert dashes == [(0, None)] * 6 + [(0, (3, 2))]
    # Why: alpha 1000 ends at 0.5 and alpha 0.001 just under it, within 4% of each other.
    last = sweeps.ITERATIONS - 500
    assert runs[-1].errors[last] == pytest.approx(0.5, abs=1e-9)
    assert runs[0].errors[last] == pytest.approx(0.5, rel=0.04) and runs[0].errors[last] < 0.5
    assert alpha_sweep._linestyle(1000) == alpha_sweep.DASHED
    assert alpha_sweep._linestyle(1000.0) == alpha_sweep.DASHED
    assert all(alpha_sweep._linestyle(alpha) == "-" for alpha in (0.001, 1, 100, 999))


def test_each_line_is_named_at_its_last_point(ax):
    runs = sweeps.article_sweep(4).runs
    names = [(text.get_text(), tuple(map(float, text.xy))) for text in ax.texts]
    assert names == [(f"alpha {label}", (59_500.0, run.errors[59_500]))
                     for label, run in zip(("0.001", "0.01", "0.1", "1", "10", "100", "1000"), runs)]


def test_the_axes_span_the_whole_training_on_a_log_scale_of_error(ax):
    assert ax.get_xlim() == (0, sweeps.ITERATIONS)
    assert ax.get_yscale() == "log"
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("iteration", "mean |error|")
    assert [label.get_text() for label in ax.get_xticklabels()] == [
        "0", "10k", "20k", "30k", "40k", "50k", "60k"]


def test_the_figure_reads_the_4_unit_sweep():
    assert alpha_sweep.runs() == [sweeps.article_sweep.call(4)]


def test_draw_takes_the_hidden_size_and_returns_a_label_end_per_alpha():
    fig, ax = style.pyplot().subplots()
    try:
        with style.drawing(style.LIGHT, backend=False):
            ends = alpha_sweep.draw(ax, hidden=32)
    finally:
        style.pyplot().close(fig)
    runs = sweeps.article_sweep(32).runs
    assert [(end.x, end.y) for end in ends] == [(59_500, run.errors[59_500]) for run in runs]
    assert [end.colour for end in ends] == list(style.QUALITATIVE)
