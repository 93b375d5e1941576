"""pages.values.race: each step rule at its own best alpha from the 20 seeded starts, its median
final error and the passes it took to get below the race's target."""

from __future__ import annotations

import statistics

import numpy as np
import pytest

from descent import optimizers
from descent.pages.values import formats, race
from descent.runs import race as runs

PLAIN = "gradient descent"
SHORT = {"rmsprop": "RMSprop", "plain": PLAIN, "momentum": "momentum", "nesterov": "Nesterov",
         "adam": "Adam", "adagrad": "AdaGrad"}


@pytest.fixture(scope="module")
def numbers() -> dict[str, str]:
    return race.numbers()


@pytest.fixture(scope="module")
def laps() -> dict[str, runs.Lap]:
    return {rule: runs.race(rule) for rule in optimizers.RULES}


def final(lap) -> float:
    return statistics.median(float(e) for e in lap.final)


def arrived(lap) -> list[int]:
    """Passes to the target of the starts that got there: the error before step j is pass j + 1's."""
    return [int(step) + 1 for step in lap.reached if step >= 0]


def never(lap) -> int:
    return sum(1 for step in lap.reached if step < 0)


def median_of_all(lap) -> float:
    """The middle of every start's passes sorted, those that never arrived last (as slower)."""
    ordered = sorted(arrived(lap)) + [np.inf] * never(lap)
    middle = len(ordered) // 2
    return (ordered[middle - 1] + ordered[middle]) / 2 if len(ordered) % 2 == 0 else ordered[middle]


@pytest.mark.parametrize("short", ["rmsprop", "plain", "adam", "adagrad"])
def test_final_is_the_median_starts_error_after_the_last_step(numbers, laps, short):
    assert numbers[f"{short}_final"] == formats.significant(final(laps[SHORT[short]]))


def test_rmsprop_below_plain_is_the_ratio_of_their_median_finals(numbers, laps):
    assert numbers["rmsprop_below_plain"] == formats.factor(final(laps[PLAIN]) / final(laps["RMSprop"]))


@pytest.mark.parametrize("short", ["rmsprop", "plain", "momentum", "nesterov", "adam"])
def test_passes_are_the_median_over_the_starts_that_got_there(numbers, laps, short):
    assert numbers[f"{short}_passes"] == formats.median_count(statistics.median(arrived(laps[SHORT[short]])))


@pytest.mark.parametrize("short", ["rmsprop", "plain", "adam"])
def test_reached_says_all_or_how_many_of_the_starts(numbers, laps, short):
    lap = laps[SHORT[short]]
    assert len(lap.reached) == 20
    assert numbers[f"{short}_reached"] == formats.all_of(len(arrived(lap)), 20, "starts")


def test_stuck_counts_the_starts_that_never_got_below_the_target(numbers, laps):
    assert numbers["momentum_stuck"] == formats.count(never(laps["momentum"]))
    assert numbers["nesterov_stuck"] == formats.count(never(laps["Nesterov"]))
    others = [never(lap) for rule, lap in laps.items() if rule != PLAIN]
    assert len(others) == 6
    assert numbers["others_stuck"] == f"{min(others)} to {max(others)}"


def test_adams_plateau_ends_where_its_median_curve_first_gets_below_a_tenth(numbers, laps):
    lap = laps["Adam"]
    first = next(step for step, errors in zip(lap.steps, lap.errors.T)
                 if statistics.median(errors) < 0.1)
    assert numbers["adam_plateau_passes"] == formats.about(first + 1)


def test_the_captions_rough_numbers(numbers, laps):
    assert numbers["adam_final_roughly"] == formats.significant(final(laps["Adam"]), 1)
    rest = [final(laps[rule]) for rule in ("AdaDelta", "momentum", "Nesterov", PLAIN, "AdaGrad")]
    assert numbers["rest_lowest"] == formats.significant(min(rest), 1)
    assert numbers["rest_highest"] == formats.significant(max(rest), 1)


@pytest.mark.parametrize("short", ["rmsprop", "momentum", "nesterov", "adam"])
def test_passes_over_all_the_starts_count_one_that_never_arrived_as_slowest(numbers, laps, short):
    assert numbers[f"{short}_passes_all"] == formats.median_count(median_of_all(laps[SHORT[short]]))


def test_numbers_names_nothing_else(numbers):
    assert set(numbers) == {
        "rmsprop_final", "rmsprop_below_plain", "rmsprop_passes", "rmsprop_reached", "plain_final",
        "plain_passes", "plain_reached", "momentum_passes", "nesterov_passes", "momentum_stuck",
        "nesterov_stuck", "others_stuck", "adam_final", "adam_passes", "adam_reached",
        "adagrad_final", "adam_plateau_passes", "adam_final_roughly", "rest_lowest",
        "rest_highest", "rmsprop_passes_all", "momentum_passes_all", "nesterov_passes_all",
        "adam_passes_all"}


# -- The helpers on a made-up lap.

class Lap:
    """What the helpers read of a lap: passes to the target, finals, a logged median curve."""

    def __init__(self, passes, final=(0.5,), steps=(0, 10, 20), median=(0.5, 0.2, 0.05)):
        self.seeds = tuple(range(1, len(passes) + 1))
        self._passes = np.array(passes, dtype=float)
        self.final, self.steps, self._median = np.array(final), np.array(steps), np.array(median)

    def passes_to_target(self):
        return self._passes

    def median(self):
        return self._median


@pytest.fixture()
def lap_of(monkeypatch):
    found: dict[str, Lap] = {}
    monkeypatch.setattr(runs, "race", lambda rule: found[rule])
    return found


def test_passes_over_all_is_finite_while_more_than_half_arrive(lap_of):
    lap_of["Adam"] = Lap([10, 30, 20, np.inf, np.inf])
    assert race.passes_all("Adam") == 30.0  # the third of 10, 20, 30, inf, inf
    assert race.passes("Adam") == 20.0 and race.stuck("Adam") == 2
    lap_of["Adam"] = Lap([10, 20, np.inf, np.inf])  # the middle two: 20 and inf
    with pytest.raises(ValueError, match="^half or more of Adam's starts never reached 0.01$"):
        race.passes_all("Adam")


def test_passes_when_no_start_arrived_is_a_one_line_error(lap_of):
    lap_of["Adam"] = Lap([np.inf, np.inf])
    with pytest.raises(ValueError, match="^no start of Adam reached 0.01: there is no median to name$"):
        race.passes("Adam")


def test_leaving_the_plateau_is_the_pass_after_the_logged_step(lap_of):
    lap_of["Adam"] = Lap([1.0])
    assert race.leaves_plateau() == 21.0  # below 0.1 first at step 20, measured by pass 21
    assert race.leaves_plateau(below=0.3) == 11.0
    with pytest.raises(ValueError, match="^the median curve of Adam never gets below 0.05$"):
        race.leaves_plateau(below=0.05)


def test_final_is_the_median_of_the_starts(lap_of):
    lap_of["Adam"] = Lap([1.0], final=[0.4, 0.1, 0.2, 0.3])
    assert race.final("Adam") == pytest.approx(0.25)
