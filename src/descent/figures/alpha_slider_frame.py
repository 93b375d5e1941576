"""One frame of the alpha slider: a dozen descent steps on the bucket for one alpha, and the distance left."""

from __future__ import annotations

import numpy as np

from .. import landscapes
from ..runs.descents import ALPHAS, DEFAULT, START, alpha_label, factor_label, iterates
from . import panels, style

REACH = 2.4  # the drawn stretch of the bucket: |x| <= REACH
# One y range for every frame, so frames compare; deep enough that no frame's distance flattens
# against the floor (alpha 0.707 is at 3e-5 after 12 steps) except alpha 0.5's exact zeros.
DISTANCE_FLOOR, DISTANCE_CEILING = 1e-16, 1e7


def _bucket(ax, xs: np.ndarray) -> None:
    panels.bare(ax)
    ax.set_xlim(-REACH - 0.1, REACH + 0.1)
    ax.set_ylim(-0.9, REACH ** 2 * 1.12)
    panels.curve(ax, landscapes.bucket, -REACH, REACH, linewidth=2.6)
    inside = np.abs(xs) <= REACH
    # The path of jumps; a jump off the chart is cut at the chart's edge.
    ax.plot(xs, xs ** 2, color=style.look().ball, linewidth=1.0, alpha=0.45, zorder=3)
    shades = np.linspace(0.25, 1.0, len(xs))
    for x, shade, fits in zip(xs, shades, inside):
        if fits:
            panels.ball(ax, landscapes.bucket, x, alpha=float(shade), size=8.0)
    if not inside.all():
        _leaving(ax, xs, int(np.argmin(inside)))
    ax.annotate("start", (xs[0], xs[0] ** 2), xytext=(-14, 4), textcoords="offset points",
                ha="right", va="bottom", fontsize=10, color=style.look().axis)


def _leaving(ax, xs: np.ndarray, first_out: int) -> None:
    """An arrow along the jump that leaves the chart, its head where the jump crosses the edge."""
    here = np.array([xs[first_out - 1], xs[first_out - 1] ** 2])
    there = np.array([xs[first_out], xs[first_out] ** 2])
    (left, right), (_, top) = ax.get_xlim(), ax.get_ylim()
    edge = right if there[0] > here[0] else left
    share = min((top - here[1]) / (there[1] - here[1]), (edge - here[0]) / (there[0] - here[0]))
    exit_point = here + share * (there - here)
    ax.annotate("", exit_point, here + 0.8 * share * (there - here),
                arrowprops=dict(arrowstyle="-|>", color=style.look().ball, linewidth=1.4,
                                shrinkA=0, shrinkB=0))
    # The words sit inside the chart, under the exit, on the side the jump is heading: clear of it.
    side = 1.0 if there[0] > here[0] else -1.0
    ax.annotate(f"step {first_out}:\nout of the chart", exit_point, xytext=(side * 10, -14),
                textcoords="offset points", fontsize=10, color=style.look().ball,
                ha="left" if side > 0 else "right", va="top")


def _distance(ax, xs: np.ndarray) -> None:
    distance = np.abs(xs)
    exact = distance == 0  # alpha 0.5 lands on 0 exactly: a log axis cannot show it
    # Exact zeros are left out of the line: drawn at the floor they would look like a plateau.
    ax.plot(np.arange(len(xs)), np.where(exact, np.nan, distance), "-o", color=style.look().ball,
            markersize=4, linewidth=1.6, clip_on=True)
    if exact.any():
        # A log axis has no 0: those steps sit on the floor, marked and named for what they are.
        steps = np.flatnonzero(exact)
        ax.plot(steps, np.full(len(steps), DISTANCE_FLOOR), "v", color=style.look().ball,
                markersize=7, linestyle="none", clip_on=False, zorder=4)
        ax.annotate("exactly 0: at the bottom", (int(steps[0]), DISTANCE_FLOOR), xytext=(8, 10),
                    textcoords="offset points", fontsize=10, color=style.look().ball)
    ax.axhline(abs(START), color=style.look().faint, linewidth=1.0, linestyle=(0, (3, 3)))
    ax.set_yscale("log")
    ax.set_ylim(DISTANCE_FLOOR / 2, DISTANCE_CEILING)
    ax.set_xlim(-0.5, len(xs) - 0.5)
    ax.set_xlabel("step")
    ax.set_ylabel("distance from the bottom |x|")
    ax.grid(True, which="major", axis="y", color=style.look().grid, linewidth=0.6)


def render(path, frame: int = DEFAULT) -> None:
    alpha = ALPHAS[frame]
    xs = iterates(alpha)
    fig, (left, right) = style.figure(3.3, ncols=2, gridspec_kw={"width_ratios": [1.25, 1]})
    style.margins(fig, left=0.02, right=0.98, bottom=0.15, top=0.86, wspace=0.22)
    # A suptitle, so that a phone's constrained layout keeps room for it: there it is centred on
    # two lines, with no fixed place (a given x or y would take it out of the layout).
    phone = style.look().phone
    place = {} if phone else {"x": 0.02, "y": 0.98, "ha": "left"}
    fig.suptitle(f"alpha {alpha_label(alpha)}{chr(10) if phone else '   '}step factor "
                 f"1 \u2212 2\u00b7alpha = {factor_label(alpha)}", fontsize=13, fontweight="bold",
                 color=style.look().text, **place)
    _distance(right, xs)
    panels.settle_layout(fig)  # the balls' offsets are computed from the axes' final places
    _bucket(left, xs)
    style.save_png(fig, path)
