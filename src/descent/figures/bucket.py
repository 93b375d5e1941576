"""A ball in a bucket: each step of gradient descent swings it to the other wall, a little lower."""

from __future__ import annotations

import numpy as np

from .. import landscapes
from . import panels, style

START = -1.8
ALPHA = 0.8  # step factor 1 - 2 * 0.8 = -0.6: overshoots the bottom, but by less each time


def iterates(start: float = START, alpha: float = ALPHA, steps: int = 3) -> np.ndarray:
    """The ball's positions: the start and `steps` descent iterates on the bucket f(x) = x^2."""
    return landscapes.descend(landscapes.bucket.df, start, alpha, steps)


def render(path) -> None:
    style.save_png(panels.four_panels(landscapes.bucket, iterates()), path)
