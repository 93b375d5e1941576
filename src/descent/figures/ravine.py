"""Some slopes too big and others too small: in a long narrow valley one alpha zig-zags across and crawls along."""

from __future__ import annotations

import numpy as np

from .. import landscapes
from ..runs import paths
from . import style

def render(path) -> None:
    fig, ax = style.figure(3.6)
    style.margins(fig, left=0.07, right=0.97, bottom=0.15, top=0.85)
    x, y = np.meshgrid(np.linspace(-10, 10, 401), np.linspace(-2.2, 2.2, 201))
    height = landscapes.ravine_f(np.stack([x, y], axis=-1))
    levels = np.geomspace(0.05, height.max(), 14)
    ax.contourf(x, y, height, levels=levels, cmap="Blues_r", alpha=0.3, extend="min")
    ax.contour(x, y, height, levels=levels, colors=style.look().curve, linewidths=0.6, alpha=0.5)
    iterates = paths.ravine()
    ax.plot(*iterates.T, color=style.look().tangent, linewidth=1.6, zorder=3)
    ax.plot(*iterates.T, "o", color=style.look().ball, markersize=4.5, zorder=4)
    ax.plot(*iterates[0], "o", color=style.look().ball, markersize=10, markeredgecolor=style.look().card, zorder=5)
    ax.plot(0, 0, "x", color=style.look().curve, markersize=9, markeredgewidth=2, zorder=5)
    flat, steep = paths.ravine_step_factors()
    words = (f"one alpha ({paths.RAVINE_ALPHA:g}), {landscapes.RAVINE_STEPS} steps: across the valley",
             f"each step overshoots (\u00d7{steep:+.2f}),", "along it each step",
             f"covers only {1 - flat:.0%} of the way left (\u00d7{flat:.3f})")
    # Two lines on a laptop; three on a phone, whose column is too narrow for either of those.
    lines = ((words[0], " ".join(words[1:3]), words[3]) if style.look().phone
             else (" ".join(words[:2]), " ".join(words[2:])))
    ax.set_title("\n".join(lines), fontsize=10, fontweight="normal")
    ax.set_xlabel("weight along the valley (gentle slope)")
    ax.set_ylabel("across (steep)")
    ax.annotate("lowest point", (0, 0), (1.2, -1.7), color=style.look().text, fontsize=9.5,
                arrowprops=dict(arrowstyle="->", color=style.look().axis))
    ax.set_xlim(-10, 10)
    ax.set_ylim(-2.2, 2.2)
    style.save_png(fig, path)
