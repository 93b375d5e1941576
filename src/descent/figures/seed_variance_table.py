"""The final error of each alpha over 20 random starts, and whether alpha 10 wins beyond seed 1."""

from __future__ import annotations

import numpy as np

from ..logs import py2_str
from ..runs import studies, sweeps
from .tables import columns


def runs(seeds: int = 20, hidden: int = 4):
    return [studies.seed_variance.call(seeds, hidden)]


def text(seeds: int = 20, hidden: int = 4) -> str:
    found = studies.seed_variance(seeds, hidden)
    low, q1, median, q3, high = np.percentile(found.final, [0, 25, 50, 75, 100], axis=0)
    won = studies.wins(found)
    head = [f"Final mean |error| after {sweeps.ITERATIONS} steps, {hidden} hidden units,"
            f" over {len(found.seeds)} seeds ({found.seeds[0]}..{found.seeds[-1]})",
            "quartiles: numpy.percentile, linear interpolation; wins: seeds in which the alpha"
            f" had the lowest final error of the {len(found.alphas)}", ""]
    header = ("alpha", "median", "lower quartile", "upper quartile", "min", "max", "wins")
    rows = [header] + [(f"{alpha:g}", *(py2_str(v[i]) for v in (median, q1, q3, low, high)),
                        f"{won[i]}") for i, alpha in enumerate(found.alphas)]
    found_verdict = studies.verdict(found)
    lines = [f"alpha {found_verdict.alpha:g} has the lowest final error in {found_verdict.wins}"
             f" of {found_verdict.seeds} seeds",
             f"lowest median final error: alpha {found_verdict.lowest_median:g}"]
    if found_verdict.seed_one_best is not None:
        agrees = "agrees" if found_verdict.seed_one_best == found_verdict.lowest_median \
            else "disagrees"
        lines.append(f"seed 1 (the article's start) has its lowest final error at alpha"
                     f" {found_verdict.seed_one_best:g}: it {agrees} with the median")
    return "\n".join(head + columns(rows) + [""] + lines) + "\n"
