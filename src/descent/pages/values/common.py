"""What several modules of values read off runs alike: a median over the starts that got
somewhere, how many never did, where a median curve first gets below a line, a curve's cliff."""

from __future__ import annotations

import numpy as np


def median_reached(counts: np.ndarray, who: str, target: float) -> float:
    """The median of per-start counts over the starts that reached `target` (inf: never)."""
    counts = counts[np.isfinite(counts)]
    if not len(counts):
        raise ValueError(f"no start of {who} reached {target}: there is no median to name")
    return float(np.median(counts))


def never_reached(counts: np.ndarray) -> int:
    """How many starts never reached the target (their count is inf)."""
    return int(np.sum(~np.isfinite(counts)))


def first_below(where: np.ndarray, curve: np.ndarray, below: float, who: str) -> float:
    """The first of `where` at which the median curve of `who` is below `below`."""
    under = np.flatnonzero(curve < below)
    if not len(under):
        raise ValueError(f"the median curve of {who} never gets below {below}")
    return float(where[under[0]])


def cliff(breakdown: float | None, curve: str) -> float:
    """The alpha at which a learning-rate curve breaks down; ValueError when it does not."""
    if breakdown is None:
        raise ValueError(f"the {curve} has no cliff to name")
    return float(breakdown)
