"""The alpha sweep's console log: the error every 10 000 iterations for each of the 7 alphas."""

from __future__ import annotations

from ..readings import logs
from ..runs import sweeps


def runs(hidden: int = 4):
    return [sweeps.article_sweep.call(hidden)]


def text(hidden: int = 4) -> str:
    """The log exactly as `python -m descent sweep --hidden <hidden>` prints it."""
    return logs.sweep_log(sweeps.as_logged(sweeps.article_sweep(hidden)))
