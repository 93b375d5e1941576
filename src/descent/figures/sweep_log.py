"""The alpha sweep's console log: the error every 10 000 iterations for each of the 7 alphas."""

from __future__ import annotations

from .. import logs
from . import shared

HIDDEN = 4


def text(hidden: int = HIDDEN) -> str:
    """The log exactly as `python -m descent sweep --hidden <hidden>` prints it."""
    return logs.sweep_log(shared.as_logged(shared.alpha_sweep(hidden)))


def render(path, hidden: int = HIDDEN) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(text(hidden))
