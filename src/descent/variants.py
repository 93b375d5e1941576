"""The 13-line net's pass with switches: dropout, DropConnect, output bias, mini-batches, clipping,
L2, batch normalization. A stack of networks on a leading batch axis; descent.engine trains it.
With every switch off it computes network.train's numbers bit for bit (the same operations in the
same order).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .network import X, sigmoid, sigmoid_output_to_derivative, y

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


def forward(w: Weights, inputs, switches: Switches, unit_mask=None, weight_mask=None):
    """layer_1, layer_2 and what the backward pass needs; masks already scaled by 1/(1-p)."""
    synapse_0 = w.synapse_0 if weight_mask is None else w.synapse_0 * weight_mask
    layer_1_in = np.matmul(inputs, synapse_0)
    norm = None
    if switches.batch_norm:
        centred = layer_1_in - layer_1_in.mean(axis=1, keepdims=True)
        inv_std = 1 / np.sqrt((centred ** 2).mean(axis=1, keepdims=True) + EPSILON)
        norm = (centred * inv_std, inv_std)
        layer_1_in = w.gamma * norm[0] + w.beta
    layer_1 = sigmoid(layer_1_in)
    # --8<-- [start:dropout]
    # Dropout: a dropped unit outputs 0; a kept one is scaled by
    # 1/(1-p), so that each unit's expected output, and so layer_2's
    # input, is what it would be without the mask.
    used_1 = layer_1 if unit_mask is None else layer_1 * unit_mask
    # --8<-- [end:dropout]
    layer_2_in = used_1 @ w.synapse_1
    if switches.output_bias:
        layer_2_in = layer_2_in + w.bias_1
    return layer_1, used_1, sigmoid(layer_2_in), norm


def derivatives(w: Weights, inputs, targets, switches: Switches, unit_mask=None,
                weight_mask=None):
    """The slope of 0.5 * sum(error**2) (+ 0.5 * l2 * sum(synapse**2)) for each trained array."""
    layer_1, used_1, layer_2, norm = forward(w, inputs, switches, unit_mask, weight_mask)
    layer_2_delta = (layer_2 - targets) * sigmoid_output_to_derivative(layer_2)
    layer_1_delta = layer_2_delta @ np.swapaxes(w.synapse_1, 1, 2)
    # --8<-- [start:dropout_slope]
    if unit_mask is not None:  # a dropped unit passes no slope back
        layer_1_delta = layer_1_delta * unit_mask
    layer_1_delta *= sigmoid_output_to_derivative(layer_1)
    # --8<-- [end:dropout_slope]
    slopes = {"synapse_1": np.swapaxes(used_1, 1, 2) @ layer_2_delta}
    if switches.output_bias:
        slopes["bias_1"] = layer_2_delta.sum(axis=1, keepdims=True)
    if switches.batch_norm:
        standard, inv_std = norm
        slopes["gamma"] = (layer_1_delta * standard).sum(axis=1, keepdims=True)
        slopes["beta"] = layer_1_delta.sum(axis=1, keepdims=True)
        # Back through the standardization: the mean and variance depend on every example.
        d_standard = layer_1_delta * w.gamma
        layer_1_delta = inv_std * (d_standard - d_standard.mean(axis=1, keepdims=True)
                                   - standard * (d_standard * standard).mean(axis=1, keepdims=True))
    slopes["synapse_0"] = inputs.T @ layer_1_delta
    if weight_mask is not None:
        slopes["synapse_0"] = slopes["synapse_0"] * weight_mask
    if np.any(switches.l2):
        decay = np.reshape(switches.l2, (-1, 1, 1))  # one lambda per network, or one for all
        for name in ("synapse_0", "synapse_1"):
            slopes[name] = slopes[name] + decay * getattr(w, name)
    if switches.clip is not None:
        slopes = {name: np.clip(s, -switches.clip, switches.clip) for name, s in slopes.items()}
    return slopes


def mean_errors_of(layer_2_error) -> np.ndarray:
    """Mean |error| of each network of a stack, as the post's loop prints it (the same sum of
    four numbers in the same order, so the same bits; tested)."""
    return np.mean(np.abs(layer_2_error), axis=(1, 2))


def mean_errors(w: Weights, switches: Switches) -> np.ndarray:
    """Mean |error| of each network on all 4 examples, without masks (the same arithmetic as
    network.train's printed error)."""
    return mean_errors_of(forward(w, X, switches)[2] - y)


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
        # This step's numbers in [0, 1), one per unit:
        uniform = self.drawn[j % _CHUNK]
        keep = uniform >= self.p  # True with probability 1 - p
        return keep / (1 - self.p)  # 0 where dropped, 1 / (1 - p) where kept
        # --8<-- [end:mask]


class SwitchedPass:
    """The engine's pass with switches: derivatives on this step's examples and masks."""

    lean = False

    def __init__(self, w: Weights, switches: Switches, seeds):
        self.w, self.switches = w, switches
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

    def slopes(self, j):
        size = self.switches.batch_size
        rows = slice((j % self.per_epoch) * size, (j % self.per_epoch + 1) * size)
        return derivatives(self.w, X[rows], y[rows], self.switches,
                           self.unit_masks.step(j) if self.unit_masks is not None else None,
                           self.weight_masks.step(j) if self.weight_masks is not None else None)

    def error(self):
        return mean_errors(self.w, self.switches)
