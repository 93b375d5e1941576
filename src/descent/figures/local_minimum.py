"""A ball can rest in a valley that is not the deepest: the slope under it is flat, so descent stops there."""

from __future__ import annotations

from .. import landscapes
from ..runs import basins
from ..runs.descents import RESTING_ALPHA, RESTING_STEPS, resting_place
from . import panels, style

POST_PICTURE = "sgd_local_min.png"  # the post's picture this one recomputes


def runs():
    return [basins.basin_map.call()]  # basins.deepest_valley reads it


def render(path, alpha: float = RESTING_ALPHA, steps: int = RESTING_STEPS) -> None:
    fig, ax = panels.one_panel(landscapes.bumpy)
    panels.resting_ball(ax, landscapes.bumpy, resting_place(alpha=alpha, steps=steps),
                        basins.deepest_valley())
    panels.alpha_tag(ax, f"{panels.alpha_words(alpha)}, {steps:,} steps")
    style.save_png(fig, path)
