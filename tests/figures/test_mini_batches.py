"""The mini-batch figure: the median error of the seeds for 1, 2 and 4 examples per step, against
steps on the left and against passes through the four examples on the right."""

from __future__ import annotations

import io

import numpy as np
import pytest
from drawn_texts import drawn

from descent.figures import mini_batches, style
from descent.runs import switch_studies

SIZES = (1, 2, 4)


@pytest.fixture(scope="module")
def wide():
    return drawn(mini_batches, style.LIGHT, io.BytesIO())


@pytest.fixture(scope="module")
def phone():
    return drawn(mini_batches, style.PHONE, io.BytesIO())


@pytest.fixture(scope="module")
def found():
    return switch_studies.mini_batches()


def curves(ax):
    return [line for line in ax.get_lines() if len(line.get_xdata()) > 1]


def test_the_study_runs_one_two_and_four_examples_per_step():
    assert switch_studies.BATCH_SIZES == SIZES


def test_the_left_panel_draws_each_sizes_median_against_steps(wide, found):
    left = wide.axes[0]
    lines = curves(left)
    colours = [line.get_color() for line in lines]
    # The full batch is the article's own training: drawn in the ink of the article's curves.
    assert colours[2] == style.LIGHT.curve
    assert len(set(colours)) == 3 and colours[:2] == [style.QUALITATIVE[2], style.QUALITATIVE[3]]
    for line, size in zip(lines, SIZES):
        assert np.array_equal(line.get_xdata(), found.steps)
        assert np.array_equal(line.get_ydata(), found.median[size])


def test_the_right_panel_counts_passes_through_the_four_examples(wide, found):
    right = wide.axes[1]
    for line, size in zip(curves(right), SIZES):
        # A step of `size` examples is size / 4 of a pass through the data.
        assert line.get_xdata() == pytest.approx(found.steps * size / 4)
        assert np.array_equal(line.get_ydata(), found.median[size])
    ends = [line.get_xdata()[-1] for line in curves(right)]
    assert ends == pytest.approx([found.steps[-1] / 4, found.steps[-1] / 2, found.steps[-1]])


def test_the_curves_are_medians_of_the_seeds_ending_at_the_final_error(found):
    # The last point is the median of the seeds' errors after the last step.
    for size in SIZES:
        assert found.median[size][-1] == np.median(found.final[size])
        assert len(found.final[size]) == len(found.seeds) == 20
    assert found.steps[0] == 0 and found.steps[-1] == 10_000


def labels_of(ax):
    return [(text.get_text(), text.xy) for text in ax.texts]


def test_each_line_is_named_at_its_end_in_words_on_a_laptop(wide, found):
    for ax, by_epoch in zip(wide.axes, (False, True)):
        names = labels_of(ax)
        assert [name for name, _ in names] == ["1 example", "2 examples", "all 4 (full batch)"]
        for (_, (x, y)), size in zip(names, SIZES):
            end = found.steps[-1] * size / 4 if by_epoch else found.steps[-1]
            assert (x, y) == pytest.approx((end, found.median[size][-1]))


def test_a_phone_names_the_lines_by_their_size_and_says_so_in_a_title(phone):
    for ax in phone.axes:
        assert [name for name, _ in labels_of(ax)] == ["1", "2", "4"]
    assert phone.axes[0].get_title(loc="left") == "line: examples per step"


def test_axis_labels_and_the_shared_log_scale(wide, phone):
    ylabel = "mean |error| (median, 20 seeds)"
    assert [ax.get_xlabel() for ax in wide.axes] == [
        "steps (weight updates)", "passes through the 4 examples (epochs)"]
    assert [ax.get_ylabel() for ax in wide.axes] == [ylabel, ""]  # side by side: shared
    assert [ax.get_ylabel() for ax in phone.axes] == [ylabel, ylabel]  # stacked: each its own
    assert all(ax.get_yscale() == "log" and ax.get_xlim()[0] == 0 for ax in wide.axes)


def test_the_step_axis_reads_in_thousands(wide):
    formatter = wide.axes[0].xaxis.get_major_formatter()
    assert [formatter(value, 0) for value in (0, 2000, 10_000, 2500)] == ["0", "2k", "10k", "2.5k"]


def test_each_size_has_its_own_colour_and_name():
    colours = {mini_batches.colour(size) for size in SIZES}
    assert len(colours) == 3
    assert [mini_batches.name(size) for size in SIZES] == [
        "1 example", "2 examples", "all 4 (full batch)"]
    with pytest.raises(KeyError):
        mini_batches.colour(3)
