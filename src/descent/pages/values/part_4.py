"""Values of Part 4: where the two-weight network's own descent goes on its error plane.

The path is `runs.error_surface.descent_path` (10 000 steps of alpha 1 from the seed-1 start);
its error is the sum of squared errors the plane shows.
"""

from __future__ import annotations

import numpy as np

from ...runs import error_surface
from . import formats, value


def _signed(x: float) -> str:
    """A weight to two significant digits, a negative one with a true minus sign."""
    return formats.significant(x).replace("-", "\u2212")


def _path():
    return error_surface.descent_path()


@value
def start_first() -> str:
    """The first weight at the seeded start."""
    return _signed(_path()[0][0, 0])


@value
def start_second() -> str:
    """The second weight at the seeded start."""
    return _signed(_path()[0][0, 1])


@value
def end_first() -> str:
    """The first weight after the last step."""
    return _signed(_path()[0][-1, 0])


@value
def end_second() -> str:
    """The second weight after the last step."""
    return _signed(_path()[0][-1, 1])


@value
def start_error() -> str:
    """The plane's error at the start."""
    return formats.significant(_path()[1][0])


@value
def end_error() -> str:
    """The plane's error after the last step."""
    return formats.significant(_path()[1][-1], 3)


# The lab's plane starts at (-6, 6) unless told otherwise; Part 4's exercises start there.
EXERCISE_START = (-6.0, 6.0)
HIGH = 2.0  # half the plane's range of errors: above it, still on the high side


def _from(alpha: float):
    return error_surface.path_from(*EXERCISE_START, alpha)


def _steps_high(alpha: float) -> int:
    """How many steps the path from the exercise's start spends with an error above HIGH."""
    return int(np.argmax(_from(alpha)[1] <= HIGH))


@value
def high_steps_1() -> str:
    """Steps with error above 2 from (-6, 6), alpha 1."""
    return formats.count(_steps_high(1.0))


@value
def high_steps_100() -> str:
    """Steps with error above 2 from (-6, 6), alpha 100."""
    return formats.count(_steps_high(100.0))


@value
def low_error_100() -> str:
    """The error from (-6, 6), alpha 100, after the step that first takes it below 2."""
    return formats.significant(_from(100.0)[1][_steps_high(100.0)])


@value
def exercise_start_error() -> str:
    """The plane's error at (-6, 6)."""
    return formats.significant(_from(1.0)[1][0], 3)


@value
def exercise_end_1() -> str:
    """Where alpha 1 ends from (-6, 6): the first weight (the second is its negative)."""
    return formats.significant(_from(1.0)[0][-1, 0])


@value
def exercise_error_1() -> str:
    """The error there."""
    return formats.significant(_from(1.0)[1][-1], 3)


@value
def exercise_end_100() -> str:
    """Where alpha 100 ends from (-6, 6): the first weight (the second is its negative)."""
    return formats.significant(_from(100.0)[0][-1, 0])


@value
def exercise_error_100() -> str:
    """The error there."""
    return formats.significant(_from(100.0)[1][-1])
