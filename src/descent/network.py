"""The article's three-layer sigmoid network, written as plainly as the 13-line original."""

from __future__ import annotations

import numpy as np

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
    """Squash any real number into (0, 1)."""
    # Huge alphas drive the weights so far that exp(-x) overflows to
    # inf, which gives the correct limit 0; silence only that warning,
    # only here.
    with np.errstate(over="ignore"):
        return 1 / (1 + np.exp(-x))


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
          seed: int = 1):
    """Train one network with one alpha: the plain loop every faster engine must match."""
    # --8<-- [start:train]
    synapse_0, synapse_1 = init_weights(X.shape[1], hidden, seed)
    errors = {}
    changes_0 = np.zeros(synapse_0.shape, dtype=np.int64)
    changes_1 = np.zeros(synapse_1.shape, dtype=np.int64)
    for j in range(iterations):
        layer_1 = sigmoid(X @ synapse_0)
        layer_2 = sigmoid(layer_1 @ synapse_1)
        layer_2_error = layer_2 - y
        if j % every == 0:
            errors[j] = float(np.mean(np.abs(layer_2_error)))
        layer_2_delta = layer_2_error * sigmoid_output_to_derivative(layer_2)
        layer_1_delta = layer_2_delta @ synapse_1.T
        layer_1_delta *= sigmoid_output_to_derivative(layer_1)
        synapse_1_derivative = layer_1.T @ layer_2_delta
        synapse_0_derivative = X.T @ layer_1_delta
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
