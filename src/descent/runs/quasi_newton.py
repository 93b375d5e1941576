"""The optimizers of Part 1's list that are not a step rule: scipy's BFGS, L-BFGS and annealing.

They minimise the same loss on the same network from the same seeded starts, but one of their
iterations is not one descent step (a line search tries several points; annealing jumps), so
they are counted by evaluations: one evaluation is one forward and backward pass, the work of
one descent step. The loss and slope scipy calls are the network's, in the post's arithmetic;
scipy's own steps (line searches, BFGS's matrix) use its BLAS, so their last bits may differ
between computers, and the pages claim only what holds whatever the BLAS.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import engine, switched
from ..network import X, y
from ..post_arithmetic import mean_abs, rows_sum
from .store import stored

METHODS = ("BFGS", "L-BFGS", "dual annealing")
BUDGET = 1_000  # evaluations per start: a tenth of the race's descent steps, and plenty
SCIPY_NAMES = {"BFGS": "BFGS", "L-BFGS": "L-BFGS-B"}
BOUNDS = 20.0  # annealing searches each weight in [-20, 20]; trained weights stay inside
SEEDS = 20


def loss_and_slopes(weights, hidden: int = 4):
    """Half the sum of squared errors of one network given as a flat vector, its gradient,
    and its mean |error|. The post's backward pass is exactly this gradient: its deltas are
    d(loss)/d(weights)."""
    w = switched.Weights(weights[: 3 * hidden].reshape(1, 3, hidden),
                         weights[3 * hidden:].reshape(1, hidden, 1))
    seen = {}
    slopes = switched.derivatives(w, X, y, engine.PLAIN, seen=seen)
    layer_2_error = seen["layer_2_error"]
    gradient = np.concatenate([slopes["synapse_0"].ravel(), slopes["synapse_1"].ravel()])
    error = float(mean_abs(layer_2_error)[0])
    return 0.5 * float(rows_sum(layer_2_error * layer_2_error)[0, 0, 0]), gradient, error


class _Counter:
    """The loss for scipy, counting evaluations and noting the lowest mean |error| so far."""

    def __init__(self, hidden: int):
        self.hidden, self.evaluations, self.lowest = hidden, 0, np.inf
        self.trace: list[tuple[int, float]] = []  # (evaluations, lowest mean |error|) on improvement

    def __call__(self, weights):
        if self.evaluations >= BUDGET:
            raise _OutOfBudget
        self.evaluations += 1
        loss, gradient, error = loss_and_slopes(weights, self.hidden)
        if error < self.lowest:
            self.lowest = error
            self.trace.append((self.evaluations, error))
        return loss, gradient


class _OutOfBudget(Exception):
    """Raised inside scipy to stop a method at the evaluation budget."""


def _run(method: str, start: np.ndarray, seed: int, counter: _Counter) -> None:
    from scipy import optimize  # imported here: only this run needs it

    if method == "dual annealing":
        bounds = [(-BOUNDS, BOUNDS)] * len(start)
        optimize.dual_annealing(lambda w: counter(w)[0], bounds, x0=start, maxfun=BUDGET,
                                seed=np.random.RandomState(seed),
                                minimizer_kwargs={"method": "L-BFGS-B", "jac": lambda w: counter(w)[1]})
        return
    # scipy's own stopping rules (a vanishing gradient), which the budget rarely reaches.
    options = {"maxiter": BUDGET} if method == "BFGS" else {"maxiter": BUDGET, "maxfun": BUDGET}
    optimize.minimize(counter, start, jac=True, method=SCIPY_NAMES[method], options=options)


@dataclass(frozen=True)
class Search:
    """One method from every seed: the lowest mean |error| against evaluations spent."""

    method: str
    seeds: tuple[int, ...]
    traces: tuple[np.ndarray, ...]  # per seed, rows (evaluations, lowest mean |error| so far)
    evaluations: np.ndarray  # (seeds,) evaluations spent in all
    final: np.ndarray  # (seeds,) the lowest mean |error| reached

    def evaluations_to(self, error: float) -> np.ndarray:
        """Per seed, the evaluations spent when the error first fell below `error` (or inf)."""
        return np.array([trace[np.argmax(trace[:, 1] < error), 0] if np.any(trace[:, 1] < error)
                         else np.inf for trace in self.traces])


@stored
def search(method: str, seeds: int = SEEDS, hidden: int = 4) -> Search:
    """The method from each seed's start of the post, until it stops or spends BUDGET."""
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}: choose one of {', '.join(METHODS)}")
    traces, spent = [], []
    for seed in range(1, seeds + 1):
        synapse_0, synapse_1 = engine.starts([seed], hidden)
        start = np.concatenate([synapse_0[0].ravel(), synapse_1[0].ravel()])
        counter = _Counter(hidden)
        try:
            with np.errstate(over="ignore"):
                _run(method, start, seed, counter)
        except _OutOfBudget:
            pass
        traces.append(np.array(counter.trace))
        spent.append(counter.evaluations)
    return Search(method, tuple(range(1, seeds + 1)), tuple(traces), np.array(spent),
                  np.array([trace[-1, 1] for trace in traces]))
