"""Cheap descents: the bucket's iterates (bucket figures, alpha slider), the bumpy curve's resting ball.

Cheap enough to compute on every call, so nothing here is stored.
"""

from __future__ import annotations

import numpy as np

from .. import landscapes

# Step factor 1 - 2 * 0.625 = -0.25: each step overshoots the bottom by a quarter of the last
# distance, so the 4th ball (x = 0.027) sits at the bottom on a nearly flat slope, as in the
# article's picture; the start stays low enough that its tangent ends below the bucket's rim.
BUCKET_START = -1.7
BUCKET_ALPHA = 0.625


def bucket_iterates(start: float = BUCKET_START, alpha: float = BUCKET_ALPHA,
                    steps: int = 3) -> np.ndarray:
    """The bucket pictures' ball: `iterates` from their start, at their alpha."""
    return iterates(alpha, start, steps)


# The article's local minimum: from here the ball settles in the valley next to the narrow well,
# the second deepest of the bumpy curve, and never sees the deepest one just over the ridge.
RESTING_START = 7.1
RESTING_ALPHA = 0.02
RESTING_STEPS = 2000


def resting_place(start: float = RESTING_START, alpha: float = RESTING_ALPHA,
                  steps: int = RESTING_STEPS) -> float:
    """Where descent from `start` on the bumpy curve comes to rest."""
    return float(landscapes.descend(landscapes.bumpy.df, start, alpha, steps)[-1])


# Each notch of the slider multiplies alpha by the square root of 2, so 0.5 (straight to the
# bottom in one step) and 1 (bouncing between two walls forever) are notches of their own.
ALPHAS = tuple(0.5 * 2.0 ** (k / 2) for k in range(-10, 5))
DEFAULT = ALPHAS.index(0.25)
START = -1.2
STEPS = 12
CURVATURE = 2.0  # the bucket is f(x) = x^2


def alpha_label(alpha: float) -> str:
    """alpha as shown beside the slider: three significant digits."""
    return f"{alpha:.3g}"


def factor_label(alpha: float) -> str:
    """The step factor 1 - 2 alpha, signed, three significant digits."""
    r = landscapes.step_factor(CURVATURE, alpha)
    return "0" if r == 0 else f"{r:+.3g}".replace("-", "\u2212")


def regime(alpha: float) -> str:
    """What the ball does, read off the step factor r: x is multiplied by r on every step."""
    r = landscapes.step_factor(CURVATURE, alpha)
    if r >= 0.9:
        return "crawls towards the bottom: each step removes only a sliver of the distance"
    if r > 0:
        return "slides down one wall, never crossing the bottom"
    if r == 0:
        return "lands exactly on the bottom in a single step"
    if r > -1:
        return "overshoots and zig-zags between the walls, closer to the bottom each time"
    if r == -1:
        return "bounces between the same two points on opposite walls forever"
    return "overshoots higher on every step and leaves the bucket: it diverges"


def iterates(alpha: float, start: float = START, steps: int = STEPS) -> np.ndarray:
    """The start and `steps` descent iterates on the bucket."""
    return landscapes.descend(landscapes.bucket.df, start, alpha, steps)
