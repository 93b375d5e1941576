"""Values of the follow-up's scipy methods: BFGS, L-BFGS and dual annealing from the race's 20
starts, counted in passes (descent.runs.quasi_newton.search, as optimizer-race-table reads it)."""

from __future__ import annotations

import numpy as np

from ...runs import quasi_newton, race, race_readings
from . import common, formats


def to_target(method: str) -> np.ndarray:
    """Per start, the passes until the error fell below the race's target (inf if never)."""
    return quasi_newton.search(method).evaluations_to(race.TARGET)


def passes(method: str) -> float:
    """The median passes to the target, over the starts that got there."""
    return common.median_reached(to_target(method), method, race.TARGET)


def stuck(method: str) -> int:
    """Starts from which the method never reached the target."""
    return common.never_reached(to_target(method))


def median_curve(method: str) -> tuple[np.ndarray, np.ndarray]:
    """The dashed line of the race figure: passes, and the median lowest error so far."""
    found = quasi_newton.search(method)
    counts = race_readings.evaluation_counts(found)
    return counts, np.nanmedian(race_readings.lowest_so_far(found, counts), axis=0)


def annealing_below(error: float = race.TARGET) -> float:
    """The first pass at which annealing's median curve is below `error`."""
    return common.first_below(*median_curve("dual annealing"), error, "dual annealing")


def numbers() -> dict[str, str]:
    """The numbers the race's section names of scipy's methods, by name."""
    seeds = len(quasi_newton.search("dual annealing").seeds)
    # Roughly where BFGS's and L-BFGS's median curves end (their geometric mean).
    ends = [median_curve(method)[1][-1] for method in ("BFGS", "L-BFGS")]
    return {
        "bfgs_passes": formats.median_count(passes("BFGS")),
        "lbfgs_passes": formats.median_count(passes("L-BFGS")),
        # Starts from which BFGS never reached the target.
        "bfgs_stuck": formats.count(stuck("BFGS")),
        "lbfgs_stuck": formats.count(stuck("L-BFGS")),
        # "all 20 starts", or "19 of the 20 starts".
        "annealing_reached": formats.all_of(seeds - stuck("dual annealing"), seeds, "starts"),
        "annealing_passes": formats.median_count(passes("dual annealing")),
        # The figure's caption, which reads the median curves roughly.
        "quick_end": formats.significant(float(np.sqrt(np.prod(ends))), 1),
        # Roughly where annealing's median curve gets below the race's target.
        "annealing_curve_passes": formats.about(annealing_below()),
    }
