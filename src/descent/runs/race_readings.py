"""What the optimizer race's figure, table and values read off its stored runs: passes, and the
lowest error so far of scipy's methods on a common count of evaluations.

Plain functions of stored runs (race.race, quasi_newton.search): cheap, so not stored themselves.
"""

from __future__ import annotations

import numpy as np

from . import quasi_newton, race


def passes(lap: race.Lap) -> np.ndarray:
    """The pass that measured each logged error: the error before step j comes from pass j + 1."""
    return lap.steps + 1


def lowest_so_far(found: quasi_newton.Search, counts: np.ndarray) -> np.ndarray:
    """(seeds, counts): each seed's lowest mean |error| after that many evaluations (NaN before
    its first)."""
    table = np.full((len(found.traces), len(counts)), np.nan)
    for row, trace in enumerate(found.traces):
        index = np.searchsorted(trace[:, 0], counts, side="right") - 1
        table[row] = np.where(index >= 0, trace[np.maximum(index, 0), 1], np.nan)
    return table


def evaluation_counts(found: quasi_newton.Search) -> np.ndarray:
    """Evaluation counts to draw at: log-spaced, up to the most any seed spent."""
    most = int(found.evaluations.max())
    return np.unique(np.round(np.geomspace(1, most, 60)).astype(int))
