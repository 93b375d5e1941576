"""One-dimensional 'buckets' for the ball pictures: each a function with its derivative."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np


@dataclass(frozen=True)
class Landscape:
    """A curve f over [low, high] and its derivative, on which a ball can roll."""

    name: str
    f: Callable[[np.ndarray], np.ndarray]
    df: Callable[[np.ndarray], np.ndarray]
    low: float
    high: float


def descend(df, x0, alpha: float, steps: int) -> np.ndarray:
    """Gradient descent x <- x - alpha * f'(x); returns x0 and every iterate, shape (steps+1, ...).

    x0 may be an array of starting points; they all descend together.
    """
    x = np.array(x0, dtype=float)
    path = np.empty((steps + 1, *x.shape))
    path[0] = x
    for k in range(steps):
        x = x - alpha * df(x)
        path[k + 1] = x
    return path


def settle(df, x0, alpha: float, steps: int) -> np.ndarray:
    """Where descent from each of x0 is after `steps` steps: exactly `descend(...)[-1]`, faster.

    A point whose step no longer changes it sits at a fixed point of the update and would stay
    there for every later step, so it leaves the loop; no path is stored.
    """
    x = np.array(x0, dtype=float)
    flat = x.reshape(-1)
    moving = np.arange(flat.size)
    for _ in range(steps):
        if not moving.size:
            break
        before = flat[moving]
        after = before - alpha * df(before)
        flat[moving] = after
        moving = moving[after != before]
    return x


def step_factor(curvature: float, alpha: float) -> float:
    """On f = curvature/2 * x^2, each step multiplies x by this: |factor| < 1 converges."""
    return 1 - alpha * curvature


# A parabola: the rounded bucket. Its curvature is 2, so alpha in (0.5, 1) swings from wall
# to wall while settling, and alpha > 1 diverges.
bucket = Landscape("bucket", lambda x: x ** 2, lambda x: 2 * x, -2.0, 2.0)

# Five valleys of different depth; the deepest is a narrow well near the right edge.
_BUMP_K = 2 * np.pi / 2.0
_WELL_AT, _WELL_W, _WELL_DEPTH = 8.6, 0.35, 1.6


def _bumpy_f(x):
    x = np.asarray(x, dtype=float)
    well = _WELL_DEPTH * np.exp(-((x - _WELL_AT) / _WELL_W) ** 2)
    return 0.6 * np.cos(_BUMP_K * x) + 0.04 * (x - 4.5) ** 2 + 0.08 * np.sin(0.7 * x) - well


def _bumpy_df(x):
    x = np.asarray(x, dtype=float)
    u = (x - _WELL_AT) / _WELL_W
    well_slope = _WELL_DEPTH * np.exp(-u ** 2) * 2 * u / _WELL_W
    return -0.6 * _BUMP_K * np.sin(_BUMP_K * x) + 0.08 * (x - 4.5) + 0.056 * np.cos(0.7 * x) + well_slope


bumpy = Landscape("bumpy", _bumpy_f, _bumpy_df, 0.0, 9.5)

# A big valley with small ripples on it. The ripples' slope (up to 0.3) beats the valley's
# (at most 0.2), so every stretch of the curve has little pits: a tiny alpha stops in the first.
_RIPPLE_K = 5.0


def _rippled_f(x):
    x = np.asarray(x, dtype=float)
    return 0.01 * (x - 10) ** 2 + 0.06 * np.sin(_RIPPLE_K * x)


def _rippled_df(x):
    x = np.asarray(x, dtype=float)
    return 0.02 * (x - 10) + 0.06 * _RIPPLE_K * np.cos(_RIPPLE_K * x)


rippled = Landscape("rippled", _rippled_f, _rippled_df, 0.0, 20.0)

# A gentle, nearly straight slope down to a bottom far away at x = 20: a tiny alpha crawls.
gentle = Landscape("gentle", lambda x: 0.5 - 0.04 * x + 0.001 * x ** 2,
                   lambda x: -0.04 + 0.002 * x, 0.0, 25.0)
GENTLE_BOTTOM = 20.0

# A long, narrow valley in two dimensions: f(x, y) = (FLAT * x^2 + STEEP * y^2) / 2.
# One alpha scales both axes' steps, so it cannot suit a slope 50 times steeper than the other.
RAVINE_FLAT, RAVINE_STEEP = 0.2, 10.0


def ravine_f(point):
    """Height of the ravine at points of shape (..., 2)."""
    point = np.asarray(point, dtype=float)
    return (RAVINE_FLAT * point[..., 0] ** 2 + RAVINE_STEEP * point[..., 1] ** 2) / 2


def ravine_df(point):
    """Gradient of the ravine at points of shape (..., 2)."""
    point = np.asarray(point, dtype=float)
    return np.stack([RAVINE_FLAT * point[..., 0], RAVINE_STEEP * point[..., 1]], axis=-1)
