"""Drawing a ball on a curve: the curve, the red ball resting on it, the blue tangent, a number."""

from __future__ import annotations

import numpy as np

from . import style

BALL_POINTS = 11.0  # marker diameter in points
TANGENT_POINTS = 26.0  # half-length of the tangent segment in points, the same for every slope


def _to_points(ax):
    """Data -> points transform, so ball and tangent keep their size whatever the axis scales."""
    from matplotlib.transforms import Affine2D

    return ax.transData + Affine2D().scale(72.0 / ax.figure.dpi)


def _unit_tangent(ax, x, y, slope):
    """Direction of the curve at (x, y), in points; the tangent of a steep slope stays short."""
    to_points = _to_points(ax)
    start = to_points.transform((x, y))
    step = 1e-3 * (ax.get_xlim()[1] - ax.get_xlim()[0])
    direction = to_points.transform((x + step, y + slope * step)) - start
    return start, direction / np.hypot(*direction)


def curve(ax, landscape, low=None, high=None, **line) -> None:
    """Draw f over [low, high] (the landscape's own interval by default)."""
    x = np.linspace(landscape.low if low is None else low,
                    landscape.high if high is None else high, 600)
    ax.plot(x, landscape.f(x), color=line.pop("color", style.look().curve), zorder=2, **line)


def tangent_ends(ax, landscape, x) -> np.ndarray:
    """The two ends of the tangent segment drawn at x, in data coordinates, shape (2, 2)."""
    y = float(landscape.f(x))
    start, direction = _unit_tangent(ax, x, y, float(landscape.df(x)))
    ends = np.array([start - direction * TANGENT_POINTS, start + direction * TANGENT_POINTS])
    return _to_points(ax).inverted().transform(ends)


def ball(ax, landscape, x, tangent=False, color=None, alpha=1.0, size=BALL_POINTS):
    """A ball resting on the curve at x: its centre sits one radius above the touching point.

    Returns the ball's centre in data coordinates, for labels placed beside it.
    """
    color = color or style.look().ball
    y = float(landscape.f(x))
    start, direction = _unit_tangent(ax, x, y, float(landscape.df(x)))
    normal = np.array([-direction[1], direction[0]])
    if normal[1] < 0:  # the ball lies on top of the curve
        normal = -normal
    # Offset by the ball's radius plus half the curve's line width, so it touches, not overlaps.
    centre = _to_points(ax).inverted().transform(start + normal * (size / 2 + 1.5))
    ax.plot(*centre, "o", color=color, markersize=size, alpha=alpha,
            markeredgecolor=style.look().card, markeredgewidth=0.8, zorder=5, clip_on=False)
    if tangent:
        ax.plot(*tangent_ends(ax, landscape, x).T, color=style.look().tangent,
                linewidth=2.2, zorder=4, solid_capstyle="round", clip_on=False)
    return centre


def bare(ax, number=None) -> None:
    """A panel with no axes, like the article's sketches, with its light-grey number."""
    ax.set_axis_off()
    if number is not None:
        # Quiet, like the article's light-grey numerals, but at least 3:1 on the card.
        ax.text(0.04, 0.96, str(number), transform=ax.transAxes, ha="left", va="top",
                fontsize=20, fontweight="bold",
                color=style.ink(style.look().panel_number, minimum=3.0))


def settle_layout(fig) -> None:
    """Place the axes now, and keep them there: a ball's offset is computed from their geometry.

    On a phone constrained layout would otherwise move the axes at save time, after the balls
    were placed, and shrink them around any label that reaches past an edge.
    """
    engine = fig.get_layout_engine()
    if engine is not None and engine.adjust_compatible is False:
        engine.execute(fig)
        fig.set_layout_engine("none")


TITLE_INCHES = 0.3  # the strip's title line above the panels


def four_panels(landscape, positions, tangents=False, x_pad=0.25, y_limits=None,
                outside=None, title: str | None = None):
    """The article's strip of 4 numbered panels, one iterate of the ball in each.

    `outside` optionally extends the curve dashed beyond the landscape's walls, so a ball that
    leaves the bucket is still drawn on the function it left. `title` (alpha_words: the alpha
    the positions were computed with) goes above the panels.
    """
    height = 2.6 + (TITLE_INCHES if title else 0.0)
    fig, axes = style.figure(height, ncols=4, phone_height=2 * 2.6 * 0.95 + height - 2.6)
    low, high = (landscape.low, landscape.high) if outside is None else outside
    ys = landscape.f(np.linspace(low, high, 400))
    if title:
        # A suptitle, so that a phone's constrained layout keeps room for it (as the slider's).
        phone = style.look().phone
        fig.suptitle(title.replace(": ", ":\n", 1) if phone else title, fontsize=11,
                     color=style.look().text, **({} if phone else {"x": 0.02, "y": 0.975,
                                                                   "ha": "left", "va": "top"}))
    # Layout first: a ball's offset from the curve is computed from the final axes geometry.
    style.margins(fig, left=0.02, right=0.98, bottom=0.13 / height, top=1 - (height - 2.47) / height,
                  wspace=0.12)
    for number, (ax, x) in enumerate(zip(axes, positions), start=1):
        bare(ax, number)
        ax.set_xlim(low - x_pad, high + x_pad)
        # Room above for the panel number and below for a tangent at the bottom.
        ax.set_ylim(y_limits or (ys.min() - 0.2 * np.ptp(ys), ys.max() + 0.3 * np.ptp(ys)))
    settle_layout(fig)
    for number, (ax, x) in enumerate(zip(axes, positions), start=1):
        if outside is not None:
            for part in ((low, landscape.low), (landscape.high, high)):
                curve(ax, landscape, *part, color=style.look().faint, linestyle=(0, (3, 3)), linewidth=1.4)
        curve(ax, landscape, linewidth=2.6)
        ball(ax, landscape, x, tangent=tangents)
    return fig


