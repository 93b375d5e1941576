"""Does clipping or batch normalization move the cliff? Final error against alpha, seed 1, 10 000 steps."""

from __future__ import annotations

from ..network import ALPHAS
from ..runs import switch_studies
from . import style

COLOURS = {"plain": None, "clipped": style.QUALITATIVE[2], "batch norm": style.QUALITATIVE[3]}


def runs(hidden=(4, 32)):
    return [switch_studies.cliff.call(units, name) for units in hidden for name in COLOURS]


def colour(name: str) -> str:
    return COLOURS[name] or style.look().curve


def render(path, hidden=(4, 32)) -> None:
    fig, axes = style.figure(3.8, ncols=len(hidden), phone_height=7.4, sharey=True)
    style.margins(fig, left=0.095, right=0.98, bottom=0.14, top=0.74, wspace=0.12)
    for ax, units in zip(axes, hidden):
        notes = []
        for name in COLOURS:
            found = switch_studies.cliff(units, name)
            ax.plot(found.alphas, found.errors, "-o", color=colour(name), linewidth=1.6,
                    markersize=3, alpha=0.9)
            if found.breakdown is not None:
                ax.axvline(found.breakdown, ymin=0.6, color=colour(name), linestyle="--",
                           linewidth=1.2)
            notes.append((f"{name}: cliff at {found.breakdown:.3g}" if found.breakdown
                          else f"{name}: no cliff", colour(name)))
        for row, (note, ink) in enumerate(notes):
            ax.text(0, 1.04 + 0.085 * (len(notes) - 1 - row), note, transform=ax.transAxes,
                    ha="left", va="bottom", color=ink, fontsize=style.SMALLEST_TEXT + 0.5,
                    fontweight="bold")
        ax.text(0, 1.04 + 0.085 * len(notes), f"{units} hidden units", transform=ax.transAxes,
                ha="left", va="bottom", fontsize=style.SMALLEST_TEXT + 1.5,
                color=style.HIDDEN_COLOURS.get(units, style.look().text), fontweight="bold")
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_ylim(2e-4, 1)
        ax.set_xticks(ALPHAS[::2], [f"{alpha:g}" for alpha in ALPHAS[::2]])
        ax.set_xlabel("alpha (5 per decade)")
        ax.grid(True, which="major", color=style.look().grid, linewidth=0.6)
    axes[0].set_ylabel("final mean |error|")
    if style.look().phone:
        axes[1].set_ylabel("final mean |error|")
    style.save_png(fig, path)
