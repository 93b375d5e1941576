"""Alpha too big: every step lands higher on the opposite wall, on a steeper slope, until the ball leaves the bucket."""

from __future__ import annotations

import numpy as np

from .. import landscapes
from . import panels, style

START = 0.6
ALPHA = 1.3  # step factor 1 - 2 * 1.3 = -1.6: each overshoot is 1.6 times the last


def iterates(start: float = START, alpha: float = ALPHA, steps: int = 3) -> np.ndarray:
    """The start and `steps` descent iterates on f(x) = x^2 with an alpha that diverges."""
    return landscapes.descend(landscapes.bucket.df, start, alpha, steps)


def render(path) -> None:
    positions = iterates()
    reach = float(np.abs(positions).max()) + 0.2
    fig = panels.four_panels(landscapes.bucket, positions, tangents=True,
                             outside=(-reach, reach), y_limits=(-0.25 * reach ** 2, 1.3 * reach ** 2))
    style.save_png(fig, path)