def one_panel(landscape, height: float = 2.9, headroom: float = 0.12, axis_names=None):
    """One wide bare panel over the landscape, laid out before any ball is placed.

    `axis_names` (horizontal, vertical) draws the two axes, unnumbered, with those names.
    """
    fig, ax = style.figure(height)
    if axis_names:
        style.margins(fig, left=0.05, right=0.97, bottom=0.11, top=0.94)
        ax.set_xticks([])
        ax.set_yticks([])
        ax.set_xlabel(axis_names[0])
        ax.set_ylabel(axis_names[1])
    else:
        style.margins(fig, left=0.03, right=0.97, bottom=0.06, top=0.94)
        ax.set_axis_off()
    ys = landscape.f(np.linspace(landscape.low, landscape.high, 600))
    span = landscape.high - landscape.low
    ax.set_xlim(landscape.low - 0.02 * span, landscape.high + 0.02 * span)
    ax.set_ylim(ys.min() - 0.12 * np.ptp(ys), ys.max() + headroom * np.ptp(ys))
    settle_layout(fig)
    curve(ax, landscape, linewidth=2.6)
    return fig, ax


def resting_ball(ax, landscape, rest: float, deepest: float) -> None:
    """The ball resting at `rest` with its flat tangent, and the deeper valley it never finds."""
    ball(ax, landscape, rest, tangent=True)
    # On a phone the two notes would meet below the valleys: they move apart and stack.
    phone = style.look().phone
    note(ax, rest, float(landscape.f(rest)), "flat slope: stuck here", xytext=(20 if phone else 0, -14),
         textcoords="offset points", ha="right" if phone else "center", va="top")
    words = "the deepest\nvalley" if phone else "the deepest valley"
    note(ax, deepest, float(landscape.f(deepest)), words, xytext=(-16, 0),
         textcoords="offset points", ha="right", va="center",
         arrowprops=dict(arrowstyle="->", color=style.look().muted, shrinkA=2, shrinkB=4))


def fits(ax, text, left: float, right: float, pad_points: float = 4.0) -> bool:
    """Whether a drawn text is narrower than [left, right] in data x, with room on both sides."""
    box = text.get_window_extent(ax.figure.canvas.get_renderer())
    ends = ax.transData.transform([(left, 0), (right, 0)])[:, 0]
    return box.width + 2 * pad_points * ax.figure.dpi / 72 <= ends[1] - ends[0]


def boundaries(ax, edges) -> None:
    """A thin line where one basin meets the next: the tints are not the only cue."""
    for edge in edges[1:-1]:
        ax.axvline(edge, color=style.look().muted, linewidth=1.0, zorder=0.5)


def alpha_words(alpha: float, curvature: float | None = None) -> str:
    """The alpha of a pictured descent; on a parabola of `curvature`, also what each step
    multiplies the distance to the bottom by (1 - curvature * alpha)."""
    words = f"alpha {alpha:g}"
    if curvature is None:
        return words
    factor = f"{1 - curvature * alpha:+g}".replace("-", "\u2212").lstrip("+")
    return f"{words}: each step multiplies the distance to the bottom by {factor}"


def alpha_tag(ax, words: str):
    """Name the alpha of the descent drawn (alpha_words) in the panel's top-left corner."""
    return ax.text(0.01, 0.99, words, transform=ax.transAxes, ha="left", va="top",
                   fontsize=10.5, color=style.look().text)


def note(ax, x, y, text, **kwargs) -> None:
    """A small grey annotation in data coordinates."""
    ax.annotate(text, (x, y), color=kwargs.pop("color", style.look().axis), fontsize=10, **kwargs)


def label(ax, centre, text, offset, **kwargs) -> None:
    """Name a ball directly: text `offset` points away from its centre, with a short leader line."""
    ax.annotate(text, centre, xytext=offset, textcoords="offset points", fontsize=10,
                color=kwargs.pop("color", style.look().text),
                arrowprops=dict(arrowstyle="-", color=style.look().muted, linewidth=0.9,
                                shrinkA=2, shrinkB=7), **kwargs)
