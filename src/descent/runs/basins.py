"""Balls dropped on the bumpy curve: where descent takes them, and the valley each one drains."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import landscapes
from .store import stored

ALPHA = 0.02  # small enough to settle in the narrow well without bouncing (curvature about 22)
# The slowest balls start right on top of the plateau; from seeds 1-3 and the grid all have come
# to rest by step 1800, so 3000 leaves room (tests check that every ball ended on a flat slope).
STEPS = 3000
GRID = 2001  # starts on a dense grid map the basins


@dataclass(frozen=True, eq=False)
class BasinMap:
    """The valleys' floors and the stretches of the x-axis that drain into each."""

    minima: np.ndarray  # x of each valley's floor, left to right
    edges: np.ndarray  # len(minima) + 1 boundaries: valley i drains [edges[i], edges[i + 1])


def valley_of(ends: np.ndarray, minima: np.ndarray) -> np.ndarray:
    """The index of the valley floor nearest to each end point."""
    return np.argmin(np.abs(ends[:, None] - minima[None, :]), axis=1)


@stored
def basin_map(grid: int = GRID) -> BasinMap:
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
    return BasinMap(minima, edges)


def deepest_valley() -> float:
    """The x of the curve's global minimum: the lowest of the valley floors."""
    minima = basin_map().minima
    return float(minima[np.argmin(landscapes.bumpy.f(minima))])


@dataclass(frozen=True, eq=False)
class Drop:
    """Where `balls` uniform random starts on the bumpy curve end, valley by valley."""

    balls: int
    seed: int
    minima: np.ndarray  # x of each valley's floor, left to right
    floors: np.ndarray  # the curve's height at each floor
    edges: np.ndarray  # valley i drains the starts in [edges[i], edges[i + 1])
    widths: np.ndarray  # each basin's share of the domain: the chance a uniform start lands in it
    starts: np.ndarray  # the seeded random starting points
    ends: np.ndarray  # where descent took each of them
    valley: np.ndarray  # the index of the valley each ball reached
    counts: np.ndarray  # how many balls ended in each valley

    @property
    def fractions(self) -> np.ndarray:
        """The share of the balls that ended in each valley."""
        return self.counts / self.balls

    @property
    def stderr(self) -> np.ndarray:
        """Binomial standard error of each share, if a ball lands in each basin with its width."""
        return np.sqrt(self.widths * (1 - self.widths) / self.balls)

    @property
    def z(self) -> np.ndarray:
        """How many standard errors each observed share lies from its basin's width."""
        return (self.fractions - self.widths) / self.stderr

    @property
    def deepest(self) -> int:
        """The index of the lowest valley."""
        return int(np.argmin(self.floors))


@stored
def drop(balls: int, seed: int = 1) -> Drop:
    """Map the basins, then descend `balls` seeded uniform starts (alpha 0.02, 3000 steps) at once."""
    curve = landscapes.bumpy
    found = basin_map()
    starts = np.random.RandomState(seed).uniform(curve.low, curve.high, balls)
    ends = landscapes.settle(curve.df, starts, ALPHA, STEPS)
    valley = valley_of(ends, found.minima)
    counts = np.bincount(valley, minlength=len(found.minima))
    widths = np.diff(found.edges) / (curve.high - curve.low)
    return Drop(balls, seed, found.minima, curve.f(found.minima), found.edges, widths, starts,
                ends, valley, counts)
