"""Train a whole stack of networks at once: one leading batch axis, one np.matmul per layer."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .network import X, y


@dataclass
class BatchResult:
    """What a batched run leaves behind, one leading row per network."""

    errors: dict[int, np.ndarray]  # iteration -> mean |error| of each network, shape (B,)
    synapse_0: np.ndarray  # (B, n_in, hidden)
    synapse_1: np.ndarray  # (B, hidden, 1)
    changes_0: np.ndarray | None  # update-direction changes per weight of synapse_0
    changes_1: np.ndarray | None  # (both None when the run was asked not to count them)


def _sigmoid_into(x, out):
    """out = 1 / (1 + exp(-x)), in place, with the same rounding as the plain formula."""
    np.negative(x, out=out)
    with np.errstate(over="ignore"):
        np.exp(out, out=out)
    out += 1
    np.divide(1, out, out=out)


_CHUNK = 1024


def _count_flips(falling, first, last, changes):
    """Add the direction flips between rows first-1..last to changes; carry row last over."""
    changes += np.sum(falling[first:last + 1] != falling[first - 1:last], axis=0)
    falling[0] = falling[last]


def train_batch(alphas, synapse_0, synapse_1, iterations: int = 60_000, every: int = 10_000,
                inputs=X, targets=y, count_changes: bool = True, progress=None,
                progress_every: int = 1000) -> BatchResult:
    """Run network.train for B networks at once; bit-for-bit the same numbers, much faster.

    alphas has shape (B,); synapse_0 (B, n_in, hidden) and synapse_1 (B, hidden, 1) are the
    starting weights (copied, never modified), so a batch may mix alphas and seeds freely.
    count_changes=False skips the update-direction counts (changes_0/1 come back None) and
    saves some time; the errors and weights are the same numbers either way.
    progress, if given, is called with the number of steps done every progress_every steps;
    it only watches (the command line prints from it), so the numbers are the same with it.
    """
    synapse_0 = np.array(synapse_0, dtype=float)
    synapse_1 = np.array(synapse_1, dtype=float)
    alpha = np.asarray(alphas, dtype=float).reshape(-1, 1, 1)
    batch, _, hidden = synapse_0.shape
    inputs_T = inputs.T
    # Preallocated buffers: at these tiny sizes the cost is per numpy call, not per number,
    # so every temporary we avoid is time saved.
    layer_1 = np.empty((batch, len(inputs), hidden))
    layer_2 = np.empty((batch, len(inputs), 1))
    layer_2_error = np.empty_like(layer_2)
    layer_2_delta = np.empty_like(layer_2)
    layer_1_delta = np.empty_like(layer_1)
    slope_1, slope_0 = np.empty_like(layer_2), np.empty_like(layer_1)  # 1 - output
    derivative_0, derivative_1 = np.empty_like(synapse_0), np.empty_like(synapse_1)
    # Which way each update pointed, for a chunk of steps; row 0 holds the step before the
    # chunk. Counting flips once per chunk costs far less than once per step.
    falling_0 = np.empty((_CHUNK + 1, *synapse_0.shape), dtype=bool)
    falling_1 = np.empty((_CHUNK + 1, *synapse_1.shape), dtype=bool)
    changes_0 = np.zeros(synapse_0.shape, dtype=np.int64)
    changes_1 = np.zeros(synapse_1.shape, dtype=np.int64)
    step_0, step_1 = np.empty_like(synapse_0), np.empty_like(synapse_1)
    errors = {}
    synapse_1_T = np.swapaxes(synapse_1, 1, 2)  # views follow the in-place updates
    layer_1_T = np.swapaxes(layer_1, 1, 2)
    for j in range(iterations):
        np.matmul(inputs, synapse_0, out=layer_1)
        _sigmoid_into(layer_1, layer_1)
        np.matmul(layer_1, synapse_1, out=layer_2)
        _sigmoid_into(layer_2, layer_2)
        np.subtract(layer_2, targets, out=layer_2_error)
        if j % every == 0:
            errors[j] = np.array([np.mean(np.abs(e)) for e in layer_2_error])
        # layer_2_delta = layer_2_error * (layer_2 * (1 - layer_2))
        np.subtract(1, layer_2, out=slope_1)
        np.multiply(layer_2, slope_1, out=slope_1)
        np.multiply(layer_2_error, slope_1, out=layer_2_delta)
        # layer_1_delta = (layer_2_delta @ synapse_1.T) * (layer_1 * (1 - layer_1))
        np.matmul(layer_2_delta, synapse_1_T, out=layer_1_delta)
        np.subtract(1, layer_1, out=slope_0)
        np.multiply(layer_1, slope_0, out=slope_0)
        np.multiply(layer_1_delta, slope_0, out=layer_1_delta)
        np.matmul(layer_1_T, layer_2_delta, out=derivative_1)
        np.matmul(inputs_T, layer_1_delta, out=derivative_0)
        if count_changes:
            row = j % _CHUNK + 1
            np.less(derivative_0, 0, out=falling_0[row])
            np.less(derivative_1, 0, out=falling_1[row])
            if row == _CHUNK or j == iterations - 1:
                first = 2 if j < _CHUNK else 1  # step 0 has no previous step to differ from
                _count_flips(falling_0, first, row, changes_0)
                _count_flips(falling_1, first, row, changes_1)
        np.multiply(alpha, derivative_1, out=step_1)
        synapse_1 -= step_1
        np.multiply(alpha, derivative_0, out=step_0)
        synapse_0 -= step_0
        if progress is not None and (j + 1) % progress_every == 0:
            progress(j + 1)
    if not count_changes:
        changes_0 = changes_1 = None
    return BatchResult(errors, synapse_0, synapse_1, changes_0, changes_1)
