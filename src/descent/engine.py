"""The one engine: a stack of 13-line networks trained at once, by any update rule, with switches.

Networks sit on a leading axis: network b trains with alphas[b] from synapse_0[b], synapse_1[b]
(and its masks come from seeds[b]), so one call may mix alphas, seeds and nudged starts. Each
step is the post's forward and backward pass (network.train's order, in the post's 2015
arithmetic: descent.post_arithmetic), then the rule turns each slope into a step. It gives
network.train's numbers bit for bit where the two overlap (tested).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from . import post_arithmetic, switched
from .network import X, init_weights
from .optimizers import gradient_descent, rule as find_rule
from .switched import Switches, Weights

PLAIN = Switches()
TRAINED = ("synapse_1", "bias_1", "gamma", "beta", "synapse_0")  # the order of the updates


@dataclass(frozen=True)
class Trained:
    """A stack of networks after training, one leading row per network: the one result type
    of the engine, which sweeps and studies read through views (runs.sweeps, runs.studies)."""

    alphas: np.ndarray  # (B,) each network's alpha
    iterations: int  # the updates each network made
    steps: np.ndarray  # (S,) the logged steps, each error measured before that step's update
    errors: np.ndarray  # (B, S) mean |error| on all 4 examples (no masks) at those steps
    final: np.ndarray  # (B,) the same after the last update
    weights: Weights  # synapse_0 (B, n_in, hidden), synapse_1 (B, hidden, 1), switched extras
    reached: np.ndarray | None = None  # (B,) first step whose error was below target, or -1
    # How often each weight's slope changed sign from one step to the next (the post's
    # "update direction changes"); None unless train counted them.
    synapse_0_direction_changes: np.ndarray | None = None  # (B, n_in, hidden)
    synapse_1_direction_changes: np.ndarray | None = None  # (B, hidden, 1)

    @property
    def synapse_0(self) -> np.ndarray:
        return self.weights.synapse_0

    @property
    def synapse_1(self) -> np.ndarray:
        return self.weights.synapse_1

    def logged(self) -> dict[int, np.ndarray]:
        """The errors as {step: (B,) errors}, in step order."""
        return {int(j): self.errors[:, s] for s, j in enumerate(self.steps)}

    def logged_every(self, every: int) -> Trained:
        """The same networks with only the logged steps that are multiples of every."""
        kept = self.steps % every == 0
        return replace(self, steps=self.steps[kept], errors=self.errors[:, kept])

    def grid(self, name: str, rows: int) -> np.ndarray | None:
        """One of the stack's (B, ...) arrays, by name, as (rows, B // rows, ...): for a stack
        trained row by row (e.g. every alpha from one start, then from the next)."""
        values = getattr(self, name)
        return None if values is None else values.reshape(rows, -1, *values.shape[1:])


def starts(seeds, hidden: int = 4) -> tuple[np.ndarray, np.ndarray]:
    """The stacked seeded starting weights of the post, one network per seed."""
    if not len(seeds):
        raise ValueError("seeds: need at least one, one per network")
    weights = [init_weights(X.shape[1], hidden, int(seed)) for seed in seeds]
    return np.stack([w[0] for w in weights]), np.stack([w[1] for w in weights])


def log_steps(iterations: int, per_decade: int = 20) -> np.ndarray:
    """Steps to log on a logarithmic axis: 0, then about per_decade per factor of ten."""
    if iterations < 1:
        raise ValueError(f"iterations must be at least 1, not {iterations}")
    spaced = np.geomspace(1, iterations, int(np.log10(iterations) * per_decade) + 2)
    return np.unique(np.concatenate([[0], np.round(spaced).astype(int) - 1]))


def final_errors(synapse_0, synapse_1, ops=post_arithmetic) -> np.ndarray:
    """Mean |error| of each plain network of a stack: what the post's loop would log next."""
    return switched.mean_errors(Weights(np.asarray(synapse_0), np.asarray(synapse_1)), PLAIN, ops)


def _checked(alphas, synapse_0, synapse_1, iterations, switches, seeds, logged, progress_every):
    """The inputs as arrays, or one ValueError that says what is wrong and what would do."""
    alphas = np.asarray(alphas, dtype=float)
    w = Weights(np.array(synapse_0, dtype=float), np.array(synapse_1, dtype=float))
    logged = np.asarray(logged, dtype=int).reshape(-1)
    problem = None
    if not isinstance(switches, Switches):
        problem = "switches must be a switched.Switches"
    elif (alphas.ndim != 1 or not len(alphas) or w.synapse_0.ndim != 3
          or len(alphas) != len(w.synapse_0)
          or w.synapse_1.shape != (len(alphas), w.synapse_0.shape[2], 1)):
        problem = ("alphas (B,), synapse_0 (B, n_in, hidden) and synapse_1 (B, hidden, 1) need "
                   "one row per network, for at least one network")
    elif not np.all(np.isfinite(alphas) & (alphas > 0)):
        problem = "every alpha must be a positive finite number"
    elif (not isinstance(iterations, (int, np.integer)) or iterations < 1
          or progress_every < 1):
        problem = "iterations and progress_every must be whole numbers, at least 1"
    elif len(logged) and (logged.min() < 0 or logged.max() >= iterations):
        problem = f"logged steps must lie in 0..{iterations - 1}"
    elif any(np.ndim(getattr(switches, name)) and len(getattr(switches, name)) != len(alphas)
             for name in ("l2", "dropout", "dropconnect")):
        problem = "l2, dropout and dropconnect must be one number or one per network"
    elif ((np.any(switches.dropout) or np.any(switches.dropconnect))
          and (seeds is None or len(seeds) != len(alphas))):
        problem = "dropout and dropconnect need one seed per network (seeds=...)"
    if problem:
        raise ValueError(problem)
    return alphas.reshape(-1, 1, 1), w, np.unique(logged)


