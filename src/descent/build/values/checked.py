"""Values of "Checked against the post": how many of the post's printed numbers ours match."""

from __future__ import annotations

from ... import compare
from . import formats, value


def results() -> list[compare.Result]:
    return compare.compare(compare.post())  # from the stored runs, read once per process


@value
def exact() -> str:
    """How many of the post's printed numbers ours match to the last digit."""
    return formats.count(sum(r.exact for r in results()))


@value
def total() -> str:
    """How many numbers the post printed."""
    return formats.count(sum(r.numbers for r in results()))
