"""Alpha too small on a rippled valley: the ball stops in the first little pit and never sees the big valley."""

from __future__ import annotations

from .. import landscapes
from ..runs import paths
from . import panels, style

POST_PICTURE = "sgd_small.png"  # the post's picture this one recomputes


def runs():
    return [paths.stuck.call()]


def render(path) -> None:
    curve = landscapes.rippled
    fig, ax = panels.one_panel(curve, headroom=0.2)
    iterates = paths.stuck()
    start = panels.ball(ax, curve, iterates[0], color=style.look().faint, alpha=0.7)
    end = panels.ball(ax, curve, iterates[-1], tangent=True)
    panels.label(ax, start, "start", (-4, 22), ha="center", va="bottom")
    phone = style.look().phone
    panels.label(ax, end, f"after {paths.STUCK_STEPS} steps of alpha {paths.STUCK_ALPHA:g}:\nstuck in a ripple",
                 (14, 16) if phone else (30, 12), ha="left", va="bottom")
    lowest = paths.rippled_floor()
    panels.note(ax, lowest, float(curve.f(lowest)), "the big valley's floor",
                xytext=(lowest, float(curve.f(lowest)) + 0.33), ha="center",
                arrowprops=dict(arrowstyle="->", color=style.look().muted))
    style.save_png(fig, path)
