"""The learning-rate figure: final error against alpha for 4 and 32 hidden units, each curve's
best alpha, its breakdown and the alphas that converged past it, read back from the drawing."""

from __future__ import annotations

import io

import numpy as np
import pytest
from drawn_texts import drawn

from descent.figures import learning_rate, style
from descent.network import ALPHAS
from descent.runs import studies

HIDDEN = (4, 32)


@pytest.fixture(scope="module")
def wide():
    return drawn(learning_rate, style.LIGHT, io.BytesIO()).axes[0]


@pytest.fixture(scope="module")
def phone():
    return drawn(learning_rate, style.PHONE, io.BytesIO()).axes[0]


def read(hidden):
    """The run itself, and its best alpha and breakdown worked out again from its errors."""
    found = studies.learning_rate(hidden)
    breakdown = studies.breakdown_alpha(found.alphas, found.errors)
    before = found.alphas < breakdown if breakdown is not None else np.full(found.alphas.shape, True)
    best = studies.best_alpha(found.alphas[before], found.errors[before])
    lucky = [(a, e) for a, e in zip(found.alphas[~before], found.errors[~before])
             if e < studies.BREAKDOWN_FACTOR * best[1]]
    return found, breakdown, best, lucky


def marks(ax, hidden, marker):
    colour = style.HIDDEN_COLOURS[hidden]
    return [line for line in ax.get_lines() if line.get_marker() == marker
            and colour in (line.get_color(), line.get_markeredgecolor())
            and len(line.get_xdata())]


@pytest.mark.parametrize("hidden", HIDDEN)
def test_each_curve_is_the_runs_final_error_at_every_alpha(wide, hidden):
    found = studies.learning_rate(hidden)
    [curve] = [line for line in marks(wide, hidden, "None") if line.get_linestyle() == "-"]
    assert len(curve.get_xdata()) == len(studies.LEARNING_RATE_ALPHAS)
    assert np.array_equal(curve.get_xdata(), studies.LEARNING_RATE_ALPHAS)
    assert np.array_equal(curve.get_ydata(), found.errors)


@pytest.mark.parametrize("hidden", HIDDEN)
def test_the_dots_sit_on_the_articles_seven_alphas(wide, hidden):
    found = studies.learning_rate(hidden)
    [dots] = marks(wide, hidden, "o")
    assert list(dots.get_xdata()) == list(ALPHAS)
    expected = [found.errors[np.isclose(found.alphas, alpha, rtol=1e-12)][0] for alpha in ALPHAS]
    assert list(dots.get_ydata()) == expected


@pytest.mark.parametrize("hidden", HIDDEN)
def test_the_star_marks_the_lowest_error_before_the_breakdown(wide, hidden):
    _, breakdown, best, _ = read(hidden)
    [star] = marks(wide, hidden, "*")
    assert (star.get_xdata()[0], star.get_ydata()[0]) == best
    assert breakdown is None or best[0] < breakdown


@pytest.mark.parametrize("hidden", HIDDEN)
def test_a_dashed_line_stands_at_the_breakdown_in_the_upper_half(wide, hidden):
    _, breakdown, _, _ = read(hidden)
    dashed = [line for line in marks(wide, hidden, "None") if line.get_linestyle() == "--"]
    if breakdown is None:
        assert not dashed
        return
    [line] = dashed
    assert list(line.get_xdata()) == [breakdown, breakdown]
    assert list(line.get_ydata()) == [0.55, 1]  # axes fractions: the top part only


@pytest.mark.parametrize("hidden", HIDDEN)
def test_diamonds_mark_the_alphas_past_the_breakdown_that_converged_anyway(wide, hidden):
    _, _, _, lucky = read(hidden)
    diamonds = marks(wide, hidden, "D")
    if not lucky:
        assert not diamonds
        return
    [drawn_lucky] = diamonds
    assert list(zip(drawn_lucky.get_xdata(), drawn_lucky.get_ydata())) == lucky


def test_the_runs_have_both_a_breakdown_and_a_curve_with_lucky_alphas():
    # So that the tests above see the dashed line and the diamonds drawn, not only absent.
    runs = [read(hidden) for hidden in HIDDEN]
    assert all(breakdown is not None for _, breakdown, _, _ in runs)
    assert any(lucky for *_, lucky in runs)


def notes(ax):
    return [text.get_text() for text in ax.texts]


def test_the_notes_above_the_plot_name_each_curves_best_and_breakdown(wide, phone):
    for hidden, wide_note, phone_note in zip(HIDDEN, notes(wide), notes(phone)):
        _, breakdown, (alpha, error), _ = read(hidden)
        assert wide_note == (f"{hidden} hidden units: best alpha {alpha:.3g} (error {error:.2g}),"
                             f" training breaks down at {breakdown:.3g}")
        # A phone says the same in fewer words.
        assert phone_note == f"{hidden} units: best {alpha:.3g} ({error:.2g}), breaks at {breakdown:.3g}"


def test_the_notes_are_stacked_first_curve_on_top(wide):
    heights = [text.get_position()[1] for text in wide.texts]
    assert heights == sorted(heights, reverse=True) and min(heights) > 1


def test_the_key_names_each_mark_shorter_on_a_phone(wide, phone):
    assert [t.get_text() for t in wide.get_legend().get_texts()] == [
        "the article's alphas", "best alpha before the breakdown", "converged anyway, past it",
        "training breaks down"]
    assert [t.get_text() for t in phone.get_legend().get_texts()] == [
        "the article's alphas", "best before the breakdown", "converged past it",
        "training breaks down"]


def test_the_axes_are_log_scaled_over_every_alpha_tried(wide, phone):
    alphas = studies.LEARNING_RATE_ALPHAS
    assert wide.get_xscale() == wide.get_yscale() == "log"
    assert wide.get_xlim() == pytest.approx((alphas.min() / 1.2, alphas.max() * 1.2))
    assert [t.get_text() for t in wide.get_xticklabels()] == [
        "0.001", "0.01", "0.1", "1", "10", "100", "1000"]
    assert wide.get_xlabel() == "alpha (10 per decade)"
    assert wide.get_ylabel() == "mean |error| after 60k steps"  # the post's 60 000 steps
    assert wide.get_ylim() == pytest.approx((1e-4, 1))
    assert phone.get_ylim() == pytest.approx((2e-5, 1))  # room below the curves for the key


def test_the_ylim_holds_every_drawn_error(wide):
    low = min(studies.learning_rate(hidden).errors.min() for hidden in HIDDEN)
    high = max(studies.learning_rate(hidden).errors.max() for hidden in HIDDEN)
    assert wide.get_ylim()[0] < low and high <= wide.get_ylim()[1]
