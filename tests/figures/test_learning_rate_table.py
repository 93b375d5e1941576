"""The learning-rate table: per hidden size the best alpha, the breakdown and how far it falls,
then the article's seven alphas. The best/breakdown/article cells are checked in
test_explore_alpha_figures.py; here the table's shape, its ratios and counts, and `summary`."""

from __future__ import annotations

import numpy as np
import pytest
from markdown_rows import markdown_tables

from descent.figures import learning_rate_table
from descent.network import ALPHAS
from descent.runs import studies

HIDDEN = (4, 32)


@pytest.fixture(scope="module")
def text():
    return learning_rate_table.text()


@pytest.fixture(scope="module")
def tables(text):
    return markdown_tables(text)


def test_two_tables_a_column_per_hidden_size(tables):
    summary, article = tables
    assert summary[0] == ["what", "4 hidden units", "32 hidden units"]
    assert [row[0] for row in summary[1:]] == [
        "best alpha", "its final error", "breakdown alpha", "final error there",
        "alphas from there up still within 10× of the best"]
    assert article[0] == ["the article's alpha", "4 hidden units", "32 hidden units"]
    assert [row[0] for row in article[1:]] == ["0.001", "0.01", "0.1", "1", "10", "100", "1000"]
    assert all(len(row) == 3 for table in tables for row in table)


def test_the_lead_names_the_grid_the_run_tried(text):
    alphas = studies.LEARNING_RATE_ALPHAS
    # A log grid, 10 per decade from 0.001 to 1000: six decades and both ends.
    assert len(alphas) == 61 and alphas.min() == pytest.approx(1e-3) and alphas.max() == pytest.approx(1e3)
    assert text.startswith("Final mean |error| after 60,000 steps, seed 1, 61 alphas from "
                           "0.001 to 1000 (10 per decade).\n")


@pytest.mark.parametrize("column, hidden", [(1, 4), (2, 32)])
def test_the_breakdown_row_says_how_many_times_the_best_it_is(tables, column, hidden):
    found = studies.learning_rate(hidden)
    breakdown = studies.breakdown_alpha(found.alphas, found.errors)
    there = found.errors[found.alphas == breakdown][0]
    ratio = there / found.best[1]
    assert ratio >= studies.BREAKDOWN_FACTOR  # that is what makes it the breakdown
    cell = {row[0]: row for row in tables[0]}["final error there"][column]
    assert cell == f"{there:.3g}, {round(ratio)}× the best"


@pytest.mark.parametrize("column, hidden", [(1, 4), (2, 32)])
def test_the_lucky_count_is_out_of_the_alphas_from_the_breakdown_up(tables, column, hidden):
    found = studies.learning_rate(hidden)
    breakdown = studies.breakdown_alpha(found.alphas, found.errors)
    past = sum(1 for alpha in found.alphas if alpha >= breakdown)
    cell = tables[0][-1][column]
    assert cell.split(":")[0].endswith(f" of {past}")


def curve(alphas, errors):
    return studies.read_curve(4, np.array(alphas), np.array(errors))


def test_cell_keeps_three_significant_digits():
    assert learning_rate_table.cell(0.000674321) == "0.000674"
    assert learning_rate_table.cell(39.81) == "39.8"
    assert learning_rate_table.cell(20.0) == "20"


def test_a_curve_that_never_breaks_down_says_none():
    found = curve([0.1, 1.0, 10.0], [0.3, 0.02, 0.01])
    assert learning_rate_table.summary(found) == ["10", "0.01", "none", "", ""]


def test_a_breakdown_with_a_lucky_alpha_lower_than_the_best():
    # Falls to 0.01 at alpha 1, leaps to 0.5 at 10 (50 times 0.01), then converges at 100.
    found = curve([0.1, 1.0, 10.0, 100.0], [0.1, 0.01, 0.5, 0.004])
    assert learning_rate_table.summary(found) == [
        "1", "0.01", "10", "0.5, 50× the best",
        "1 of 2: 100 (0.004, lower than the best)"]


def test_a_breakdown_with_no_lucky_alpha_counts_none_of_those_past_it():
    found = curve([0.1, 1.0, 10.0, 100.0], [0.1, 0.01, 0.5, 0.4])
    assert learning_rate_table.summary(found)[-1] == "0 of 2"


def test_the_article_table_lists_the_seven_alphas_in_order(tables):
    assert [float(row[0]) for row in tables[1][1:]] == list(ALPHAS)
