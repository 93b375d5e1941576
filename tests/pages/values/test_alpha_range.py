"""pages.values.alpha_range: each step rule's learning-rate curve from the seed-1 start, read
for its cliff, its best alpha and how many factors of ten of alpha end below the race's target."""

from __future__ import annotations

import re

import numpy as np
import pytest

from descent.pages.values import alpha_range, formats
from descent.runs import race, studies

RULES = ("gradient descent", "momentum", "Nesterov", "AdaGrad", "AdaDelta", "RMSprop", "Adam")


@pytest.fixture(scope="module")
def numbers() -> dict[str, str]:
    return alpha_range.numbers()


@pytest.fixture(scope="module")
def curves() -> dict[str, studies.Curve]:
    return {rule: race.alpha_range(rule) for rule in RULES}


def cliff_by_hand(curve) -> float:
    """Read from small to large alpha: the first error at least ten times every error before it."""
    lowest = np.inf
    for alpha, error in sorted(zip(curve.alphas, curve.errors)):
        if error >= 10 * lowest:
            return float(alpha)
        lowest = min(lowest, error)
    raise AssertionError("the curve has no cliff")


def grid_steps(low: float, high: float) -> int:
    """Alphas are 10 ** (k / 5): the number of grid steps from low to high."""
    return round(5 * np.log10(high / low))


def span_by_hand(curve) -> float:
    """The grid is five alphas per factor of ten: count the steps between the extreme good ones."""
    good = np.flatnonzero(curve.errors < 0.01)
    return (good.max() - good.min()) / 5


@pytest.mark.parametrize("name, rule", [
    ("adam_cliff", "Adam"), ("rmsprop_cliff", "RMSprop"), ("momentum_cliff", "momentum"),
    ("plain_cliff", "gradient descent"), ("nesterov_cliff", "Nesterov")])
def test_each_cliff_is_the_first_alpha_ten_times_worse_than_all_before_it(numbers, curves, name, rule):
    assert numbers[name] == formats.alpha(cliff_by_hand(curves[rule]))


def test_momentum_breaks_down_a_whole_number_of_grid_steps_before_plain_descent(numbers, curves):
    steps = grid_steps(cliff_by_hand(curves["momentum"]), cliff_by_hand(curves["gradient descent"]))
    assert steps >= 1
    assert numbers["momentum_earlier"] == formats.factor(10 ** (steps / 5))


@pytest.mark.parametrize("name, rule", [("momentum_span", "momentum"),
                                        ("plain_span", "gradient descent")])
def test_a_span_counts_factors_of_ten_between_the_alphas_that_end_below_the_target(
        numbers, curves, name, rule):
    assert numbers[name] == formats.significant(span_by_hand(curves[rule]))


def test_the_forgiving_rules_spans_read_back_rule_by_rule(numbers, curves):
    text = numbers["forgiving_spans"]
    said: dict[str, str] = {}
    for part in re.split(r", (?=[\d.]+ )", text):  # "2.6 factors of ten for RMSprop", "2.4 for ..."
        value, rules = re.fullmatch(r"([\d.]+) (?:factors of ten )?for (.+)", part).groups()
        said.update({rule: value for rule in re.split(r", | and ", rules)})
    assert list(said) == ["RMSprop", "Adam", "AdaDelta"]
    assert text.count("factors of ten") == 1 and text.index("factors of ten") < text.index("for")
    for rule, value in said.items():
        assert value == formats.significant(span_by_hand(curves[rule]))


def test_adadelta_at_its_proposed_alpha_and_at_its_best(numbers, curves):
    curve = curves["AdaDelta"]
    one = int(np.flatnonzero(curve.alphas == 1.0)[0])  # 10 ** (0 / 5): on the grid exactly
    assert numbers["adadelta_at_one"] == formats.significant(curve.errors[one], 3)
    below = curve.alphas < cliff_by_hand(curve)
    best = curve.alphas[below][np.argmin(curve.errors[below])]
    assert numbers["adadelta_best"] == formats.alpha(best)


def test_numbers_names_nothing_else(numbers):
    assert set(numbers) == {
        "adam_cliff", "rmsprop_cliff", "momentum_cliff", "plain_cliff", "momentum_earlier",
        "nesterov_cliff", "forgiving_spans", "momentum_span", "plain_span", "adadelta_at_one",
        "adadelta_best"}


# -- The helpers on made-up curves.

def made_up(errors, breakdown=None) -> studies.Curve:
    alphas = 10.0 ** (np.arange(len(errors)) / 5)
    return studies.Curve(4, alphas, np.array(errors, dtype=float), (1.0, min(errors)),
                         breakdown, ())


@pytest.fixture()
def curve_of(monkeypatch):
    """Replace the stored curves by made-up ones, rule -> Curve."""
    found: dict[str, studies.Curve] = {}
    monkeypatch.setattr(race, "alpha_range", lambda rule: found[rule])
    return found


def test_a_curve_without_a_cliff_is_a_one_line_error(curve_of):
    curve_of["Adam"] = made_up([0.1, 0.01, 0.001])
    with pytest.raises(ValueError, match="^the learning-rate curve of Adam has no cliff to name$"):
        alpha_range.cliff("Adam")


def test_span_of_a_single_good_alpha_is_zero_and_of_none_an_error(curve_of):
    curve_of["Adam"] = made_up([0.5, 0.005, 0.5])
    assert alpha_range.span("Adam") == 0.0
    curve_of["Adam"] = made_up([0.5, 0.01, 0.5])  # the target itself is not below it
    with pytest.raises(ValueError, match="^no alpha of Adam ends below 0.01$"):
        alpha_range.span("Adam")


def test_span_counts_from_the_smallest_to_the_largest_good_alpha_whatever_lies_between(curve_of):
    curve_of["Adam"] = made_up([0.5, 0.005, 0.5, 0.5, 0.5, 0.5, 0.009])
    assert alpha_range.span("Adam") == pytest.approx(1.0)  # five grid steps: one factor of ten


@pytest.mark.parametrize("goods, text", [
    ((3, 3, 3), "0.6 factors of ten for RMSprop, Adam and AdaDelta"),
    ((4, 3, 3), "0.8 factors of ten for RMSprop, 0.6 for Adam and AdaDelta"),
    ((3, 3, 4), "0.6 factors of ten for RMSprop and Adam, 0.8 for AdaDelta"),
    # Only neighbours share a clause: the page's order is kept.
    ((3, 4, 3), "0.6 factors of ten for RMSprop, 0.8 for Adam, 0.6 for AdaDelta")])
def test_forgiving_spans_names_neighbours_with_one_span_together(curve_of, goods, text):
    for rule, good in zip(alpha_range.FORGIVING, goods):
        curve_of[rule] = made_up([0.001] * (good + 1) + [0.5])  # good + 1 alphas: good steps
    assert alpha_range.forgiving_spans() == text
