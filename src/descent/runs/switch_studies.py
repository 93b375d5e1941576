"""The future-work list of Part 6 as switches on the 13-line net: one question per switch.

Every run starts from the article's seeded weights (engine.starts) and trains with engine.train;
"final error" is the mean |error| on all four examples after the last update, as in studies.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import engine, switched
from ..engine import starts as _starts
from ..network import X
from . import dropout
from .store import stored
from .studies import best_alpha, breakdown_alpha

# Five alphas per decade from 0.001 to 1000, each exponent exact (so 0.001, ..., 1000 are in).
CLIFF_ALPHAS = 10.0 ** (np.arange(-15, 16) / 5)
CLIFF_ALPHAS.setflags(write=False)
CLIP = 0.01  # the clipping bound of the cliff study (0.1 bites but leaves the cliffs in place)
CLIFF_SWITCHES = {"plain": switched.Switches(), "clipped": switched.Switches(clip=CLIP),
                  "batch norm": switched.Switches(batch_norm=True)}
BATCH_SIZES = (1, 2, 4)
LAMBDAS = (0.0, 1e-5, 1e-4, 1e-3, 1e-2)


def _check(hidden, iterations, seeds=1):
    if hidden < 1 or iterations < 1 or seeds < 1:
        raise ValueError("hidden, iterations and seeds must be at least 1")


@dataclass(frozen=True)
class Paired:
    """The same seeds trained without and with one switch."""

    hidden: int
    alpha: float
    iterations: int
    seeds: tuple[int, ...]
    without: np.ndarray  # (seeds,) final error
    with_: np.ndarray  # (seeds,) final error


@stored
def output_bias(hidden: int, alpha: float = 1.0, iterations: int = 10_000,
                seeds: int = 20) -> Paired:
    """Seeds 1..seeds without and with a trained bias on the output unit.

    Without it, these are the plain networks of the dropout study (same seeds, alpha and steps),
    read from there rather than trained twice."""
    _check(hidden, iterations, seeds)
    chosen = tuple(range(1, seeds + 1))
    without = dropout.redundancy(hidden, alpha=alpha, iterations=iterations, seeds=seeds)
    found = engine.train([alpha] * seeds, *_starts(chosen, hidden), iterations,
                         switches=switched.Switches(output_bias=True))
    return Paired(hidden, alpha, iterations, chosen, without.final["plain"], found.final)


@dataclass(frozen=True)
class MiniBatches:
    """Error curves (median over seeds) for each batch size, sampled every `every` steps."""

    hidden: int
    alpha: float
    seeds: tuple[int, ...]
    steps: np.ndarray  # (samples,) steps done when each error was measured
    median: dict[int, np.ndarray]  # batch size -> (samples,) median mean |error| of the seeds
    final: dict[int, np.ndarray]  # batch size -> (seeds,) final error

    def epochs(self, batch_size: int) -> np.ndarray:
        """Passes through the four examples made by each sample's step count."""
        return self.steps * batch_size / len(X)


@stored
def mini_batches(hidden: int = 4, alpha: float = 1.0, iterations: int = 10_000,
                 every: int = 100, seeds: int = 20) -> MiniBatches:
    """1, 2 and 4 examples per step, in the fixed order 0, 1, 2, 3 (no shuffle), seeds 1..seeds."""
    _check(hidden, iterations, seeds)
    chosen = tuple(range(1, seeds + 1))
    start = _starts(chosen, hidden)
    median, final = {}, {}
    for size in BATCH_SIZES:
        found = engine.train([alpha] * seeds, *start, iterations,
                             switches=switched.Switches(batch_size=size),
                             logged=range(0, iterations, every))
        median[size] = np.append(np.median(found.errors, axis=0), np.median(found.final))
        final[size] = found.final
    steps = np.append(np.arange(0, iterations, every), iterations)
    return MiniBatches(hidden, alpha, chosen, steps, median, final)


@dataclass(frozen=True)
class Cliff:
    """One learning-rate curve (seed 1) with one switch setting, read like studies.Curve."""

    hidden: int
    name: str
    iterations: int
    alphas: np.ndarray
    errors: np.ndarray  # (alphas,) final error
    breakdown: float | None  # studies.breakdown_alpha
    best: tuple[float, float]  # lowest (alpha, error) below the breakdown


@stored
def cliff(hidden: int, name: str, iterations: int = 10_000) -> Cliff:
    """All CLIFF_ALPHAS from the seed-1 start with the switches CLIFF_SWITCHES[name]."""
    if name not in CLIFF_SWITCHES:
        raise ValueError(f"name must be one of {tuple(CLIFF_SWITCHES)}")
    _check(hidden, iterations)
    alphas = CLIFF_ALPHAS
    with np.errstate(over="ignore", invalid="ignore"):  # huge alphas overflow: that is the data
        errors = engine.train(alphas, *_starts([1] * len(alphas), hidden), iterations,
                              switches=CLIFF_SWITCHES[name]).final
    breakdown = breakdown_alpha(alphas, errors)
    below = alphas < breakdown if breakdown is not None else np.full(alphas.shape, True)
    return Cliff(hidden, name, iterations, np.array(alphas), errors, breakdown,
                 best_alpha(alphas[below], errors[below]))


@dataclass(frozen=True)
class Decay:
    """L2 regularization: final error and largest |weight| per (alpha, lambda), seed 1."""

    hidden: int
    iterations: int
    alphas: tuple[float, ...]
    lambdas: tuple[float, ...]
    final: np.ndarray  # (alphas, lambdas); NaN where the weights overflowed
    largest: np.ndarray  # (alphas, lambdas) largest |weight| of synapse_0 and synapse_1


@stored
def l2(hidden: int = 4, alphas=(10.0, 1000.0), lambdas=LAMBDAS,
       iterations: int = 10_000) -> Decay:
    """Every (alpha, lambda) pair from the seed-1 start, in one batch."""
    _check(hidden, iterations)
    alphas, lambdas = tuple(float(a) for a in alphas), tuple(float(v) for v in lambdas)
    pairs = [(a, decay) for a in alphas for decay in lambdas]
    # alpha * lambda > 2 makes the decay itself overshoot and grow (the bucket of Part 3);
    # the overflow that follows is the result, kept as NaN.
    with np.errstate(over="ignore", invalid="ignore"):
        found = engine.train([a for a, _ in pairs], *_starts([1] * len(pairs), hidden), iterations,
                             switches=switched.Switches(l2=tuple(d for _, d in pairs)))
    w, shape = found.weights, (len(alphas), len(lambdas))
    largest = np.maximum(np.abs(w.synapse_0).max(axis=(1, 2)),
                         np.abs(w.synapse_1).max(axis=(1, 2)))
    return Decay(hidden, iterations, alphas, lambdas, found.final.reshape(shape),
                 largest.reshape(shape))
