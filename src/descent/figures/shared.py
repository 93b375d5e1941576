"""Computations several figures share, done once per process."""

from __future__ import annotations

from functools import cache

from .. import experiments
from ..network import ALPHAS

ITERATIONS = 60_000
LOG_EVERY = 10_000  # the article's console logs print every 10 000 iterations
CURVE_EVERY = 500  # the plots sample the same runs more densely; logging never alters training


@cache
def alpha_sweep(hidden: int = 4) -> experiments.Sweep:
    """The article's sweep over its 7 alphas from the seed-1 start, errors every 500 steps."""
    return experiments.sweep(ALPHAS, hidden, ITERATIONS, CURVE_EVERY, seed=1)


def as_logged(sweep: experiments.Sweep, every: int = LOG_EVERY) -> experiments.Sweep:
    """The same runs with only the errors the article printed, for the console logs."""
    runs = [experiments.Run(run.alpha, {j: e for j, e in run.errors.items() if j % every == 0},
                            run.synapse_0, run.synapse_1, run.synapse_0_direction_changes,
                            run.synapse_1_direction_changes)
            for run in sweep.runs]
    return experiments.Sweep(sweep.hidden, sweep.seed, sweep.iterations, runs)
