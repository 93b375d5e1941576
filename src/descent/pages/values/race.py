"""Values of the follow-up's race: each step rule at its best alpha from the 20 seeded starts
(descent.runs.race.race, as the table optimizer-race-table reads it)."""

from __future__ import annotations

import numpy as np

from ... import optimizers
from ...runs import race
from . import formats, value

PLAIN = "gradient descent"
# The rules whose medians the race figure's caption names as ending close together.
THE_REST = ("AdaDelta", "momentum", "Nesterov", PLAIN, "AdaGrad")


def final(rule: str) -> float:
    """The median start's error after the race's last step."""
    return float(np.median(race.race(rule).final))


def reached(rule: str) -> int:
    """How many starts got below the race's target."""
    return int(np.isfinite(race.race(rule).passes_to_target()).sum())


def passes(rule: str) -> float:
    """The median passes to the target, over the starts that got there."""
    counts = race.race(rule).passes_to_target()
    counts = counts[np.isfinite(counts)]
    if not len(counts):
        raise ValueError(f"no start of {rule} reached {race.TARGET}: there is no median to name")
    return float(np.median(counts))


def _all_of(rule: str) -> str:
    return formats.all_of(reached(rule), len(race.race(rule).seeds), "starts")


def _stuck(rule: str) -> str:
    return formats.count(len(race.race(rule).seeds) - reached(rule))


@value
def rmsprop_final() -> str:
    return formats.significant(final("RMSprop"))


@value
def rmsprop_below_plain() -> str:
    """How many times lower RMSprop's median start ends than plain descent's."""
    return formats.factor(final(PLAIN) / final("RMSprop"))


@value
def rmsprop_passes() -> str:
    return formats.median_count(passes("RMSprop"))


@value
def rmsprop_reached() -> str:
    """"all 20 starts", or "16 of the 20 starts"."""
    return _all_of("RMSprop")


@value
def plain_final() -> str:
    return formats.significant(final(PLAIN))


@value
def plain_passes() -> str:
    return formats.median_count(passes(PLAIN))


@value
def plain_reached() -> str:
    return _all_of(PLAIN)


@value
def momentum_passes() -> str:
    return formats.median_count(passes("momentum"))


@value
def nesterov_passes() -> str:
    return formats.median_count(passes("Nesterov"))


@value
def momentum_stuck() -> str:
    """Starts that never got below the target."""
    return _stuck("momentum")


@value
def nesterov_stuck() -> str:
    return _stuck("Nesterov")


@value
def others_stuck() -> str:
    """The fewest and the most starts that every step rule but plain descent leaves above the
    target: "2 to 5"."""
    stuck = [len(race.race(rule).seeds) - reached(rule) for rule in optimizers.RULES if rule != PLAIN]
    return f"{formats.count(min(stuck))} to {formats.count(max(stuck))}"


@value
def adam_final() -> str:
    return formats.significant(final("Adam"))


@value
def adam_passes() -> str:
    return formats.median_count(passes("Adam"))


@value
def adam_reached() -> str:
    return _all_of("Adam")


@value
def adagrad_final() -> str:
    return formats.significant(final("AdaGrad"))


# The figure's caption, which reads the median curves roughly.

def leaves_plateau(rule: str = "Adam", below: float = 0.1) -> float:
    """The first logged pass at which the rule's median curve is below `below`."""
    lap = race.race(rule)
    under = np.flatnonzero(lap.median() < below)
    if not len(under):
        raise ValueError(f"the median curve of {rule} never gets below {below}")
    return float(lap.steps[under[0]] + 1)


@value
def adam_plateau_passes() -> str:
    """Roughly where Adam's median curve leaves the plateau of one stuck output."""
    return formats.about(leaves_plateau())


@value
def adam_final_roughly() -> str:
    return formats.significant(final("Adam"), 1)


@value
def rest_lowest() -> str:
    """Roughly the lowest median final error of the five rules the caption groups."""
    return formats.significant(min(final(rule) for rule in THE_REST), 1)


@value
def rest_highest() -> str:
    return formats.significant(max(final(rule) for rule in THE_REST), 1)


# Passes to the target counted over every start, as the race table counts them: a start that
# never gets there is slower than any that does (inf), so the median is finite while more than
# half arrive. It ranks the rules as the figure's median curves do.

def passes_all(rule: str) -> float:
    """The median passes to the target over all the starts, a start that never got there as inf."""
    median = float(np.median(race.race(rule).passes_to_target()))
    if not np.isfinite(median):
        raise ValueError(f"half or more of {rule}'s starts never reached {race.TARGET}")
    return median


@value
def rmsprop_passes_all() -> str:
    return formats.median_count(passes_all("RMSprop"))


@value
def momentum_passes_all() -> str:
    return formats.median_count(passes_all("momentum"))


@value
def nesterov_passes_all() -> str:
    return formats.median_count(passes_all("Nesterov"))


@value
def adam_passes_all() -> str:
    return formats.median_count(passes_all("Adam"))
