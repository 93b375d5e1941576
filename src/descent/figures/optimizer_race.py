"""The optimizer race: median error of 20 starts against passes, each rule at its best alpha, and scipy's methods on the same count."""

from __future__ import annotations

import numpy as np

from ..optimizers import RULES
from ..runs import quasi_newton, race, race_readings
from . import labels, style

REFERENCE = ("gradient descent", "Adam")  # drawn again, faintly, beside scipy's methods


def runs():
    return ([race.race.call(rule) for rule in RULES]
            + [quasi_newton.search.call(method) for method in quasi_newton.METHODS])


DODGE = 1.22  # each step rule's end bar sits this factor further right than the one above it


def _race_panel(ax, laps) -> list[labels.End]:
    """Each rule's median line, and at its end a bar over the middle half of its starts' final
    errors. Bands along the lines would pile up where six rules run together; the bars stand
    side by side, one per rule, the lowest first."""
    ends = []
    # The lowest rule's bar first: a bar reaches up, so it is never under a label above it.
    ranked = sorted(laps, key=lambda lap: lap.median()[-1])
    for lap in laps:
        colour = style.OPTIMIZER_COLOURS[lap.rule]
        x, median = race_readings.passes(lap), lap.median()
        ax.plot(x, median, color=colour, linewidth=1.8)
        at = x[-1] * DODGE ** (ranked.index(lap) + 1)
        low, high = np.percentile(lap.errors[:, -1], [25, 75])
        ax.plot([x[-1], at], [median[-1]] * 2, color=colour, linewidth=0.9, linestyle=(0, (1, 1.5)))
        ax.plot([at, at], [low, high], color=colour, linewidth=4.5, solid_capstyle="butt",
                alpha=0.45)
        ax.plot(at, median[-1], "o", color=colour, markersize=3.5)
        ends.append(labels.End(lap.rule, colour, at, median[-1]))
    last = x[-1] * DODGE ** len(laps)  # the labels in one column, right of every bar
    return [labels.End(end.text, end.colour, end.x, end.y, column=last) for end in ends]


def _scipy_panel(ax, laps) -> list[labels.End]:
    ends = []
    for lap in laps:
        if lap.rule in REFERENCE:
            ax.plot(race_readings.passes(lap), lap.median(), color=style.OPTIMIZER_COLOURS[lap.rule],
                    linewidth=1.0, alpha=0.55)
            ends.append(labels.End(lap.rule, style.OPTIMIZER_COLOURS[lap.rule], race_readings.passes(lap)[-1],
                                   lap.median()[-1]))
    for method in quasi_newton.METHODS:
        found = quasi_newton.search(method)
        counts = race_readings.evaluation_counts(found)
        table = race_readings.lowest_so_far(found, counts)
        colour = style.OPTIMIZER_COLOURS[method]
        median = np.nanmedian(table, axis=0)
        ax.plot(counts, median, color=colour, linewidth=2.0, linestyle=(0, (4, 1.5)))
        ax.plot(counts[-1], median[-1], "o", color=colour, markersize=4)
        ends.append(labels.End(method, colour, counts[-1], median[-1]))
    return ends


def render(path) -> None:
    laps = [race.race(rule) for rule in RULES]
    fig, axes = style.figure(4.4, ncols=2, phone_height=8.6)
    style.margins(fig, left=0.09, right=0.99, bottom=0.12, top=0.9, wspace=0.06)
    phone = style.look().phone
    ends = [_race_panel(axes[0], laps), _scipy_panel(axes[1], laps)]
    bars = f"the step rules;\nbar: the middle half of the {len(laps[0].errors)} starts at the end"
    for ax, title in zip(axes, (bars, "scipy's methods (dashed)")):
        ax.set_xscale("log")
        ax.set_yscale("log")
        # Room for the end labels; the right panel's longest label ends furthest right.
        ax.set_xlim(1, race.STEPS * (12 if phone else 60 if ax is axes[0] else 140))
        ax.set_xticks([10 ** k for k in range(5)], ["1", "10", "100", "1k", "10k"])
        ax.xaxis.set_minor_locator(style.pyplot().NullLocator())
        ax.set_ylim(3e-7, 0.8)
        ax.set_xlabel("forward and backward passes")
        ax.grid(True, which="major", color=style.look().grid, linewidth=0.6)
        ax.set_title(title, loc="left", fontsize=10)
    for ax in axes if phone else axes[:1]:
        ax.set_ylabel("mean |error|, median of 20 starts")
    if not phone:  # side by side the scales are the same: one set of labels says it
        axes[1].yaxis.set_tick_params(labelleft=False)
    # Last: label_ends lays the figure out and then freezes it.
    for ax, panel_ends in zip(axes, ends):
        labels.label_ends(ax, panel_ends, fontsize=style.SMALLEST_TEXT + (0 if phone else 0.5))
    style.save_png(fig, path)
