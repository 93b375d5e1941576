"""Part 4's two-weight network: its error over a grid of both weights, and its own descent path.

The grid is cheap enough to compute on every call; the descents (10 000 steps each, a third of
a second) are stored, as Part 4 and its figures read them on every build.
"""

from __future__ import annotations

import numpy as np

from .. import two_weight
from .store import stored

LOW, HIGH = -10.0, 10.0  # both weights span [-10, 10]


def plane(points: int = 41) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Both weights on a grid over [-10, 10]^2 and the sum of squared errors there (0 to 4)."""
    return two_weight.error_grid(LOW, HIGH, points)


def lowest_point(points: int = 41) -> tuple[float, float]:
    """The (first weight, second weight) of the grid point with the smallest error."""
    first, second, error = plane(points)
    at = np.unravel_index(np.argmin(error), error.shape)
    return float(first[at]), float(second[at])


@stored
def descent_path() -> tuple[np.ndarray, np.ndarray]:
    """The trained network's weights after every step from its seed-1 start, and their error."""
    trajectory = two_weight.train().trajectory
    return trajectory, two_weight.sum_squared_error(trajectory)


@stored
def path_from(first: float, second: float, alpha: float = 1.0,
              iterations: int = 10_000) -> tuple[np.ndarray, np.ndarray]:
    """The same descent as two_weight.train's, from a start of one's choosing (as the lab's plane
    places it): the weights after every step, and their error."""
    synapse_0 = np.array([[first], [second]], dtype=float)
    trajectory = np.empty((iterations + 1, 2))
    trajectory[0] = synapse_0[:, 0]
    for j in range(iterations):
        layer_1 = two_weight.sigmoid(two_weight.inputs_dot(two_weight.X, synapse_0))
        layer_1_delta = (layer_1 - two_weight.y) * two_weight.sigmoid_output_to_derivative(layer_1)
        synapse_0 -= alpha * two_weight.rows_dot(two_weight.X, layer_1_delta)
        trajectory[j + 1] = synapse_0[:, 0]
    return trajectory, two_weight.sum_squared_error(trajectory)
