"""More hidden units: 4 against 32, the final error of each alpha after 60 000 steps."""

from __future__ import annotations

from ..network import ALPHAS
from ..runs import studies, sweeps
from ..readings import sweep_readings
from . import labels, style

ITERATIONS = sweeps.ITERATIONS  # the error at the end of training, as on the Explore alpha page


def runs(hidden=(4, 32)):
    return [studies.learning_rate.call(units) for units in hidden]


def render(path, hidden=(4, 32)) -> None:
    fig, ax = style.figure(3.6, phone_height=3.6)
    style.margins(fig, left=0.1, right=0.98, bottom=0.15, top=0.9)
    errors = {units: sweep_readings.final_errors(units) for units in hidden}
    # A dumbbell per alpha: a dot per hidden size on a log axis (bars would start at an
    # arbitrary floor), joined so that the change from 4 to 32 units reads as one stroke.
    # The two dots of an alpha sit a little apart, so that equal errors (alpha 1000) show both.
    shift = dict(zip(hidden, (-0.09, 0.09)))
    for index, alpha in enumerate(ALPHAS):
        ax.plot([index + shift[units] for units in hidden],
                [errors[units][alpha] for units in hidden],
                color=style.look().faint, linewidth=1.6, zorder=1)
    for side, units in zip((1, -1), hidden):
        colour = style.HIDDEN_COLOURS[units]
        values = list(errors[units].values())
        ax.plot([index + shift[units] for index in range(len(ALPHAS))], values, "o", color=colour, markersize=7.5,
                markeredgecolor=style.look().card, markeredgewidth=1.0, zorder=3)
        best = min(errors[units], key=errors[units].get)
        # The two best values sit at the same alpha: both labels to the left, where the
        # smaller alphas' errors are higher, one just above its dot and one just below.
        ax.annotate(f"{units} units: {errors[units][best]:.2g}",
                    (ALPHAS.index(best) + shift[units], errors[units][best]), (-9, 3 * side),
                    textcoords="offset points", ha="right", va="bottom" if side > 0 else "top",
                    color=colour, fontweight="bold", fontsize=style.SMALLEST_TEXT + 0.5)
    ax.set_yscale("log")
    ax.set_ylim(3e-4, 0.8)  # room under the best dots for the label below them
    ax.set_xlim(-0.6, len(ALPHAS) - 0.4)
    ax.set_xticks(range(len(ALPHAS)), [f"{alpha:g}" for alpha in ALPHAS])
    ax.set_xlabel("alpha")
    ax.set_ylabel(f"mean |error| after {ITERATIONS // 1000}k steps")
    ax.grid(True, axis="y", color=style.look().grid, linewidth=0.6)
    labels.coloured_title(ax, [(f"{hidden[0]} hidden units", style.HIDDEN_COLOURS[hidden[0]]),
                               ("  against  ", style.look().text),
                               (f"{hidden[1]} hidden units", style.HIDDEN_COLOURS[hidden[1]])])
    style.save_png(fig, path)
