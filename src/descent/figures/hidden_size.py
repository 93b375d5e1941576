"""More hidden units: 4 against 32, the error each alpha reaches after 50 000 iterations."""

from __future__ import annotations

import numpy as np

from ..runs import sweeps
from . import style

AT = 50_000  # the last error the article's log prints


def final_errors(hidden: int, at: int = AT) -> dict[float, float]:
    """alpha -> mean |error| at iteration `at` of the sweep with `hidden` units."""
    return {run.alpha: run.errors[at] for run in sweeps.article_sweep(hidden).runs}


def runs(hidden=(4, 32)):
    return [sweeps.article_sweep.call(units) for units in hidden]


def render(path, hidden=(4, 32)) -> None:
    fig, ax = style.figure(3.6)
    style.margins(fig, left=0.09, right=0.98, bottom=0.15, top=0.88)
    width = 0.8 / len(hidden)
    for index, (units, colour) in enumerate(zip(hidden, (style.QUALITATIVE[0], style.QUALITATIVE[1]))):
        errors = final_errors(units)
        spots = np.arange(len(errors)) + (index - (len(hidden) - 1) / 2) * width
        ax.bar(spots, list(errors.values()), width * 0.92, color=colour,
               label=f"{units} hidden units")
        best = min(errors, key=errors.get)
        where = spots[list(errors).index(best)]
        ax.annotate(f"{errors[best]:.4f}", (where, errors[best]), (0, 3),
                    textcoords="offset points", ha="center", va="bottom", color=colour, fontsize=9.5,
                    fontweight="bold")
        ticks = list(errors)
    ax.set_yscale("log")
    ax.set_ylim(1e-4, 1)
    ax.set_xticks(range(len(ticks)), [f"{alpha:g}" for alpha in ticks])
    ax.set_xlabel("alpha")
    ax.set_ylabel(f"mean |error| at {AT:,}")
    ax.grid(True, axis="y", color=style.look().grid, linewidth=0.6)
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=2)
    style.save_png(fig, path)
