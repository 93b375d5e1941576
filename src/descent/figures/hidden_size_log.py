"""The same sweep with 32 hidden units: its console log, error every 10 000 iterations."""

from __future__ import annotations

from . import sweep_log

HIDDEN = 32


def render(path, hidden: int = HIDDEN) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(sweep_log.text(hidden))
