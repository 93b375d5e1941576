"""Values of the follow-up's scipy methods: BFGS, L-BFGS and dual annealing from the race's 20
starts, counted in passes (descent.runs.quasi_newton.search, as optimizer-race-table reads it)."""

from __future__ import annotations

import numpy as np

from ...runs import quasi_newton, race, race_readings
from . import formats, value


def to_target(method: str) -> np.ndarray:
    """Per start, the passes until the error fell below the race's target (inf if never)."""
    return quasi_newton.search(method).evaluations_to(race.TARGET)


def passes(method: str) -> float:
    """The median passes to the target, over the starts that got there."""
    counts = to_target(method)
    counts = counts[np.isfinite(counts)]
    if not len(counts):
        raise ValueError(f"no start of {method} reached {race.TARGET}: there is no median to name")
    return float(np.median(counts))


def stuck(method: str) -> int:
    return int(np.sum(~np.isfinite(to_target(method))))


def median_curve(method: str) -> tuple[np.ndarray, np.ndarray]:
    """The dashed line of the race figure: passes, and the median lowest error so far."""
    found = quasi_newton.search(method)
    counts = race_readings.evaluation_counts(found)
    return counts, np.nanmedian(race_readings.lowest_so_far(found, counts), axis=0)


@value
def bfgs_passes() -> str:
    return formats.median_count(passes("BFGS"))


@value
def lbfgs_passes() -> str:
    return formats.median_count(passes("L-BFGS"))


@value
def bfgs_stuck() -> str:
    """Starts from which BFGS never reached the target."""
    return formats.count(stuck("BFGS"))


@value
def lbfgs_stuck() -> str:
    return formats.count(stuck("L-BFGS"))


@value
def annealing_reached() -> str:
    """"all 20 starts", or "19 of the 20 starts"."""
    found = quasi_newton.search("dual annealing")
    return formats.all_of(len(found.seeds) - stuck("dual annealing"), len(found.seeds), "starts")


@value
def annealing_passes() -> str:
    return formats.median_count(passes("dual annealing"))


# The figure's caption, which reads the median curves roughly.

@value
def quick_end() -> str:
    """Roughly where BFGS's and L-BFGS's median curves end (their geometric mean)."""
    ends = [median_curve(method)[1][-1] for method in ("BFGS", "L-BFGS")]
    return formats.significant(float(np.sqrt(np.prod(ends))), 1)


def annealing_below(error: float = race.TARGET) -> float:
    """The first pass at which annealing's median curve is below `error`."""
    counts, median = median_curve("dual annealing")
    under = np.flatnonzero(median < error)
    if not len(under):
        raise ValueError(f"the median curve of dual annealing never gets below {error}")
    return float(counts[under[0]])


@value
def annealing_curve_passes() -> str:
    """Roughly where annealing's median curve gets below the race's target."""
    return formats.about(annealing_below())
