"""Where a ball ends depends on where it starts: each valley drains its own stretch of the curve."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from .. import landscapes
from . import panels, style

BALLS = 100
SEED = 1
ALPHA = 0.02  # small enough to be stable in the narrow well (curvature about 26)
STEPS = 2000


@dataclass
class Basins:
    """The valleys of the bumpy curve and what descent from many starts found in them."""

    minima: np.ndarray  # x of each valley's floor, left to right
    edges: np.ndarray  # len(minima) + 1 boundaries of the domains of attraction
    starts: np.ndarray  # the seeded random starting points
    counts: np.ndarray  # how many of them ended in each valley


@dataclass(frozen=True, eq=False)
class BasinMap:
    """The valleys' floors and the stretches of the x-axis that drain into each."""

    minima: np.ndarray  # x of each valley's floor, left to right
    edges: np.ndarray  # len(minima) + 1 boundaries: valley i drains [edges[i], edges[i + 1])


def valley_of(ends: np.ndarray, minima: np.ndarray) -> np.ndarray:
    """The index of the valley floor nearest to each end point."""
    return np.argmin(np.abs(ends[:, None] - minima[None, :]), axis=1)


@cache
def basin_map(grid: int = 2001) -> BasinMap:
    """Descend a dense grid of starts to find the valleys and the domain each one drains."""
    curve = landscapes.bumpy
    grid_starts = np.linspace(curve.low, curve.high, grid)
    grid_ends = landscapes.settle(curve.df, grid_starts, ALPHA, STEPS)
    # Descent settles within ~1e-6 of a floor; ends closer than 0.05 share one valley.
    ordered = np.sort(grid_ends)
    groups = np.split(ordered, np.flatnonzero(np.diff(ordered) > 0.05) + 1)
    minima = np.array([group.mean() for group in groups])
    valley = valley_of(grid_ends, minima)
    # A domain's edge lies halfway between the last grid start of one valley and the first of the next.
    change = np.flatnonzero(np.diff(valley)) + 1
    edges = np.concatenate([[curve.low], (grid_starts[change - 1] + grid_starts[change]) / 2,
                            [curve.high]])
    minima.flags.writeable = edges.flags.writeable = False  # shared by every caller of the cache
    return BasinMap(minima, edges)


def drop_balls(balls: int = BALLS, seed: int = SEED) -> tuple[np.ndarray, np.ndarray]:
    """`balls` seeded uniform random starts on the bumpy curve and where descent takes each."""
    curve = landscapes.bumpy
    starts = np.random.RandomState(seed).uniform(curve.low, curve.high, balls)
    return starts, landscapes.settle(curve.df, starts, ALPHA, STEPS)


def basins(balls: int = BALLS, seed: int = SEED, grid: int = 2001) -> Basins:
    """Descend a dense grid of starts to map the basins, then `balls` seeded random starts."""
    found = basin_map(grid)
    starts, ends = drop_balls(balls, seed)
    counts = np.bincount(valley_of(ends, found.minima), minlength=len(found.minima))
    return Basins(found.minima, found.edges, starts, counts)


def render(path, balls: int = BALLS, seed: int = SEED) -> None:
    curve = landscapes.bumpy
    found = basins(balls, seed)
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
