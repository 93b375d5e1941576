"""The 13-line network trained by any update rule, a whole stack of networks at once.

The forward and backward pass is the post's, step for step and in network.train's order, on
stacked weights; only the last line of a step, how a slope becomes a step, is the rule's. With
optimizers.gradient_descent this is network.train again, bit for bit.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .network import X, init_weights, sigmoid, sigmoid_output_to_derivative, y
from .optimizers import rule as find_rule


# --8<-- [start:slopes]
def slopes(synapse_0, synapse_1, inputs=X, targets=y):
    """One forward and backward pass: each network's errors and the slopes of both layers."""
    layer_1 = sigmoid(np.matmul(inputs, synapse_0))
    layer_2 = sigmoid(np.matmul(layer_1, synapse_1))
    layer_2_error = layer_2 - targets
    layer_2_delta = layer_2_error * sigmoid_output_to_derivative(layer_2)
    layer_1_delta = np.matmul(layer_2_delta, np.swapaxes(synapse_1, -1, -2))
    layer_1_delta *= sigmoid_output_to_derivative(layer_1)
    synapse_1_derivative = np.matmul(np.swapaxes(layer_1, -1, -2), layer_2_delta)
    synapse_0_derivative = np.matmul(inputs.T, layer_1_delta)
    return layer_2_error, synapse_0_derivative, synapse_1_derivative
# --8<-- [end:slopes]


def mean_errors(layer_2_error) -> np.ndarray:
    """Mean |error| of each network of a stack, as the post's loop prints it (the same sum of
    four numbers in the same order, so the same bits; tested)."""
    return np.mean(np.abs(layer_2_error), axis=(1, 2))


@dataclass(frozen=True)
class Trained:
    """A stack of networks after training: errors on the way and at the end, and the weights."""

    steps: np.ndarray  # (S,) the steps whose error was logged, before that step's update
    errors: np.ndarray  # (B, S) mean |error| at those steps
    final: np.ndarray  # (B,) mean |error| after the last update
    synapse_0: np.ndarray  # (B, n_in, hidden)
    synapse_1: np.ndarray  # (B, hidden, 1)
    reached: np.ndarray | None = None  # (B,) first step whose error was below the target, or -1


def log_steps(iterations: int, per_decade: int = 20) -> np.ndarray:
    """Steps to log on a logarithmic axis: 0, then about per_decade per factor of ten."""
    if iterations < 1:
        raise ValueError(f"iterations must be at least 1, not {iterations}")
    spaced = np.geomspace(1, iterations, int(np.log10(iterations) * per_decade) + 2)
    return np.unique(np.concatenate([[0], np.round(spaced).astype(int) - 1]))


def starts(seeds, hidden: int = 4) -> tuple[np.ndarray, np.ndarray]:
    """The stacked seeded starting weights of the post, one network per seed."""
    weights = [init_weights(X.shape[1], hidden, int(seed)) for seed in seeds]
    return np.stack([w[0] for w in weights]), np.stack([w[1] for w in weights])


def train(rule: str, alphas, synapse_0, synapse_1, iterations: int, logged=None,
          target: float | None = None) -> Trained:
    """Train a stack: network b with alphas[b] from synapse_0[b], synapse_1[b] (not modified).

    rule names one of optimizers.RULES; logged is the steps whose error to keep (default
    log_steps(iterations)); with a target, `reached` says at which step each network's error
    first fell below it.
    """
    update = find_rule(rule)
    alphas = np.asarray(alphas, dtype=float)
    synapse_0, synapse_1 = np.array(synapse_0, dtype=float), np.array(synapse_1, dtype=float)
    if alphas.ndim != 1 or len(alphas) != len(synapse_0) or len(synapse_0) != len(synapse_1):
        raise ValueError("alphas, synapse_0 and synapse_1 need one row per network")
    if not np.all(np.isfinite(alphas) & (alphas > 0)):
        raise ValueError("every alpha must be a positive finite number")
    logged = log_steps(iterations) if logged is None else np.asarray(logged, dtype=int)
    if len(logged) and (logged.min() < 0 or logged.max() >= iterations):
        raise ValueError(f"logged steps must lie in 0..{iterations - 1}")
    wanted = set(logged.tolist())
    alpha = alphas.reshape(-1, 1, 1)
    memory_0, memory_1 = {}, {}
    errors = []
    reached = np.full(len(alphas), -1)
    # Past the cliff the weights grow without bound; inf - inf there is NaN, as in the
    # plain loop, and is reported as such rather than warned about.
    with np.errstate(over="ignore", invalid="ignore"):
        for j in range(iterations):
            layer_2_error, synapse_0_derivative, synapse_1_derivative = slopes(synapse_0, synapse_1)
            if j in wanted or target is not None:
                error = mean_errors(layer_2_error)
                if j in wanted:
                    errors.append(error)
                if target is not None:
                    reached[(reached < 0) & (error < target)] = j
            synapse_1 -= update(synapse_1_derivative, memory_1, alpha)
            synapse_0 -= update(synapse_0_derivative, memory_0, alpha)
        final = mean_errors(slopes(synapse_0, synapse_1)[0])
    errors = np.stack(errors, axis=1) if errors else np.empty((len(alphas), 0))
    return Trained(logged, errors, final, synapse_0, synapse_1,
                   reached if target is not None else None)
