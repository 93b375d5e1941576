"""pages.values.part_4: where the two-weight network's descent goes on its error plane, from the
seeded start and from the exercise's (-6, 6), held to the same descent worked a second way.

The second way: the first weight sees only the examples whose target is 1, the second only
those whose target is 0 (two of each), so each weight descends on its own, one scalar at a time.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from descent.pages.values import formats, part_4

STEPS = 10_000  # the plane's descent: 10 000 steps


def sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-x))


def walk(weight: float, target: float, alpha: float) -> list[float]:
    """One weight's descent: the slope of 2 (s - target)^2 is 2 (s - target) s (1 - s)."""
    path = [weight]
    for _ in range(STEPS):
        out = sigmoid(weight)
        weight -= alpha * 2 * (out - target) * out * (1 - out)
        path.append(weight)
    return path


def error(first: float, second: float) -> float:
    """The plane's sum of squared errors: two examples of target 1, two of target 0."""
    return 2 * (sigmoid(first) - 1) ** 2 + 2 * sigmoid(second) ** 2


def descent(first: float, second: float,
            alpha: float) -> tuple[list[float], list[float], list[float]]:
    firsts, seconds = walk(first, 1.0, alpha), walk(second, 0.0, alpha)
    return firsts, seconds, [error(a, b) for a, b in zip(firsts, seconds)]


def first_at_most(errors: list[float], line: float) -> int:
    return next(k for k, e in enumerate(errors) if e <= line)


def minus(text: str) -> str:
    return text.replace("-", "\u2212")


@pytest.fixture(scope="module")
def named() -> dict[str, str]:
    return part_4.numbers()


def test_the_seeded_descent_starts_and_ends_where_the_scalar_walks_do(named):
    start = 2 * np.random.RandomState(1).random_sample(2) - 1  # seed 1's two weights
    firsts, seconds, errors = descent(float(start[0]), float(start[1]), 1.0)
    assert named["start_first"] == minus(f"{firsts[0]:.2g}")
    assert named["start_second"] == f"{seconds[0]:.2g}"
    assert named["end_first"] == f"{firsts[-1]:.2g}"
    assert named["end_second"] == minus(f"{seconds[-1]:.2g}")
    assert named["start_error"] == formats.significant(errors[0])
    assert named["end_error"] == formats.significant(errors[-1], 3)


def test_from_minus_6_6_the_error_starts_at_four_times_sigmoid_6_squared(named):
    assert named["exercise_start_error"] == f"{4 * sigmoid(6) ** 2:.3g}" == "3.98"


@pytest.mark.parametrize("alpha, suffix", [(1.0, "1"), (100.0, "100")])
def test_the_exercise_descents_match_the_scalar_walks(named, alpha, suffix):
    firsts, seconds, errors = descent(-6.0, 6.0, alpha)
    assert named[f"high_steps_{suffix}"] == formats.count(first_at_most(errors, 2.0))
    assert named[f"exercise_end_{suffix}"] == formats.significant(firsts[-1])
    digits = 3 if alpha == 1.0 else 2
    assert named[f"exercise_error_{suffix}"] == formats.significant(errors[-1], digits)
    # The start is symmetric, so the second weight ends as the negative of the first.
    assert seconds[-1] == pytest.approx(-firsts[-1], rel=1e-9)


def test_alpha_100_gets_below_2_in_a_few_steps_and_stays_low(named):
    _, _, errors = descent(-6.0, 6.0, 100.0)
    below = first_at_most(errors, 2.0)
    assert named["low_error_100"] == formats.significant(errors[below])
    assert max(errors[below:]) <= 2.0
    assert int(named["high_steps_100"]) < int(named["high_steps_1"])


def test_the_module_names_exactly_the_values_checked_here(named):
    assert set(named) == {
        "start_first", "start_second", "end_first", "end_second", "start_error", "end_error",
        "high_steps_1", "high_steps_100", "low_error_100", "exercise_start_error",
        "exercise_end_1", "exercise_error_1", "exercise_end_100", "exercise_error_100"}


def test_a_weight_is_written_with_a_true_minus():
    assert part_4.signed(-0.1234) == "\u22120.12"
    assert part_4.signed(5.283) == "5.3"
    assert part_4.signed(-1.2e-5) == "\u22121.2e\u221205"  # the exponent's sign too


def test_steps_high_counts_the_steps_before_the_first_at_or_below_2():
    assert part_4.steps_high(np.array([3.9, 2.5, 2.0, 1.0])) == 2  # exactly 2 is not above it
    assert part_4.steps_high(np.array([3.9, 1.0, 3.0, 3.0])) == 1  # only the first stretch counts
    assert part_4.steps_high(np.array([1.0, 3.0])) == 0
    assert part_4.steps_high(np.array([3.0, 2.5, 2.1])) == 3  # never down to 2: every step


def test_the_exercise_path_is_the_planes_descent_from_minus_6_6(monkeypatch):
    asked = []
    monkeypatch.setattr(part_4.error_surface, "path_from", lambda *args: asked.append(args))
    part_4.from_exercise_start(100.0)
    assert asked == [(-6.0, 6.0, 100.0)]
