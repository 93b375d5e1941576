"""How far alpha can go: each rule's final error after 10 000 steps against alpha, plain descent in grey for comparison."""

from __future__ import annotations

import numpy as np

from ..optimizers import RULES
from ..runs import race
from . import grid, style

PLAIN = "gradient descent"
KEY = ("star: the best alpha\nbefore the cliff\ndashed: the cliff\ngrey: gradient descent,\n"
       "for comparison")


def runs():
    return [race.alpha_range.call(rule) for rule in RULES]


def note(found, rule: str) -> str:
    """The panel's title: the rule, its best alpha and where it breaks down."""
    alpha, error = found.best
    cliff = f"cliff {found.breakdown:.3g}" if found.breakdown is not None else "no cliff"
    return f"{rule}\nbest {alpha:.3g} ({error:.1g}), {cliff}"


def _draw(ax, found, colour: str, width: float, marks: bool) -> None:
    ax.plot(found.alphas, found.errors, "-", color=colour, linewidth=width, zorder=3)
    if marks:
        alpha, error = found.best
        ax.plot([alpha], [error], "*", color=colour, markersize=12,
                markeredgecolor=style.look().curve, markeredgewidth=0.7, zorder=5)
        if found.breakdown is not None:
            ax.axvline(found.breakdown, color=colour, linestyle="--", linewidth=1.1, zorder=2)


def _wrap_wide_titles(fig, titles) -> None:
    """Put the cliff on a line of its own in a title that would reach past the card's edge
    (the layout makes room for a title's height, not for its width)."""
    fig.get_layout_engine().execute(fig)
    renderer = fig.canvas.get_renderer()
    inside = fig.bbox.x1 * 0.995  # the card's edge (style.card) and a few pixels
    for title in titles:
        if title.get_window_extent(renderer).x1 > inside:
            title.set_text("\n".join(title.get_text().rsplit(", ", 1)))


def render(path) -> None:
    curves = {rule: race.alpha_range(rule) for rule in RULES}
    # The panels share a floor: the decade below the lowest error any curve reaches.
    lowest = min(np.nanmin(found.errors[found.errors > 0]) for found in curves.values())
    floor = 10.0 ** np.floor(np.log10(lowest))
    fig, axes, spare = grid.panels(len(curves), 2.2 if not style.look().phone else 2.0,
                            sharex=True, sharey=True)
    titles = []
    for ax, (rule, found) in zip(axes, curves.items()):
        if rule != PLAIN:
            _draw(ax, curves[PLAIN], style.look().faint, 1.2, marks=False)
        _draw(ax, found, style.OPTIMIZER_COLOURS[rule], 1.8, marks=True)
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_ylim(floor, 1)
        ax.set_xticks([1e-4, 1e-2, 1, 100], ["0.0001", "0.01", "1", "100"])
        ax.grid(True, which="major", color=style.look().grid, linewidth=0.5)
        titles.append(ax.set_title(note(found, rule), loc="left", fontsize=style.SMALLEST_TEXT,
                                   color=style.OPTIMIZER_COLOURS[rule]))
        ax.tick_params(labelsize=style.SMALLEST_TEXT)
    for index, ax in enumerate(axes):
        if ax.get_subplotspec().is_first_col():
            ax.set_ylabel("final error", fontsize=style.SMALLEST_TEXT)
        columns = ax.get_subplotspec().get_gridspec().ncols
        if index + columns >= len(axes):  # no panel beneath it: the last row, or above the key
            ax.set_xlabel("alpha", fontsize=style.SMALLEST_TEXT)
            ax.xaxis.set_tick_params(labelbottom=True)
    _wrap_wide_titles(fig, titles)
    if spare:  # the key, in the empty cell
        spare[0].text(0.05, 0.5, KEY, transform=spare[0].transAxes, ha="left", va="center",
                      fontsize=style.SMALLEST_TEXT, color=style.look().text, linespacing=1.5)
    style.save_png(fig, path)
