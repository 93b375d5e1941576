"""A ball can rest in a valley that is not the deepest: the slope under it is flat, so descent stops there."""

from __future__ import annotations

from .. import landscapes
from ..runs import basins
from . import panels, style

START = 4.1
ALPHA = 0.02
STEPS = 2000


def resting_place(start: float = START, alpha: float = ALPHA, steps: int = STEPS) -> float:
    """Where descent from `start` on the bumpy curve comes to rest."""
    return float(landscapes.descend(landscapes.bumpy.df, start, alpha, steps)[-1])


def render(path) -> None:
    curve = landscapes.bumpy
    fig, ax = panels.one_panel(curve)
    rest = resting_place()
    panels.ball(ax, curve, rest, tangent=True)
    deepest = basins.deepest_valley()
    panels.note(ax, deepest, float(curve.f(deepest)), "the deepest valley",
                xytext=(deepest - 2.9, float(curve.f(deepest)) + 0.02),
                arrowprops=dict(arrowstyle="->", color=style.look().muted))
    panels.note(ax, rest, float(curve.f(rest)), "flat slope: stuck here",
                xytext=(rest, float(curve.f(rest)) - 0.18), ha="center", va="top")
    style.save_png(fig, path)
