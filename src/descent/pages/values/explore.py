"""Values of "Explore alpha": what the learning-rate curves and the seed sweep show.

The curves are `runs.studies.learning_rate` at 4 and 32 hidden units (61 alphas, seed 1), the
seed sweep is `runs.studies.seed_variance` (the article's seven alphas from seeds 1 to 20).
"""

from __future__ import annotations

import numpy as np

from ... import engine, switched
from ...network import ALPHAS, X
from ...runs import studies, stuck
from . import formats

HIDDEN = (4, 32)


def steady(found: studies.Curve) -> float:
    """The last alpha up to which every larger alpha has ended lower (the curve's steady fall)."""
    rises = np.flatnonzero(np.diff(found.errors) >= 0)
    return float(found.alphas[rises[0]] if len(rises) else found.alphas[-1])


def best_of_the_seven(hidden: int) -> float:
    """The article's alpha with the lowest final error on one size's curve."""
    return min(ALPHAS, key=studies.learning_rate(hidden).error_at)


def first_step_move(hidden: int, alpha: float = 1.0) -> float:
    """How far one step of `alpha` from seed 1's start moves the four outputs, summed: how steep
    the error surface is where every run of the curve starts."""
    start = engine.starts([1], hidden)
    trained = engine.train([alpha], *start, 1)
    before = switched.forward(switched.Weights(*start), X, engine.PLAIN)[2]
    after = switched.forward(trained.weights, X, engine.PLAIN)[2]
    return float(np.abs(after - before).sum())


def hundred_readings() -> list:
    """How each seed's outputs sit at alpha 100 (runs.stuck.read)."""
    found = stuck.seed_outputs(20, 4)
    return [stuck.read(outputs) for outputs in found[:, ALPHAS.index(100.0)]]


def plateau_moves() -> tuple[int, int]:
    """(failing alphas past the two cliffs that a nudged start moved to another plateau, all
    failing alphas past the two cliffs): runs.stuck.past_cliff_redraws, read in eighths."""
    moved = failing = 0
    for hidden in HIDDEN:
        again = stuck.past_cliff_redraws(hidden)
        curve = studies.learning_rate(hidden)
        base = np.array([curve.error_at(alpha) for alpha in again["alphas"]])
        fails = base >= 0.01
        shifted = np.zeros(len(base), dtype=bool)
        for name, errors in again.items():
            if name.startswith("nudge"):
                shifted |= np.round(8 * errors) != np.round(8 * base)
        moved += int(np.sum(shifted & fails))
        failing += int(np.sum(fails))
    return moved, failing


def past_cliff_wins() -> list[tuple[int, float]]:
    """(hidden units, alpha) of every run past a cliff that still converged (Curve.lucky)."""
    return [(hidden, alpha) for hidden in HIDDEN
            for alpha, _ in studies.learning_rate(hidden).lucky]


def lucky() -> float:
    """The one alpha past the two cliffs that still converged (the page says: one, at 32 units)."""
    wins = past_cliff_wins()
    if len(wins) != 1:
        raise ValueError(f"the page speaks of one win past the cliffs, the curves have {len(wins)}")
    return wins[0][1]


def hundred_errors() -> np.ndarray:
    """Alpha 100's final error from each of the 20 starts (runs.studies.seed_variance)."""
    return studies.seed_variance(20, 4).final[:, ALPHAS.index(100.0)]


def hundred_between_count() -> int:
    """How many of the 20 starts at alpha 100 end strictly between 0.125 and 0.5 (in eighths)."""
    eighths = np.round(8 * hundred_errors())
    return int(np.sum((eighths > 1) & (eighths < 4)))


def hundred_pinned_count(pinned: int) -> int:
    """How many of the 20 starts at alpha 100 end with `pinned` outputs at 0.5, the rest right."""
    return sum(1 for r in hundred_readings() if r.half == pinned and r.right == 4 - pinned)


def numbers() -> dict[str, str]:
    """The numbers "Explore alpha" names, by name."""
    curves = {hidden: studies.learning_rate(hidden) for hidden in HIDDEN}
    verdict = studies.verdict(studies.seed_variance(20, 4))
    one_wrong = sum(1 for r in hundred_readings() if r.wrong == 1 and r.half == 0)
    moved, failing = plateau_moves()
    return {
        # Up to about which alpha every increase lowers the final error, at both sizes.
        "steady_until": formats.significant(min(steady(curve) for curve in curves.values()), 1),
        # Where training breaks down with 4 hidden units.
        "cliff_4": formats.alpha(curves[4].breakdown),
        # Where training breaks down with 32 hidden units.
        "cliff_32": formats.alpha(curves[32].breakdown),
        # The best alpha before the cliff, 4 hidden units.
        "best_4": formats.alpha(curves[4].best[0]),
        # The best alpha before the cliff, 32 hidden units.
        "best_32": formats.alpha(curves[32].best[0]),
        # The best of the article's seven alphas on the 4-unit curve (the page says: at both sizes).
        "best_of_seven": formats.alpha(best_of_the_seven(4)),
        # In how many of the 20 starts alpha 10 ends lowest of the seven: "all 20" or "19 of 20".
        "seed_wins": formats.all_of(verdict.wins, verdict.seeds),
        # How many times as far one step moves the 32-unit network's outputs as the 4-unit one's.
        "first_step_ratio": formats.factor(first_step_move(32) / first_step_move(4)),
        # How many of the 20 starts at alpha 100 end with exactly one output at the wrong end and
        # none pinned: "2 of the 20 starts".
        "hundred_one_wrong": (formats.all_of(one_wrong, 20, "starts") if one_wrong != 1
                              else "one of the 20 starts"),
        # "2 of the 34": failing alphas past the cliffs that a one-ulp nudge moved to another
        # plateau.
        "plateau_moved": f"{formats.count(moved)} of the {formats.count(failing)}",
        # How many times lower the cliff lies with 32 hidden units than with 4.
        "cliff_ratio": formats.factor(curves[4].breakdown / curves[32].breakdown),
        "lucky_alpha": formats.alpha(lucky()),
        # How many starts at alpha 100 end with two outputs pinned at 0.5 and two right.
        "hundred_pinned_2": formats.count(hundred_pinned_count(2)),
        # How many starts at alpha 100 end with three outputs pinned at 0.5 and one right.
        "hundred_pinned_3": formats.count(hundred_pinned_count(3)),
    }
