"""Direct labels at the ends of lines, nudged apart so that no two overlap.

A legend asks the reader to match colours; a label at the end of its line does not, which is
what readers with a colour-vision deficiency need (and everyone else is quicker with).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import style

PAD = 10.0  # points between the end of a line and its label
MOVED = 1.5  # points: a label moved further than this gets a leader line back to its line
GAP = 1.55  # labels' centres at least this many font sizes apart: a label's box is about one
# font size tall, so more than half a font size stays clear between neighbours (at 1.3, under a
# third: stacked labels such as alpha 1000, 0.001 and 100 read as one block)


@dataclass(frozen=True)
class End:
    """One line's label: its text, its colour, and the data point it names."""

    text: str
    colour: str
    x: float
    y: float
    column: float | None = None  # labels in one column: each starts right of this x, not its own


def spread(wanted: list[float], gap: float, low: float, high: float) -> list[float]:
    """Positions as near `wanted` as possible, at least `gap` apart and within [low, high].

    Overlapping labels are merged into blocks, each centred on the mean of what its labels
    want, until no two blocks touch (the usual 1-D label placement); order is kept.
    """
    order = sorted(range(len(wanted)), key=lambda i: wanted[i])
    blocks = [[i] for i in order]  # each block: label indices, bottom to top

    def placed(block):
        centre = sum(wanted[i] for i in block) / len(block)
        bottom = centre - gap * (len(block) - 1) / 2
        span = gap * (len(block) - 1)
        bottom = min(max(bottom, low), max(high - span, low))
        return bottom

    merged = True
    while merged:
        merged = False
        for k in range(len(blocks) - 1):
            top_of_lower = placed(blocks[k]) + gap * (len(blocks[k]) - 1)
            if placed(blocks[k + 1]) - top_of_lower < gap:
                blocks[k:k + 2] = [blocks[k] + blocks[k + 1]]
                merged = True
                break
    result = [0.0] * len(wanted)
    for block in blocks:
        bottom = placed(block)
        for step, i in enumerate(block):
            result[i] = bottom + step * gap
    return result


def label_ends(ax, ends: list[End], fontsize: float = 10.0) -> list:
    """Write each label just right of its line's end; return the text artists.

    The figure is laid out first (constrained layout on a phone makes room for the labels),
    then the labels are nudged apart in points and the layout is frozen, so that the nudges
    computed here are the ones drawn.
    """
    fig = ax.figure
    def write(end: End, offset: float, leader: bool):
        across = 0.0  # points from the line's end to the label column
        if end.column is not None:
            across = (ax.transData.transform((end.column, end.y))[0]
                      - ax.transData.transform((end.x, end.y))[0]) * 72 / fig.dpi
        arrow = dict(arrowstyle="-", color=end.colour, linewidth=0.8, shrinkA=1, shrinkB=2,
                     relpos=(0, 0.5)) if leader or across > MOVED else None
        return ax.annotate(end.text, (end.x, end.y), (PAD + across, offset),
                           textcoords="offset points",
                           ha="left", va="center", fontsize=fontsize, color=end.colour,
                           annotation_clip=False, arrowprops=arrow)

    first = [write(end, 0.0, False) for end in ends]
    fig.draw_without_rendering()
    points = 72 / fig.dpi  # display pixels -> points
    wanted = [ax.transData.transform((end.x, end.y))[1] * points for end in ends]
    box = ax.get_window_extent()
    gap = GAP * fontsize  # a line of text and clear space between labels
    placed = spread(wanted, gap, box.y0 * points - gap, box.y1 * points + gap / 2)
    for text in first:
        text.remove()
    texts = [write(end, where - want, abs(where - want) > MOVED)
             for end, want, where in zip(ends, wanted, placed)]
    if fig.get_layout_engine() is not None:
        fig.set_layout_engine("none")  # freeze: the nudges above were measured on this layout
    return texts


def coloured_title(ax, parts: list[tuple[str, str]], fontsize: float = 10.5) -> None:
    """A left-aligned title above ax made of (text, colour) pieces: names the series in place
    of a legend, each in the colour of its marks."""
    anchor = ax.set_title(parts[0][0], loc="left", color=parts[0][1], fontsize=fontsize,
                          fontweight="bold")
    for text, colour in parts[1:]:
        anchor = ax.annotate(text, (1, 0), xycoords=anchor, ha="left", va="bottom",
                             color=colour, fontsize=fontsize,
                             fontweight="normal" if colour == style.look().text else "bold")
