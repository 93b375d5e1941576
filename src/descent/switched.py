"""The 13-line net's pass with switches: dropout, DropConnect, output bias, mini-batches, clipping,
L2, batch normalization. A stack of networks on a leading batch axis; descent.engine trains it.
With every switch off it computes network.train's numbers bit for bit (the same operations in the
same order, in the post's 2015 arithmetic: descent.post_arithmetic).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from . import post_arithmetic
from .network import X, sigmoid_output_to_derivative, y
from .post_arithmetic import rows_sum

MASK_STREAM = 1  # masks of the network of seed s come from RandomState([s, MASK_STREAM])
EPSILON = 1e-5  # batch normalization's guard against a zero variance (the paper's choice)
_CHUNK = 256  # steps of masks drawn per call: fewer calls, the same numbers as one per step


@dataclass(frozen=True)
class Switches:
    """What differs from the plain net; the defaults are the plain net."""

    # Dropout, DropConnect and L2 take one number, or one per network of a stack.
    dropout: float | tuple[float, ...] = 0.0  # p: each hidden unit is dropped with probability p
    dropconnect: float | tuple[float, ...] = 0.0  # p: each weight of synapse_0 likewise
    output_bias: bool = False  # a trained bias on layer_2, starting at 0
    batch_size: int = 4  # examples per step, taken in the fixed order 0, 1, 2, 3, 0, ...
    clip: float | None = None  # every derivative is clipped to [-clip, clip]
    l2: float | tuple[float, ...] = 0.0  # lambda (or one per network): slope += l2 * synapse
    batch_norm: bool = False  # layer_1 = sigmoid(gamma * standardized(X @ synapse_0) + beta)

    def __post_init__(self):
        for name in ("dropout", "dropconnect", "l2"):
            if np.ndim(getattr(self, name)):  # a tuple, so that switches compare with ==
                object.__setattr__(self, name, tuple(float(v) for v in getattr(self, name)))
        for name in ("dropout", "dropconnect"):
            p = np.asarray(getattr(self, name), dtype=float)
            if not np.all((0 <= p) & (p < 1)):
                raise ValueError(f"{name} must be a probability in [0, 1), one or one per network")
        try:
            both = np.any((np.asarray(self.dropout) > 0) & (np.asarray(self.dropconnect) > 0))
        except ValueError:
            raise ValueError("dropout and dropconnect need as many numbers as networks") from None
        if both:
            raise ValueError("dropout and dropconnect are compared, not combined: pick one "
                             "per network")
        if self.batch_size not in (1, 2, 4):
            raise ValueError("batch_size must be 1, 2 or 4 (it divides the 4 examples)")
        if self.clip is not None and not self.clip > 0:
            raise ValueError("clip must be a positive bound or None")
        if not np.all(np.asarray(self.l2, dtype=float) >= 0):
            raise ValueError("l2 must be >= 0 (one number, or one per network)")
        if self.batch_norm and self.batch_size != 4:
            raise ValueError("batch_norm needs all 4 examples in each step")


@dataclass
class Weights:
    """Everything trained, one leading row per network."""

    synapse_0: np.ndarray  # (B, n_in, hidden)
    synapse_1: np.ndarray  # (B, hidden, 1)
    bias_1: np.ndarray = field(default=None)  # (B, 1, 1) the output bias, if switched on
    gamma: np.ndarray = field(default=None)  # (B, 1, hidden) batch norm's scale and shift
    beta: np.ndarray = field(default=None)


def forward(w: Weights, inputs, switches: Switches, unit_mask=None, weight_mask=None,
            ops=post_arithmetic):
    """layer_1, layer_2 and what the backward pass needs; masks already scaled by 1/(1-p).
    ops: the arithmetic of the products, sigmoid and mean (the post's, unless another is
    being compared with it)."""
    synapse_0 = w.synapse_0 if weight_mask is None else w.synapse_0 * weight_mask
    layer_1_in = ops.inputs_dot(inputs, synapse_0)
    norm = None
    if switches.batch_norm:
        rows = layer_1_in.shape[-2]
        centred = layer_1_in - rows_sum(layer_1_in) / rows
        inv_std = 1 / np.sqrt(rows_sum(centred * centred) / rows + EPSILON)
        norm = (centred * inv_std, inv_std)
        layer_1_in = w.gamma * norm[0] + w.beta
    layer_1 = ops.sigmoid(layer_1_in, out=layer_1_in)  # a fresh array: in place is safe
    # --8<-- [start:dropout]
    # Dropout: a dropped unit outputs 0; a kept one is scaled by
    # 1/(1-p), so that each unit's expected output, and so layer_2's
    # input, is what it would be without the mask.
    used_1 = layer_1 if unit_mask is None else layer_1 * unit_mask
    # --8<-- [end:dropout]
    layer_2_in = ops.lanes_dot(used_1, w.synapse_1)
    if switches.output_bias:
        layer_2_in = layer_2_in + w.bias_1
    return layer_1, used_1, ops.sigmoid(layer_2_in, out=layer_2_in), norm


def derivatives(w: Weights, inputs, targets, switches: Switches, unit_mask=None,
                weight_mask=None, seen=None, ops=post_arithmetic):
    """The slope of 0.5 * sum(error**2) (+ 0.5 * l2 * sum(synapse**2)) for each trained array;
    seen, a dict, is given the pass's layer_2_error."""
    layer_1, used_1, layer_2, norm = forward(w, inputs, switches, unit_mask, weight_mask, ops)
    layer_2_error = layer_2 - targets
    if seen is not None:
        seen["layer_2_error"] = layer_2_error
    layer_2_delta = layer_2_error * sigmoid_output_to_derivative(layer_2)
    layer_1_delta = ops.outer_dot(layer_2_delta, w.synapse_1)
    # --8<-- [start:dropout_slope]
    if unit_mask is not None:  # a dropped unit passes no slope back
        layer_1_delta = layer_1_delta * unit_mask
    layer_1_delta *= sigmoid_output_to_derivative(layer_1)
    # --8<-- [end:dropout_slope]
    slopes = {"synapse_1": ops.rows_dot(used_1, layer_2_delta)}
    if switches.output_bias:
        slopes["bias_1"] = rows_sum(layer_2_delta)
    if switches.batch_norm:
        standard, inv_std = norm
        rows = standard.shape[-2]
        slopes["gamma"] = rows_sum(layer_1_delta * standard)
        slopes["beta"] = rows_sum(layer_1_delta)
        # Back through the standardization: the mean and variance depend on every example.
        d_standard = layer_1_delta * w.gamma
        layer_1_delta = inv_std * (d_standard - rows_sum(d_standard) / rows
                                   - standard * (rows_sum(d_standard * standard) / rows))
    slopes["synapse_0"] = ops.rows_dot(inputs, layer_1_delta)
    if weight_mask is not None:
        slopes["synapse_0"] = slopes["synapse_0"] * weight_mask
    if np.any(switches.l2):
        decay = np.reshape(switches.l2, (-1, 1, 1))  # one lambda per network, or one for all
        for name in ("synapse_0", "synapse_1"):
            slopes[name] = slopes[name] + decay * getattr(w, name)
    if switches.clip is not None:
        slopes = {name: np.clip(s, -switches.clip, switches.clip) for name, s in slopes.items()}
    return slopes


