"""Drop 10 000 balls at random and each valley catches a share set by its basin's width, not its depth."""

from __future__ import annotations

import numpy as np

from .. import landscapes
from ..runs import basins
from . import panels, style

START_BINS = 100  # the faint histogram of starting points: each bin holds about 1 % of the balls


def runs(balls: int = 10_000, seed: int = 1):
    return [basins.drop.call(balls, seed)]


def _percent(fraction: float) -> str:
    return f"{100 * fraction:.1f}%"


def _keep_apart(ax, labels, gap_points: float = 6.0) -> None:
    """Slide centred labels sideways, as little as possible, so that none touches the next.

    Narrow neighbouring basins put their labels' centres closer than the labels are wide; the
    last label also stays inside the axes. Positions are moved in display space.
    """
    renderer = ax.figure.canvas.get_renderer()
    widths = [label.get_window_extent(renderer).width for label in labels]
    centres = [ax.transData.transform((label.xy[0], 0))[0] for label in labels]
    gap = gap_points * ax.figure.dpi / 72
    edge = ax.transAxes.transform((1, 0))[0]
    centres[-1] = min(centres[-1], edge - widths[-1] / 2)
    for i in range(len(labels) - 2, -1, -1):  # right to left: each one clears its right neighbour
        centres[i] = min(centres[i], centres[i + 1] - (widths[i] + widths[i + 1]) / 2 - gap)
    for label, centre in zip(labels, centres):
        label.xy = (ax.transData.inverted().transform((centre, 0))[0], label.xy[1])


def render(path, balls: int = 10_000, seed: int = 1) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.ticker import PercentFormatter

    curve = landscapes.bumpy
    found = basins.drop(balls, seed)
    plt = style.pyplot()
    phone, ink = style.look().phone, style.look().text
    fig = plt.figure(figsize=(style.look().width, 7.4 if phone else 6.0), dpi=style.DPI)
    style.card(fig)
    top, bottom = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": (1.0, 1.15)})
    # Layout first: a ball's offset from the curve is computed from the final axes geometry.
    # Fixed margins on a phone too: constrained layout ignores the figure-level notes on top.
    if phone:
        fig.subplots_adjust(left=0.15, right=0.97, bottom=0.075, top=0.785, hspace=0.08)
    style.margins(fig, left=0.09, right=0.97, bottom=0.09, top=0.85, hspace=0.08)
    span = curve.high - curve.low
    top.set_xlim(curve.low - 0.02 * span, curve.high + 0.02 * span)
    ys = curve.f(np.linspace(curve.low, curve.high, 600))
    top.set_ylim(ys.min() - 0.14 * np.ptp(ys), ys.max() + 0.22 * np.ptp(ys))
    top.set_axis_off()
    panels.curve(top, curve, linewidth=2.6)

    tallest = max(found.fractions.max(), found.widths.max())
    bottom.set_ylim(0, 1.42 * tallest)
    bottom.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    bottom.set_ylabel("share of the balls")
    bottom.set_xlabel("x: where a ball starts (faint) and ends (bars)" if phone
                      else "x: where a ball starts (faint) and where it ends (bars)")
    ceiling = top.get_ylim()[1]
    bar_width = 0.34

    # The starting points, a faint histogram coloured by the valley each ball reached.
    bins = np.linspace(curve.low, curve.high, START_BINS + 1)
    stacked = np.zeros(START_BINS)
    for index in range(len(found.minima)):
        share = np.histogram(found.starts[found.valley == index], bins)[0] / found.balls
        bottom.bar(bins[:-1], share, width=np.diff(bins), bottom=stacked, align="edge",
                   color=style.basin_colour(index), alpha=0.45, linewidth=0, zorder=1)
        stacked += share

    shares = []  # the basins' width labels, left to right
    for index, (left, right) in enumerate(zip(found.edges[:-1], found.edges[1:])):
        colour, floor = style.basin_colour(index), found.minima[index]
        # Above, the basin's tint; below, a paler one, under the bars.
        top.axvspan(left, right, color=style.basin_fill(index), linewidth=0, zorder=0)
        bottom.axvspan(left, right, color=style.basin_fill(index, 0.1), linewidth=0, zorder=0)
        panels.ball(top, curve, floor, color=colour)
        # Labels in the text colour: sky blue or orange text on its pale band is too faint.
        # A few points below the band's top edge, so that they never touch it.
        shares.append(top.annotate(_percent(found.widths[index]), ((left + right) / 2, ceiling),
                                   (0, -6), textcoords="offset points", color=ink, ha="center",
                                   va="top", fontsize=10, fontweight="bold"))
        # Where the balls ended: a bar at the floor; a black tick at the share the width predicts.
        share, expected = found.fractions[index], found.widths[index]
        bottom.bar(floor, share, width=bar_width, color=colour, linewidth=0, zorder=2)
        bottom.plot([floor - 0.62 * bar_width, floor + 0.62 * bar_width], [expected, expected],
                    color=style.look().curve, linewidth=2.2, solid_capstyle="butt", zorder=3)
        bottom.text(floor, max(share, expected) + 0.03 * tallest,
                    f"{_percent(share)}\n{found.counts[index]:,}" + ("" if phone else " balls"),
                    color=ink, ha="center", va="bottom", fontsize=10 if phone else 10.5,
                    fontweight="bold",
                    linespacing=1.15, zorder=4)

    for ax in (top, bottom):  # where one basin meets the next, in both panels
        panels.boundaries(ax, found.edges)
    _keep_apart(top, shares)

    deepest = found.deepest
    low_x, low_y = found.minima[deepest], found.floors[deepest]
    panels.note(top, low_x, low_y,
                f"deepest valley:{chr(10) if phone else ' '}only "
                f"{_percent(found.fractions[deepest])} of the balls found it",
                xytext=(low_x - 0.85, low_y + 0.05), ha="right", va="center",
                arrowprops=dict(arrowstyle="->", color=style.look().muted, shrinkB=8),
                # on the card's colour: it crosses two basins' tints
                bbox=dict(boxstyle="round,pad=0.2", facecolor=style.look().card, linewidth=0))

    handles = [Patch(facecolor=style.look().faint, alpha=0.6, label="where the balls started"),
               Patch(facecolor=style.look().faint, label="where they ended"),
               Line2D([], [], color=style.look().curve, linewidth=2.2, solid_capstyle="butt",
                      label="share predicted by the basin's width")]
    fig.legend(handles=handles, loc="upper center", ncol=1 if phone else 3,
               bbox_to_anchor=(0.53, 0.995), fontsize=10, handlelength=1.6, columnspacing=1.6)
    fig.text(0.53, 0.8 if phone else 0.87,
             f"{found.balls:,} balls dropped uniformly at random (seed {found.seed}),"
             f"{chr(10) if phone else ' '}each descending with alpha {basins.ALPHA} for "
             f"{basins.STEPS} steps;\ntop: each basin's share of the line",
             fontsize=9.5, color=style.look().axis, ha="center", va="bottom")
    style.save_png(fig, path)
