"""A closer look at the sweep: each alpha's final weights and how often each weight's update changed direction."""

from __future__ import annotations

from .. import logs
from . import shared


def text(hidden: int = 4) -> str:
    """The log exactly as `python -m descent sweep --closer-look` prints it."""
    return logs.closer_look_log(shared.as_logged(shared.alpha_sweep(hidden)))


def render(path, hidden: int = 4) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(text(hidden))
