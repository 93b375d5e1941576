"""Part 4's network: two inputs, one sigmoid output, two weights; small enough to picture.

In the post's 2015 arithmetic, like every run (descent.post_arithmetic): the products by the
0/1 inputs are exact and summed in row order, and exp is correctly rounded."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import optimizers
from .network import sigmoid, sigmoid_output_to_derivative
from .post_arithmetic import inputs_dot, rows_dot, rows_sum

# --8<-- [start:two_weight_data]
# The output copies the first input; the second input is always
# 1 minus the first (the same information, reversed).
X = np.array([[0, 1], [0, 1], [1, 0], [1, 0]], dtype=float)
y = np.array([[0, 0, 1, 1]], dtype=float).T
# --8<-- [end:two_weight_data]


@dataclass
class TwoWeightRun:
    """Weights after every step (row 0 is the seeded start) and the final outputs."""

    trajectory: np.ndarray  # (iterations + 1, 2)
    outputs: np.ndarray  # (4, 1)


def train(iterations: int = 10_000, alpha: float = 1.0, seed: int = 1,
          rule: str = "gradient descent", start=None) -> TwoWeightRun:
    """Full-batch gradient descent on the two weights, recording where they go.

    `rule` names another update rule of descent.optimizers (the lab's plane offers them) and
    `start` places the two starting weights instead of the seed; either takes the path of
    _train_by, whose plain gradient descent has the same bits as the post's code below."""
    if rule != "gradient descent" or start is not None:
        return _train_by(rule, iterations, alpha, seed, start)
    # --8<-- [start:two_weight_train]
    rng = np.random.RandomState(seed)
    synapse_0 = 2 * rng.random_sample((2, 1)) - 1
    trajectory = np.empty((iterations + 1, 2))
    trajectory[0] = synapse_0[:, 0]
    for j in range(iterations):
        # --8<-- [start:two_weight_step]
        layer_1 = sigmoid(inputs_dot(X, synapse_0))
        layer_1_error = layer_1 - y
        layer_1_delta = layer_1_error * sigmoid_output_to_derivative(layer_1)
        synapse_0_derivative = rows_dot(X, layer_1_delta)
        synapse_0 -= alpha * synapse_0_derivative
        # --8<-- [end:two_weight_step]
        trajectory[j + 1] = synapse_0[:, 0]
    # --8<-- [end:two_weight_train]
    return TwoWeightRun(trajectory, sigmoid(inputs_dot(X, synapse_0)))


def slope(synapse_0: np.ndarray) -> np.ndarray:
    """The derivative of the error by the two weights (2, 1): train's step before its update."""
    layer_1 = sigmoid(inputs_dot(X, synapse_0))
    layer_1_delta = (layer_1 - y) * sigmoid_output_to_derivative(layer_1)
    return rows_dot(X, layer_1_delta)


def _train_by(rule: str, iterations: int, alpha: float, seed: int, start) -> TwoWeightRun:
    """train with any rule of descent.optimizers: the caller subtracts the rule's step."""
    update, memory = optimizers.rule(rule), {}
    if start is None:
        synapse_0 = 2 * np.random.RandomState(seed).random_sample((2, 1)) - 1
    else:
        synapse_0 = np.array(start, dtype=float).reshape(2, 1)
    trajectory = np.empty((iterations + 1, 2))
    trajectory[0] = synapse_0[:, 0]
    with np.errstate(over="ignore"):  # a huge alpha may overflow exp
        for j in range(iterations):
            synapse_0 -= update(slope(synapse_0), memory, alpha)
            trajectory[j + 1] = synapse_0[:, 0]
    return TwoWeightRun(trajectory, sigmoid(inputs_dot(X, synapse_0)))


def sum_squared_error(weights: np.ndarray) -> np.ndarray:
    """Sum over the 4 examples of (output - target)^2 for weights of shape (..., 2); 0 to 4."""
    weights = np.asarray(weights, dtype=float)
    error = sigmoid(inputs_dot(X, weights[..., :, None])) - y  # (..., 4, 1)
    return rows_sum(error * error)[..., 0, 0]


def error_grid(low: float = -10.0, high: float = 10.0, points: int = 101):
    """The error plane: sum of squared errors on a points x points grid of both weights."""
    axis = np.linspace(low, high, points)
    first, second = np.meshgrid(axis, axis, indexing="xy")
    return first, second, sum_squared_error(np.stack([first, second], axis=-1))
