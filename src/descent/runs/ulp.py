"""The article's runs again from starts nudged by one unit in the last place (ulp).

Why: some of our printed numbers differ from the post's in late digits. If a run is chaotic, a
difference as small as one rounding step anywhere (the order of a sum inside a matrix product,
the last bit of exp on another CPU) grows until it reaches the printed digits. Nudging the
starting weights by one ulp is such a difference, made on purpose: the digits that survive
every nudge are the ones a reproduction can promise; the rest are rounding luck.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import engine
from ..network import ALPHAS, X, init_weights
from .store import stored
from .sweeps import CURVE_EVERY, ITERATIONS

NUDGES = 40
NUDGE_SEED = 2015  # any seed; fixed so that the page's numbers are reproducible


@dataclass(frozen=True)
class Nudged:
    """The article's seven alphas, each trained from every nudged start: a view of the trained
    stack, laid out as (nudges, alphas, ...)."""

    hidden: int
    moves: np.ndarray  # (nudges, weights): -1, 0 or +1 ulp for every starting weight
    trained: engine.Trained  # every alpha from the first nudged start, then from the next

    def _grid(self, name: str) -> np.ndarray | None:
        return self.trained.grid(name, len(self.moves))

    @property
    def alphas(self) -> tuple[float, ...]:
        return tuple(float(a) for a in self._grid("alphas")[0])

    @property
    def steps(self) -> np.ndarray:
        """(samples,) iterations at which errors were logged."""
        return self.trained.steps

    @property
    def errors(self) -> np.ndarray:
        """(nudges, alphas, samples) mean |error| logged during training."""
        return self._grid("errors")

    @property
    def synapse_0(self) -> np.ndarray:
        """(nudges, alphas, 3, hidden) final weights."""
        return self._grid("synapse_0")

    @property
    def synapse_1(self) -> np.ndarray:
        """(nudges, alphas, hidden, 1)."""
        return self._grid("synapse_1")

    @property
    def synapse_0_direction_changes(self) -> np.ndarray | None:
        """Shaped as synapse_0; None if not counted."""
        return self._grid("synapse_0_direction_changes")

    @property
    def synapse_1_direction_changes(self) -> np.ndarray | None:
        return self._grid("synapse_1_direction_changes")


def nudge(weights: np.ndarray, moves: np.ndarray) -> np.ndarray:
    """Each weight moved to its neighbouring double above (+1), below (-1), or kept (0)."""
    toward = np.where(moves > 0, np.inf, -np.inf)
    return np.where(moves == 0, weights, np.nextafter(weights, toward))


def draw_moves(weights: int, nudges: int, seed: int) -> np.ndarray:
    """Distinct random move patterns, none of them all zeros (that would be the plain start)."""
    rng = np.random.RandomState(seed)
    found: list[tuple] = []
    while len(found) < nudges:
        moves = tuple(rng.randint(-1, 2, size=weights))
        if any(moves) and moves not in found:
            found.append(moves)
    return np.array(found, dtype=np.int64)


def nudged_starts(hidden: int, moves: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """The seed-1 start with each row of moves applied (synapse_0 first, then synapse_1)."""
    synapse_0, synapse_1 = init_weights(X.shape[1], hidden, seed=1)
    flat = np.concatenate([synapse_0.ravel(), synapse_1.ravel()])
    starts = []
    for row in moves:
        moved = nudge(flat, row)
        starts.append((moved[:synapse_0.size].reshape(synapse_0.shape),
                       moved[synapse_0.size:].reshape(synapse_1.shape)))
    return starts


@stored
def nudged(hidden: int, nudges: int = NUDGES, seed: int = NUDGE_SEED,
           direction_changes: bool = False) -> Nudged:
    """Every alpha from every nudged start: nudges x 7 networks in one batched run."""
    weights = X.shape[1] * hidden + hidden
    moves = draw_moves(weights, nudges, seed)
    starts = [start for start in nudged_starts(hidden, moves) for _ in ALPHAS]
    return Nudged(hidden, moves,
                  engine.train(np.tile(ALPHAS, nudges), np.stack([s[0] for s in starts]),
                               np.stack([s[1] for s in starts]), ITERATIONS,
                               logged=range(0, ITERATIONS, CURVE_EVERY),
                               direction_changes=direction_changes))
