"""Alpha too small on a gentle slope: after many steps the ball has hardly moved."""

from __future__ import annotations

import numpy as np

from .. import landscapes
from . import panels, style

START = 1.0
ALPHA = 0.05
STEPS = 200


def path(start: float = START, alpha: float = ALPHA, steps: int = STEPS) -> np.ndarray:
    """Every iterate of descent on the gentle slope from `start`."""
    return landscapes.descend(landscapes.gentle.df, start, alpha, steps)


def render(path_out) -> None:
    curve = landscapes.gentle
    fig, ax = panels.one_panel(curve, headroom=0.35)
    iterates = path()
    panels.ball(ax, curve, iterates[0], color=style.look().faint, alpha=0.6)
    panels.ball(ax, curve, iterates[-1], tangent=True)
    start, end = float(iterates[0]), float(iterates[-1])
    panels.note(ax, start, float(curve.f(start)),
                f"grey: start; red: {STEPS} steps of alpha {ALPHA:g} later (x = {start:g} \u2192 {end:.2f})",
                xytext=(start + 0.4, float(curve.f(start)) + 0.06))
    panels.note(ax, curve.high, float(curve.f(curve.high)), "downhill goes on and on  \u2192",
                xytext=(curve.high - 2.8, float(curve.f(curve.high)) + 0.1))
    style.save_png(fig, path_out)
