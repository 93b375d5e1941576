"""Alpha too small on a gentle slope: after many steps the ball has hardly moved, and the bottom is still far away."""

from __future__ import annotations

from .. import landscapes
from ..runs import paths
from . import panels, style

POST_PICTURE = "sgd_small2.png"  # the post's picture this one recomputes

def render(path) -> None:
    curve = landscapes.gentle
    fig, ax = panels.one_panel(curve, headroom=0.5)
    iterates = paths.slow()
    start = panels.ball(ax, curve, iterates[0], color=style.look().faint, alpha=0.7)
    end = panels.ball(ax, curve, iterates[-1], tangent=True)
    panels.label(ax, start, "start", (-2, 24), ha="center", va="bottom")
    panels.label(ax, end, f"after {paths.SLOW_STEPS} steps of alpha {paths.SLOW_ALPHA:g}:\n"
                 f"{paths.share_covered():.1%} of the way to the bottom", (20, 16), ha="left", va="bottom")
    bottom = landscapes.GENTLE_BOTTOM
    panels.note(ax, bottom, float(curve.f(bottom)), "the bottom",
                xytext=(0, 30), textcoords="offset points", ha="center", va="bottom",
                arrowprops=dict(arrowstyle="->", color=style.look().muted, shrinkB=4))
    style.save_png(fig, path)
