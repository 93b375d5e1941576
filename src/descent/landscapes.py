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

def hermite(knots):
    """The C1 curve through (x, height, slope) knots, cubic between knots; returns f and its df.

    Each piece is the cubic that takes the heights and slopes of its two knots, so f and f' are
    continuous everywhere and df is f's exact derivative, not a difference quotient.
    """
    xs, heights, slopes = np.asarray(knots, dtype=float).T

    def piece(x):
        x = np.asarray(x, dtype=float)
        # Beyond the end knots the end pieces carry on, so a step past an edge stays defined.
        i = np.clip(np.searchsorted(xs, x, side="right") - 1, 0, len(xs) - 2)
        h = xs[i + 1] - xs[i]
        return (x - xs[i]) / h, h, heights[i], heights[i + 1], slopes[i], slopes[i + 1]

    def f(x):
        t, h, y0, y1, m0, m1 = piece(x)
        return ((2 * t ** 3 - 3 * t ** 2 + 1) * y0 + (t ** 3 - 2 * t ** 2 + t) * h * m0
                + (3 * t ** 2 - 2 * t ** 3) * y1 + (t ** 3 - t ** 2) * h * m1)

    def df(x):
        t, h, y0, y1, m0, m1 = piece(x)
        return ((6 * t ** 2 - 6 * t) * (y0 - y1) / h + (3 * t ** 2 - 4 * t + 1) * m0
                + (3 * t ** 2 - 2 * t) * m1)

    return f, df


# Five irregular valleys, like the post's hand-drawn curve: a wide shallow one at the left, a
# long plateau, a small valley under a tall peak, a flat-bottomed one with a shoulder on its
# right wall, a deeper one, and at the right edge the deepest: a narrow well with steep walls.
# Knots are (x, height, slope); a zero slope marks a valley floor or a top, and no top is a
# plateau of exactly zero slope, where a ball would stop without being in a valley. The well's
# floor curves at about 22, so alpha 0.02 settles there without bouncing (step factor 0.57).
BUMPY_KNOTS = (
    (0.0, 0.42, -0.8),
    (0.9, 0.0, 0.0),  # floor of the wide shallow valley
    (1.9, 0.62, 0.55),
    (2.45, 0.84, 0.1),  # the plateau: 0.75 wide, rising only 0.065
    (2.95, 0.895, 0.03),
    (3.2, 0.905, 0.0),
    (3.85, 0.25, 0.0),  # the small valley
    (4.55, 1.95, 0.0),  # the tall peak
    (5.15, 0.55, -0.6),
    (5.35, 0.5, 0.0),  # the flat-bottomed valley
    (5.75, 0.8, 1.0),
    (6.05, 0.98, 0.05),  # the shoulder: the wall almost levels out, then climbs on
    (6.35, 1.05, 0.45),
    (6.8, 1.45, 0.0),
    (7.6, -0.2, 0.0),  # the deeper valley, where the resting ball stops
    (8.15, 1.08, 0.7),
    (8.5, 1.25, 0.0),
    (8.66, 1.08, -2.4),
    (8.83, -0.85, -9.0),
    (9.02, -1.55, 0.0),  # the narrow well: the global minimum
    (9.21, -0.85, 9.0),
    (9.5, 1.6, 3.0),
)
_bumpy_f, _bumpy_df = hermite(BUMPY_KNOTS)
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
RAVINE_START, RAVINE_STEPS = (-9.0, 1.6), 30  # where Part 3's descent starts, and how long


def ravine_f(point):
    """Height of the ravine at points of shape (..., 2)."""
    point = np.asarray(point, dtype=float)
    return (RAVINE_FLAT * point[..., 0] ** 2 + RAVINE_STEEP * point[..., 1] ** 2) / 2


def ravine_df(point):
    """Gradient of the ravine at points of shape (..., 2)."""
    point = np.asarray(point, dtype=float)
    return np.stack([RAVINE_FLAT * point[..., 0], RAVINE_STEEP * point[..., 1]], axis=-1)
