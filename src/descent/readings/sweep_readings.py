"""What the alpha-sweep figures, the pages and the tests read off the stored sweeps: error curves,
per-weight counts, final errors, spreads across seeds and across one-ulp nudges.

Plain functions of stored runs (sweeps.article_sweep, studies.learning_rate,
studies.seed_variance, ulp.nudged): cheap, so not stored themselves.
"""

from __future__ import annotations

import numpy as np

from . import printed
from ..network import ALPHAS
from ..runs import studies, sweeps, ulp

ULP_AT = 50_000  # the last error the article's log prints
PRINTED = 0.5e-11  # a relative change this big can reach the 12th printed digit


def error_curves(hidden: int = 4) -> dict[float, tuple[np.ndarray, np.ndarray]]:
    """alpha -> (iterations, mean |error| there) from the stored sweep."""
    return {run.alpha: (np.array(list(run.errors)), np.array(list(run.errors.values())))
            for run in sweeps.article_sweep(hidden).runs}


def weight_readings(hidden: int = 4) -> dict[float, tuple[np.ndarray, np.ndarray]]:
    """alpha -> (direction changes of every weight, final |weight| of every weight)."""
    return {run.alpha: (np.concatenate([run.synapse_0_direction_changes.ravel(),
                                        run.synapse_1_direction_changes.ravel()]),
                        np.abs(np.concatenate([run.synapse_0.ravel(), run.synapse_1.ravel()])))
            for run in sweeps.article_sweep(hidden).runs}


def final_errors(hidden: int) -> dict[float, float]:
    """alpha -> mean |error| after the last of 60 000 steps, from seed 1."""
    found = studies.learning_rate(hidden)
    return {alpha: found.error_at(alpha) for alpha in ALPHAS}


def seed_curves(found: studies.SeedSweep) -> tuple[np.ndarray, np.ndarray]:
    """Iterations 0..60 000 and the errors there, (seeds, alphas, samples): the logged samples
    and, at the end, the final error after the last update."""
    steps = np.append(found.steps, sweeps.ITERATIONS)
    return steps, np.concatenate([found.errors, found.final[..., None]], axis=-1)


def seed_spread(errors: np.ndarray) -> dict[str, np.ndarray]:
    """Across seeds (axis 0): min, lower quartile, median, upper quartile, max."""
    low, q1, median, q3, high = np.percentile(errors, [0, 25, 50, 75, 100], axis=0)
    return {"min": low, "q1": q1, "median": median, "q3": q3, "max": high}


def ulp_spreads(hidden: int) -> tuple[np.ndarray, list[int | None]]:
    """Per alpha: (highest - lowest) / ours at ULP_AT over ours and the nudged runs, and the
    leading printed digits they all share (None: every digit)."""
    found, ours = ulp.nudged(hidden, direction_changes=hidden == 4), sweeps.article_sweep(hidden)
    column = list(found.steps).index(ULP_AT)
    relative, fixed = [], []
    for index, run in enumerate(ours.runs):
        values = np.append(found.errors[:, index, column], run.errors[ULP_AT])
        relative.append((values.max() - values.min()) / abs(run.errors[ULP_AT]))
        fixed.append(printed.fixed_digits(printed.error(v) for v in values))
    return np.array(relative), fixed
