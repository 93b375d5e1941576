"""Dropout and DropConnect in numbers: how alike the hidden units end up, and the final error each reaches."""

from __future__ import annotations

import numpy as np

from ..runs import dropout
from .tables import markdown

NAMES = {"plain": "plain", "dropout": "dropout", "dropconnect": "DropConnect"}


def runs(hidden=(4, 32)):
    return [dropout.redundancy.call(units) for units in hidden]


def cell(value: float) -> str:
    return f"{value:.3g}"


def closeness(value: float) -> str:
    """A |cosine| to three digits, or to as many as it takes not to show one below 1 as "1"."""
    digits = 3
    while value < 1 and float(f"{value:.{digits}g}") >= 1:
        digits += 1  # ends by 17 digits at the latest: a double printed to 17 is itself
    return f"{value:.{digits}g}"


def lines(found: dropout.Redundancy) -> list[list[str]]:
    """One row per state: the start, then each variant after training."""
    start = found.start
    rows = [[f"{found.hidden}, at the start", closeness(np.median(start.largest)), f"{np.median(start.near):.1%}", "", ""]]
    plain = found.trained["plain"].median
    for variant in dropout.VARIANTS:
        trained = found.trained[variant]
        apart = "" if variant == "plain" else \
            f"{int(np.sum(trained.median < plain))} of {len(found.seeds)}"
        rows.append([f"{found.hidden}, {NAMES[variant]}", closeness(np.median(trained.largest)), f"{np.median(trained.near):.1%}",
                     apart, f"{cell(np.median(found.final[variant]))} "
                     f"({cell(found.final[variant].max())})"])
    return rows


def text(hidden=(4, 32)) -> str:
    found = [dropout.redundancy(units) for units in hidden]
    first = found[0]
    head = [f"{len(first.seeds)} seeds, alpha {first.alpha:g}, {first.iterations:,} steps, "
            f"p = {first.p:g}; medians over the seeds of each network's largest pairwise "
            f"|cosine| (the figure above shows the median pair's) and of its share of near-twin pairs (|cosine| > {dropout.NEAR:g}); "
            "\"seeds less alike than plain\" counts the seeds whose median pair's |cosine| is lower than "
            "with plain training (the figure's measure, not a column here); "
            "final error measured without masks.", ""]
    # The median pair's |cos| is the figure's; one column names the run (hidden units and
    # weights), so that on a phone it can stay in place while the numbers scroll beside it.
    header = ["hidden units, training", "largest |cos|", "near twins",
              "seeds less alike than plain", "final error: median (worst)"]
    rows = [header] + [row for each in found for row in lines(each)]
    return "\n".join(head + markdown(rows, "<>>>>")) + "\n"
