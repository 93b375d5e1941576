"""Mini-batches of 1, 2 and 4 examples: the median error of 20 seeds against steps and against passes through the data."""

from __future__ import annotations

from ..runs import switch_studies
from . import labels, style


def runs():
    return [switch_studies.mini_batches.call()]


def colour(size: int) -> str:
    return {1: style.QUALITATIVE[2], 2: style.QUALITATIVE[3], 4: style.look().curve}[size]


def name(size: int) -> str:
    return "all 4 (full batch)" if size == 4 else f"{size} example{'s' * (size > 1)}"


def render(path) -> None:
    found = switch_studies.mini_batches()
    phone = style.look().phone
    fig, axes = style.figure(3.4, ncols=2, phone_height=6.6, sharey=True)
    style.margins(fig, left=0.09, right=0.85, bottom=0.16, top=0.95, wspace=0.45)
    ylabel = f"mean |error| (median, {len(found.seeds)} seeds)"
    every_end = []
    for ax, by_epoch in zip(axes, (False, True)):
        ends = []
        for size in switch_studies.BATCH_SIZES:
            x = found.epochs(size) if by_epoch else found.steps
            ax.plot(x, found.median[size], color=colour(size), linewidth=1.8)
            # On a phone the lines end near the card's edge: numbers only, named in the text.
            ends.append(labels.End(str(size) if phone else name(size), colour(size), x[-1],
                                   found.median[size][-1]))
        every_end.append(ends)
        ax.set_yscale("log")
        ax.set_xlim(0, None)
        ax.set_xlabel("passes through the 4 examples (epochs)" if by_epoch
                      else "steps (weight updates)")
        ax.grid(True, which="major", color=style.look().grid, linewidth=0.6)
        ax.xaxis.set_major_formatter(lambda value, _: f"{value / 1000:g}k" if value else "0")
        if phone or not by_epoch:
            ax.set_ylabel(ylabel)
    if phone:
        axes[0].set_title("line: examples per step", loc="left", fontsize=style.SMALLEST_TEXT,
                          color=style.look().muted)
    # Labels last: label_ends freezes the layout, so every axis label must be placed first.
    for ax, ends in zip(axes, every_end):
        labels.label_ends(ax, ends, fontsize=style.SMALLEST_TEXT)
    style.save_png(fig, path)
