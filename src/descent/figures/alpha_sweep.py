"""The alpha sweep: mean absolute error while training, for alphas from 0.001 to 1000."""

from __future__ import annotations

from ..readings import sweep_readings
from ..runs import sweeps
from . import labels, style

# Alpha 1000's error (0.5) lies on alpha 0.001's (just under 0.5): dashed, it shows both.
DASHED = (0, (3, 2))


def _linestyle(alpha: float) -> object:
    return DASHED if alpha == 1000 else "-"


def draw(ax, hidden: int = 4) -> list[labels.End]:
    """The sweep's error curves on ax, one colour per alpha; returns their label ends."""
    ends = []
    for alpha, (steps, errors) in sweep_readings.error_curves(hidden).items():
        colour = style.alpha_colour(alpha)
        ax.plot(steps, errors, linestyle=_linestyle(alpha), color=colour, linewidth=2)
        ends.append(labels.End(f"alpha {alpha:g}", colour, steps[-1], errors[-1]))
    ax.set_yscale("log")
    ax.set_xlim(0, sweeps.ITERATIONS)
    ax.set_xlabel("iteration")
    ax.set_ylabel("mean |error|")
    ax.grid(True, which="major", color=style.look().grid, linewidth=0.6)
    ax.xaxis.set_major_formatter(lambda value, _: f"{value / 1000:g}k" if value else "0")
    return ends


def runs():
    return [sweeps.article_sweep.call(4)]


def render(path) -> None:
    fig, ax = style.figure(3.8, phone_height=3.9)
    style.margins(fig, left=0.09, right=0.84, bottom=0.14, top=0.95)
    labels.label_ends(ax, draw(ax))
    style.save_png(fig, path)
