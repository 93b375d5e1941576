"""Values of Part 5 beyond the best errors (article.py): what each alpha's run does, read off
the seed-1 sweep (`runs.sweeps.article_sweep`), its two halves (`runs.stalls.halves`), the
61-alpha curves (`runs.studies.learning_rate`) and the sweep at 2 and 3 hidden units.
"""

from __future__ import annotations

import numpy as np

from ...network import init_weights
from ...runs import stalls, studies, sweeps
from ...runs.sweep_readings import final_errors
from . import formats, value


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
    return min(step for step, error in errors.items() if error < threshold)


SOONER = 0.002  # the error both sizes reach at alpha 10, to compare how soon


@value
def sooner() -> str:
    """The error both sizes reach at alpha 10, to compare how soon (a threshold, not a result)."""
    return formats.significant(SOONER)


@value
def first_error() -> str:
    """The error at step 0, the same for every alpha (the post printed it to 12 digits)."""
    return formats.significant(run(1.0).errors[0], 3)


@value
def end_0001() -> str:
    """Alpha 0.001's final error."""
    return formats.significant(final_errors(4)[0.001], 3)


@value
def moved_0001() -> str:
    """How far alpha 0.001's weights end from their start, at most."""
    return formats.significant(moved_from_start(0.001))


@value
def moved_001() -> str:
    """How far alpha 0.01's weights end from their start, at most."""
    return formats.significant(moved_from_start(0.01), 1)


@value
def end_001() -> str:
    """Alpha 0.01's final error."""
    return formats.significant(final_errors(4)[0.01])


@value
def at_10k_01() -> str:
    """Alpha 0.1's error after 10 000 steps."""
    return formats.significant(run(0.1).errors[10_000])


@value
def end_01() -> str:
    """Alpha 0.1's final error."""
    return formats.significant(final_errors(4)[0.1])


def _outputs(alpha: float):
    return stalls.final_outputs(alpha)


@value
def outputs_100() -> str:
    """Alpha 100's four final outputs."""
    return ", ".join(formats.significant(o, 4) for o in _outputs(100.0)[1])


@value
def hidden_100() -> str:
    """The largest hidden output of alpha 100's network for input (1, 1, 1)."""
    return formats.significant(_outputs(100.0)[0][3].max())


@value
def moved_100() -> str:
    """The largest change of any weight over alpha 100's last 30 000 steps."""
    return formats.significant(stalls.halves(4).moved(100.0))


@value
def flips_100() -> str:
    """Slope sign changes of all of alpha 100's weights over its last 30 000 steps."""
    return formats.count(stalls.halves(4).direction_changes(100.0))


@value
def flips_100_all() -> str:
    """Slope sign changes of all of alpha 100's weights over the whole run."""
    found = run(100.0)
    return formats.count(found.synapse_0_direction_changes.sum()
                         + found.synapse_1_direction_changes.sum())


EARLY = 50  # steps: alpha 100's first overshoots


def flips_100_early_count() -> int:
    """Slope sign changes of all of alpha 100's weights in its first EARLY steps."""
    from ... import engine  # the one engine, in the post's 2015 arithmetic

    early = engine.train([100.0], *engine.starts([1], 4), EARLY, direction_changes=True)
    return int(early.synapse_0_direction_changes.sum()
               + early.synapse_1_direction_changes.sum())


@value
def flips_100_early() -> str:
    """Slope sign changes of all of alpha 100's weights in its first 50 steps."""
    return formats.count(flips_100_early_count())


@value
def moved_1000() -> str:
    """The largest change of any weight over alpha 1000's last 30 000 steps."""
    return formats.significant(stalls.halves(4).moved(1000.0), 1)


@value
def outputs_1000() -> str:
    """The largest of alpha 1000's four final outputs (all are near 0)."""
    return formats.significant(_outputs(1000.0)[1].max())


def largest_weight_1000() -> float:
    """The final weight of alpha 1000 largest in size, with its sign."""
    found = run(1000.0)
    weights = np.concatenate([found.synapse_0.ravel(), found.synapse_1.ravel()])
    return float(weights[np.argmax(np.abs(weights))])


@value
def largest_1000() -> str:
    """The final weight of alpha 1000 largest in size, rounded to a whole number, with its sign."""
    return formats.count(round(largest_weight_1000())).replace("-", "\u2212")


@value
def steps_4() -> str:
    """The first logged step where alpha 10 with 4 hidden units is below SOONER."""
    return formats.count(first_reaching(SOONER, 10.0, 4))


@value
def steps_32() -> str:
    """The same with 32 hidden units."""
    return formats.count(first_reaching(SOONER, 10.0, 32))


@value
def tuned_alpha_4() -> str:
    """The best alpha of the 61 with 4 hidden units (below the cliff)."""
    return formats.alpha(studies.learning_rate(4).best[0])


@value
def tuned_error_4() -> str:
    """Its final error."""
    return formats.significant(studies.learning_rate(4).best[1])


@value
def tuned_alpha_32() -> str:
    """The best alpha of the 61 with 32 hidden units (below the cliff)."""
    return formats.alpha(studies.learning_rate(32).best[0])


@value
def tuned_error_32() -> str:
    """Its final error."""
    return formats.significant(studies.learning_rate(32).best[1])


@value
def end_3() -> str:
    """The final error with 3 hidden units at alpha 10, from seed 1."""
    return formats.significant(stalls.final_error(10.0, 3), 3)


@value
def end_2() -> str:
    """The final error with 2 hidden units at alpha 10, from seed 1."""
    return formats.significant(stalls.final_error(10.0, 2))


@value
def outputs_2() -> str:
    """The four final outputs with 2 hidden units at alpha 10."""
    return ", ".join(formats.significant(o, 3) for o in stalls.final_outputs(10.0, 2)[1])


STALLED = 0.1  # a final error above this is a stall (the converging alphas end below 0.02)


def _alpha_100_seeds():
    found = studies.seed_variance(20, 4)
    return found, found.final[:, found.alphas.index(100.0)]


@value
def seed_2_100() -> str:
    """Alpha 100's final error from seed 2."""
    found, final = _alpha_100_seeds()
    return formats.significant(final[found.seeds.index(2)])


@value
def stalled_100() -> str:
    """In how many of the 20 seeds alpha 100 ends stalled."""
    found, final = _alpha_100_seeds()
    return formats.all_of(int((final > STALLED).sum()), len(found.seeds), "seeds")


@value
def exact_1000() -> str:
    """The sampled step (every 500) from which alpha 1000's error is exactly 0.5."""
    errors = run(1000.0).errors
    steps = sorted(errors)
    last_other = max(step for step in steps if errors[step] != 0.5)
    return formats.count(steps[steps.index(last_other) + 1])
