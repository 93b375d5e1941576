"""The optimizer race of the follow-up page: every update rule on the 13-line network.

Each rule first gets its own learning-rate curve (final error against alpha from the seed-1
start, one batched run), read like Explore alpha's: its best alpha before the cliff. Then it
races at that alpha from 20 seeded starts (another batched run).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import engine
from ..optimizers import rule as find_rule
from . import studies
from .store import stored

STEPS = 10_000  # a sixth of the post's 60 000: the fast rules are done long before
# Five alphas per factor of ten, from 0.0001 to 1000; each exponent exact, so 0.001, 0.01, ...
# are in here exactly, as on the Explore alpha page.
RANGE_ALPHAS = 10.0 ** (np.arange(-20, 16) / 5)
RANGE_ALPHAS.setflags(write=False)
SEEDS = 20
HIDDEN = 4
TARGET = 0.01  # "solved": the outputs within about 0.01 of their targets on average


@stored
def alpha_range(rule: str, hidden: int = HIDDEN) -> studies.Curve:
    """Every alpha of RANGE_ALPHAS from the seed-1 start, STEPS steps, one batched run."""
    find_rule(rule)  # an unknown name fails here, before any work
    found = engine.train(RANGE_ALPHAS, *engine.starts([1] * len(RANGE_ALPHAS), hidden), STEPS,
                         rule=rule)
    # A run whose weights overflowed has a NaN error; it failed, as badly as possible.
    return studies.read_curve(hidden, RANGE_ALPHAS, np.nan_to_num(found.final, nan=1.0))


@dataclass(frozen=True)
class Lap:
    """One rule's race: a view of its trained stack, one network per seed at the rule's alpha."""

    rule: str
    seeds: tuple[int, ...]
    trained: engine.Trained  # reached against TARGET

    @property
    def alpha(self) -> float:
        return float(self.trained.alphas[0])

    @property
    def steps(self) -> np.ndarray:
        """(S,) logged steps."""
        return self.trained.steps

    @property
    def errors(self) -> np.ndarray:
        """(seeds, S) mean |error| at those steps, before that step's update."""
        return self.trained.errors

    @property
    def final(self) -> np.ndarray:
        """(seeds,) after the last step."""
        return self.trained.final

    @property
    def reached(self) -> np.ndarray:
        """(seeds,) the first step whose error is below TARGET, or -1."""
        return self.trained.reached

    def passes_to_target(self) -> np.ndarray:
        """Per seed, the passes until the error was below TARGET (inf if it never was): the
        error before step j is measured by pass j + 1."""
        return np.where(self.reached >= 0, self.reached + 1.0, np.inf)

    def median(self) -> np.ndarray:
        return np.median(self.errors, axis=0)


@stored
def race(rule: str, seeds: int = SEEDS, hidden: int = HIDDEN) -> Lap:
    """The rule at its own best alpha (alpha_range's), from seeds 1..seeds, one batched run."""
    find_rule(rule)  # an unknown name fails here, before any work
    alpha = alpha_range(rule, hidden).best[0]
    chosen = tuple(range(1, seeds + 1))
    return Lap(rule, chosen, engine.train(np.full(seeds, alpha), *engine.starts(chosen, hidden),
                                          STEPS, rule=rule, logged=engine.log_steps(STEPS),
                                          target=TARGET))
