"""The learning-rate curve in numbers: the best alpha before training breaks down, where it does, and the article's alphas."""

from __future__ import annotations

import numpy as np

from ..network import ALPHAS
from ..runs import studies, sweeps
from .tables import markdown


def runs(hidden=(4, 32)):
    return [studies.learning_rate.call(units) for units in hidden]


def cell(value: float) -> str:
    """Three significant digits: enough to compare, narrow enough for a phone."""
    return f"{value:.3g}"


def summary(found: studies.Curve) -> list[str]:
    """One hidden size's column of the summary table."""
    best_alpha, best_error = found.best
    if found.breakdown is None:
        return [cell(best_alpha), cell(best_error), "none", "", ""]
    error = found.error_at(found.breakdown)
    past = int(np.sum(found.alphas >= found.breakdown))
    lucky = ", ".join(f"{cell(alpha)} ({cell(lucky_error)}"
                      + (", lower than the best" if lucky_error < best_error else "") + ")"
                      for alpha, lucky_error in found.lucky)
    return [cell(best_alpha), cell(best_error), cell(found.breakdown),
            f"{cell(error)}, {error / best_error:.0f}× the best",
            f"{len(found.lucky)} of {past}" + (f": {lucky}" if lucky else "")]


def text(hidden=(4, 32)) -> str:
    """Two Markdown tables: the summary per hidden size, then the article's alphas."""
    alphas = studies.LEARNING_RATE_ALPHAS
    curves = [studies.learning_rate(units) for units in hidden]
    names = [f"{found.hidden} hidden units" for found in curves]
    head = [f"Final mean |error| after {sweeps.ITERATIONS:,} steps, seed 1, {len(alphas)} alphas"
            f" from {alphas.min():g} to {alphas.max():g} (10 per decade).",
            "", f"Breakdown: {studies.BREAKDOWN_RULE}.", ""]
    rows = ["best alpha", "its final error", "breakdown alpha", "final error there",
            f"alphas from there up still within {studies.BREAKDOWN_FACTOR:g}× of the best"]
    columns = [summary(found) for found in curves]
    first = markdown([["what", *names]] + [[row, *(column[k] for column in columns)]
                                       for k, row in enumerate(rows)], "<" + ">" * len(curves))
    article = markdown([["the article's alpha", *names]]
                       + [[f"{alpha:g}", *(cell(found.error_at(alpha)) for found in curves)]
                          for alpha in ALPHAS], ">" * (1 + len(curves)))
    return "\n".join(head + first + ["", "The article's seven alphas, final error:", ""]
                     + article) + "\n"
