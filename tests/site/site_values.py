"""The pages' values as the claims tests read them: `value("race.rmsprop_passes")`.

descent.pages.values computes a module's numbers whole, each time it is asked (as the build
does for each page); the tests ask for one number at a time, so each module's numbers are
computed once per test session here.
"""

from __future__ import annotations

import functools

from descent.pages import values


@functools.cache
def numbers(module: str) -> dict[str, str]:
    return values.numbers(module)


def value(name: str) -> str:
    """The text of the value `module.name`, as the build writes it into the page."""
    module, _, key = name.partition(".")
    return numbers(module)[key]
