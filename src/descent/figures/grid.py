"""Small multiples: one panel per optimizer, four to a row on a laptop and two on a phone."""

from __future__ import annotations

from . import style


def panels(count: int, panel_height: float, **subplots):
    """A card-backed figure with `count` panels, and the spare cells of the last row (their
    axes switched off: a place for a key)."""
    plt = style.pyplot()
    cols = 2 if style.look().phone else 4
    rows = -(-count // cols)
    fig, axes = plt.subplots(rows, cols, dpi=style.DPI, layout="constrained",
                             figsize=(style.look().width, panel_height * rows), **subplots)
    fig.get_layout_engine().set(w_pad=0.06, h_pad=0.06)
    style.card(fig)
    axes = list(axes.ravel())
    for spare in axes[count:]:
        spare.axis("off")
    return fig, axes[:count], axes[count:]
