"""Values of Part 5 beyond the best errors (article.py): what each alpha's run does, read off
the seed-1 sweep (`runs.sweeps.article_sweep`), its two halves (`runs.stalls.halves`), the
61-alpha curves (`runs.studies.learning_rate`) and the sweep at 2 and 3 hidden units.
"""

from __future__ import annotations

import numpy as np

from ...network import init_weights
from ...runs import stalls, studies, sweeps
from ...readings.sweep_readings import final_errors
from . import formats

SOONER = 0.002  # the error both sizes reach at alpha 10, to compare how soon
EARLY = 50  # steps: alpha 100's first overshoots
STALLED = 0.1  # a final error above this is a stall (the converging alphas end below 0.02)


def run(alpha: float, hidden: int = 4) -> sweeps.Run:
    return next(r for r in sweeps.article_sweep(hidden).runs if r.alpha == alpha)


def moved_from_start(alpha: float) -> float:
    """The largest distance any weight ends from its seed-1 start."""
    found = run(alpha)
    start_0, start_1 = init_weights(3, 4, 1)
    return float(max(np.abs(found.synapse_0 - start_0).max(),
                     np.abs(found.synapse_1 - start_1).max()))


def first_reaching(threshold: float, alpha: float, hidden: int) -> int:
    """The first logged step (every 500) whose error is below threshold."""
    errors = run(alpha, hidden).errors
    below = [step for step, error in errors.items() if error < threshold]
    if not below:
        raise ValueError(f"alpha {alpha:g} at {hidden} hidden units never gets below {threshold}")
    return min(below)


def flips_100_early_count() -> int:
    """Slope sign changes of all of alpha 100's weights in its first EARLY steps."""
    from ... import engine  # the one engine, in the post's 2015 arithmetic

    early = engine.train([100.0], *engine.starts([1], 4), EARLY, direction_changes=True)
    return int(early.synapse_0_direction_changes.sum() + early.synapse_1_direction_changes.sum())


def largest_weight_1000() -> float:
    """The final weight of alpha 1000 largest in size, with its sign."""
    found = run(1000.0)
    weights = np.concatenate([found.synapse_0.ravel(), found.synapse_1.ravel()])
    return float(weights[np.argmax(np.abs(weights))])


def exactly_half_from(alpha: float = 1000.0) -> int:
    """The sampled step (every 500) from which the run's error is exactly 0.5."""
    errors = run(alpha).errors
    steps = sorted(errors)
    if errors[steps[-1]] != 0.5:
        raise ValueError(f"alpha {alpha:g}'s error does not end at 0.5: there is no step to name")
    others = [step for step in steps if errors[step] != 0.5]
    return steps[steps.index(others[-1]) + 1] if others else steps[0]


def numbers() -> dict[str, str]:
    """The numbers Part 5 names beyond the best errors, by name."""
    finals, halves, hundred = final_errors(4), stalls.halves(4), run(100.0)
    hidden_100, outputs_100 = stalls.final_outputs(100.0)
    tuned = {hidden: studies.learning_rate(hidden).best for hidden in (4, 32)}
    seeds = studies.seed_variance(20, 4)
    final_100 = seeds.final[:, seeds.alphas.index(100.0)]  # alpha 100 from each of the seeds
    return {
        # The error both sizes reach at alpha 10, to compare how soon (a threshold, not a result).
        "sooner": formats.significant(SOONER),
        # The error at step 0, the same for every alpha (the post printed it to 12 digits).
        "first_error": formats.significant(run(1.0).errors[0], 3),
        "end_0001": formats.significant(finals[0.001], 3),  # alpha 0.001's final error
        # How far alpha 0.001's weights end from their start, at most.
        "moved_0001": formats.significant(moved_from_start(0.001)),
        # How far alpha 0.01's weights end from their start, at most.
        "moved_001": formats.significant(moved_from_start(0.01), 1),
        "end_001": formats.significant(finals[0.01]),  # alpha 0.01's final error
        # Alpha 0.1's error after 10 000 steps.
        "at_10k_01": formats.significant(run(0.1).errors[10_000]),
        "end_01": formats.significant(finals[0.1]),  # alpha 0.1's final error
        # Alpha 100's four final outputs.
        "outputs_100": ", ".join(formats.significant(o, 4) for o in outputs_100),
        # The largest hidden output of alpha 100's network for input (1, 1, 1).
        "hidden_100": formats.significant(hidden_100[3].max()),
        # The largest change of any weight over alpha 100's last 30 000 steps.
        "moved_100": formats.significant(halves.moved(100.0)),
        # Slope sign changes of all of alpha 100's weights over its last 30 000 steps.
        "flips_100": formats.count(halves.direction_changes(100.0)),
        # Slope sign changes of all of alpha 100's weights over the whole run.
        "flips_100_all": formats.count(hundred.synapse_0_direction_changes.sum()
                                       + hundred.synapse_1_direction_changes.sum()),
        # Slope sign changes of all of alpha 100's weights in its first 50 steps.
        "flips_100_early": formats.count(flips_100_early_count()),
        # The largest change of any weight over alpha 1000's last 30 000 steps.
        "moved_1000": formats.significant(halves.moved(1000.0), 1),
        # The largest of alpha 1000's four final outputs (all are near 0).
        "outputs_1000": formats.significant(stalls.final_outputs(1000.0)[1].max()),
        # The final weight of alpha 1000 largest in size, rounded to a whole number, with its sign.
        "largest_1000": formats.minus(formats.count(round(largest_weight_1000()))),
        # The first logged step where alpha 10 with 4 hidden units is below SOONER.
        "steps_4": formats.count(first_reaching(SOONER, 10.0, 4)),
        # The same with 32 hidden units.
        "steps_32": formats.count(first_reaching(SOONER, 10.0, 32)),
        # The best alpha of the 61 with 4 hidden units (below the cliff), and its final error.
        "tuned_alpha_4": formats.alpha(tuned[4][0]),
        "tuned_error_4": formats.significant(tuned[4][1]),
        # The best alpha of the 61 with 32 hidden units (below the cliff), and its final error.
        "tuned_alpha_32": formats.alpha(tuned[32][0]),
        "tuned_error_32": formats.significant(tuned[32][1]),
        # The final error with 3 hidden units at alpha 10, from seed 1.
        "end_3": formats.significant(stalls.final_error(10.0, 3), 3),
        # The final error with 2 hidden units at alpha 10, from seed 1.
        "end_2": formats.significant(stalls.final_error(10.0, 2)),
        # The four final outputs with 2 hidden units at alpha 10.
        "outputs_2": ", ".join(formats.significant(o, 3) for o in stalls.final_outputs(10.0, 2)[1]),
        # Alpha 100's final error from seed 2.
        "seed_2_100": formats.significant(final_100[seeds.seeds.index(2)]),
        # In how many of the 20 seeds alpha 100 ends stalled.
        "stalled_100": formats.all_of(int((final_100 > STALLED).sum()), len(seeds.seeds), "seeds"),
        # The sampled step (every 500) from which alpha 1000's error is exactly 0.5.
        "exact_1000": formats.count(exactly_half_from(1000.0)),
    }
