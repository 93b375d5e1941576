"""Part 4's two-weight network: its error over a grid of both weights, and its own descent path.

Cheap enough to compute on every call (a 10 000-step loop over two weights), so nothing here is
stored.
"""

from __future__ import annotations

import numpy as np

from .. import two_weight

LOW, HIGH = -10.0, 10.0  # both weights span [-10, 10]


def plane(points: int = 41) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Both weights on a grid over [-10, 10]^2 and the sum of squared errors there (0 to 4)."""
    return two_weight.error_grid(LOW, HIGH, points)


def lowest_point(points: int = 41) -> tuple[float, float]:
    """The (first weight, second weight) of the grid point with the smallest error."""
    first, second, error = plane(points)
    at = np.unravel_index(np.argmin(error), error.shape)
    return float(first[at]), float(second[at])


def descent_path() -> tuple[np.ndarray, np.ndarray]:
    """The trained network's weights after every step from its seed-1 start, and their error."""
    trajectory = two_weight.train().trajectory
    return trajectory, two_weight.sum_squared_error(trajectory)