def mean_errors(w: Weights, switches: Switches, ops=post_arithmetic) -> np.ndarray:
    """Mean |error| of each network on all 4 examples, without masks (the same arithmetic as
    network.train's printed error)."""
    return ops.mean_abs(forward(w, X, switches, ops=ops)[2] - y)


class Masks:
    """Each network's masks from its own stream, separate from the weights' RandomState(seed).

    p is one probability or one per network; a network with p = 0 draws nothing and gets a
    mask of ones, which multiplies every number by exactly 1 (so it trains as without one).
    """

    def __init__(self, seeds, shape, p):
        self.p = np.broadcast_to(np.reshape(np.asarray(p, dtype=float), (-1, 1, 1)),
                                 (len(seeds), 1, 1))
        self.streams = [np.random.RandomState([int(s), MASK_STREAM]) if q > 0 else None
                        for s, q in zip(seeds, self.p.ravel())]
        self.shape, self.drawn = shape, None

    def step(self, j):
        if j % _CHUNK == 0:  # one draw per network per chunk: the same numbers, fewer calls
            self.drawn = np.stack([s.random_sample((_CHUNK, *self.shape)) if s is not None
                                   else np.zeros((_CHUNK, *self.shape)) for s in self.streams],
                                  axis=1)
        # --8<-- [start:mask]
        # This step's numbers in [0, 1), one per masked entry (dropout: per example and unit):
        uniform = self.drawn[j % _CHUNK]
        keep = uniform >= self.p  # True with probability 1 - p
        return keep / (1 - self.p)  # 0 where dropped, 1 / (1 - p) where kept
        # --8<-- [end:mask]


class SwitchedPass:
    """The engine's pass: derivatives on this step's examples and masks (if switched on)."""

    def __init__(self, w: Weights, switches: Switches, seeds, ops=post_arithmetic):
        self.w, self.switches, self.ops = w, switches, ops
        batch, n_in, hidden = w.synapse_0.shape
        if switches.output_bias:
            w.bias_1 = np.zeros((batch, 1, 1))  # 0: the weights' random stream stays the article's
        if switches.batch_norm:
            w.gamma, w.beta = np.ones((batch, 1, hidden)), np.zeros((batch, 1, hidden))
        self.unit_masks = self.weight_masks = None
        if np.any(switches.dropout):
            self.unit_masks = Masks(seeds, (switches.batch_size, hidden), switches.dropout)
        if np.any(switches.dropconnect):
            self.weight_masks = Masks(seeds, (n_in, hidden), switches.dropconnect)
        self.per_epoch = len(X) // switches.batch_size
        # The step's own error is the logged one where it saw all 4 examples, unmasked,
        # as in the post's loop; otherwise the error is measured by a pass of its own.
        self.seen = {} if switches.batch_size == len(X) and not (
            np.any(switches.dropout) or np.any(switches.dropconnect)) else None

    def slopes(self, j):
        size = self.switches.batch_size
        rows = slice((j % self.per_epoch) * size, (j % self.per_epoch + 1) * size)
        return derivatives(self.w, X[rows], y[rows], self.switches,
                           self.unit_masks.step(j) if self.unit_masks is not None else None,
                           self.weight_masks.step(j) if self.weight_masks is not None else None,
                           self.seen, self.ops)

    def error(self):
        if self.seen is not None:
            return self.ops.mean_abs(self.seen["layer_2_error"])
        return mean_errors(self.w, self.switches, self.ops)
