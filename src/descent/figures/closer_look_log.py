"""A closer look at the sweep: each alpha's final weights and how often each weight's update changed direction."""

from __future__ import annotations

from ..readings import logs
from ..runs import sweeps


def runs(hidden: int = 4):
    return [sweeps.article_sweep.call(hidden)]


def text(hidden: int = 4) -> str:
    """The log exactly as `python -m descent sweep --closer-look` prints it."""
    return logs.closer_look_log(sweeps.as_logged(sweeps.article_sweep(hidden)))
