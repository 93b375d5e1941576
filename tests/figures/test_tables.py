"""The table helpers: plain text padded to the widest cell (for the logs and text figures) and
Markdown tables (for the pages), worked by hand on small rows."""

from __future__ import annotations

import pytest

from descent.figures import tables

ROWS = [["alpha", "error"], ["0.001", "0.5"], ["10", "0.0012"]]


def test_columns_pads_each_column_to_its_widest_cell_two_spaces_apart():
    assert tables.columns(ROWS) == ["alpha  error",
                                    "0.001  0.5",  # the last cell's padding is stripped
                                    "10     0.0012"]


def test_columns_aligns_right_where_asked():
    assert tables.columns(ROWS, align="<>") == ["alpha   error",
                                                "0.001     0.5",
                                                "10     0.0012"]
    assert tables.columns(ROWS, align=">>") == ["alpha   error",
                                                "0.001     0.5",
                                                "   10  0.0012"]


def test_columns_draws_a_rule_of_dashes_as_wide_as_each_column_after_the_rows_asked():
    lines = tables.columns(ROWS, align="<>", rule_after=(0, 2))
    assert lines == ["alpha   error",
                     "-----  ------",
                     "0.001     0.5",
                     "10     0.0012",
                     "-----  ------"]


def test_columns_of_a_single_row_is_that_row():
    assert tables.columns([["a", "b", "c"]]) == ["a  b  c"]


def test_columns_measures_unicode_cells_by_their_characters():
    # The pages write a minus sign as U+2212: one character, padded as one.
    assert tables.columns([["\u22121", "x"], ["10", "y"]], align=">>") == ["\u22121  x",
                                                                          "10  y"]


def test_columns_of_no_rows_is_an_error():
    with pytest.raises(IndexError):
        tables.columns([])


def test_markdown_has_the_header_a_rule_and_one_line_per_row():
    assert tables.markdown(ROWS) == ["| alpha | error |",
                                     "| :--- | :--- |",
                                     "| 0.001 | 0.5 |",
                                     "| 10 | 0.0012 |"]


def test_markdown_rule_says_each_columns_alignment():
    assert tables.markdown(ROWS, align="<>")[1] == "| :--- | ---: |"
    assert tables.markdown(ROWS, align=">>")[1] == "| ---: | ---: |"


def test_markdown_escapes_a_pipe_inside_a_cell():
    lines = tables.markdown([["rule", "note"], ["a|b", "|x|"]])
    assert lines[2] == "| a\\|b | \\|x\\| |"
    # Split on the unescaped pipes only: the row still has its two cells.
    cells = [cell.strip() for cell in lines[2].replace("\\|", "\0").strip("|").split("|")]
    assert [cell.replace("\0", "|") for cell in cells] == ["a|b", "|x|"]


def test_markdown_of_a_header_alone_is_a_table_with_no_rows():
    assert tables.markdown([["a", "b"]]) == ["| a | b |", "| :--- | :--- |"]


def test_markdown_keeps_the_cells_unpadded():
    # Markdown needs no padding: a wide cell in one row widens no other line.
    lines = tables.markdown([["n"], ["1"], ["1000000"]])
    assert lines[2] == "| 1 |" and lines[3] == "| 1000000 |"
