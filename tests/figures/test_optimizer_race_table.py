"""The race in numbers: per method its alpha, median final error, the starts that reach 0.01, the
passes to get there and what it keeps per weight; every cell checked against the stored runs."""

from __future__ import annotations

import numpy as np
import pytest
from markdown_rows import markdown_tables

from descent import engine
from descent.figures import optimizer_race_table
from descent.optimizers import RULES
from descent.runs import quasi_newton, race

# What each rule keeps per weight between steps, from its update: momentum and Nesterov a
# velocity, AdaGrad a sum of squares, RMSprop a running mean of squares; AdaDelta two running
# means (of squared slopes and of squared steps), Adam two moments.
KEPT = {"gradient descent": 0, "momentum": 1, "Nesterov": 1, "AdaGrad": 1, "AdaDelta": 2,
        "RMSprop": 1, "Adam": 2}


@pytest.fixture(scope="module")
def table():
    text = optimizer_race_table.text()
    assert text.endswith("\n") and not text.endswith("\n\n")
    [found] = markdown_tables(text)
    return found


@pytest.fixture(scope="module")
def rows(table):
    return {row[0]: row for row in table[1:]}


def median_passes(passes):
    """The middle of the sorted passes (inf for a start that never got there); of an even
    number, the mean of the middle two."""
    ordered, half = sorted(passes), len(passes) // 2
    middle = ordered[half] if len(passes) % 2 else (ordered[half - 1] + ordered[half]) / 2
    return "never" if middle == np.inf else f"{middle:.0f}"


def test_a_row_per_rule_then_one_per_scipy_method(table):
    assert table[0] == ["method", "alpha", "median final error", "starts below 0.01",
                        "passes to 0.01 (median of all starts)", "kept per weight"]
    assert [row[0] for row in table[1:]] == [*RULES, "BFGS (scipy)", "L-BFGS (scipy)",
                                             "dual annealing (scipy)"]


@pytest.mark.parametrize("rule", RULES)
def test_each_rules_row_holds_its_race(rows, rule):
    lap = race.race(rule)
    row = rows[rule]
    assert row[1] == f"{race.alpha_range(rule).best[0]:.3g}"  # raced at its own best alpha
    assert row[2] == f"{np.median(lap.final):.2g}"
    reached = [step + 1 if step >= 0 else np.inf for step in lap.reached]
    got_there = sum(1 for passes in reached if passes < np.inf)
    assert got_there >= sum(1 for error in lap.final if error < 0.01)
    assert row[3] == f"{got_there} of 20"
    assert row[4] == median_passes(reached)
    assert row[5] == str(KEPT[rule])


def evaluations_to_target(trace):
    """The evaluations spent when a search's lowest error first fell below 0.01 (or inf)."""
    for spent, error in trace:
        if error < 0.01:
            return spent
    return np.inf


@pytest.mark.parametrize("method", quasi_newton.METHODS)
def test_each_scipy_row_holds_its_search(rows, method):
    found = quasi_newton.search(method)
    row = rows[f"{method} (scipy)"]
    reached = [evaluations_to_target(trace) for trace in found.traces]
    assert row[1] == "–"  # no step size
    assert row[2] == f"{np.median(found.final):.2g}"
    assert row[3] == f"{sum(1 for spent in reached if spent < np.inf)} of 20"
    assert row[4] == median_passes(reached)


def test_scipys_memory_is_counted_per_weight_of_the_network():
    synapse_0, synapse_1 = engine.starts([1], race.HIDDEN)
    weights = synapse_0[0].size + synapse_1[0].size
    kept = optimizer_race_table.KEPT
    assert set(kept) == set(quasi_newton.METHODS)
    # BFGS keeps a weights x weights matrix; L-BFGS-B its last 10 steps and 10 slope changes
    # (scipy's default maxcor), each a vector of weights; annealing polishes with L-BFGS-B.
    assert kept["BFGS"] == f"{weights} (a {weights} × {weights} matrix)"  # n x n: n per weight
    assert kept["L-BFGS"] == "20 (10 steps, 10 slope changes)"
    assert kept["dual annealing"].startswith("20 ")


def test_passes_is_the_median_of_all_starts_or_never():
    passes = optimizer_race_table.passes
    assert passes(np.array([3.0, 5.0, 100.0])) == "5"
    assert passes(np.array([3.0, 5.0, np.inf])) == "5"  # one that never got there is slowest
    assert passes(np.array([3.0, 6.0, np.inf, np.inf])) == "never"  # half never did
    assert passes(np.array([np.inf])) == "never"
    assert passes(np.array([2.0, 3.0])) == "2"  # 2.5, printed to the whole pass (even: down)


def test_cell_keeps_two_significant_digits():
    assert optimizer_race_table.cell(0.00016349) == "0.00016"
    assert optimizer_race_table.cell(9.04e-7) == "9e-07"
