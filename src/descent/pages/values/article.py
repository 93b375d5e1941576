"""Values of the article's retelling (Part 5): the best final errors at 4 and 32 hidden units.

"Final" is after the last of the 60 000 steps, as in the hidden-size figure: the error of the
article's seven alphas on `runs.studies.learning_rate`'s curves (bitwise the article's sweep).
"""

from __future__ import annotations

from ...network import ALPHAS
from ...runs import studies
from . import formats


def best_end(hidden: int) -> float:
    """The lowest final error of the article's seven alphas at one hidden size."""
    return min(studies.learning_rate(hidden).error_at(alpha) for alpha in ALPHAS)


def numbers() -> dict[str, str]:
    """The numbers Part 5's retelling names, by name."""
    return {
        "best_end_4": formats.significant(best_end(4)),  # the best final error with 4 hidden units
        # The best final error with 32 hidden units.
        "best_end_32": formats.significant(best_end(32)),
    }
