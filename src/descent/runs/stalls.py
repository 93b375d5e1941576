"""Why the article's large alphas stop: its seed-1 sweep trained again in two halves.

The post reads alpha 100 as weights that "jump around" and alpha 1000 as divergence. To see what
the weights actually do late in training, the seven alphas are trained for 30 000 steps, the
weights kept, and trained 30 000 steps more from there, counting the sign changes of each
weight's slope in that second half only. Plain gradient descent keeps no state but the weights,
so the second half ends on runs.sweeps.article_sweep's final weights bit for bit (tested).
`outputs` then reads what the trained network computes for each of the four examples.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import engine, post_arithmetic
from ..network import ALPHAS, X
from .store import stored
from .sweeps import ITERATIONS

HALF = ITERATIONS // 2


@dataclass(frozen=True)
class Halves:
    """The article's seven alphas from seed 1, trained in two halves of 30 000 steps."""

    hidden: int
    first: engine.Trained  # the first half, from the seed-1 start
    second: engine.Trained  # the second half, from where the first ended, direction changes counted

    @property
    def alphas(self) -> tuple[float, ...]:
        return tuple(float(a) for a in self.first.alphas)

    def index(self, alpha: float) -> int:
        return self.alphas.index(alpha)

    def moved(self, alpha: float) -> float:
        """The largest change of any one weight over the last 30 000 steps."""
        i = self.index(alpha)
        return float(max(np.abs(self.second.synapse_0[i] - self.first.synapse_0[i]).max(),
                         np.abs(self.second.synapse_1[i] - self.first.synapse_1[i]).max()))

    def direction_changes(self, alpha: float) -> int:
        """How many direction changes all weights made together over the last 30 000 steps."""
        i = self.index(alpha)
        return int(self.second.synapse_0_direction_changes[i].sum()
                   + self.second.synapse_1_direction_changes[i].sum())


@stored
def halves(hidden: int = 4) -> Halves:
    """The seven alphas from seed 1, 30 000 steps, then 30 000 more counting direction changes."""
    first = engine.train(ALPHAS, *engine.starts([1] * len(ALPHAS), hidden), HALF)
    return Halves(hidden, first, engine.train(ALPHAS, first.synapse_0, first.synapse_1,
                                              ITERATIONS - HALF, direction_changes=True))


def outputs(synapse_0: np.ndarray, synapse_1: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(hidden layer (4, hidden), output (4,)) of one trained network, in the post's arithmetic."""
    layer_1 = post_arithmetic.sigmoid(post_arithmetic.inputs_dot(X, np.array(synapse_0)))
    layer_2 = post_arithmetic.sigmoid(post_arithmetic.lanes_dot(layer_1, np.array(synapse_1)))
    return layer_1, layer_2[:, 0]


def final_outputs(alpha: float, hidden: int = 4) -> tuple[np.ndarray, np.ndarray]:
    """The hidden layer and the outputs of one alpha's network after 60 000 steps."""
    found = halves(hidden)
    i = found.index(alpha)
    return outputs(found.second.synapse_0[i], found.second.synapse_1[i])


def final_error(alpha: float, hidden: int = 4) -> float:
    """The mean |error| of one alpha's network after 60 000 steps (what the lab reports)."""
    found = halves(hidden)
    return float(found.second.final[found.index(alpha)])
