"""The ball figures' other descents: too big an alpha on the bucket, too small on the gentle slope
and the rippled curve, one alpha in Part 3's ravine.

Cheap enough to compute on every call (like descents.py, whose bucket_iterates the diverging
ball reuses), but for the rippled curve's descents: Part 3 reads one at each alpha of a grid,
on every build, so they are stored.
"""

from __future__ import annotations

import numpy as np

from .. import landscapes
from .descents import bucket_iterates
from .store import stored

# Alpha too big: step factor 1 - 2 * 1.3 = -1.6, each overshoot is 1.6 times the last.
DIVERGING_START = 0.6
DIVERGING_ALPHA = 1.3


def diverging(steps: int = 3, alpha: float = DIVERGING_ALPHA) -> np.ndarray:
    """The start and `steps` iterates on the bucket with an alpha that diverges."""
    return bucket_iterates(DIVERGING_START, alpha, steps)


# Alpha too small on a gentle slope: each step keeps 0.9999 of the distance to the bottom, so
# 1000 steps cover under 10%.
SLOW_START = 1.0
SLOW_ALPHA = 0.05
SLOW_STEPS = 1000


def slow(start: float = SLOW_START, alpha: float = SLOW_ALPHA, steps: int = SLOW_STEPS) -> np.ndarray:
    """Every iterate of descent on the gentle slope from `start`."""
    return landscapes.descend(landscapes.gentle.df, start, alpha, steps)


def share_covered(start: float = SLOW_START, alpha: float = SLOW_ALPHA,
                  steps: int = SLOW_STEPS) -> float:
    """How much of the way from the start to the gentle slope's bottom the ball has gone."""
    return float((slow(start, alpha, steps)[-1] - start) / (landscapes.GENTLE_BOTTOM - start))


# Alpha too small on the rippled curve: from just past a ripple's crest, so the ball visibly rolls
# into the next pit, and stays there.
STUCK_START = 1.5
STUCK_ALPHA = 0.2
STUCK_STEPS = 1000


@stored
def stuck(start: float = STUCK_START, alpha: float = STUCK_ALPHA,
          steps: int = STUCK_STEPS) -> np.ndarray:
    """Every iterate of descent on the rippled curve from `start`."""
    return landscapes.descend(landscapes.rippled.df, start, alpha, steps)


def rippled_floor(points: int = 2001) -> float:
    """The x of the rippled curve's lowest point, on an even grid of `points` over its span."""
    curve = landscapes.rippled
    x = np.linspace(curve.low, curve.high, points)
    return float(x[np.argmin(curve.f(x))])


# One alpha in the ravine. Steep axis: factor 1 - 0.185 * 10 = -0.85, a zig-zag; flat axis:
# 1 - 0.185 * 0.2 = 0.963, a crawl.
RAVINE_ALPHA = 0.185


def ravine(start=landscapes.RAVINE_START, alpha: float = RAVINE_ALPHA,
           steps: int = landscapes.RAVINE_STEPS) -> np.ndarray:
    """Every iterate of descent on the ravine, shape (steps + 1, 2)."""
    return landscapes.descend(landscapes.ravine_df, start, alpha, steps)


def ravine_step_factors(alpha: float = RAVINE_ALPHA) -> tuple[float, float]:
    """How much each step scales the distance to the floor along the flat and the steep axis."""
    return (landscapes.step_factor(landscapes.RAVINE_FLAT, alpha),
            landscapes.step_factor(landscapes.RAVINE_STEEP, alpha))
