"""What the networks that did not converge output: the learning-rate curves' and the seed sweep's
final outputs, one per example, after the same 60 000 steps as their final errors.

A run past the cliff ends on a plateau of the mean error (0.125, 0.25, 0.375, 0.5). The outputs
say which way it got there: an output pinned at sigmoid(0) = 0.5 (every hidden unit outputs 0
for that example, so no slope gets through) adds 0.5 / 4 = 0.125; four outputs at the same end of
the sigmoid, two right and two wrong, add up to 0.5.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import engine, switched
from ..network import ALPHAS, X, y
from .store import stored
from .studies import LEARNING_RATE_ALPHAS

HALF = 0.01  # an output within this of 0.5 is pinned there
END = 0.01  # an output within this of 0 or 1 sits at that end of the sigmoid


def outputs_of(alphas, seeds, hidden: int, iterations: int = 60_000) -> np.ndarray:
    """The final outputs (networks, 4) of one batched run, one network per (alpha, seed)."""
    trained = engine.train(np.asarray(alphas, dtype=float),
                           *engine.starts(list(seeds), hidden), iterations)
    return switched.forward(trained.weights, X, engine.PLAIN)[2][..., 0]


@stored
def curve_outputs(hidden: int) -> np.ndarray:
    """The final outputs (61, 4) of each alpha of studies.learning_rate(hidden), seed 1."""
    alphas = LEARNING_RATE_ALPHAS
    return outputs_of(alphas, [1] * len(alphas), hidden)


@stored
def seed_outputs(seeds: int = 20, hidden: int = 4) -> np.ndarray:
    """The final outputs (seeds, 7, 4) of the article's seven alphas from seeds 1..seeds."""
    pairs = [(alpha, seed) for seed in range(1, seeds + 1) for alpha in ALPHAS]
    found = outputs_of([a for a, _ in pairs], [s for _, s in pairs], hidden)
    return found.reshape(seeds, len(ALPHAS), 4)


@dataclass(frozen=True)
class Reading:
    """How one network's four outputs sit: pinned at 0.5, at the right end, at the wrong end."""

    half: int  # outputs within HALF of 0.5
    right: int  # outputs within END of their target
    wrong: int  # outputs within END of the other end
    same_end: bool  # all four at one end of the sigmoid (all near 0 or all near 1)


def read(outputs) -> Reading:
    """Read one network's four final outputs against the targets."""
    outputs = np.asarray(outputs, dtype=float).reshape(-1)
    targets = y[:, 0]
    distance = np.abs(outputs - targets)
    low, high = np.all(outputs < END), np.all(outputs > 1 - END)
    return Reading(int(np.sum(np.abs(outputs - 0.5) < HALF)), int(np.sum(distance < END)),
                   int(np.sum(distance > 1 - END)), bool(low or high))


NUDGES = 3  # starts nudged by one unit in the last place (runs.ulp's way), seed NUDGE_SEED
NUDGE_SEED = 7
REDRAW_ORDERS = ("sequential", "2-lanes")  # runs.orders' candidate orders of summation


@stored
def past_cliff_redraws(hidden: int) -> dict[str, np.ndarray]:
    """The final errors of every alpha from the learning-rate curve's cliff up, run again in two
    other orders of summation and from NUDGES starts nudged by one ulp: {name: (alphas,) errors},
    with "alphas" the alphas themselves."""
    from . import orders, studies, ulp

    curve = studies.learning_rate(hidden)
    past = curve.alphas[curve.alphas >= curve.breakdown]
    found = {"alphas": np.array(past)}
    for name in REDRAW_ORDERS:
        found[name] = engine.train(past, *engine.starts([1] * len(past), hidden), 60_000,
                                   ops=orders.TRAINED[name]).final
    moves = ulp.draw_moves(X.shape[1] * hidden + hidden, NUDGES, NUDGE_SEED)
    for k, (s0, s1) in enumerate(ulp.nudged_starts(hidden, moves)):
        found[f"nudge {k + 1}"] = engine.train(past, np.repeat(s0[None], len(past), 0),
                                               np.repeat(s1[None], len(past), 0), 60_000).final
    return found
