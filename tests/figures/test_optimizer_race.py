"""The optimizer race: each rule's median error of its starts against passes with a bar over the
middle half of its final errors, and scipy's methods on the same count; read back from the drawing."""

from __future__ import annotations

import io

import numpy as np
import pytest
from drawn_texts import card_margin, drawn, drawn_texts

from descent.figures import optimizer_race, style
from descent.optimizers import RULES
from descent.runs import quasi_newton, race

REFERENCE = ("gradient descent", "Adam")


@pytest.fixture(scope="module")
def wide():
    return drawn(optimizer_race, style.LIGHT, io.BytesIO())


@pytest.fixture(scope="module")
def phone():
    return drawn(optimizer_race, style.PHONE, io.BytesIO())


def lines_in(ax, colour):
    return [line for line in ax.get_lines() if line.get_color() == colour]


def median_and_passes(rule):
    lap = race.race(rule)
    # The error logged before step j is measured by the forward pass of step j, pass j + 1.
    return lap.steps + 1, np.median(lap.errors, axis=0)


@pytest.mark.parametrize("rule", RULES)
def test_each_rules_line_is_the_median_of_its_starts_against_passes(wide, rule):
    passes, median = median_and_passes(rule)
    line = lines_in(wide.axes[0], style.OPTIMIZER_COLOURS[rule])[0]
    assert np.array_equal(line.get_xdata(), passes)
    assert np.array_equal(line.get_ydata(), median)
    assert race.race(rule).errors.shape[0] == 20  # twenty starts


def test_the_end_bars_stand_side_by_side_lowest_median_nearest_the_lines(wide):
    finals = {rule: median_and_passes(rule)[1][-1] for rule in RULES}
    last = max(median_and_passes(rule)[0][-1] for rule in RULES)
    for rank, rule in enumerate(sorted(RULES, key=finals.get), start=1):
        _, _, bar, dot = lines_in(wide.axes[0], style.OPTIMIZER_COLOURS[rule])
        at = last * optimizer_race.DODGE ** rank
        assert list(bar.get_xdata()) == pytest.approx([at, at])
        assert (dot.get_xdata(), dot.get_ydata()) == pytest.approx((at, finals[rule]))


@pytest.mark.parametrize("rule", RULES)
def test_each_bar_spans_the_middle_half_of_the_starts_last_logged_errors(wide, rule):
    last = np.sort(race.race(rule).errors[:, -1])
    assert len(last) == 20
    # 20 values: numpy's 25th percentile lies 4.75 of the way up the sorted list, the 75th 14.25.
    low = last[4] + 0.75 * (last[5] - last[4])
    high = last[14] + 0.25 * (last[15] - last[14])
    _, _, bar, _ = lines_in(wide.axes[0], style.OPTIMIZER_COLOURS[rule])
    assert list(bar.get_ydata()) == pytest.approx([low, high], rel=1e-12)


def end_labels(ax):
    return {text.get_text(): text for text in ax.texts}


def test_the_left_labels_name_every_rule_in_one_column_right_of_the_bars(wide):
    labels = end_labels(wide.axes[0])
    assert set(labels) == set(RULES)
    assert len({text.xy[0] for text in labels.values()}) == len(RULES)  # each at its own bar
    for rule, text in labels.items():
        assert text.xy[1] == pytest.approx(median_and_passes(rule)[1][-1])


def lowest_so_far(trace, count):
    """The lowest error a search had after `count` evaluations, read row by row (NaN before)."""
    seen = [error for spent, error in trace if spent <= count]
    return seen[-1] if seen else np.nan


@pytest.mark.parametrize("method", quasi_newton.METHODS)
def test_scipys_dashed_lines_are_the_median_lowest_error_so_far(wide, method):
    found = quasi_newton.search(method)
    line, dot = lines_in(wide.axes[1], style.OPTIMIZER_COLOURS[method])[-2:]
    counts = line.get_xdata()
    assert counts[0] == 1 and counts[-1] == found.evaluations.max()
    assert len(counts) <= 60 and np.all(np.diff(counts) > 0)
    for k in (0, len(counts) // 3, len(counts) // 2, -1):
        table = [lowest_so_far(trace, counts[k]) for trace in found.traces]
        assert line.get_ydata()[k] == np.nanmedian(table), counts[k]
    assert line.get_linestyle() == "--"
    assert (dot.get_xdata(), dot.get_ydata()) == (counts[-1], line.get_ydata()[-1])


def test_the_scipy_panel_shows_gradient_descent_and_adam_faintly_for_reference(wide):
    right = wide.axes[1]
    for rule in REFERENCE:
        faint = lines_in(right, style.OPTIMIZER_COLOURS[rule])[0]
        assert faint.get_alpha() == pytest.approx(0.55) and faint.get_linewidth() == 1.0
        assert np.array_equal(faint.get_ydata(), median_and_passes(rule)[1])
    assert set(end_labels(right)) == {*REFERENCE, *quasi_newton.METHODS}


def test_titles_name_the_bars_and_the_dashed_lines(wide):
    assert [ax.get_title(loc="left") for ax in wide.axes] == [
        "the step rules;\nbar: the middle half of the 20 starts at the end",
        "scipy's methods (dashed)"]


def test_both_panels_count_passes_on_the_same_log_scales(wide):
    for ax in wide.axes:
        assert ax.get_xscale() == ax.get_yscale() == "log"
        assert ax.get_ylim() == pytest.approx((3e-7, 0.8))
        assert ax.get_xlabel() == "forward and backward passes"
        assert [t.get_text() for t in ax.get_xticklabels()] == ["1", "10", "100", "1k", "10k"]


def test_every_median_line_stays_inside_the_panel(wide):
    low, high = wide.axes[0].get_ylim()
    for rule in RULES:
        median = median_and_passes(rule)[1]
        assert low < median.min() and median.max() < high, rule


def test_a_laptop_leaves_room_right_for_the_labels_and_labels_the_shared_y_once(wide):
    # Past the last step, room for the end labels: more on the right, whose labels are longer,
    # and enough that the longest ends on the card (0.2 % in), off its edge line.
    room = [ax.get_xlim()[1] / race.STEPS for ax in wide.axes]
    assert 1 < room[0] < room[1]
    right = max(box.x1 for _, box in drawn_texts(wide))
    assert right < wide.bbox.width - card_margin(wide)
    assert [ax.get_ylabel() for ax in wide.axes] == ["mean |error|, median of 20 starts", ""]
    assert not wide.axes[1].yaxis.get_tick_params()["labelleft"]  # the left panel's serve both


def test_a_phone_stacks_the_panels_each_with_its_own_y_label(phone):
    assert [ax.get_xlim()[1] for ax in phone.axes] == [race.STEPS * 12] * 2
    assert [ax.get_ylabel() for ax in phone.axes] == ["mean |error|, median of 20 starts"] * 2
