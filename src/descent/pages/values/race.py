"""Values of the follow-up's race: each step rule at its best alpha from the 20 seeded starts
(descent.runs.race.race, as the table optimizer-race-table reads it)."""

from __future__ import annotations

import numpy as np

from ... import optimizers
from ...runs import race, race_readings
from . import common, formats

PLAIN = "gradient descent"
# The rules whose medians the race figure's caption names as ending close together.
THE_REST = ("AdaDelta", "momentum", "Nesterov", PLAIN, "AdaGrad")


def final(rule: str) -> float:
    """The median start's error after the race's last step."""
    return float(np.median(race.race(rule).final))


def stuck(rule: str) -> int:
    """How many starts never got below the race's target."""
    return common.never_reached(race.race(rule).passes_to_target())


def passes(rule: str) -> float:
    """The median passes to the target, over the starts that got there."""
    return common.median_reached(race.race(rule).passes_to_target(), rule, race.TARGET)


def leaves_plateau(rule: str = "Adam", below: float = 0.1) -> float:
    """The first logged pass at which the rule's median curve is below `below`."""
    lap = race.race(rule)
    return common.first_below(race_readings.passes(lap), lap.median(), below, rule)


# Passes to the target counted over every start, as the race table counts them: a start that
# never gets there is slower than any that does (inf), so the median is finite while more than
# half arrive. It ranks the rules as the figure's median curves do.

def passes_all(rule: str) -> float:
    """The median passes to the target over all the starts, a start that never got there as inf."""
    median = float(np.median(race.race(rule).passes_to_target()))
    if not np.isfinite(median):
        raise ValueError(f"half or more of {rule}'s starts never reached {race.TARGET}")
    return median


def numbers() -> dict[str, str]:
    """The numbers the race's section names, by name."""
    def reached(rule: str) -> str:  # "all 20 starts", or "16 of the 20 starts"
        seeds = len(race.race(rule).seeds)
        return formats.all_of(seeds - stuck(rule), seeds, "starts")

    # The fewest and the most starts that every step rule but plain descent leaves above the
    # target: "2 to 5".
    others = [stuck(rule) for rule in optimizers.RULES if rule != PLAIN]
    return {
        "rmsprop_final": formats.significant(final("RMSprop")),
        # How many times lower RMSprop's median start ends than plain descent's.
        "rmsprop_below_plain": formats.factor(final(PLAIN) / final("RMSprop")),
        "rmsprop_passes": formats.median_count(passes("RMSprop")),
        "rmsprop_reached": reached("RMSprop"),
        "plain_final": formats.significant(final(PLAIN)),
        "plain_passes": formats.median_count(passes(PLAIN)),
        "plain_reached": reached(PLAIN),
        "momentum_passes": formats.median_count(passes("momentum")),
        "nesterov_passes": formats.median_count(passes("Nesterov")),
        # Starts that never got below the target.
        "momentum_stuck": formats.count(stuck("momentum")),
        "nesterov_stuck": formats.count(stuck("Nesterov")),
        "others_stuck": f"{formats.count(min(others))} to {formats.count(max(others))}",
        "adam_final": formats.significant(final("Adam")),
        "adam_passes": formats.median_count(passes("Adam")),
        "adam_reached": reached("Adam"),
        "adagrad_final": formats.significant(final("AdaGrad")),
        # The figure's caption, which reads the median curves roughly.
        # Roughly where Adam's median curve leaves the plateau of one stuck output.
        "adam_plateau_passes": formats.about(leaves_plateau()),
        "adam_final_roughly": formats.significant(final("Adam"), 1),
        # Roughly the lowest median final error of the five rules the caption groups.
        "rest_lowest": formats.significant(min(final(rule) for rule in THE_REST), 1),
        "rest_highest": formats.significant(max(final(rule) for rule in THE_REST), 1),
        "rmsprop_passes_all": formats.median_count(passes_all("RMSprop")),
        "momentum_passes_all": formats.median_count(passes_all("momentum")),
        "nesterov_passes_all": formats.median_count(passes_all("Nesterov")),
        "adam_passes_all": formats.median_count(passes_all("Adam")),
    }
