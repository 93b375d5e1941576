"""step_costs_table: what one full-batch training step costs, counted: numpy operations,
floating-point operations and the largest array, per hidden size."""

from __future__ import annotations

import pytest

from descent import step_costs
from descent.figures import step_costs_table


def flops_by_hand(h: int) -> int:
    """One step on 4 examples of 3 inputs: a product of k-long rows is k multiplications and
    k - 1 additions per number; a sigmoid 4 per number (negate, exp, add 1, divide)."""
    forward = 4 * h * (2 * 3 - 1) + 4 * (4 * h) + 4 * (2 * h - 1) + 4 * 4
    output_delta = 4 * 4  # error, 1 - out, out * (1 - out), error * that
    hidden_delta = 4 * h + 3 * (4 * h)  # delta @ synapse_1.T; 1 - l1, l1 * that, delta * that
    slopes = h * (2 * 4 - 1) + 3 * h * (2 * 4 - 1)  # layer_1.T @ delta, X.T @ delta
    updates = 2 * (h + 3 * h)  # alpha * slope, then subtract, for both synapses
    return forward + output_delta + hidden_delta + slopes + updates


@pytest.fixture(scope="module")
def rows() -> list[list[str]]:
    return [[cell.strip() for cell in line.strip("|").split("|")]
            for line in step_costs_table.text().splitlines() if line.startswith("|")]


def test_a_column_per_hidden_size_and_a_row_per_measure(rows):
    assert rows[0] == ["per full-batch step", "4 hidden units", "32 hidden units"]
    assert rows[1] == [":---", "---:", "---:"]
    assert [row[0] for row in rows[2:]] == ["numpy operations", "floating-point operations",
                                            "per operation, on average",
                                            "numbers in the largest array"]


def test_the_cells_are_the_counts_worked_by_hand(rows):
    body = {row[0]: row[1:] for row in rows[2:]}
    assert flops_by_hand(4) == 412 and flops_by_hand(32) == 3100
    assert body["numpy operations"] == ["24", "24"]  # the same operations at any width
    assert body["floating-point operations"] == ["412", "3,100"]
    assert body["per operation, on average"] == [f"{412 / 24:.0f}", f"{3100 / 24:.0f}"]
    assert body["per operation, on average"] == ["17", "129"]
    # the largest array: a hidden layer's 4 examples x h units
    assert body["numbers in the largest array"] == [str(4 * 4), str(4 * 32)]


@pytest.mark.parametrize("hidden", [1, 3])
def test_any_hidden_sizes_give_their_columns_as_step_cost_counts_them(hidden):
    found = step_costs.step_cost(hidden)
    rows = [[cell.strip() for cell in line.strip("|").split("|")]
            for line in step_costs_table.text(hidden=(hidden,)).splitlines()
            if line.startswith("|")]
    assert rows[0] == ["per full-batch step", f"{hidden} hidden units"]
    assert rows[1] == [":---", "---:"]
    assert found.flops == flops_by_hand(hidden)
    assert [row[1] for row in rows[2:]] == [str(found.calls), f"{flops_by_hand(hidden):,}",
                                            f"{flops_by_hand(hidden) / found.calls:.0f}",
                                            str(found.largest)]


def test_the_sentence_says_how_the_operations_were_counted():
    text = step_costs_table.text()
    first, blank = text.splitlines()[:2]
    assert first.startswith("Counted by running one step on arrays that log every numpy")
    assert "k multiplications and k − 1 additions per number" in first and blank == ""
    assert text.endswith(" |\n")
