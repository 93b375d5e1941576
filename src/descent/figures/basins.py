"""Where a ball ends depends on where it starts: each valley drains its own stretch of the curve."""

from __future__ import annotations

import numpy as np

from .. import landscapes
from ..runs import basins
from . import panels, style

POST_PICTURE = "sgd_randomness_ensemble.png"  # the post's picture this one recomputes


def runs(balls: int = 100, seed: int = 1):
    return [basins.drop.call(balls, seed)]


def render(path, balls: int = 100, seed: int = 1) -> None:
    curve = landscapes.bumpy
    found = basins.drop(balls, seed)
    fig, ax = panels.one_panel(curve, height=3.3, headroom=0.3)
    which = style.look()
    # Room under the curve for the starting ticks and the line that says what they are.
    low, top = ax.get_ylim()
    bottom = low - 0.12 * (top - low)
    ax.set_ylim(bottom, top)
    span = top - bottom
    for index, (left, right) in enumerate(zip(found.edges[:-1], found.edges[1:])):
        colour, fill = style.basin_colour(index), style.basin_fill(index)
        ax.axvspan(left, right, color=fill, linewidth=0, zorder=0)
        starts = found.starts[(found.starts >= left) & (found.starts < right)]
        # The starting points as ticks along the bottom, in the colour of the valley they reach.
        ax.plot(starts, np.full_like(starts, bottom + 0.04 * span), "|", color=colour,
                markersize=9, markeredgewidth=1.6, zorder=3)
        floor = found.minima[index]
        panels.ball(ax, curve, floor, color=colour)
        # The valley's hue, deepened (or lightened on dark) until it reads on its own fill.
        label = ax.text((left + right) / 2, top - 0.06 * span, f"{found.counts[index]} balls",
                        ha="center", va="top", color=style.ink(colour, fill),
                        fontsize=13 if which.phone else 14, fontweight="bold", linespacing=1.0)
        if which.phone or not panels.fits(ax, label, left, right):
            label.set_text(f"{found.counts[index]}\nballs")  # a narrow basin: count over "balls"
        while not panels.fits(ax, label, left, right, pad_points=2) and label.get_fontsize() > 10:
            label.set_fontsize(label.get_fontsize() - 0.5)  # and smaller, inside its boundaries
    panels.boundaries(ax, found.edges)
    ax.text(curve.low + 0.1, bottom + 0.09 * span,
            f"ticks: where the {balls} balls started;{chr(10) if which.phone else ' '}each descends with "
            f"{panels.alpha_words(basins.ALPHA)}", ha="left", va="bottom", fontsize=10,
            color=which.text)
    style.save_png(fig, path)
