"""How alike hidden units end up: median |cosine| of their weight vectors at the start, trained plain, with dropout and with DropConnect."""

from __future__ import annotations

import numpy as np

from ..runs import dropout
from . import style

NAMES = {"start": "at the start", "plain": "trained plain", "dropout": "dropout",
         "dropconnect": "DropConnect"}


def runs(hidden=(4, 32)):
    return [dropout.redundancy.call(units) for units in hidden]


def _rows(found: dropout.Redundancy) -> list[tuple[str, np.ndarray]]:
    """(label, per-seed median |cosine|), top row first."""
    return [(NAMES["start"], found.start.median)] + [
        (NAMES[variant], found.trained[variant].median) for variant in dropout.VARIANTS]


def render(path, hidden=(4, 32)) -> None:
    fig, axes = style.figure(3.0, ncols=len(hidden), phone_height=5.2, sharex=True)
    style.margins(fig, left=0.155, right=0.985, bottom=0.17, top=0.88, wspace=0.1)
    for index, (ax, units) in enumerate(zip(axes, hidden)):
        found = dropout.redundancy(units)
        colour = style.HIDDEN_COLOURS.get(units, style.QUALITATIVE[0])
        labelled = _rows(found)
        for row, (_, values) in enumerate(labelled):
            y = len(labelled) - 1 - row
            # A small fixed jitter, the same every build, so that equal values stay visible.
            jitter = (np.arange(len(values)) % 5 - 2) * 0.07
            ax.plot(values, y + jitter, "o", color=style.ink(colour, minimum=3.0), markersize=4.5,
                    alpha=0.8, markeredgewidth=0)
            ax.plot([np.median(values)] * 2, [y - 0.32, y + 0.32], color=style.look().curve,
                    linewidth=2.2)
        ax.set_yticks(range(len(labelled)),
                      [label for label, _ in labelled][::-1] if index == 0 or style.look().phone
                      else [""] * len(labelled))
        ax.set_ylim(-0.6, len(labelled) - 0.4)
        ax.set_xlim(0, 1)
        ax.set_xticks([0, 0.25, 0.5, 0.75, 1], ["0", "0.25", "0.5", "0.75", "1"])
        ax.set_title(f"{units} hidden units", loc="left", color=colour, fontweight="bold",
                     fontsize=style.SMALLEST_TEXT + 1)
        ax.grid(True, axis="x", color=style.look().grid, linewidth=0.6)
        ax.set_xlabel(f"median |cosine| of unit pairs ({len(found.seeds)} seeds; bar: median)",
                      fontsize=style.SMALLEST_TEXT)
    style.save_png(fig, path)
