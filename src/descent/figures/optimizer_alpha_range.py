"""How far alpha can go: final error after 10 000 steps against alpha for each rule, from the seed-1 start; plain gradient descent in grey in every panel."""

from __future__ import annotations

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


def render(path) -> None:
    curves = {rule: race.alpha_range(rule) for rule in RULES}
    fig, axes, spare = grid.panels(len(curves), 2.2 if not style.look().phone else 2.0,
                            sharex=True, sharey=True)
    for ax, (rule, found) in zip(axes, curves.items()):
        if rule != PLAIN:
            _draw(ax, curves[PLAIN], style.look().faint, 1.2, marks=False)
        _draw(ax, found, style.OPTIMIZER_COLOURS[rule], 1.8, marks=True)
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_ylim(5e-7, 1)
        ax.set_xticks([1e-4, 1e-2, 1, 100], ["0.0001", "0.01", "1", "100"])
        ax.grid(True, which="major", color=style.look().grid, linewidth=0.5)
        ax.set_title(note(found, rule), loc="left", fontsize=style.SMALLEST_TEXT,
                     color=style.OPTIMIZER_COLOURS[rule])
        ax.tick_params(labelsize=style.SMALLEST_TEXT)
    for ax in axes:
        if ax.get_subplotspec().is_first_col():
            ax.set_ylabel("final error", fontsize=style.SMALLEST_TEXT)
        if ax.get_subplotspec().is_last_row() or ax is axes[-1] or ax is axes[-2]:
            ax.set_xlabel("alpha", fontsize=style.SMALLEST_TEXT)
            ax.xaxis.set_tick_params(labelbottom=True)
    if spare:  # the key, in the empty cell
        spare[0].text(0.05, 0.5, KEY, transform=spare[0].transAxes, ha="left", va="center",
                      fontsize=style.SMALLEST_TEXT, color=style.look().text, linespacing=1.5)
    style.save_png(fig, path)
