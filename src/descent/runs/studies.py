"""Studies beyond the article: many alphas, many seeds, each one batched run.

"Final error" here always means the mean |error| of the trained network, measured after the
last of the `iterations` updates: the number the article's loop would print as "Error after
60000 iterations" had it run one step more. It is the same forward pass the training loop
does at the start of every step, so for an alpha that is also in runs.sweeps.sweep it equals
`sweep(iterations=iterations + 1, every=iterations)`'s error at `iterations`, bit for bit.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import engine
from ..network import ALPHAS
from ..optimizers import ALPHA_GRID
from .store import stored
from .sweeps import CURVE_EVERY, ITERATIONS

LEARNING_RATE_ALPHAS = ALPHA_GRID  # the learning-rate study tries plain descent at each

# Breakdown: the first alpha whose final error is at least this many times the lowest final
# error of all smaller alphas. See breakdown_alpha for why 10.
BREAKDOWN_FACTOR = 10.0
BREAKDOWN_RULE = (f"the smallest alpha whose final error is at least {BREAKDOWN_FACTOR:g}x "
                  "the lowest final error of all smaller alphas")


def learning_rate_curve(hidden: int, alphas=LEARNING_RATE_ALPHAS, iterations: int = 60_000,
                        seed: int = 1) -> np.ndarray:
    """Final error (after the last update, see above) of every alpha, all from the same
    seeded start, in one batched run."""
    return engine.train(alphas, *engine.starts([seed] * len(alphas), hidden), iterations).final


def best_alpha(alphas, errors) -> tuple[float, float]:
    """The alpha with the lowest final error (the smaller alpha on a tie), and that error."""
    alphas, errors = np.asarray(alphas, dtype=float), np.asarray(errors, dtype=float)
    if np.isnan(errors).any():  # argmin would crown the NaN
        raise ValueError("final errors contain NaN")
    order = np.argsort(alphas, kind="stable")
    index = order[np.argmin(errors[order])]
    return float(alphas[index]), float(errors[index])


def breakdown_alpha(alphas, errors, factor: float = BREAKDOWN_FACTOR) -> float | None:
    """Where training breaks down: the first alpha (ascending) whose final error is at least
    `factor` times the lowest final error of all smaller alphas; None if none is.

    Why this rule: read from small to large alpha, the curve falls steadily (bigger steps get
    further in 60 000 steps), wobbling up by at most ~1.1x from one alpha to the next, and
    then leaps by two or more decades to a plateau between 0.125 and 0.5 (one to four outputs
    stuck at the wrong end of the sigmoid; which plateau depends on the last bits of the
    arithmetic). Past the leap the curve is a lottery:
    most alphas fail, a few still converge. Comparing against the lowest error so far, not the
    global best, keeps a lucky alpha inside that lottery from moving the edge; the factor 10
    (one decade on the log axis) sits far from both the wobbles and the leaps, so any factor
    from about 1.2 to 100 finds the same alpha at 4 and at 32 hidden units.
    """
    alphas, errors = np.asarray(alphas, dtype=float), np.asarray(errors, dtype=float)
    order = np.argsort(alphas, kind="stable")
    lowest = np.inf
    for index in order:
        if errors[index] >= factor * lowest:
            return float(alphas[index])
        lowest = min(lowest, errors[index])
    return None


@dataclass(frozen=True)
class SeedSweep:
    """The article's alpha sweep repeated from several seeded starts: a view of the trained
    stack, every alpha from the first seed's start, then from the next seed's."""

    seeds: tuple[int, ...]
    hidden: int
    trained: engine.Trained

    @property
    def alphas(self) -> tuple[float, ...]:
        return tuple(float(a) for a in self.trained.grid("alphas", len(self.seeds))[0])

    @property
    def steps(self) -> np.ndarray:
        """(samples,) the iterations at which errors were logged."""
        return self.trained.steps

    @property
    def errors(self) -> np.ndarray:
        """(seeds, alphas, samples) mean |error| logged during training."""
        return self.trained.grid("errors", len(self.seeds))

    @property
    def final(self) -> np.ndarray:
        """(seeds, alphas) final error, after the last update."""
        return self.trained.grid("final", len(self.seeds))

    def lowest_final(self) -> np.ndarray:
        """(seeds, alphas) True where that alpha has its seed's lowest final error (ties: all)."""
        return self.final == self.final.min(axis=1, keepdims=True)


