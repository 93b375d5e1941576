"""Values of the home page: what the post's thirteen lines print when the site is built."""

from __future__ import annotations

from ...runs import thirteen_lines
from . import value


@value
def thirteen_lines_printed() -> str:
    """The printout of docs/code/thirteen_lines.py, run by the machine that builds the site."""
    return thirteen_lines.output().rstrip("\n")
