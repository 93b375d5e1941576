"""The two-weight network's error plane with its mesh, held still: the first view of Part 4's animated figure."""

from __future__ import annotations

from . import style, surface

POST_PICTURE = "3d_error_plane.gif"  # the post's picture this one recomputes

POINTS = 81
MESH = 4  # a grid line every 4th point: 21 lines each way, like the article's picture


runs = surface.runs  # the plane's figures read its one stored descent


def render(path) -> None:
    which = style.look()
    fig = style.pyplot().figure(figsize=(which.width, 4.6 if which.phone else 5.2),
                                dpi=style.DPI)
    style.card(fig)
    # The box's own margins are wide in 3-D; the axes reach past the figure's edges to fill it.
    ax = fig.add_axes((-0.02, 0.0, 0.86, 1.0) if which.phone else (0.12, 0.0, 0.76, 1.0),
                      projection="3d")
    surface.draw(ax, POINTS, mesh=MESH, fontsize=10.5 if which.phone else 10.0)
    ax.patch.set_visible(False)  # the card's rounded edge shows through
    ax.view_init(elev=30, azim=-55)
    style.save_png(fig, path)
