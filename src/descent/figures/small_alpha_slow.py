"""Alpha too small on a gentle slope: after many steps the ball has hardly moved, and the bottom is still far away."""

from __future__ import annotations

import numpy as np

from .. import landscapes
from . import panels, style

POST_PICTURE = "sgd_small2.png"  # the post's picture this one recomputes

START = 1.0
ALPHA = 0.05
STEPS = 1000  # each step keeps 0.9999 of the distance to the bottom: 1000 steps cover under 10%


def path(start: float = START, alpha: float = ALPHA, steps: int = STEPS) -> np.ndarray:
    """Every iterate of descent on the gentle slope from `start`."""
    return landscapes.descend(landscapes.gentle.df, start, alpha, steps)


def share_covered(start: float = START, alpha: float = ALPHA, steps: int = STEPS) -> float:
    """How much of the way from the start to the bottom the ball has gone after `steps`."""
    return float((path(start, alpha, steps)[-1] - start) / (landscapes.GENTLE_BOTTOM - start))


def render(path_out) -> None:
    curve = landscapes.gentle
    fig, ax = panels.one_panel(curve, headroom=0.5)
    iterates = path()
    start = panels.ball(ax, curve, iterates[0], color=style.look().faint, alpha=0.7)
    end = panels.ball(ax, curve, iterates[-1], tangent=True)
    panels.label(ax, start, "start", (-2, 24), ha="center", va="bottom")
    panels.label(ax, end, f"after {STEPS} steps of alpha {ALPHA:g}:\n"
                 f"{share_covered():.1%} of the way to the bottom", (20, 16), ha="left", va="bottom")
    bottom = landscapes.GENTLE_BOTTOM
    panels.note(ax, bottom, float(curve.f(bottom)), "the bottom",
                xytext=(0, 30), textcoords="offset points", ha="center", va="bottom",
                arrowprops=dict(arrowstyle="->", color=style.look().muted, shrinkB=4))
    style.save_png(fig, path_out)
