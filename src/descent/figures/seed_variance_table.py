"""The final error of each alpha over 20 random starts, and whether alpha 10 wins beyond seed 1."""

from __future__ import annotations

import numpy as np

from ..runs import studies, sweeps
from .tables import markdown


def runs(seeds: int = 20, hidden: int = 4):
    return [studies.seed_variance.call(seeds, hidden)]


def cell(value: float) -> str:
    """Four significant digits: enough to rank the alphas, narrow enough for a phone."""
    return f"{value:.4g}"


def text(seeds: int = 20, hidden: int = 4) -> str:
    """A Markdown table with a sentence before it and the verdict after."""
    found = studies.seed_variance(seeds, hidden)
    low, q1, median, q3, high = np.percentile(found.final, [0, 25, 50, 75, 100], axis=0)
    won = studies.wins(found)
    head = [f"Final mean |error| after {sweeps.ITERATIONS:,} steps, {hidden} hidden units, over"
            f" {len(found.seeds)} seeds ({found.seeds[0]} to {found.seeds[-1]}). Quartiles:"
            " numpy.percentile, linear interpolation; wins: the seeds in which the alpha had the"
            f" lowest final error of the {len(found.alphas)}.", ""]
    header = ("alpha", "median", "lower quartile", "upper quartile", "min", "max", "wins")
    rows = [header] + [(f"{alpha:g}", *(cell(v[i]) for v in (median, q1, q3, low, high)),
                        f"{won[i]}") for i, alpha in enumerate(found.alphas)]
    found_verdict = studies.verdict(found)
    lines = [f"- alpha {found_verdict.alpha:g} has the lowest final error in"
             f" {found_verdict.wins} of {found_verdict.seeds} seeds",
             f"- lowest median final error: alpha {found_verdict.lowest_median:g}"]
    if found_verdict.seed_one_best is not None:
        agrees = "agrees" if found_verdict.seed_one_best == found_verdict.lowest_median \
            else "disagrees"
        lines.append(f"- seed 1 (the article's start) has its lowest final error at alpha"
                     f" {found_verdict.seed_one_best:g}: it {agrees} with the median")
    return "\n".join(head + markdown(rows, "<>>>>>>") + [""] + lines) + "\n"
