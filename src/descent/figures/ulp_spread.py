"""One unit in the last place, 40 times: how far each run's error after 50 000 steps spreads when its starting weights are nudged."""

from __future__ import annotations

import numpy as np

from ..readings import sweep_readings
from ..runs import sweeps, ulp
from . import style

FLOOR = 1e-18  # where a spread of exactly zero is drawn (a log axis has no zero)


def runs():
    return ([ulp.nudged.call(hidden, direction_changes=hidden == 4) for hidden in (4, 32)]
            + [sweeps.article_sweep.call(hidden) for hidden in (4, 32)])


def render(path) -> None:
    fig, ax = style.figure(3.8)
    style.margins(fig, left=0.1, right=0.98, bottom=0.14, top=0.9)
    width = 0.38
    for index, hidden in enumerate((4, 32)):
        colour = style.HIDDEN_COLOURS[hidden]  # the same colour per hidden size in every figure
        relative, fixed = sweep_readings.ulp_spreads(hidden)
        spots = np.arange(len(relative)) + (index - 0.5) * width
        heights = np.maximum(relative, FLOOR)
        ax.bar(spots, heights, width * 0.92, bottom=FLOOR, color=colour,
               label=f"{hidden} hidden units")
        for spot, height, digits in zip(spots, heights, fixed):
            label = "all" if digits is None else f"{digits}"
            ax.annotate(label, (spot, height), (0, 2), textcoords="offset points",
                        ha="center", va="bottom", color=colour, fontsize=9, fontweight="bold")
    ax.axhline(sweep_readings.PRINTED, color=style.look().faint, linewidth=1, linestyle=(0, (4, 3)))
    ax.annotate("spreads above this line reach the printed digits", (-0.45, sweep_readings.PRINTED), (0, 5),
                textcoords="offset points", fontsize=9, color=style.look().axis, va="bottom")
    ax.set_yscale("log")
    ax.set_ylim(FLOOR, 1)
    ax.set_xlim(-0.6, len(sweeps.ALPHAS) - 0.4)
    ax.set_xticks(range(len(sweeps.ALPHAS)), [f"{alpha:g}" for alpha in sweeps.ALPHAS])
    # A phone's column is too narrow for one line: the note goes under the label, in two.
    note = ("\n(numbers on the bars: leading\nprinted digits that stay fixed)" if style.look().phone
            else "   (numbers on the bars: leading printed digits that stay fixed)")
    ax.set_xlabel(f"alpha{note}")
    ax.set_ylabel(f"relative spread at {sweep_readings.ULP_AT:,}")
    ax.grid(True, axis="y", which="major", color=style.look().grid, linewidth=0.6)
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=2)
    style.save_png(fig, path)
