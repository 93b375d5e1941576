"""Where a ball ends depends on where it starts: each valley drains its own stretch of the curve."""

from __future__ import annotations

import numpy as np

from .. import landscapes
from ..runs import basins
from . import panels, style


def runs(balls: int = 100, seed: int = 1):
    return [basins.drop.call(balls, seed)]


def render(path, balls: int = 100, seed: int = 1) -> None:
    curve = landscapes.bumpy
    found = basins.drop(balls, seed)
    fig, ax = panels.one_panel(curve, height=3.3, headroom=0.3)
    bottom, top = ax.get_ylim()
    for index, (left, right) in enumerate(zip(found.edges[:-1], found.edges[1:])):
        colour = style.QUALITATIVE[index % len(style.QUALITATIVE)]
        ax.axvspan(left, right, color=colour, alpha=0.16, linewidth=0, zorder=0)
        starts = found.starts[(found.starts >= left) & (found.starts < right)]
        # The starting points as ticks along the bottom, in the colour of the valley they reach.
        ax.plot(starts, np.full_like(starts, bottom + 0.03 * (top - bottom)), "|", color=colour,
                markersize=9, markeredgewidth=1.6, zorder=3)
        floor = found.minima[index]
        panels.ball(ax, curve, floor, color=colour)
        ax.text(floor, top - 0.08 * (top - bottom), f"{found.counts[index]} balls", color=colour,
                ha="center", va="top", fontsize=14, fontweight="bold")
    style.save_png(fig, path)
