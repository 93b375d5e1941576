"""pages.values.cliffs: where the seed-1 learning-rate curve breaks down, plain, clipped and with
batch normalization, at 4 and 32 hidden units, and the lowest error before each cliff."""

from __future__ import annotations

import numpy as np
import pytest

from descent.pages.values import cliffs, formats
from descent.runs import switch_studies

NAMES = {"plain": "plain", "clipped": "clipped", "norm": "batch norm"}
CASES = [(short, hidden) for hidden in (4, 32) for short in NAMES]


@pytest.fixture(scope="module")
def numbers() -> dict[str, str]:
    return cliffs.numbers()


@pytest.fixture(scope="module")
def curves() -> dict[tuple[int, str], switch_studies.Cliff]:
    return {(hidden, name): switch_studies.cliff(hidden, name)
            for hidden in (4, 32) for name in NAMES.values()}


def cliff_by_hand(curve) -> int:
    """The index of the first alpha (ascending) whose error is at least ten times every error
    before it."""
    for index in range(1, len(curve.alphas)):
        if curve.errors[index] >= 10 * curve.errors[:index].min():
            return index
    raise AssertionError("the curve has no cliff")


@pytest.mark.parametrize("short, hidden", CASES)
def test_each_cliff_is_the_first_alpha_ten_times_worse_than_all_before_it(numbers, curves, short, hidden):
    curve = curves[hidden, NAMES[short]]
    assert np.all(np.diff(curve.alphas) > 0) and not np.isnan(curve.errors).any()
    assert numbers[f"{short}_{hidden}"] == formats.alpha(curve.alphas[cliff_by_hand(curve)])


@pytest.mark.parametrize("short, hidden", CASES)
def test_each_best_is_the_lowest_error_before_the_cliff(numbers, curves, short, hidden):
    curve = curves[hidden, NAMES[short]]
    assert numbers[f"best_{short}_{hidden}"] == formats.significant(
        curve.errors[:cliff_by_hand(curve)].min(), 3)


def test_clipping_moves_the_cliff_by_four_grid_steps_at_both_sizes(numbers, curves):
    for hidden in (4, 32):
        moved = cliff_by_hand(curves[hidden, "clipped"]) - cliff_by_hand(curves[hidden, "plain"])
        assert moved == 4  # five alphas per factor of ten: 10 ** (4 / 5)
    assert numbers["clip_factor"] == formats.factor(10 ** 0.8) == "6.3"


def test_numbers_names_nothing_else(numbers):
    expected = {f"{short}_{hidden}" for short, hidden in CASES}
    assert set(numbers) == expected | {f"best_{name}" for name in expected} | {"clip_factor"}


# -- The helpers on made-up curves.

@pytest.fixture()
def breakdowns(monkeypatch):
    """Replace the stored curves' cliffs: (hidden, name) -> breakdown alpha or None."""
    found: dict[tuple[int, str], float | None] = {}

    def cliff(hidden, name):
        return switch_studies.Cliff(hidden, name, 1, np.ones(1), np.ones(1),
                                    found[hidden, name], (1.0, 0.5))

    monkeypatch.setattr(switch_studies, "cliff", cliff)
    return found


def test_a_curve_without_a_cliff_is_a_one_line_error(breakdowns):
    breakdowns[32, "clipped"] = None
    with pytest.raises(ValueError, match="^the clipped curve at 32 hidden units has no cliff to name$"):
        cliffs.breakdown(32, "clipped")


def test_clip_factor_within_one_percent_is_one_factor_and_beyond_it_an_error(breakdowns):
    breakdowns.update({(4, "plain"): 10.0, (4, "clipped"): 63.0,
                       (32, "plain"): 1.0, (32, "clipped"): 6.3 * 1.0099})
    assert cliffs.clip_factor() == pytest.approx(6.3)
    breakdowns[32, "clipped"] = 6.3 * 1.02
    with pytest.raises(ValueError, match="^clipping moves the cliff by 6.3 and 6.43: not one factor$"):
        cliffs.clip_factor()


def test_best_writes_the_lowest_error_to_three_digits(breakdowns):
    breakdowns[4, "plain"] = 10.0  # the made-up curve's best error is 0.5
    assert cliffs.best(4, "plain") == "0.5"
