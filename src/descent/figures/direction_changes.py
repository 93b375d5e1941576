"""A closer look: how often each weight's update changed direction, next to how big the weights ended up."""

from __future__ import annotations

import numpy as np

from ..readings import sweep_readings
from ..runs import sweeps
from . import style


def _strip(ax, positions, values, colour) -> None:
    # A fixed, evenly spread jitter keeps the 16 weights of one alpha apart, identically each run.
    spread = np.linspace(-0.22, 0.22, len(values))
    ax.plot(positions + spread, values, "o", color=colour, markersize=5, alpha=0.85,
            markeredgewidth=0)
    ax.plot([positions - 0.3, positions + 0.3], [np.median(values)] * 2, color=style.look().curve,
            linewidth=2)


def runs():
    return [sweeps.article_sweep.call(4)]


def render(path) -> None:
    data = sweep_readings.weight_readings()
    fig, (changes_ax, size_ax) = style.figure(3.6, ncols=2)
    style.margins(fig, left=0.08, right=0.98, bottom=0.2, top=0.88, wspace=0.28)
    for index, (colour, (changes, sizes)) in enumerate(zip(style.QUALITATIVE, data.values())):
        _strip(changes_ax, index, changes, colour)
        _strip(size_ax, index, sizes, colour)
    changes_ax.set_yscale("symlog", linthresh=1)  # symlog: many weights never change direction
    changes_ax.set_ylim(-0.3, None)
    changes_ax.set_title("update-direction changes per weight", loc="left")
    size_ax.set_yscale("log")
    size_ax.set_title("final |weight|", loc="left")
    for ax in (changes_ax, size_ax):
        ax.set_xticks(range(len(data)), [f"{alpha:g}" for alpha in data])
        ax.set_xlabel("alpha  (dots: the 16 weights; bar: their median)")
        ax.grid(True, axis="y", color=style.look().grid, linewidth=0.6)
        ax.yaxis.set_major_formatter(lambda value, _: f"{value:g}")
    style.save_png(fig, path)
