"""The bumpy curve read as a network's error: one weight along the bottom, the error it gives up the side."""

from __future__ import annotations

from .. import landscapes
from ..runs import basins
from ..runs.descents import RESTING_ALPHA, RESTING_STEPS, resting_place
from . import panels, style

POST_PICTURE = "sgd_local_min.png"  # the post's picture this one recomputes


def runs():
    return [basins.basin_map.call()]  # basins.deepest_valley reads it


def render(path, alpha: float = RESTING_ALPHA, steps: int = RESTING_STEPS) -> None:
    # The very curve and ball of the local-minimum figure; only the axes are named.
    fig, ax = panels.one_panel(landscapes.bumpy, axis_names=(
        "weight: the value of one of the network's weights", "error"))
    panels.resting_ball(ax, landscapes.bumpy, resting_place(alpha=alpha, steps=steps),
                        basins.deepest_valley())
    panels.alpha_tag(ax, f"{panels.alpha_words(alpha)}, {steps:,} steps")
    style.save_png(fig, path)
