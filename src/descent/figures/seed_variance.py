"""The alpha sweep from 20 random starts: median error per alpha, with the middle half and the full range of seeds shaded."""

from __future__ import annotations

from ..runs import studies, sweeps
from ..readings import sweep_readings
from . import labels, style

ITERATIONS = sweeps.ITERATIONS


def runs(seeds: int = 20, hidden: int = 4):
    return [studies.seed_variance.call(seeds, hidden)]


def render(path, seeds: int = 20, hidden: int = 4) -> None:
    found = studies.seed_variance(seeds, hidden)
    steps, errors = sweep_readings.seed_curves(found)
    bands = sweep_readings.seed_spread(errors)
    fig, ax = style.figure(4.0, phone_height=4.2)
    style.margins(fig, left=0.09, right=0.84, bottom=0.13, top=0.92)
    ends = []
    for index, alpha in enumerate(found.alphas):
        colour = style.alpha_colour(alpha)
        ax.fill_between(steps, bands["min"][index], bands["max"][index], color=colour,
                        alpha=0.08, linewidth=0)
        ax.fill_between(steps, bands["q1"][index], bands["q3"][index], color=colour,
                        alpha=0.28, linewidth=0)
        # Alpha 1000's median (0.5) lies on alpha 0.001's (just under 0.5): dash the last line
        # so that both show.
        dashed = alpha == 1000
        ax.plot(steps, bands["median"][index], linestyle=(0, (3, 2)) if dashed else "-",
                color=colour, linewidth=2)
        ends.append(labels.End(f"alpha {alpha:g}", colour, steps[-1], bands["median"][index][-1]))
    ax.set_yscale("log")
    ax.set_xlim(0, ITERATIONS)
    ax.set_xlabel("iteration")
    ax.set_ylabel(f"mean |error|, median of {len(found.seeds)} seeds")
    ax.grid(True, which="major", color=style.look().grid, linewidth=0.6)
    ax.xaxis.set_major_formatter(lambda value, _: f"{value / 1000:g}k" if value else "0")
    # The bands explained once, above the plot, instead of in a legend beside it.
    gap = "\n" if style.look().phone else ";  "
    ax.set_title(f"line: median of the seeds{gap}dark band: middle half;  light band: all",
                 loc="left", fontsize=style.SMALLEST_TEXT, color=style.look().muted)
    labels.label_ends(ax, ends)
    style.save_png(fig, path)
