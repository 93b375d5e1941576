"""Values of the follow-up's cliff study: where the learning-rate curve breaks down, plain,
clipped and with batch normalization, and the best error before it (descent.runs.switches.cliff,
as the table cliff-switches reads it)."""

from __future__ import annotations

from ...runs import switches
from . import formats, value


def _breakdown(hidden: int, name: str) -> str:
    found = switches.cliff(hidden, name)
    if found.breakdown is None:
        raise ValueError(f"the {name} curve at {hidden} hidden units has no cliff to name")
    return formats.alpha(found.breakdown)


def _best(hidden: int, name: str) -> str:
    return formats.significant(switches.cliff(hidden, name).best[1], 3)


@value
def plain_4() -> str:
    """The breakdown alpha of the plain curve at 4 hidden units."""
    return _breakdown(4, "plain")


@value
def clipped_4() -> str:
    return _breakdown(4, "clipped")


@value
def norm_4() -> str:
    return _breakdown(4, "batch norm")


@value
def plain_32() -> str:
    return _breakdown(32, "plain")


@value
def clipped_32() -> str:
    return _breakdown(32, "clipped")


@value
def norm_32() -> str:
    return _breakdown(32, "batch norm")


@value
def best_plain_4() -> str:
    """The lowest final error before the plain curve's cliff, at 4 hidden units."""
    return _best(4, "plain")


@value
def best_clipped_4() -> str:
    return _best(4, "clipped")


@value
def best_norm_4() -> str:
    return _best(4, "batch norm")


@value
def best_plain_32() -> str:
    return _best(32, "plain")


@value
def best_clipped_32() -> str:
    return _best(32, "clipped")


@value
def best_norm_32() -> str:
    return _best(32, "batch norm")


def _moved(hidden: int, name: str) -> float:
    """How many times larger the cliff's alpha is with the switch than plain."""
    return switches.cliff(hidden, name).breakdown / switches.cliff(hidden, "plain").breakdown


@value
def clip_factor() -> str:
    """The factor by which clipping moves the cliff up, the same at 4 and 32 hidden units (on
    the grid of five alphas per factor of ten, four grid steps: 10 ** 0.8, about 6.3)."""
    moved = [_moved(hidden, "clipped") for hidden in (4, 32)]
    if abs(moved[0] / moved[1] - 1) > 0.01:
        raise ValueError(f"clipping moves the cliff by {moved[0]:.3g} and {moved[1]:.3g}: not one factor")
    return formats.factor(moved[0])
