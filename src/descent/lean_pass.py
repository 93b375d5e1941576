"""The plain net's pass in place: network.train's operations, in its order, without temporaries.

The engine's lean path (plain gradient descent, no switch). At the post's sizes a step costs
its numpy calls, not its arithmetic, so every temporary array avoided is time saved; the
numbers are the plain formulas' to the bit (the same operations on the same values).
"""

from __future__ import annotations

import numpy as np

from .network import X, y
from .variants import Weights, mean_errors_of


def _sigmoid_into(x, out):
    """out = 1 / (1 + exp(-x)), in place, with the same rounding as the plain formula."""
    np.negative(x, out=out)
    np.exp(out, out=out)
    out += 1
    np.divide(1, out, out=out)


class LeanPass:
    """The plain net's pass in place: network.train's operations, in its order, no temporaries."""

    lean = True

    def __init__(self, w: Weights):
        self.w = w
        batch, _, hidden = w.synapse_0.shape
        self.layer_1 = np.empty((batch, len(X), hidden))
        self.layer_2 = np.empty((batch, len(X), 1))
        self.layer_2_error = np.empty_like(self.layer_2)
        self.layer_2_delta = np.empty_like(self.layer_2)
        self.layer_1_delta = np.empty_like(self.layer_1)
        self.slope_1, self.slope_0 = np.empty_like(self.layer_2), np.empty_like(self.layer_1)
        self.derivative_0 = np.empty_like(w.synapse_0)
        self.derivative_1 = np.empty_like(w.synapse_1)
        self.step_0, self.step_1 = np.empty_like(w.synapse_0), np.empty_like(w.synapse_1)
        self.synapse_1_T = np.swapaxes(w.synapse_1, 1, 2)  # views follow the in-place updates
        self.layer_1_T = np.swapaxes(self.layer_1, 1, 2)
        self.inputs_T = X.T
        self.derivatives = {"synapse_0": self.derivative_0, "synapse_1": self.derivative_1}

    def slopes(self, j):
        """Step j's slopes, by name (buffers, overwritten by the next step)."""
        layer_1, layer_2 = self.layer_1, self.layer_2
        np.matmul(X, self.w.synapse_0, out=layer_1)
        _sigmoid_into(layer_1, layer_1)
        np.matmul(layer_1, self.w.synapse_1, out=layer_2)
        _sigmoid_into(layer_2, layer_2)
        np.subtract(layer_2, y, out=self.layer_2_error)
        # layer_2_delta = layer_2_error * (layer_2 * (1 - layer_2))
        np.subtract(1, layer_2, out=self.slope_1)
        np.multiply(layer_2, self.slope_1, out=self.slope_1)
        np.multiply(self.layer_2_error, self.slope_1, out=self.layer_2_delta)
        # layer_1_delta = (layer_2_delta @ synapse_1.T) * (layer_1 * (1 - layer_1))
        np.matmul(self.layer_2_delta, self.synapse_1_T, out=self.layer_1_delta)
        np.subtract(1, layer_1, out=self.slope_0)
        np.multiply(layer_1, self.slope_0, out=self.slope_0)
        np.multiply(self.layer_1_delta, self.slope_0, out=self.layer_1_delta)
        np.matmul(self.layer_1_T, self.layer_2_delta, out=self.derivative_1)
        np.matmul(self.inputs_T, self.layer_1_delta, out=self.derivative_0)
        return self.derivatives

    def error(self):
        return mean_errors_of(self.layer_2_error)

    def descend(self, alpha):
        """synapse_1 -= alpha * slope, then synapse_0: gradient descent without temporaries."""
        np.multiply(alpha, self.derivative_1, out=self.step_1)
        self.w.synapse_1 -= self.step_1
        np.multiply(alpha, self.derivative_0, out=self.step_0)
        self.w.synapse_0 -= self.step_0
