"""What one training step of the 13-line net costs, counted rather than timed (so the numbers are
the same on every machine): numpy calls, floating-point operations, and the size of the arrays.

The step counted is the post's code as written (numpy's matrix products and exp), the one a
reader would move to a GPU; the site's runs spell its sums out in the post's 2015 order instead.

Why count: a GPU pays when each call has enough numbers to spread over its cores; here every call
handles a few dozen numbers, so the time goes on the call, not the arithmetic (`make bench`
measures it).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import engine, numpy_arithmetic, switched
from .network import X, init_weights, y


@dataclass(frozen=True)
class Call:
    name: str  # the numpy ufunc, e.g. "matmul", "exp"
    numbers: int  # size of its output array
    flops: int  # floating-point operations it does


class _Counted(np.ndarray):
    """An array that logs every ufunc applied to it (arithmetic, matmul, reductions)."""

    log: list[Call] = []

    def __array_ufunc__(self, ufunc, method, *inputs, out=None, **kwargs):
        plain = [np.asarray(a) for a in inputs]
        if out is not None:
            kwargs["out"] = tuple(np.asarray(o) for o in out)
        result = getattr(ufunc, method)(*plain, **kwargs)
        array = np.asarray(result)
        if ufunc is np.matmul:  # each output number: k multiplications and k - 1 additions
            flops = array.size * (2 * plain[0].shape[-1] - 1)
        elif method == "reduce":
            flops = plain[0].size - array.size
        else:
            flops = array.size
        _Counted.log.append(Call(ufunc.__name__, array.size, flops))
        return out[0] if out is not None else array.view(_Counted)


def step_calls(hidden: int = 4, switches: switched.Switches = switched.Switches(),
               networks: int = 1) -> list[Call]:
    """Every numpy operation of one full-batch training step with the switches (no masks), in order,
    for a stack of `networks` copies of the seed-1 network."""
    if hidden < 1 or networks < 1:
        raise ValueError("hidden and networks must be at least 1")
    synapse_0, synapse_1 = (np.repeat(w[None], networks, axis=0)
                            for w in init_weights(X.shape[1], hidden))
    w = switched.Weights(synapse_0.view(_Counted), synapse_1.view(_Counted))
    if switches.output_bias:
        w.bias_1 = np.zeros((networks, 1, 1)).view(_Counted)
    if switches.batch_norm:
        w.gamma = np.ones((networks, 1, hidden)).view(_Counted)
        w.beta = np.zeros((networks, 1, hidden)).view(_Counted)
    _Counted.log = []
    with np.errstate(over="ignore"):
        slopes = switched.derivatives(w, X, y, switches, ops=numpy_arithmetic)
        engine.apply(w, slopes, np.ones((networks, 1, 1)))
    calls, _Counted.log = _Counted.log, []
    return calls


@dataclass(frozen=True)
class StepCost:
    hidden: int
    calls: int  # numpy operations per step
    flops: int  # floating-point operations per step
    largest: int  # numbers in the largest array a step computes

    @property
    def flops_per_call(self) -> float:
        return self.flops / self.calls


def step_cost(hidden: int = 4) -> StepCost:
    calls = step_calls(hidden)
    return StepCost(hidden, len(calls), sum(c.flops for c in calls),
                    max(c.numbers for c in calls))
