"""Drawing the two-weight network's error surface in 3-D: shared by the animation and the still."""

from __future__ import annotations

import numpy as np

from ..runs import error_surface
from . import style

ERROR_TOP = 4.0  # the sum of squared errors of 4 outputs in (0, 1) spans 0 to 4


def runs(**_) -> list:
    """The stored run a figure of the plane reads: the network's own descent (its parameters are
    the picture's, not the run's)."""
    return [error_surface.descent_path.call()]


def draw(ax, points: int, mesh: int = 0, fontsize: float = 10.0) -> None:
    """The warm surface (low error red, high yellow), lit from the upper left, with the path on it.

    Fixed limits and box aspect: the box is the same size whatever the view, so frames of an
    animation turn the surface without zooming it. `mesh` > 0 draws every mesh-th grid line.
    """
    from matplotlib import colormaps
    from matplotlib.colors import LightSource

    which = style.look()
    first, second, error = error_surface.plane(points)
    # Shading from the surface's own slopes: smooth light on a fine grid, no flat colour terraces.
    light = LightSource(azdeg=315, altdeg=50)
    colours = light.shade(error, cmap=colormaps["YlOrRd_r"], vert_exag=1.5, blend_mode="soft",
                          vmin=0, vmax=ERROR_TOP)
    ax.computed_zorder = False  # the path must stay in front of the surface it lies on
    ax.plot_surface(first, second, error, facecolors=colours, rstride=1, cstride=1,
                    linewidth=0, antialiased=False, shade=False, zorder=1)
    if mesh:
        ax.plot_wireframe(first, second, error, rstride=mesh, cstride=mesh, color="#1a1a1a",
                          linewidth=0.35, alpha=0.55, zorder=2)
    trajectory, path_error = error_surface.descent_path()
    # Steps are dense at first and slow later: sample them on a log scale.
    steps = np.unique(np.geomspace(1, len(trajectory), 120).astype(int) - 1)
    lift = 0.05  # just above the surface, so the path is never half-buried in it
    ax.plot(*trajectory[steps].T, path_error[steps] + lift, color=which.tangent, linewidth=2.4,
            zorder=3)
    for at, colour in ((0, which.tangent), (-1, which.ball)):
        ax.plot(*trajectory[at], path_error[at] + lift, "o", color=colour, markersize=7,
                markeredgecolor=which.card, zorder=4)
    ax.set_xlim(error_surface.LOW, error_surface.HIGH)
    ax.set_ylim(error_surface.LOW, error_surface.HIGH)
    ax.set_zlim(0, ERROR_TOP)
    ax.set_box_aspect((1, 1, 0.62))
    ax.set_facecolor(which.card)
    # No panes or grid lines behind the surface: lines redrawn in every frame cost bytes.
    for axis in (ax.xaxis, ax.yaxis, ax.zaxis):
        axis.set_pane_color((1, 1, 1, 0))
        axis.line.set_color(which.axis)
    ax.grid(False)
    ax.set_xticks([-5, 0, 5])  # no tick at the corners, where two axes' labels would meet
    ax.set_yticks([-5, 0, 5])
    ax.set_zticks([0, 2, 4])
    ax.tick_params(labelsize=fontsize, pad=0, colors=which.text)
    ax.set_xlabel("first weight", fontsize=fontsize, labelpad=2)
    ax.set_ylabel("second weight", fontsize=fontsize, labelpad=2)
    # A phone's canvas has no room beside the box for the long name (the page says which error).
    ax.set_zlabel("error" if which.phone else "sum of squared errors",
                  fontsize=fontsize, labelpad=2)
