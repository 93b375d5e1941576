"""A curve's valley floors and ridge tops, found without gradient descent.

The basin runs find valleys by descending; tests compare them with this second, independent
method: the sign changes of df on a fine grid, each narrowed by bisection.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Points:
    """The critical points of a curve inside its interval, left to right."""

    minima: np.ndarray  # where df goes from negative to positive
    maxima: np.ndarray  # where df goes from positive to negative
    edges: np.ndarray  # low, the maxima, high: the stretches that drain into each minimum

    @property
    def widths(self) -> np.ndarray:
        """Each valley's stretch as a share of the interval."""
        return np.diff(self.edges) / (self.edges[-1] - self.edges[0])


def _bisect(df, left: float, right: float) -> float:
    """A zero of df between left and right, where df changes sign, to the last bit."""
    sign_left = np.sign(df(left))
    while True:
        middle = (left + right) / 2
        if middle in (left, right):
            return middle
        if np.sign(df(middle)) == sign_left:
            left = middle
        else:
            right = middle


def critical_points(curve, grid: int = 100_001) -> Points:
    """Minima and maxima of `curve` from the sign of its df on a grid, refined by bisection."""
    x = np.linspace(curve.low, curve.high, grid)
    sign = np.sign(curve.df(x))
    # A grid point may sit exactly on a floor (df == 0): compare each nonzero sign with the
    # next nonzero one, and bisect between those two points.
    nonzero = np.flatnonzero(sign)
    changes = np.flatnonzero(sign[nonzero[:-1]] != sign[nonzero[1:]])
    zeros = np.array([_bisect(curve.df, x[nonzero[i]], x[nonzero[i + 1]]) for i in changes])
    rising = sign[nonzero[changes + 1]] > 0
    maxima = zeros[~rising]
    return Points(zeros[rising], maxima, np.concatenate([[curve.low], maxima, [curve.high]]))
