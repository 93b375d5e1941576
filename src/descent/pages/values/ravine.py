"""Values of the follow-up's ravine: every rule's best 30 steps through Part 3's valley, straight
and turned 45° (descent.runs.ravine_race.ravine_path, as optimizer-ravine-table reads it)."""

from __future__ import annotations

from ...runs import ravine_race
from . import formats


def height(rule: str, turn: float = 0.0) -> float:
    """The rule's height after the last step, at its best alpha."""
    return ravine_race.ravine_path(rule, turn).final


def numbers() -> dict[str, str]:
    """The numbers the ravine's section names, by name."""
    return {
        "plain_height": formats.significant(height("gradient descent")),
        # How many times lower Nesterov ends than momentum.
        "nesterov_below_momentum": formats.factor(height("momentum") / height("Nesterov")),
        # AdaGrad's height in the valley turned 45°.
        "turned_adagrad": formats.significant(height("AdaGrad", ravine_race.TURNED)),
        "turned_rmsprop": formats.significant(height("RMSprop", ravine_race.TURNED)),
    }
