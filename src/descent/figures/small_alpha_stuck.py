"""Alpha too small on a rippled valley: the ball stops in the first little pit and never sees the big valley."""

from __future__ import annotations

import numpy as np

from .. import landscapes
from . import panels, style

START = 0.7
ALPHA = 0.2
STEPS = 1000


def path(start: float = START, alpha: float = ALPHA, steps: int = STEPS) -> np.ndarray:
    """Every iterate of descent on the rippled curve from `start`."""
    return landscapes.descend(landscapes.rippled.df, start, alpha, steps)


def render(path_out) -> None:
    curve = landscapes.rippled
    fig, ax = panels.one_panel(curve)
    iterates = path()
    panels.ball(ax, curve, iterates[0], color=style.look().faint, alpha=0.6)
    panels.ball(ax, curve, iterates[-1], tangent=True)
    end = float(iterates[-1])
    panels.note(ax, end, float(curve.f(end)),
                f"grey: start; red: after {len(iterates) - 1} steps of alpha {ALPHA:g}: stuck in a ripple",
                xytext=(end + 0.9, float(curve.f(end)) + 0.05))
    x = np.linspace(curve.low, curve.high, 2001)
    lowest = x[np.argmin(curve.f(x))]
    panels.note(ax, lowest, float(curve.f(lowest)), "the big valley's floor",
                xytext=(lowest, float(curve.f(lowest)) + 0.33), ha="center",
                arrowprops=dict(arrowstyle="->", color=style.look().muted))
    style.save_png(fig, path_out)
