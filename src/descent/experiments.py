"""The experiments of the article as plain functions that return plain data."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .batched import train_batch
from .network import ALPHAS, X, init_weights, sigmoid, train


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


def sweep(alphas=ALPHAS, hidden: int = 4, iterations: int = 60_000, every: int = 10_000,
          seed: int = 1, progress=None, progress_every: int = 1000) -> Sweep:
    """Train one network per alpha, all from the same seeded start, in one batched run.

    progress(steps_done) is called every progress_every steps (see batched.train_batch).
    """
    synapse_0, synapse_1 = init_weights(X.shape[1], hidden, seed)
    batch = len(alphas)
    result = train_batch(alphas, np.broadcast_to(synapse_0, (batch, *synapse_0.shape)),
                         np.broadcast_to(synapse_1, (batch, *synapse_1.shape)),
                         iterations, every, progress=progress, progress_every=progress_every)
    runs = [Run(float(alpha), {j: float(e[i]) for j, e in result.errors.items()},
                result.synapse_0[i], result.synapse_1[i],
                result.changes_0[i], result.changes_1[i])
            for i, alpha in enumerate(alphas)]
    return Sweep(hidden, seed, iterations, runs)


def sweep_plain(alphas=ALPHAS, hidden: int = 4, iterations: int = 60_000, every: int = 10_000,
                seed: int = 1) -> Sweep:
    """The same sweep as a plain loop over alphas: the reference the batched run must equal."""
    runs = [Run(float(alpha), *train(alpha, hidden, iterations, every, seed)) for alpha in alphas]
    return Sweep(hidden, seed, iterations, runs)


@dataclass
class ThirteenLineRun:
    """The 'just give me the code' network after training."""

    errors: dict[int, float]
    outputs: np.ndarray  # the trained network's prediction for each row of X


def thirteen_line_run(alpha: float = 0.5, hidden: int = 4, iterations: int = 60_000,
                      every: int = 100, seed: int = 1) -> ThirteenLineRun:
    """Train the 13-line net and report its error curve and final outputs."""
    errors, synapse_0, synapse_1, _, _ = train(alpha, hidden, iterations, every, seed)
    outputs = sigmoid(sigmoid(X @ synapse_0) @ synapse_1)
    return ThirteenLineRun(errors, outputs)
