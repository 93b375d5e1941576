"""How alike hidden units end up: per hidden size, a row of seeds' median |cosine| of unit pairs at
the start, trained plain, with dropout and with DropConnect; read back against the stored runs."""

from __future__ import annotations

import io
from itertools import combinations

import numpy as np
import pytest
from drawn_texts import drawn

from descent import engine
from descent.figures import dropout_redundancy, style
from descent.runs import dropout

HIDDEN = (4, 32)
ROWS = ["at the start", "trained plain", "dropout", "DropConnect"]  # top to bottom


@pytest.fixture(scope="module")
def wide():
    return drawn(dropout_redundancy, style.LIGHT, io.BytesIO())


@pytest.fixture(scope="module")
def phone():
    return drawn(dropout_redundancy, style.PHONE, io.BytesIO())


def rows_drawn(ax):
    """(dots, median bar) per row, top row first: each row draws its dots, then its bar."""
    lines = ax.get_lines()
    return [(lines[k], lines[k + 1]) for k in range(0, len(lines), 2)]


def start_medians(hidden):
    """Each seed's median |cosine| over its pairs of hidden units, from the starting weights."""
    synapse_0 = engine.starts(range(1, 21), hidden)[0]
    medians = []
    for weights in synapse_0:
        columns = [weights[:, unit] / np.linalg.norm(weights[:, unit]) for unit in range(hidden)]
        medians.append(np.median([abs(a @ b) for a, b in combinations(columns, 2)]))
    return np.array(medians)


@pytest.mark.parametrize("panel, hidden", list(enumerate(HIDDEN)))
def test_the_top_row_is_the_starting_weights_own_cosines(wide, panel, hidden):
    dots, _ = rows_drawn(wide.axes[panel])[0]
    assert dots.get_xdata() == pytest.approx(start_medians(hidden), abs=1e-12)


@pytest.mark.parametrize("panel, hidden", list(enumerate(HIDDEN)))
def test_the_trained_rows_are_each_variants_seeds(wide, panel, hidden):
    found = dropout.redundancy(hidden)
    drawn_rows = rows_drawn(wide.axes[panel])
    assert len(drawn_rows) == 4
    for (dots, _), variant in zip(drawn_rows[1:], ("plain", "dropout", "dropconnect")):
        assert np.array_equal(dots.get_xdata(), found.trained[variant].median)
        assert len(dots.get_xdata()) == len(found.seeds) == 20


@pytest.mark.parametrize("panel", range(2))
def test_each_rows_bar_stands_at_its_median_across_its_dots(wide, panel):
    for row, (dots, bar) in enumerate(rows_drawn(wide.axes[panel])):
        y = 3 - row  # the top row at 3
        assert list(bar.get_xdata()) == [np.median(dots.get_xdata())] * 2
        assert list(bar.get_ydata()) == pytest.approx([y - 0.32, y + 0.32])
        # The dots are spread a little about their row, never as far as the bar's ends.
        offsets = np.asarray(dots.get_ydata()) - y
        assert np.all(np.abs(offsets) <= 0.15) and len(set(np.round(offsets, 9))) > 1


def test_the_jitter_is_the_same_in_every_build_and_every_panel(wide, phone):
    first = [rows_drawn(ax)[0][0].get_ydata() for ax in (*wide.axes, *phone.axes)]
    assert all(np.array_equal(first[0], other) for other in first[1:])


def test_rows_are_named_on_the_left_panel_only_on_a_laptop(wide, phone):
    def names(ax):
        return [t.get_text() for t in ax.get_yticklabels()][::-1]  # top first
    assert names(wide.axes[0]) == ROWS
    assert names(wide.axes[1]) == [""] * 4  # side by side: the left panel names them
    assert [names(ax) for ax in phone.axes] == [ROWS, ROWS]  # stacked: each its own


def test_titles_and_axis_name_the_hidden_sizes_and_the_seeds(wide):
    assert [ax.get_title(loc="left") for ax in wide.axes] == ["4 hidden units", "32 hidden units"]
    for ax in wide.axes:
        assert ax.get_xlabel() == "median |cosine| of unit pairs (20 seeds; bar: median)"
        assert ax.get_xlim() == (0, 1)  # |cosine| runs from 0 (unlike) to 1 (twins)


def test_every_value_lies_in_the_cosines_range(wide):
    for ax in wide.axes:
        for dots, _ in rows_drawn(ax):
            assert np.all((0 <= dots.get_xdata()) & (dots.get_xdata() <= 1))
