"""Values of Part 4: where the two-weight network's own descent goes on its error plane.

The path is `runs.error_surface.descent_path` (10 000 steps of alpha 1 from the seed-1 start);
its error is the sum of squared errors the plane shows.
"""

from __future__ import annotations

import numpy as np

from ...runs import error_surface
from . import formats

# The lab's plane starts at (-6, 6) unless told otherwise; Part 4's exercises start there.
EXERCISE_START = (-6.0, 6.0)
HIGH = 2.0  # half the plane's range of errors: above it, still on the high side


def signed(x: float) -> str:
    """A weight to two significant digits, a negative one with a true minus sign."""
    return formats.minus(formats.significant(x))


def from_exercise_start(alpha: float) -> tuple[np.ndarray, np.ndarray]:
    """The path from the exercise's start at `alpha`: its weights and its errors."""
    return error_surface.path_from(*EXERCISE_START, alpha)


def steps_high(errors: np.ndarray) -> int:
    """How many steps a path spends with an error above HIGH before it first gets down to it
    (all of them, if it never does)."""
    low = np.flatnonzero(errors <= HIGH)
    return int(low[0]) if len(low) else len(errors)


def numbers() -> dict[str, str]:
    """The numbers Part 4 names, by name."""
    weights, errors = error_surface.descent_path()
    weights_1, errors_1 = from_exercise_start(1.0)
    weights_100, errors_100 = from_exercise_start(100.0)
    return {
        "start_first": signed(weights[0, 0]),  # the first weight at the seeded start
        "start_second": signed(weights[0, 1]),  # the second weight at the seeded start
        "end_first": signed(weights[-1, 0]),  # the first weight after the last step
        "end_second": signed(weights[-1, 1]),  # the second weight after the last step
        "start_error": formats.significant(errors[0]),  # the plane's error at the start
        "end_error": formats.significant(errors[-1], 3),  # the plane's error after the last step
        # Steps with error above 2 from (-6, 6), alpha 1; steps with error above 2 from (-6, 6),
        # alpha 100.
        "high_steps_1": formats.count(steps_high(errors_1)),
        "high_steps_100": formats.count(steps_high(errors_100)),
        # The error from (-6, 6), alpha 100, after the step that first takes it below 2.
        "low_error_100": formats.significant(errors_100[steps_high(errors_100)]),
        "exercise_start_error": formats.significant(errors_1[0], 3),  # the plane's error at (-6, 6)
        # Where alpha 1 ends from (-6, 6): the first weight (the second is its negative).
        "exercise_end_1": formats.significant(weights_1[-1, 0]),
        "exercise_error_1": formats.significant(errors_1[-1], 3),  # the error there
        # Where alpha 100 ends from (-6, 6): the first weight (the second is its negative).
        "exercise_end_100": formats.significant(weights_100[-1, 0]),
        "exercise_error_100": formats.significant(errors_100[-1]),  # the error there
    }
