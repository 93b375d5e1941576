"""pages.values.ravine_live: what Part 3's live ravine hands its script, and what its prose says
of momentum at the figure's alpha, worked by hand on each axis of the valley."""

from __future__ import annotations

import math
import json

import numpy as np
import pytest

from descent.pages.values import formats, ravine_live
from descent.runs import paths

FLAT, STEEP = 0.2, 10.0  # Part 3's ravine: (0.2 x² + 10 y²) / 2
START, STEPS, ALPHA = (-9.0, 1.6), 30, 0.185


def axis(start: float, curvature: float, beta: float, alpha: float = ALPHA) -> float:
    """Where the heavy ball ends along one axis: v <- beta v + c x, then x <- x - alpha v."""
    x, v = start, 0.0
    for _ in range(STEPS):
        v = beta * v + curvature * x
        x = x - alpha * v
    return x


def parts(beta: float) -> tuple[float, float]:
    """The final height along the floor and across it."""
    return (FLAT * axis(START[0], FLAT, beta) ** 2 / 2, STEEP * axis(START[1], STEEP, beta) ** 2 / 2)


def plain_height() -> float:
    """Plain descent: each step multiplies x by 1 - 0.2 alpha and y by 1 - 10 alpha."""
    x, y = START[0] * (1 - FLAT * ALPHA) ** STEPS, START[1] * (1 - STEEP * ALPHA) ** STEPS
    return (FLAT * x * x + STEEP * y * y) / 2


@pytest.fixture(scope="module")
def numbers() -> dict[str, str]:
    return ravine_live.numbers()


def test_the_settings_are_parts_3_ravine_and_its_sliders(numbers):
    settings = json.loads(numbers["settings"])
    assert settings == {"flat": FLAT, "steep": STEEP, "start": list(START), "steps": STEPS,
                        "alpha": ALPHA, "alphas": [0.005, 0.4, 0.005], "betas": [0.0, 0.95, 0.05],
                        "box": [10.0, 2.2]}
    low, high, notch = settings["alphas"]
    assert (ALPHA - low) / notch == pytest.approx(36)  # the figure's alpha is a notch
    assert high > 2 / STEEP  # the slider reaches past where plain descent diverges across
    assert abs(START[0]) <= 10 and abs(START[1]) <= 2.2  # the start is in the picture


def test_the_suggested_momentum_ends_at_a_share_of_plain_descents_height(numbers):
    assert numbers["momentum_height"] == formats.percent(sum(parts(0.5)) / plain_height())
    assert numbers["calm_height"] == formats.percent(sum(parts(0.8)) / plain_height())


def test_the_rates_across_the_valley_worked_by_hand(numbers):
    # Plain descent: 1 - 0.185 * 10 = -0.85.
    assert numbers["plain_across"] == "0.85"
    # Momentum: l^2 - (1 + beta - alpha c) l + beta has complex roots when its discriminant is
    # negative, and then both have |l| = sqrt(beta).
    for beta, digits, name in ((0.5, 2, "momentum_across"), (0.9, 3, "swung_across")):
        assert (1 + beta - ALPHA * STEEP) ** 2 - 4 * beta < 0
        assert numbers[name] == formats.significant(np.sqrt(beta), digits)
    assert numbers["swung_across"] == "0.949" and numbers["momentum_across"] == "0.71"


def test_the_usual_momentums_height_is_mostly_its_bounces_across(numbers):
    along, across = parts(0.9)
    assert numbers["swung_across_share"] == formats.percent(across / (along + across))


def test_numbers_names_nothing_else(numbers):
    assert set(numbers) == {"settings", "momentum_height", "momentum_across", "plain_across",
                            "swung_across", "swung_across_share", "calm_height"}


# -- The helpers.

def test_heavy_ball_from_its_first_steps():
    path = ravine_live.heavy_ball(steps=2)
    assert path.shape == (3, 2)
    assert path[0] == pytest.approx(START)
    # Step 1: v = slope at the start = (0.2 * -9, 10 * 1.6) = (-1.8, 16).
    assert path[1] == pytest.approx((-9 + ALPHA * 1.8, 1.6 - ALPHA * 16))
    # Step 2: v = 0.5 * (-1.8, 16) + the slope where step 1 ended.
    velocity = 0.5 * np.array([-1.8, 16.0]) + np.array([FLAT, STEEP]) * path[1]
    assert path[2] == pytest.approx(path[1] - ALPHA * velocity)
    assert ravine_live.heavy_ball(steps=0).shape == (1, 2)


def test_heavy_ball_without_momentum_is_the_figures_plain_descent():
    assert ravine_live.heavy_ball(beta=0.0) == pytest.approx(paths.ravine())


def test_rate_with_real_roots_is_the_larger_root():
    # Along the floor: l^2 - (1.5 - 0.037) l + 0.5, real roots.
    b = 1.5 - ALPHA * FLAT
    larger = (b + math.sqrt(b * b - 2)) / 2
    assert ravine_live.rate(FLAT) == pytest.approx(larger)
    assert ravine_live.rate(STEEP, beta=0.0) == pytest.approx(0.85)  # plain: |1 - alpha c|
    assert ravine_live.rate(0.0, beta=0.0) == pytest.approx(1.0)  # no slope: no progress


def test_end_height_and_its_parts_agree_with_the_hand_loop():
    assert ravine_live.end_height(0.0) == pytest.approx(plain_height())
    assert ravine_live.end_height(0.5) == pytest.approx(sum(parts(0.5)))
    assert ravine_live.height_parts(0.9) == pytest.approx(parts(0.9))
    assert sum(ravine_live.height_parts(0.0)) == pytest.approx(plain_height())
