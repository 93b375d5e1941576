"""Candidate arithmetics for the post's 2015 computer, and one rounding changed in the site's.

Why: every stored run trains in the arithmetic recovered from the post's printed numbers
(descent.post_arithmetic: `np.dot(layer_1, synapse_1)` in four lanes, no fused multiply-add, a
correctly rounded exp). "Checked against the post" shows how that arithmetic stands against its
neighbours: `candidate_sweep` trains the article's sweeps (seven alphas from the seed-1 start,
60 000 steps, at 4 and 32 hidden units) in each candidate of TRAINED, and
readings.order_readings compares them with the numbers the post printed.

And why its last five numbers differ: `flipped` trains the run they come from (alpha 10 at 32
hidden units) with one exp of step 104 rounded the other way (FLIP_*). That is a fit with one
free choice, made to see whether a single rounding can account for them, not evidence.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import engine, fused, post_arithmetic
from ..network import ALPHAS
from ..rounded_exp import exp
from .store import stored
from .sweeps import ITERATIONS, LOG_EVERY, Sweep, sweep


@dataclass(frozen=True)
class Orders:
    """The post's arithmetic with another order for `np.dot(layer_1, synapse_1)` (its lanes)
    and, if fused, a fused multiply-add in every accumulation of it and of the transposed
    products (`layer_1.T.dot(layer_2_delta)`, `X.T.dot(layer_1_delta)`): the first product
    rounded, then acc = fma(a_i, b_i, acc) in order (descent.fused, exact). Every other
    operation is descent.post_arithmetic's, so engine.train takes it as its ops."""

    lanes: int = post_arithmetic.LANES
    fused: bool = False

    def __post_init__(self):
        if self.fused and self.lanes != 1:
            raise ValueError("the fused candidate accumulates in one lane (lanes=1)")

    def __getattr__(self, name):  # the operations it does not change: the post's
        return getattr(post_arithmetic, name)

    def lanes_dot(self, layer_1, synapse_1):
        if self.fused:
            return fused.fma_sum(layer_1, np.swapaxes(synapse_1, -1, -2), axis=-1, keepdims=True)
        return post_arithmetic.lanes_dot(layer_1, synapse_1, self.lanes)

    def rows_dot(self, left, right):
        if self.fused:
            return fused.fma_sum(left[..., :, :, None], right[..., :, None, :], axis=-3)
        return post_arithmetic.rows_dot(left, right)


# The candidates trained here, by name (readings.order_readings adds today's numpy and the site's
# own arithmetic, four lanes, whose sweeps are stored by runs.sweeps).
TRAINED = {"sequential": Orders(lanes=1), "sequential-fma": Orders(lanes=1, fused=True),
           "2-lanes": Orders(lanes=2)}


@stored
def candidate_sweep(candidate: str, hidden: int) -> Sweep:
    """The article's sweep (7 alphas, seed 1, 60 000 steps, errors every 10 000, direction
    counts) in one candidate arithmetic of TRAINED, as one batched run."""
    return sweep(ALPHAS, hidden, ITERATIONS, LOG_EVERY, seed=1, ops=TRAINED[candidate])


# The one rounding: step 104 (counted from 0, as the post's loop counts j), hidden unit 19, the
# example X[1] = [0, 1, 1], in the alpha-10 network with 32 hidden units, where exp's argument
# should be FLIP_ARGUMENT, whose exact exp lies just below a midpoint between two doubles.
FLIP_ALPHA, FLIP_HIDDEN, FLIP_STEP, FLIP_UNIT, FLIP_ROW = 10.0, 32, 104, 19, 1
FLIP_ARGUMENT = float.fromhex("0x1.46116c193e9ep-2")


def exact_exp(argument: float):
    """exp(argument) to 200 bits (MPFR, gmpy2's mpfr)."""
    import gmpy2

    with gmpy2.context(gmpy2.get_context(), precision=200):
        return gmpy2.exp(gmpy2.mpfr(argument))


class _OneFlipped:
    """The post's arithmetic, but at step FLIP_STEP one exp of the hidden layer (at FLIP_ROW,
    FLIP_UNIT) is rounded the other way; it records the argument and both roundings there."""

    def __init__(self):
        self.hidden_calls = 0  # the hidden layer's sigmoid runs once per step (then the output's)
        self.met = None

    def __getattr__(self, name):  # every other operation: the post's
        return getattr(post_arithmetic, name)

    def sigmoid(self, x, out=None):
        if x.shape[-1] != FLIP_HIDDEN:
            return post_arithmetic.sigmoid(x, out)
        step, self.hidden_calls = self.hidden_calls, self.hidden_calls + 1
        if step != FLIP_STEP:
            return post_arithmetic.sigmoid(x, out)
        # post_arithmetic.sigmoid's operations, with one exp changed between them
        values = np.negative(x)
        exp(values, out=values)
        place = (..., FLIP_ROW, FLIP_UNIT)
        argument, rounded = float(-x[place][0]), float(values[place][0])
        other = float(np.nextafter(rounded, np.inf if exact_exp(argument) > rounded else -np.inf))
        values[place] = other
        self.met = (argument, rounded, other)
        values += 1
        result = np.divide(1, values, out=values)
        if out is None:
            return result
        out[...] = result
        return out


@dataclass(frozen=True)
class Flipped:
    """The alpha-10, 32-hidden run with one exp rounded the other way."""

    errors: dict[int, float]  # the logged errors (every 10 000 steps), as the article's log
    argument: float  # the exp argument met at the flipped place
    rounded: float  # its exp correctly rounded, and the other double put in its place
    other: float


@stored
def flipped() -> Flipped:
    """Alpha 10 at 32 hidden units from the seed-1 start, 60 000 steps, in the post's
    arithmetic except for one exp of step FLIP_STEP rounded the other way."""
    ops = _OneFlipped()
    synapse_0, synapse_1 = engine.starts([1], FLIP_HIDDEN)
    result = engine.train([FLIP_ALPHA], synapse_0, synapse_1, ITERATIONS,
                          logged=range(0, ITERATIONS, LOG_EVERY), ops=ops)
    if ops.met is None:
        raise RuntimeError(f"step {FLIP_STEP}'s hidden layer was never reached")
    return Flipped({j: float(errors[0]) for j, errors in result.logged().items()}, *ops.met)
