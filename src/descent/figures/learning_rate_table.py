"""The learning-rate curve in numbers: the best alpha before training breaks down, where it does, and the article's alphas."""

from __future__ import annotations

import numpy as np

from ..logs import py2_str
from ..network import ALPHAS
from ..runs import studies, sweeps


def runs(hidden=(4, 32)):
    return [studies.learning_rate.call(units) for units in hidden]


def lines_for(found: studies.Curve) -> list[str]:
    """The block of one hidden size."""
    best_alpha, best_error = found.best
    lines = [f"{found.hidden} hidden units",
             f"  best alpha       {best_alpha:<10g} final error {py2_str(best_error)}"]
    if found.breakdown is None:
        lines.append("  breakdown alpha  none: no alpha breaks down by the rule")
    else:
        error = found.error_at(found.breakdown)
        past = int(np.sum(found.alphas >= found.breakdown))
        lines += [
            f"  breakdown alpha  {found.breakdown:<10g} final error {py2_str(error)}"
            f" = {error / best_error:.0f}x the best",
            f"  alphas from there up that still end within {studies.BREAKDOWN_FACTOR:g}x of the"
            f" best: {len(found.lucky)} of {past}",
        ]
        lines += [f"    alpha {alpha:<8g} final error {py2_str(lucky_error)}"
                  + ("  (lower than the best: a lucky run among failures)"
                     if lucky_error < best_error else "")
                  for alpha, lucky_error in found.lucky]
    lines += ["  the article's alphas:", f"    {'alpha':<8} final error"]
    lines += [f"    {alpha:<8g} {py2_str(found.error_at(alpha))}" for alpha in ALPHAS]
    return lines


def text(hidden=(4, 32)) -> str:
    alphas = studies.LEARNING_RATE_ALPHAS
    head = [f"Final mean |error| after {sweeps.ITERATIONS} steps, seed 1,"
            f" {len(alphas)} alphas from {alphas.min():g} to {alphas.max():g} (10 per decade)",
            f"Breakdown: {studies.BREAKDOWN_RULE}"]
    blocks = [head] + [lines_for(studies.learning_rate(units)) for units in hidden]
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"

