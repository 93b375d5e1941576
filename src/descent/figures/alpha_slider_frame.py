"""One frame of the alpha slider: a dozen descent steps on the bucket for one alpha, and the distance left."""

from __future__ import annotations

import numpy as np

from .. import landscapes
from ..runs.descents import ALPHAS, DEFAULT, START, alpha_label, factor_label, iterates
from . import panels, style

REACH = 2.4  # the drawn stretch of the bucket: |x| <= REACH
DISTANCE_FLOOR, DISTANCE_CEILING = 1e-4, 1e7  # one y range for every frame, so frames compare


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
        first_out = int(np.argmin(inside))
        side = float(np.sign(xs[first_out]))
        ax.annotate(f"step {first_out}: off the chart", (side * REACH, REACH ** 2 * 1.1),
                    xytext=(-side * 16, -4), textcoords="offset points", fontsize=10,
                    ha="right" if side > 0 else "left", va="center", color=style.look().ball,
                    arrowprops=dict(arrowstyle="-|>", color=style.look().ball, linewidth=1.2))
    ax.annotate("start", (xs[0], xs[0] ** 2), xytext=(-14, 4), textcoords="offset points",
                ha="right", va="bottom", fontsize=10, color=style.look().axis)


def _distance(ax, xs: np.ndarray) -> None:
    distance = np.abs(xs)
    exact = distance == 0  # alpha 0.5 lands on 0 exactly: a log axis cannot show it
    ax.plot(np.arange(len(xs)), np.clip(distance, DISTANCE_FLOOR, None), "-o", color=style.look().ball,
            markersize=4, linewidth=1.6, clip_on=True)
    if exact.any():
        ax.annotate("exactly 0", (int(np.argmax(exact)), DISTANCE_FLOOR), xytext=(8, 10),
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
    fig.text(0.02, 0.95, f"alpha {alpha_label(alpha)}   step factor 1 \u2212 2\u00b7alpha = "
             f"{factor_label(alpha)}", fontsize=13, fontweight="bold", color=style.look().text,
             va="center")
    _bucket(left, xs)
    _distance(right, xs)
    style.save_png(fig, path)
