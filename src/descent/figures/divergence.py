"""Alpha too big: every step lands higher on the opposite wall, on a steeper slope, until the ball leaves the bucket."""

from __future__ import annotations

import numpy as np

from .. import landscapes
from ..runs import paths
from ..runs.descents import CURVATURE
from . import panels, style

POST_PICTURE = "sgd_high.png"  # the post's picture this one recomputes


def render(path, alpha: float = paths.DIVERGING_ALPHA) -> None:
    positions = paths.diverging(steps=4, alpha=alpha)  # the 5th only aims the arrow out of the last panel
    shown, beyond = positions[:4], float(positions[4])
    reach = float(np.abs(shown).max()) + 0.2
    fig = panels.four_panels(landscapes.bucket, shown, tangents=True,
                             outside=(-reach, reach), y_limits=(-0.25 * reach ** 2, 1.3 * reach ** 2),
                             title=panels.alpha_words(alpha, CURVATURE))
    last = fig.axes[3]
    # The next jump, towards x = 3.9 at a height of 15, drawn up to where it leaves the panel.
    here, there = np.array([shown[-1], shown[-1] ** 2]), np.array([beyond, beyond ** 2])
    (_, right), (_, top) = last.get_xlim(), last.get_ylim()
    share = min((top - here[1]) / (there[1] - here[1]), (right - here[0]) / (there[0] - here[0]))
    last.annotate("", here + share * (there - here), here,
                  arrowprops=dict(arrowstyle="-|>", color=style.look().ball, linewidth=1.6,
                                  linestyle=(0, (4, 3)), shrinkA=8, shrinkB=0))
    last.text(0.97, 0.04, "next step:\nout of the picture", transform=last.transAxes,
              ha="right", va="bottom", fontsize=10, color=style.look().text, linespacing=1.1)
    style.save_png(fig, path)
