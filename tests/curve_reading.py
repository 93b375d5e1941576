"""A learning-rate curve read a second way: by what its runs do, not by runs.studies' rule.

runs.studies finds the cliff as the first alpha whose final error is ten times the lowest so
far. Here the same places are found from the outputs instead: a run that learned the four
examples ends below CONVERGED; a run with an output stuck at the wrong end of the sigmoid ends
at STUCK or above (each stuck output adds a quarter of 0.5, so 0.125 per output). The tests hold
the two readings to each other, so neither needs a number read off one computer's curve.
"""

from __future__ import annotations

import numpy as np

CONVERGED = 0.01  # after 60 000 steps every converging run of the curve is far below this
STUCK = 0.1  # one output stuck at the wrong end: 0.125, less a little for the others' errors


def cliff(alphas, errors) -> float | None:
    """The first alpha, once some smaller alpha has converged, with an output stuck."""
    alphas, errors = np.asarray(alphas, dtype=float), np.asarray(errors, dtype=float)
    order = np.argsort(alphas)
    converged = False
    for index in order:
        if converged and errors[index] >= STUCK:
            return float(alphas[index])
        converged = converged or errors[index] < CONVERGED
    return None


def best_before(alphas, errors, edge: float) -> float:
    """The alpha with the lowest final error among those below the edge."""
    alphas, errors = np.asarray(alphas, dtype=float), np.asarray(errors, dtype=float)
    below = np.flatnonzero(alphas < edge)
    return float(alphas[below[np.argmin(errors[below])]])


def converged_past(alphas, errors, edge: float) -> list[float]:
    """The alphas from the edge up whose runs converged anyway."""
    return [float(a) for a, e in zip(alphas, errors) if a >= edge and e < CONVERGED]


def stuck_outputs(error: float) -> int:
    """How many outputs a run that did not converge left stuck: its error in eighths."""
    return int(round(error * 8))
