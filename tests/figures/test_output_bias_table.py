"""output_bias_table: the final error of the same 20 starts without and with a bias on the output
unit, per hidden size."""

from __future__ import annotations

import numpy as np
import pytest

from descent.figures import output_bias_table
from descent.runs import dropout, switch_studies


@pytest.fixture(scope="module")
def text() -> str:
    return output_bias_table.text()


def table(text: str) -> list[list[str]]:
    return [[cell.strip() for cell in line.strip("|").split("|")]
            for line in text.splitlines() if line.startswith("|")]


def median_and_worst(errors) -> str:
    """20 final errors: the median is the mean of the 10th and 11th smallest, worked by hand."""
    ordered = sorted(float(e) for e in errors)
    assert len(ordered) == 20
    return f"{(ordered[9] + ordered[10]) / 2:.3g} ({ordered[-1]:.3g})"


def test_a_header_a_rule_and_one_row_per_hidden_size(text):
    rows = table(text)
    assert rows[0] == ["hidden", "final error without: median (worst)", "with an output bias",
                       "seeds lower with it"]
    assert rows[1] == [":---", "---:", "---:", "---:"]
    assert [row[0] for row in rows[2:]] == ["4", "32"]


@pytest.mark.parametrize("row, hidden", [(2, 4), (3, 32)])
def test_each_row_holds_the_median_and_worst_without_and_with_and_the_seeds_it_helps(
        text, row, hidden):
    found = switch_studies.output_bias(hidden)
    assert found.seeds == tuple(range(1, 21))
    lower = sum(a < b for a, b in zip(found.with_, found.without, strict=True))
    assert table(text)[row] == [str(hidden), median_and_worst(found.without),
                                median_and_worst(found.with_), f"{lower} of 20"]


@pytest.mark.parametrize("hidden", [4, 32])
def test_without_the_bias_the_runs_are_the_dropout_studys_plain_nets(hidden):
    # The same seeds, alpha and steps, read from there: the column "without" is those nets.
    plain = dropout.redundancy(hidden, alpha=1.0, iterations=10_000, seeds=20).final["plain"]
    assert np.array_equal(switch_studies.output_bias(hidden).without, plain)


def test_the_sentence_names_the_seeds_the_alpha_and_the_steps(text):
    found = switch_studies.output_bias(4)
    assert (found.alpha, found.iterations) == (1.0, 10_000)
    assert text.splitlines()[0] == ("Seeds 1 to 20, alpha 1, 10,000 steps; the output bias starts"
                                    " at 0 and learns with the same alpha.")
    assert text.splitlines()[1] == "" and text.endswith(" |\n")


def test_one_hidden_size_gives_one_row():
    rows = table(output_bias_table.text(hidden=(32,)))
    assert [row[0] for row in rows[2:]] == ["32"]


def test_cell_keeps_three_significant_digits():
    assert output_bias_table.cell(0.0099712) == "0.00997"
    assert output_bias_table.cell(0.012) == "0.012"
    assert output_bias_table.cell(0.0099999) == "0.01"
