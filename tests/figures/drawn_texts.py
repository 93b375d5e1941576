"""The texts a drawn matplotlib figure shows, with their boxes in pixels: what the figure tests
read to find labels that collide or reach past the canvas."""

from __future__ import annotations

import matplotlib.text


def drawn_texts(fig) -> list[tuple[matplotlib.text.Text, object]]:
    """(text, its box in pixels) for every drawn text; an annotation's box without its leader.
    The figure must have been drawn, its renderer kept as `fig.renderer_used`."""
    undrawn = set()  # tick labels of ticks beyond the axis's limits: made, never drawn
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            low, high = sorted(axis.get_view_interval())
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                if not low <= tick.get_loc() <= high:
                    undrawn |= {id(tick.label1), id(tick.label2)}
    drawn = []
    for text in fig.findobj(matplotlib.text.Text):
        if not (text.get_text().strip() and text.get_visible()) or id(text) in undrawn:
            continue
        drawn.append((text, matplotlib.text.Text.get_window_extent(text, fig.renderer_used)))
    return drawn


def card_margin(fig) -> float:
    """How far in from each edge of the canvas a text must stay, in pixels, to be on the card
    (style.card: inset 0.2 % of the width on each side; then its edge line, and a pixel off it)."""
    return 0.002 * fig.bbox.width + 2


def drawn(module, look, path, **params):
    """Render a figure module in `look` to `path` (a file or a BytesIO) and return its
    matplotlib figure as it was saved, drawn, its renderer kept as `fig.renderer_used`."""
    from descent.figures import style

    kept = []
    save = style.save_png

    def keep(fig, target):
        fig.canvas.draw()
        fig.renderer_used = fig.canvas.get_renderer()  # the canvas goes when the figure closes
        kept.append(fig)
        save(fig, target)

    style.save_png = keep
    try:
        with style.drawing(look):
            module.render(path, **params)
    finally:
        style.save_png = save
    return kept[0]
