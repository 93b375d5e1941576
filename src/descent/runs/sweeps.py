"""The article's alpha sweep: each alpha trained from the same seeded start.

`sweep` trains any set of alphas in one batched run; `article_sweep` is the sweep the article
printed, stored on disk, which figures, logs, notebooks and tests all read.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import engine, post_arithmetic
from ..network import ALPHAS, ARITHMETICS, train
from ..switched import Weights
from .store import stored

ITERATIONS = 60_000
LOG_EVERY = 10_000  # the article's console logs print every 10 000 iterations
CURVE_EVERY = 500  # the plots sample the same runs more densely; logging never alters training


@dataclass(frozen=True)
class Run:
    """One alpha of a sweep: a view of one network of the sweep's trained stack."""

    trained: engine.Trained
    index: int

    @property
    def alpha(self) -> float:
        return float(self.trained.alphas[self.index])

    @property
    def errors(self) -> dict[int, float]:
        """{step: mean |error| before that step's update}, in step order."""
        steps, errors = self.trained.steps, self.trained.errors[self.index]
        return {int(j): float(e) for j, e in zip(steps, errors)}

    @property
    def final(self) -> float:
        """The mean |error| after the last update."""
        return float(self.trained.final[self.index])

    @property
    def synapse_0(self) -> np.ndarray:
        return self.trained.synapse_0[self.index]

    @property
    def synapse_1(self) -> np.ndarray:
        return self.trained.synapse_1[self.index]

    @property
    def synapse_0_direction_changes(self) -> np.ndarray:
        return self.trained.synapse_0_direction_changes[self.index]

    @property
    def synapse_1_direction_changes(self) -> np.ndarray:
        return self.trained.synapse_1_direction_changes[self.index]


@dataclass(frozen=True)
class Sweep:
    """A set of alphas trained from the same initial weights: a view of their trained stack."""

    hidden: int
    seed: int
    trained: engine.Trained  # one network per alpha, direction changes counted

    @property
    def iterations(self) -> int:
        return self.trained.iterations

    @property
    def runs(self) -> list[Run]:
        return [Run(self.trained, i) for i in range(len(self.trained.alphas))]

    @property
    def final(self) -> np.ndarray:
        """(alphas,) each network's mean |error| after the last update."""
        return self.trained.final


def sweep(alphas=ALPHAS, hidden: int = 4, iterations: int = ITERATIONS, every: int = LOG_EVERY,
          seed: int = 1, progress=None, progress_every: int = 1000, ops=post_arithmetic) -> Sweep:
    """Train one network per alpha, all from the same seeded start, in one batched run.

    progress(steps_done) is called every progress_every steps (see engine.train); ops: the
    arithmetic (see engine.train).
    """
    synapse_0, synapse_1 = engine.starts([seed] * len(alphas), hidden)
    return Sweep(hidden, seed, engine.train(alphas, synapse_0, synapse_1, iterations,
                                            logged=range(0, iterations, every),
                                            direction_changes=True, progress=progress,
                                            progress_every=progress_every, ops=ops))


def sweep_plain(alphas=ALPHAS, hidden: int = 4, iterations: int = 60_000, every: int = 10_000,
                seed: int = 1, arithmetic: str = "2015") -> Sweep:
    """The same sweep as a plain loop over alphas: in the post's arithmetic, the reference the
    batched run must equal; in "numpy", the post's code as written, run by this machine."""
    found = [train(alpha, hidden, iterations, every, seed, arithmetic) for alpha in alphas]
    errors, synapse_0, synapse_1, *direction_changes = (np.stack(a) if n else a
                                                        for n, a in enumerate(zip(*found)))
    final = engine.final_errors(synapse_0, synapse_1, ARITHMETICS[arithmetic])
    trained = engine.Trained(np.array(alphas, dtype=float), iterations,
                             np.array(list(errors[0]), dtype=int),
                             np.array([list(logged.values()) for logged in errors]), final,
                             Weights(synapse_0, synapse_1), None, *direction_changes)
    return Sweep(hidden, seed, trained)


@stored
def article_sweep(hidden: int = 4) -> Sweep:
    """The article's 7 alphas from the seed-1 start, 60 000 steps, errors every 500 steps."""
    return sweep(ALPHAS, hidden, ITERATIONS, CURVE_EVERY, seed=1)


@stored
def as_written_sweep(hidden: int = 4) -> Sweep:
    """The article's sweep as the post's code prints it on this machine: numpy's BLAS and exp,
    one plain loop per alpha (kept apart from every other run, which is the post's arithmetic)."""
    return sweep_plain(ALPHAS, hidden, ITERATIONS, LOG_EVERY, seed=1, arithmetic="numpy")


def as_logged(found: Sweep, every: int = LOG_EVERY) -> Sweep:
    """The same runs with only the errors the article printed, for the console logs."""
    return Sweep(found.hidden, found.seed, found.trained.logged_every(every))
