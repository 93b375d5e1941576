"""Today's numpy arithmetic: the post's products as written (numpy's `@`, so the machine's BLAS)
and the machine's exp. The same six operations as descent.post_arithmetic, with no order fixed:
a BLAS picks its summation order and fused multiply-adds by CPU, and numpy's exp is its own
AVX-512 code on some CPUs and libm's on others. So what it prints holds for the computer that
runs it; "Checked against the post" counts it where the site is built.
"""

from __future__ import annotations

import numpy as np


def sigmoid(x, out=None):
    """1 / (1 + exp(-x)) with the machine's exp (its overflow at huge alphas gives the limit 0)."""
    with np.errstate(over="ignore"):
        return np.divide(1, 1 + np.exp(-x), out=out)


def inputs_dot(inputs, synapse_0):
    return inputs @ synapse_0


def lanes_dot(layer_1, synapse_1):
    return layer_1 @ synapse_1


def outer_dot(column, synapse_1):
    return column @ np.swapaxes(synapse_1, -1, -2)


def rows_dot(left, right):
    return np.swapaxes(left, -1, -2) @ right


def mean_abs(error):
    return np.mean(np.abs(error), axis=(-2, -1))
