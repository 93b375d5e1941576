"""The article's three-layer sigmoid network, written as plainly as the 13-line original, in
the arithmetic of the post's 2015 computer (descent.post_arithmetic): the loop every run repeats."""

from __future__ import annotations

import numpy as np

from . import numpy_arithmetic, post_arithmetic

# "2015": the post's computer's arithmetic, the same bits everywhere (every stored run);
# "numpy": the post's code as written, run by this machine's numpy (its BLAS and exp).
ARITHMETICS = {"2015": post_arithmetic, "numpy": numpy_arithmetic}

# --8<-- [start:data]
# The toy dataset of the 13-line net: the output is the XOR of the
# first two inputs; the third input is always 1 and plays the part of
# a bias.
X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
y = np.array([[0, 1, 1, 0]], dtype=float).T
# --8<-- [end:data]

ALPHAS = (0.001, 0.01, 0.1, 1.0, 10.0, 100.0, 1000.0)


# --8<-- [start:sigmoid]
def sigmoid(x):
    """Squash any real number into (0, 1): 1 / (1 + exp(-x))."""
    # exp is correctly rounded, so every computer gets the same bits;
    # at huge alphas exp(-x) is inf, which gives the right limit 0.
    return post_arithmetic.sigmoid(np.asarray(x, dtype=float))


def sigmoid_output_to_derivative(output):
    """Slope of the sigmoid, written in terms of its output."""
    return output * (1 - output)
# --8<-- [end:sigmoid]


def init_weights(n_in: int, hidden: int, seed: int = 1):
    """Draw synapse_0 then synapse_1 uniformly from [-1, 1), as np.random.seed(seed) would."""
    rng = np.random.RandomState(seed)
    synapse_0 = 2 * rng.random_sample((n_in, hidden)) - 1
    synapse_1 = 2 * rng.random_sample((hidden, 1)) - 1
    return synapse_0, synapse_1


def train(alpha: float, hidden: int = 4, iterations: int = 60_000, every: int = 10_000,
          seed: int = 1, arithmetic: str = "2015"):
    """Train one network with one alpha: the plain loop every faster engine must match.

    In the "2015" arithmetic each of the post's products is summed in the order its computer
    summed it (no BLAS): X @ synapse_0 left to right, layer_1 @ synapse_1 in four lanes, the
    transposed products over the rows in order; in "numpy" they are numpy's `@`.
    """
    ops = ARITHMETICS[arithmetic]
    # --8<-- [start:train]
    synapse_0, synapse_1 = init_weights(X.shape[1], hidden, seed)
    errors = {}
    changes_0 = np.zeros(synapse_0.shape, dtype=np.int64)
    changes_1 = np.zeros(synapse_1.shape, dtype=np.int64)
    for j in range(iterations):
        layer_1 = ops.sigmoid(ops.inputs_dot(X, synapse_0))
        layer_2 = ops.sigmoid(ops.lanes_dot(layer_1, synapse_1))
        layer_2_error = layer_2 - y
        if j % every == 0:
            errors[j] = float(ops.mean_abs(layer_2_error))
        layer_2_delta = layer_2_error * sigmoid_output_to_derivative(layer_2)
        layer_1_delta = ops.outer_dot(layer_2_delta, synapse_1)
        layer_1_delta *= sigmoid_output_to_derivative(layer_1)
        synapse_1_derivative = ops.rows_dot(layer_1, layer_2_delta)
        synapse_0_derivative = ops.rows_dot(X, layer_1_delta)
        # Updates go against the slope: right (u > 0) where the slope is < 0.
        if j > 0:
            changes_0 += (synapse_0_derivative < 0) != previous_0
            changes_1 += (synapse_1_derivative < 0) != previous_1
        previous_0 = synapse_0_derivative < 0
        previous_1 = synapse_1_derivative < 0
        synapse_1 -= alpha * synapse_1_derivative
        synapse_0 -= alpha * synapse_0_derivative
    # --8<-- [end:train]
    return errors, synapse_0, synapse_1, changes_0, changes_1