def seed_sweep(alphas=ALPHAS, seeds=range(1, 21), hidden: int = 4, iterations: int = 60_000,
               every: int = 500) -> SeedSweep:
    """Every alpha from every seed's start, all len(seeds) * len(alphas) networks in one run.

    Row s, alpha a starts from init_weights(3, hidden, seeds[s]), so the row of seed 1 is
    runs.sweeps.sweep(alphas, hidden, iterations, every, seed=1) again, bit for bit.
    """
    alphas, seeds = np.asarray(alphas, dtype=float).reshape(-1), tuple(int(s) for s in seeds)
    if len(set(seeds)) != len(seeds):
        raise ValueError("seeds must not repeat")
    found = engine.train(np.tile(alphas, len(seeds)),
                         *engine.starts([seed for seed in seeds for _ in alphas], hidden),
                         iterations, logged=range(0, iterations, every))
    return SeedSweep(seeds, hidden, found)


@dataclass(frozen=True)
class Curve:
    """One hidden size's learning-rate curve and what the page reads off it."""

    hidden: int
    alphas: np.ndarray
    errors: np.ndarray  # final mean |error| of each alpha
    best: tuple[float, float]  # (alpha, final error): the lowest below the breakdown
    breakdown: float | None  # breakdown_alpha
    lucky: tuple[tuple[float, float], ...]  # past the breakdown, yet within the factor of best

    def error_at(self, alpha: float) -> float:
        """The final error of one of the curve's alphas (exact match required)."""
        return float(self.errors[list(self.alphas).index(alpha)])


def read_curve(hidden: int, alphas, errors) -> Curve:
    """What a learning-rate curve says: its best alpha, its breakdown, its lucky runs."""
    alphas, errors = np.asarray(alphas, dtype=float), np.asarray(errors, dtype=float)
    breakdown = breakdown_alpha(alphas, errors)
    below = alphas < breakdown if breakdown is not None else np.full(alphas.shape, True)
    best = best_alpha(alphas[below], errors[below])
    # Past the edge training is a lottery; the few runs that still converge are not a
    # recommendation, so they are kept apart from the best alpha.
    lucky = tuple((float(a), float(e)) for a, e in zip(alphas[~below], errors[~below])
                  if e < BREAKDOWN_FACTOR * best[1])
    return Curve(hidden, np.array(alphas), errors, best, breakdown, lucky)


@stored
def learning_rate(hidden: int) -> Curve:
    """All 61 alphas at this hidden size from the seed-1 start, one batched run."""
    alphas = LEARNING_RATE_ALPHAS
    return read_curve(hidden, alphas, learning_rate_curve(hidden, alphas, ITERATIONS, seed=1))


@stored
def seed_variance(seeds: int = 20, hidden: int = 4) -> SeedSweep:
    """The article's seven alphas from seeds 1..seeds, sampled like the article's sweep plots
    (so seed 1's row is runs.sweeps.article_sweep again, bit for bit)."""
    return seed_sweep(ALPHAS, range(1, seeds + 1), hidden, ITERATIONS, CURVE_EVERY)


ARTICLE_BEST = 10.0  # the alpha the article found best from seed 1; tested, not assumed


@dataclass(frozen=True)
class Verdict:
    """Whether one alpha wins beyond seed 1, as numbers."""

    alpha: float  # the alpha asked about
    wins: int  # seeds in which it has the lowest final error of the alphas
    seeds: int
    lowest_median: float  # the alpha with the lowest median final error
    seed_one_best: float | None  # the alpha with the lowest final error from seed 1


def wins(found: SeedSweep) -> np.ndarray:
    """Per alpha: in how many seeds it had the lowest final error (a tie counts for each)."""
    return found.lowest_final().sum(axis=0)


def verdict(found: SeedSweep, alpha: float = ARTICLE_BEST) -> Verdict:
    medians = np.median(found.final, axis=0)
    index = found.alphas.index(alpha)
    seed_one = found.final[found.seeds.index(1)] if 1 in found.seeds else None
    return Verdict(alpha, int(wins(found)[index]), len(found.seeds),
                   found.alphas[int(np.argmin(medians))],
                   found.alphas[int(np.argmin(seed_one))] if seed_one is not None else None)
