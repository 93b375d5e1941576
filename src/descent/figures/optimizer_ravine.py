"""The ravine of Part 3 run by every rule, each at the alpha that gets it lowest in 30 steps without leaving the valley."""

from __future__ import annotations

import numpy as np

from .. import landscapes
from ..optimizers import RULES
from ..runs import ravine_race
from . import grid, style

KEY = ("each rule at its own\nbest alpha; red dot:\nthe start, x: the lowest\npoint; "
       "h: the height\nafter 30 steps (from 20.9)")


def runs():
    return [ravine_race.ravine_path.call(rule) for rule in RULES]


def _valley(ax, x, y, height, levels) -> None:
    ax.contourf(x, y, height, levels=levels, cmap="Blues_r", alpha=0.3, extend="min")
    ax.contour(x, y, height, levels=levels, colors=style.look().curve, linewidths=0.4, alpha=0.45)
    ax.plot(0, 0, "x", color=style.look().curve, markersize=7, markeredgewidth=1.6, zorder=5)


def render(path) -> None:
    found = [ravine_race.ravine_path(rule) for rule in RULES]
    fig, axes, spare = grid.panels(len(found), 1.6 if not style.look().phone else 1.35,
                                   sharex=True, sharey=True)
    width, depth = ravine_race.BOX
    x, y = np.meshgrid(np.linspace(-width, width, 201), np.linspace(-depth, depth, 81))
    height = landscapes.ravine_f(np.stack([x, y], axis=-1))
    levels = np.geomspace(0.05, height.max(), 10)
    for ax, run in zip(axes, found):
        colour = style.OPTIMIZER_COLOURS[run.rule]
        _valley(ax, x, y, height, levels)
        ax.plot(*run.path.T, "-o", color=colour, linewidth=1.3, markersize=2.6, zorder=3)
        ax.plot(*run.path[0], "o", color=style.look().ball, markersize=6, zorder=4)
        ax.set_xlim(-width, width)
        ax.set_ylim(-depth, depth)
        ax.set_xticks([-10, 0, 10])
        ax.set_yticks([-2, 0, 2])
        ax.tick_params(labelsize=style.SMALLEST_TEXT)
        ax.set_title(f"{run.rule}, alpha {run.alpha:.3g}\nh = {run.final:.2g}", loc="left",
                     fontsize=style.SMALLEST_TEXT, color=colour)
    if spare:
        spare[0].text(0.05, 0.5, KEY, transform=spare[0].transAxes, ha="left", va="center",
                      fontsize=style.SMALLEST_TEXT, color=style.look().text, linespacing=1.4)
    style.save_png(fig, path)
