"""The article's alpha sweep: each alpha trained from the same seeded start.

`sweep` trains any set of alphas in one batched run; `article_sweep` is the sweep the article
printed, stored on disk, which figures, logs, notebooks and tests all read.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import engine
from ..network import ALPHAS, train
from .store import stored

ITERATIONS = 60_000
LOG_EVERY = 10_000  # the article's console logs print every 10 000 iterations
CURVE_EVERY = 500  # the plots sample the same runs more densely; logging never alters training


@dataclass
class Run:
    """One alpha of a sweep: its error log and the closer-look quantities of the same run."""

    alpha: float
    errors: dict[int, float]
    synapse_0: np.ndarray
    synapse_1: np.ndarray
    synapse_0_direction_changes: np.ndarray
    synapse_1_direction_changes: np.ndarray


@dataclass
class Sweep:
    """A set of alphas trained from the same initial weights."""

    hidden: int
    seed: int
    iterations: int
    runs: list[Run]


def sweep(alphas=ALPHAS, hidden: int = 4, iterations: int = ITERATIONS, every: int = LOG_EVERY,
          seed: int = 1, progress=None, progress_every: int = 1000) -> Sweep:
    """Train one network per alpha, all from the same seeded start, in one batched run.

    progress(steps_done) is called every progress_every steps (see engine.train).
    """
    synapse_0, synapse_1 = engine.starts([seed] * len(alphas), hidden)
    result = engine.train(alphas, synapse_0, synapse_1, iterations,
                          logged=range(0, iterations, every), count_changes=True,
                          progress=progress, progress_every=progress_every)
    runs = [Run(float(alpha), {j: float(errors[i]) for j, errors in result.logged().items()},
                result.synapse_0[i], result.synapse_1[i],
                result.changes_0[i], result.changes_1[i])
            for i, alpha in enumerate(alphas)]
    return Sweep(hidden, seed, iterations, runs)


def sweep_plain(alphas=ALPHAS, hidden: int = 4, iterations: int = 60_000, every: int = 10_000,
                seed: int = 1, arithmetic: str = "2015") -> Sweep:
    """The same sweep as a plain loop over alphas: in the post's arithmetic, the reference the
    batched run must equal; in "numpy", the post's code as written, run by this machine."""
    runs = [Run(float(alpha), *train(alpha, hidden, iterations, every, seed, arithmetic))
            for alpha in alphas]
    return Sweep(hidden, seed, iterations, runs)


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
    runs = [Run(run.alpha, {j: e for j, e in run.errors.items() if j % every == 0},
                run.synapse_0, run.synapse_1, run.synapse_0_direction_changes,
                run.synapse_1_direction_changes)
            for run in found.runs]
    return Sweep(found.hidden, found.seed, found.iterations, runs)
