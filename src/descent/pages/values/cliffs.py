"""Values of the follow-up's cliff study: where the learning-rate curve breaks down, plain,
clipped and with batch normalization, and the best error before it (descent.runs.switch_studies.cliff,
as the table cliff-switches reads it)."""

from __future__ import annotations

from ...runs import switch_studies
from . import common, formats


def breakdown(hidden: int, name: str) -> float:
    """The alpha at which the curve breaks down with `hidden` units."""
    curve = f"{name} curve at {hidden} hidden units"
    return common.cliff(switch_studies.cliff(hidden, name).breakdown, curve)


def clip_factor() -> float:
    """The factor by which clipping moves the cliff up, the same at 4 and 32 hidden units (on
    the grid of five alphas per factor of ten, four grid steps: 10 ** 0.8, about 6.3)."""
    moved = [breakdown(hidden, "clipped") / breakdown(hidden, "plain") for hidden in (4, 32)]
    if abs(moved[0] / moved[1] - 1) > 0.01:
        raise ValueError(f"clipping moves the cliff by {moved[0]:.3g} and {moved[1]:.3g}: "
                         "not one factor")
    return moved[0]


def best(hidden: int, name: str) -> str:
    """The lowest final error before the curve's cliff, as the page writes it."""
    return formats.significant(switch_studies.cliff(hidden, name).best[1], 3)


def numbers() -> dict[str, str]:
    """The numbers the cliff study's section names, by name."""
    def cliff(hidden: int, name: str) -> str:
        return formats.alpha(breakdown(hidden, name))

    return {
        "plain_4": cliff(4, "plain"),  # the breakdown alpha of the plain curve at 4 hidden units
        "clipped_4": cliff(4, "clipped"),
        "norm_4": cliff(4, "batch norm"),
        "plain_32": cliff(32, "plain"),
        "clipped_32": cliff(32, "clipped"),
        "norm_32": cliff(32, "batch norm"),
        # The lowest final error before the plain curve's cliff, at 4 hidden units.
        "best_plain_4": best(4, "plain"),
        "best_clipped_4": best(4, "clipped"),
        "best_norm_4": best(4, "batch norm"),
        "best_plain_32": best(32, "plain"),
        "best_clipped_32": best(32, "clipped"),
        "best_norm_32": best(32, "batch norm"),
        "clip_factor": formats.factor(clip_factor()),
    }
