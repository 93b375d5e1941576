"""The bumpy curve read as a network's error: one weight along the bottom, the error it gives up the side."""

from __future__ import annotations

from .. import landscapes
from ..runs import basins
from ..runs.descents import resting_place
from . import panels, style

POST_PICTURE = "sgd_local_min.png"  # the post's picture this one recomputes


def runs():
    return [basins.basin_map.call()]  # basins.deepest_valley reads it


def render(path) -> None:
    # The very curve and ball of the local-minimum figure; only the axes are named.
    fig, ax = panels.one_panel(landscapes.bumpy, axis_names=(
        "weight: the value of one of the network's weights", "error"))
    panels.resting_ball(ax, landscapes.bumpy, resting_place(), basins.deepest_valley())
    style.save_png(fig, path)
