"""Final error after 60 000 steps against alpha, for 4 and 32 hidden units: bigger steps help until training breaks down."""

from __future__ import annotations

from ..network import ALPHAS
from ..runs import studies, sweeps
from . import style

ITERATIONS = sweeps.ITERATIONS
COLOURS = (style.QUALITATIVE[0], style.QUALITATIVE[5])  # blue, vermillion: apart for every eye


def runs(hidden=(4, 32)):
    return [studies.learning_rate.call(units) for units in hidden]


def _draw_curve(ax, found: studies.Curve, colour: str, row: int) -> None:
    ax.plot(found.alphas, found.errors, "-", color=colour, linewidth=1.8, zorder=3,
            label=f"{found.hidden} hidden units")
    ax.plot(ALPHAS, [found.error_at(alpha) for alpha in ALPHAS], "o", color=colour,
            markersize=6, markeredgecolor=style.look().card, markeredgewidth=1.0, zorder=4)
    alpha, error = found.best
    ax.plot([alpha], [error], "*", color=colour, markersize=15, markeredgecolor=style.look().curve,
            markeredgewidth=0.8, zorder=5)
    # Labels sit in the empty lower right, one row per hidden size, lines to their stars.
    if found.lucky:
        ax.plot(*zip(*found.lucky), "D", markersize=6.5, markerfacecolor=style.look().card,
                markeredgecolor=colour, markeredgewidth=1.6, zorder=5)
    ax.annotate(f"{found.hidden} units: best alpha {alpha:.3g} (error {error:.2g})",
                (alpha, error), (0.985, 0.05 + 0.08 * row), textcoords="axes fraction",
                ha="right", va="center", fontsize=9, color=colour, fontweight="bold", zorder=6,
                bbox=dict(boxstyle="round,pad=0.2", facecolor=style.look().card, edgecolor="none"),
                arrowprops=dict(arrowstyle="-", color=colour, linewidth=0.8, shrinkB=7))
    if found.breakdown is not None:
        ax.axvline(found.breakdown, color=colour, linestyle="--", linewidth=1.2, zorder=2)
        ax.annotate(f"{found.hidden} units break down at {found.breakdown:.3g}",
                    (found.breakdown, 1.0), (-5, -4 - 14 * row), textcoords="offset points",
                    xycoords=("data", "axes fraction"), ha="right", va="top", fontsize=9,
                    color=colour)


def render(path, hidden=(4, 32)) -> None:
    fig, ax = style.figure(4.2)
    style.margins(fig, left=0.09, right=0.98, bottom=0.13, top=0.97)
    for row, (units, colour) in enumerate(zip(hidden, COLOURS)):
        _draw_curve(ax, studies.learning_rate(units), colour, row)
    ax.plot([], [], "o", color=style.look().muted, markeredgecolor=style.look().card, label="the article's alphas")
    ax.plot([], [], "*", color=style.look().muted, markersize=12, markeredgecolor=style.look().curve,
            markeredgewidth=0.8, label="best alpha before the breakdown")
    ax.plot([], [], "D", markerfacecolor=style.look().card, markeredgecolor=style.look().muted,
            markeredgewidth=1.6, label="converged anyway, past it")
    ax.plot([], [], "--", color=style.look().muted, linewidth=1.2, label="training breaks down")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlim(studies.LEARNING_RATE_ALPHAS.min() / 1.2, studies.LEARNING_RATE_ALPHAS.max() * 1.2)
    ax.set_ylim(1e-4, 1)
    ax.set_xticks(ALPHAS, [f"{alpha:g}" for alpha in ALPHAS])
    ax.set_xlabel("alpha (10 per decade)")
    ax.set_ylabel(f"mean |error| after {ITERATIONS:,} steps")
    ax.grid(True, which="major", color=style.look().grid, linewidth=0.6)
    ax.legend(loc="lower left", fontsize=9, handlelength=1.8)
    style.save_png(fig, path)
