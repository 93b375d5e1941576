"""The ravine in numbers: per rule its best alpha, its height after the steps, how many alphas get
below 1% of the start, its memory, and its height with the valley turned; each cell against the runs."""

from __future__ import annotations

import numpy as np
import pytest
from markdown_rows import markdown_tables

from descent.figures import optimizer_ravine_table
from descent.optimizers import RULES
from descent.runs import ravine_race

KEPT = {"gradient descent": 0, "momentum": 1, "Nesterov": 1, "AdaGrad": 1, "AdaDelta": 2,
        "RMSprop": 1, "Adam": 2}  # per weight, from each rule's update (see test_optimizer_race_table)


def height(point):
    """The ravine by hand: 0.1 x² along the valley, 5 y² across it."""
    x, y = point
    return 0.1 * x * x + 5 * y * y


@pytest.fixture(scope="module")
def table():
    [found] = markdown_tables(optimizer_ravine_table.text())
    return found


def test_the_header_names_the_steps_the_start_the_alphas_and_the_turn(table):
    assert height(ravine_race.START) == pytest.approx(20.9)
    assert len(ravine_race.ALPHAS) == 61
    assert table[0] == ["rule", "alpha", "height after 30 steps (from 20.9)",
                        "alphas of 61 that get below 1%", "kept per weight",
                        "height, valley turned 45°"]


def test_a_row_per_rule_in_the_races_order(table):
    assert [row[0] for row in table[1:]] == list(RULES)
    assert all(len(row) == 6 for row in table)


@pytest.mark.parametrize("rule", RULES)
def test_each_row_holds_the_rules_run_through_the_ravine(table, rule):
    row = {row[0]: row for row in table[1:]}[rule]
    found = ravine_race.ravine_path(rule)
    assert row[1] == f"{found.alpha:.3g}"
    assert row[2] == f"{height(found.path[-1]):.2g}"
    below = sum(1 for end in found.heights if end < 0.01 * height(ravine_race.START))
    assert row[3] == str(below)
    assert row[4] == str(KEPT[rule])
    turned = ravine_race.ravine_path(rule, 45.0)
    assert turned.turn == 45.0
    assert row[5] == f"{height(turned.path[-1]):.2g}"


@pytest.mark.parametrize("rule", ["gradient descent", "momentum", "Nesterov"])
def test_turning_the_valley_changes_nothing_for_the_rules_linear_in_the_slope(table, rule):
    # Their step is a sum of past slopes: rotating the problem rotates the path with it. The
    # rules that scale each weight's step by its own history see the turn.
    row = {row[0]: row for row in table[1:]}[rule]
    assert row[2] == row[5]
    plain, turned = (ravine_race.ravine_path(rule, turn) for turn in (0.0, 45.0))
    assert np.allclose(plain.path, turned.path, atol=1e-9)
