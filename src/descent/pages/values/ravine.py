"""Values of the follow-up's ravine: every rule's best 30 steps through Part 3's valley, straight
and turned 45° (descent.runs.ravine_race.ravine_path, as optimizer-ravine-table reads it)."""

from __future__ import annotations

from ...runs import ravine_race
from . import formats, value


def height(rule: str, turn: float = 0.0) -> float:
    """The rule's height after the last step, at its best alpha."""
    return ravine_race.ravine_path(rule, turn).final


@value
def plain_height() -> str:
    return formats.significant(height("gradient descent"))


@value
def nesterov_below_momentum() -> str:
    """How many times lower Nesterov ends than momentum."""
    return formats.factor(height("momentum") / height("Nesterov"))


@value
def turned_adagrad() -> str:
    """AdaGrad's height in the valley turned 45°."""
    return formats.significant(height("AdaGrad", ravine_race.TURNED))


@value
def turned_rmsprop() -> str:
    return formats.significant(height("RMSprop", ravine_race.TURNED))
