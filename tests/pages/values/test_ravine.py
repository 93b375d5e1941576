"""pages.values.ravine: every rule's best 30 steps through Part 3's ravine, straight and turned
45°, run here a second time by a loop written out by hand."""

from __future__ import annotations

import numpy as np
import pytest

from descent import optimizers
from descent.pages.values import formats, ravine
from descent.runs import ravine_race

FLAT, STEEP = 0.2, 10.0  # Part 3's ravine: (0.2 x² + 10 y²) / 2
START, STEPS = (-9.0, 1.6), 30
BOX = (10.0, 2.2)


def best_height(rule: str, degrees: float = 0.0) -> float:
    """The rule from START for STEPS steps at every alpha of the grid, the valley turned by
    `degrees`: the lowest final height among the alphas whose path stays in BOX."""
    angle = np.radians(degrees)
    turn = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    alphas = 10.0 ** (np.arange(-30, 31) / 10)
    inside = np.full(len(alphas), True)
    q, memory = np.tile(turn @ np.array(START), (len(alphas), 1)), {}
    update = optimizers.RULES[rule]
    with np.errstate(over="ignore", invalid="ignore"):
        for _ in range(STEPS):
            p = q @ turn  # the valley's own coordinates
            slope = (p * [FLAT, STEEP]) @ turn.T
            q = q - update(slope, memory, alphas[:, None])
            inside &= np.all(np.abs(q @ turn) <= BOX, axis=1)
        p = q @ turn
        heights = (FLAT * p[:, 0] ** 2 + STEEP * p[:, 1] ** 2) / 2
    return float(np.min(heights[inside]))


@pytest.fixture(scope="module")
def numbers() -> dict[str, str]:
    return ravine.numbers()


def test_plain_descent_ends_at_the_closed_form_height(numbers):
    """Plain descent multiplies x by 1 - 0.2 alpha and y by 1 - 10 alpha at every step."""
    alpha = ravine_race.ravine_path("gradient descent").alpha
    x, y = START[0] * (1 - FLAT * alpha) ** STEPS, START[1] * (1 - STEEP * alpha) ** STEPS
    assert numbers["plain_height"] == formats.significant((FLAT * x * x + STEEP * y * y) / 2)
    assert numbers["plain_height"] == formats.significant(best_height("gradient descent"))


def test_nesterov_ends_lower_than_momentum_by_the_factor_named(numbers):
    ratio = best_height("momentum") / best_height("Nesterov")
    assert ratio > 10
    assert numbers["nesterov_below_momentum"] == formats.factor(ratio)


@pytest.mark.parametrize("name, rule", [("turned_adagrad", "AdaGrad"), ("turned_rmsprop", "RMSprop")])
def test_the_turned_valley_run_again(numbers, name, rule):
    assert numbers[name] == formats.significant(best_height(rule, 45.0))


def test_turning_the_valley_changes_nothing_for_plain_descent():
    """A check of the loop above: plain descent does not care which way the valley lies."""
    assert best_height("gradient descent", 45.0) == pytest.approx(best_height("gradient descent"))


def test_numbers_names_nothing_else(numbers):
    assert set(numbers) == {"plain_height", "nesterov_below_momentum", "turned_adagrad",
                            "turned_rmsprop"}


def test_height_reads_the_stored_path_of_the_rule_and_turn():
    path = ravine_race.ravine_path("AdaGrad", 45.0)
    x, y = path.path[-1]
    assert ravine.height("AdaGrad", 45.0) == pytest.approx((FLAT * x * x + STEEP * y * y) / 2)
    assert ravine.height("AdaGrad") != ravine.height("AdaGrad", 45.0)
