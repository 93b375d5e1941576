"""Final error after 60 000 steps against alpha, for 4 and 32 hidden units: bigger steps help until training breaks down."""

from __future__ import annotations

from ..network import ALPHAS
from ..runs import studies, sweeps
from . import style

ITERATIONS = sweeps.ITERATIONS


def runs(hidden=(4, 32)):
    return [studies.learning_rate.call(units) for units in hidden]


def _draw_curve(ax, found: studies.Curve, colour: str) -> None:
    ax.plot(found.alphas, found.errors, "-", color=colour, linewidth=1.8, zorder=3)
    ax.plot(ALPHAS, [found.error_at(alpha) for alpha in ALPHAS], "o", color=colour,
            markersize=6, markeredgecolor=style.look().card, markeredgewidth=1.0, zorder=4)
    alpha, error = found.best
    ax.plot([alpha], [error], "*", color=colour, markersize=15, markeredgecolor=style.look().curve,
            markeredgewidth=0.8, zorder=5)
    if found.lucky:
        ax.plot(*zip(*found.lucky), "D", markersize=6.5, markerfacecolor=style.look().card,
                markeredgecolor=colour, markeredgewidth=1.6, zorder=5)
    if found.breakdown is not None:
        # Only in the upper half, where the curve jumps: the lower half stays free for the
        # notes, so that no line crosses them.
        ax.axvline(found.breakdown, ymin=0.55, color=colour, linestyle="--", linewidth=1.2,
                   zorder=2)


def _note(found: studies.Curve) -> str:
    alpha, error = found.best
    if style.look().phone:  # the same facts in fewer words: one line of the narrow canvas
        return (f"{found.hidden} units: best {alpha:.3g} ({error:.2g})"
                + (f", breaks at {found.breakdown:.3g}" if found.breakdown else ""))
    return (f"{found.hidden} hidden units: best alpha {alpha:.3g} (error {error:.2g})"
            + (f", training breaks down at {found.breakdown:.3g}" if found.breakdown else ""))


def _key(ax) -> None:
    """What the marks mean, in the empty lower left (the colours are named by the title)."""
    muted, card = style.look().muted, style.look().card
    short = style.look().phone  # shorter words keep the key clear of the stars on a phone
    best = "best before the breakdown" if short else "best alpha before the breakdown"
    past = "converged past it" if short else "converged anyway, past it"
    ax.plot([], [], "o", color=muted, markeredgecolor=card, label="the article's alphas")
    ax.plot([], [], "*", color=muted, markersize=12, markeredgecolor=style.look().curve,
            markeredgewidth=0.8, label=best)
    ax.plot([], [], "D", markerfacecolor=card, markeredgecolor=muted, markeredgewidth=1.6,
            label=past)
    ax.plot([], [], "--", color=muted, linewidth=1.2, label="training breaks down")
    ax.legend(loc="lower left", fontsize=style.SMALLEST_TEXT, handlelength=1.8)


def render(path, hidden=(4, 32)) -> None:
    fig, ax = style.figure(4.2, phone_height=4.6)
    style.margins(fig, left=0.09, right=0.98, bottom=0.13, top=0.86)
    curves = [studies.learning_rate(units) for units in hidden]
    for found in curves:
        _draw_curve(ax, found, style.HIDDEN_COLOURS[found.hidden])
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlim(studies.LEARNING_RATE_ALPHAS.min() / 1.2, studies.LEARNING_RATE_ALPHAS.max() * 1.2)
    ax.set_ylim(2e-5 if style.look().phone else 1e-4, 1)  # phone: room for the key below
    ax.set_xticks(ALPHAS, [f"{alpha:g}" for alpha in ALPHAS])
    ax.set_xlabel("alpha (10 per decade)")
    ax.set_ylabel(f"mean |error| after {ITERATIONS // 1000}k steps")
    ax.grid(True, which="major", color=style.look().grid, linewidth=0.6)
    # The notes name the colours, above the plot: no line or mark runs through them.
    for row, found in enumerate(curves):
        ax.text(0, 1.03 + 0.075 * (len(curves) - 1 - row), _note(found), transform=ax.transAxes,
                ha="left", va="bottom", color=style.HIDDEN_COLOURS[found.hidden],
                fontsize=style.SMALLEST_TEXT + 0.5, fontweight="bold")
    _key(ax)
    style.save_png(fig, path)
