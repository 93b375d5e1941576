"""The race in numbers: each method's alpha, final error, starts that reach 0.01, passes to get there, and memory per weight."""

from __future__ import annotations

import numpy as np

from ..optimizers import RULES, kept_per_weight
from ..runs import quasi_newton, race
from .tables import markdown

TARGET = race.TARGET
# What scipy's methods keep between iterations, per weight of the 16: BFGS its 16 x 16 matrix;
# L-BFGS-B its last 10 steps and slope changes (scipy's default maxcor); annealing its local
# L-BFGS-B.
KEPT = {"BFGS": "16 (a 16 × 16 matrix)", "L-BFGS": "20 (10 steps, 10 slope changes)",
        "dual annealing": "20 (its local L-BFGS)"}


def runs():
    return ([race.race.call(rule) for rule in RULES]
            + [quasi_newton.search.call(method) for method in quasi_newton.METHODS])


def cell(value: float) -> str:
    return f"{value:.2g}"


def passes(counts: np.ndarray) -> str:
    """The median count over all the starts, a start that never got there counted as slower
    than any that did (inf); "never" if half or more never did."""
    median = np.median(counts)
    return f"{median:.0f}" if np.isfinite(median) else "never"


def rows() -> list[list[str]]:
    table = [["method", "alpha", "median final error", "starts below 0.01",
              "passes to 0.01 (median of all starts)", "kept per weight"]]
    for rule in RULES:
        lap = race.race(rule)
        reached = lap.passes_to_target()
        table.append([rule, f"{lap.alpha:.3g}", cell(np.median(lap.final)),
                      f"{np.isfinite(reached).sum()} of {len(lap.seeds)}", passes(reached),
                      str(kept_per_weight(rule))])
    for method in quasi_newton.METHODS:
        found = quasi_newton.search(method)
        reached = found.evaluations_to(TARGET).astype(float)
        table.append([f"{method} (scipy)", "–", cell(np.median(found.final)),
                      f"{np.isfinite(reached).sum()} of {len(found.seeds)}", passes(reached),
                      KEPT[method]])
    return table


def text() -> str:
    """One Markdown table, the step rules first, then scipy's methods."""
    return "\n".join(markdown(rows(), align="<>>>><")) + "\n"