def train(alphas, synapse_0, synapse_1, iterations: int, *, rule: str = "gradient descent",
          switches: Switches = PLAIN, seeds=None, logged=(), target: float | None = None,
          direction_changes: bool = False, progress=None, progress_every: int = 1000,
          ops=post_arithmetic) -> Trained:
    """Train a stack of networks; the starting weights are copied, never modified.

    rule: one of optimizers.RULES. switches: switched.Switches (seeds, one per network, seed
    the dropout and DropConnect masks). logged: the steps whose error to keep (e.g.
    range(0, iterations, every), or log_steps(iterations)). target: with it, `reached` says
    at which step each network's error first fell below it. direction_changes: count, per
    weight, how often its slope changed sign from one step to the next. progress(steps_done), if
    given, is called every progress_every steps; it only watches. ops: the arithmetic (the
    post's, descent.post_arithmetic, for every stored run; another only to compare with it).
    """
    update = find_rule(rule)
    alpha, w, logged = _checked(alphas, synapse_0, synapse_1, iterations, switches, seeds,
                                logged, progress_every)
    marks = iter(logged.tolist())  # the logged steps in order; -1 once they are all done
    upcoming = next(marks, -1)
    net = switched.SwitchedPass(w, switches, seeds, ops)
    counter = _DirectionChanges(w, iterations) if direction_changes else None
    memory = {}
    errors, reached = [], np.full(len(alpha), -1)
    # Past the cliff the weights grow without bound; inf - inf there is NaN, as in the plain
    # loop, and is reported as such rather than warned about.
    with np.errstate(over="ignore", invalid="ignore"):
        for j in range(iterations):
            slopes = net.slopes(j)
            if j == upcoming or target is not None:
                error = net.error()
                if j == upcoming:
                    errors.append(error)
                    upcoming = next(marks, -1)
                if target is not None:
                    reached[(reached < 0) & (error < target)] = j
            if counter is not None:
                counter.record(j, slopes["synapse_0"], slopes["synapse_1"])
            apply(w, slopes, alpha, update, memory)
            if progress is not None and (j + 1) % progress_every == 0:
                progress(j + 1)
        final = switched.mean_errors(w, switches, ops)
    errors = np.stack(errors, axis=1) if errors else np.empty((len(alpha), 0))
    counts = counter.counts if counter is not None else (None, None)
    return Trained(alpha.reshape(-1).copy(), int(iterations), logged, errors, final, w,
                   reached if target is not None else None, *counts)


def apply(w: Weights, slopes: dict, alpha, update=gradient_descent, memory=None) -> None:
    """One step of every trained array against its slope, in place, synapse_1 first and
    synapse_0 last as in network.train; memory holds the rule's sums, one dict per array."""
    for name in TRAINED:
        if name in slopes:
            kept = memory.setdefault(name, {}) if memory is not None else {}
            getattr(w, name).__isub__(update(slopes[name], kept, alpha))


_CHUNK = 1024  # steps of slope signs kept between two counts of their direction changes


class _DirectionChanges:
    """Direction changes of each weight (sign changes of its slope), counted once per chunk of
    steps (far cheaper than per step); row 0 of the record holds the step before the chunk."""

    def __init__(self, w: Weights, iterations: int):
        self.iterations = iterations
        self.falling = tuple(np.empty((_CHUNK + 1, *a.shape), dtype=bool)
                             for a in (w.synapse_0, w.synapse_1))
        self.counts = tuple(np.zeros(a.shape, dtype=np.int64) for a in (w.synapse_0, w.synapse_1))

    def record(self, j, slope_0, slope_1):
        row = j % _CHUNK + 1
        for slope, falling in zip((slope_0, slope_1), self.falling):
            np.less(slope, 0, out=falling[row])
        if row == _CHUNK or j == self.iterations - 1:
            first = 2 if j < _CHUNK else 1  # step 0 has no previous step to differ from
            for falling, counts in zip(self.falling, self.counts):
                counts += np.sum(falling[first:row + 1] != falling[first - 1:row], axis=0)
                falling[0] = falling[row]
