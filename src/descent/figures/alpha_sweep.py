"""The alpha sweep: mean absolute error while training, for alphas from 0.001 to 1000."""

from __future__ import annotations

import numpy as np

from ..runs import sweeps
from . import style


def curves(hidden: int = 4) -> dict[float, tuple[np.ndarray, np.ndarray]]:
    """alpha -> (iterations, mean |error| there) from the stored sweep."""
    return {run.alpha: (np.array(list(run.errors)), np.array(list(run.errors.values())))
            for run in sweeps.article_sweep(hidden).runs}


def draw(ax, hidden: int = 4, linestyle="-", label=True) -> None:
    """The sweep's error curves on ax, one colour per alpha (shared with the hidden-size plot)."""
    for colour, (alpha, (steps, errors)) in zip(style.QUALITATIVE, curves(hidden).items()):
        ax.plot(steps, errors, linestyle, color=colour, linewidth=2,
                label=f"alpha {alpha:g}" if label else None)
    ax.set_yscale("log")
    ax.set_xlim(0, sweeps.ITERATIONS)
    ax.set_xlabel("iteration")
    ax.set_ylabel("mean |error|")
    ax.grid(True, which="major", color=style.look().grid, linewidth=0.6)
    ax.xaxis.set_major_formatter(lambda value, _: f"{value:,.0f}")


def runs():
    return [sweeps.article_sweep.call(4)]


def render(path) -> None:
    fig, ax = style.figure(3.8)
    style.margins(fig, left=0.09, right=0.78, bottom=0.14, top=0.95)
    draw(ax)
    ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5))
    style.save_png(fig, path)
