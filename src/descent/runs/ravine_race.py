"""Part 3's ravine (Problem 4, "some slopes too small and others too big") run by every rule.

Each rule gets the alpha that brings it lowest in the ravine's number of steps, chosen from a
log grid in one batched run, so the comparison is of rules at their best, not of one alpha.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import landscapes
from ..optimizers import ALPHA_GRID, RULES, kept_per_weight, rule as find_rule
from .store import stored

START, STEPS = landscapes.RAVINE_START, landscapes.RAVINE_STEPS
# The valley as the figures show it; a path that leaves it is thrown out, not a remedy.
BOX = (10.0, 2.2)
ALPHAS = ALPHA_GRID  # 0.001 to 1000: wide enough for every rule's best


def turning(degrees: float) -> np.ndarray:
    """The rotation that turns the valley by `degrees` in the plane of the two weights."""
    angle = np.radians(degrees)
    return np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])


def _times(points, matrix):
    """points @ matrix for (..., 2) points, the two products added in one order everywhere."""
    return points[..., 0, None] * matrix[0] + points[..., 1, None] * matrix[1]


def descend(rule: str, alphas, start=START, steps: int = STEPS, turn: float = 0.0) -> np.ndarray:
    """Every iterate of the rule from start, one path per alpha: shape (steps + 1, alphas, 2).

    With a turn the valley and the start are rotated together: the same problem, except that
    its steep and flat directions are no longer the two weights. Paths come back in the
    valley's own (unturned) coordinates, so that they can be drawn and measured alike.
    """
    update, rotation = find_rule(rule), turning(turn)
    alpha = np.asarray(alphas, dtype=float).reshape(-1, 1)
    point = np.tile(_times(np.asarray(start, dtype=float), rotation.T), (len(alpha), 1))
    path, memory = [point.copy()], {}
    with np.errstate(over="ignore", invalid="ignore"):  # the worst alphas fly off to inf
        for _ in range(steps):
            slope = _times(landscapes.ravine_df(_times(point, rotation)), rotation.T)
            point = point - update(slope, memory, alpha)
            path.append(point.copy())
    return _times(np.stack(path), rotation)


@dataclass(frozen=True)
class RavinePath:
    """One rule's best run through the ravine."""

    rule: str
    alpha: float
    path: np.ndarray  # (steps + 1, 2)
    heights: np.ndarray  # (alphas,) height after the last step for every alpha of ALPHAS
    memory: int  # numbers the rule keeps per weight between steps
    turn: float = 0.0  # degrees the valley was turned (the path is in its own coordinates)

    @property
    def final(self) -> float:
        return float(landscapes.ravine_f(self.path[-1]))

    def working_alphas(self, fraction: float = 0.01) -> np.ndarray:
        """The alphas that end below `fraction` of the starting height."""
        return ALPHAS[self.heights < fraction * float(landscapes.ravine_f(np.asarray(START)))]


def stays_inside(paths) -> np.ndarray:
    """Per alpha, whether every iterate stays in the valley as drawn (BOX)."""
    return np.all(np.abs(np.nan_to_num(paths, nan=np.inf)) <= BOX, axis=(0, 2))


@stored
def ravine_path(rule: str, turn: float = 0.0) -> RavinePath:
    """The rule's path at its best alpha: the lowest height after STEPS steps among the alphas
    whose path stays inside BOX (the smaller alpha on a tie); the valley turned by `turn`."""
    paths = descend(rule, ALPHAS, turn=turn)
    heights = np.nan_to_num(landscapes.ravine_f(paths[-1]), nan=np.inf)
    best = int(np.argmin(np.where(stays_inside(paths), heights, np.inf)))
    return RavinePath(rule, float(ALPHAS[best]), paths[:, best], heights, kept_per_weight(rule),
                      float(turn))


TURNED = 45.0  # degrees: the valley lying diagonally across the two weights
