"""The arithmetic of the post's 2015 computer: its products' summation orders, no FMA, exact exp.

Recovered from the post's printed numbers ("Checked against the post"): its BLAS summed
`np.dot(layer_1, synapse_1)` in four lanes (element i in lane i mod 4, each lane in order, then
(lane 0 + lane 2) + (lane 1 + lane 3)), summed `layer_1.T.dot(layer_2_delta)` over the four rows
in order, rounded every product before adding it (no fused multiply-add), and its `exp` was
(nearly) correctly rounded. Here every sum is written out in that order with numpy's elementwise
+ and *, which round once each on every IEEE-754 machine, and exp is descent.rounded_exp's,
correctly rounded: so every run gives the same bits on every computer, and in the browser
(docs/javascripts/network.js does the same sums). No BLAS product is reached from here (tested):
a BLAS picks its own order and FMA by CPU.

Every function takes stacks: any leading axes, the last two the post's matrix shapes.
"""

from __future__ import annotations

import numpy as np

from .rounded_exp import exp

LANES = 4  # the lanes of the post's BLAS in np.dot(layer_1, synapse_1)


def sigmoid(x, out=None):
    """1 / (1 + exp(-x)) with a correctly rounded exp; out may be x (in place)."""
    if out is None:  # a fresh array (np.negative alone would give a scalar for a 0-d x)
        out = np.empty(np.shape(x))
    np.negative(x, out=out)
    exp(out, out=out)  # overflows to inf at huge alphas, which gives the right limit 0
    out += 1
    return np.divide(1, out, out=out)


def inputs_dot(inputs, synapse_0):
    """inputs @ synapse_0, each row's products added left to right (the inputs are 0 or 1, so
    the products are exact and only the order of the additions matters)."""
    total = inputs[..., :, 0, None] * synapse_0[..., None, 0, :]
    for k in range(1, inputs.shape[-1]):
        total += inputs[..., :, k, None] * synapse_0[..., None, k, :]
    return total


def lanes_dot(layer_1, synapse_1, lanes: int = LANES):
    """layer_1 @ synapse_1 (one output column) as the post's BLAS added it: product i into lane
    i mod `lanes`, each lane in order, the lanes combined pairwise as (0 + 2) + (1 + 3)."""
    products = layer_1 * np.swapaxes(synapse_1, -1, -2)  # (..., rows, hidden), each rounded
    hidden = products.shape[-1]
    if hidden % lanes:  # a missing element adds +0.0, which changes at most a zero's sign
        pad = np.zeros((*products.shape[:-1], lanes - hidden % lanes))
        products = np.concatenate([products, pad], axis=-1)
    lane = products[..., 0:lanes].copy()
    for start in range(lanes, products.shape[-1], lanes):
        lane += products[..., start:start + lanes]
    while lane.shape[-1] > 1:  # 4 lanes: (l0 + l2) + (l1 + l3)
        half = lane.shape[-1] // 2
        lane = lane[..., :half] + lane[..., half:]
    return lane


def outer_dot(column, synapse_1):
    """column @ synapse_1.T, an outer product: one rounded product per number, so any order
    gives the same bits."""
    return column * np.swapaxes(synapse_1, -1, -2)


def rows_dot(left, right):
    """left.T @ right for (rows, m) and (rows, n) stacks: sum over the rows, in row order."""
    total = left[..., 0, :, None] * right[..., 0, None, :]
    for r in range(1, left.shape[-2]):
        total += left[..., r, :, None] * right[..., r, None, :]
    return total


def rows_sum(values):
    """The sum over the rows (axis -2), in row order, keeping that axis (length 1)."""
    total = values[..., 0:1, :].copy()
    for r in range(1, values.shape[-2]):
        total += values[..., r:r + 1, :]
    return total


def mean_abs(error):
    """mean(|error|) of each (rows, 1) block of a stack, summed in row order as numpy's mean of
    four numbers is (its pairwise sum only starts at eight)."""
    return rows_sum(np.abs(error))[..., 0, 0] / error.shape[-2]
