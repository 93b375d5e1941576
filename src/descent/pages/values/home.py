"""Values of the home page: what the post's thirteen lines print when the site is built."""

from __future__ import annotations

from ...runs import thirteen_lines


def numbers() -> dict[str, str]:
    """The numbers the home page names, by name."""
    return {
        # The printout of docs/code/thirteen_lines.py, run by the machine that builds the site.
        "thirteen_lines_printed": thirteen_lines.output().rstrip("\n"),
    }
