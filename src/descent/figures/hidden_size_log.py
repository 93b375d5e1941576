"""The same sweep with 32 hidden units: its console log, error every 10 000 iterations."""

from __future__ import annotations

from ..readings import logs
from ..runs import sweeps


def runs(hidden: int = 32):
    return [sweeps.article_sweep.call(hidden)]


def text(hidden: int = 32) -> str:
    """The log exactly as `python -m descent sweep --hidden <hidden>` prints it."""
    return logs.sweep_log(sweeps.as_logged(sweeps.article_sweep(hidden)))
