"""One look for every figure, in four renderings: light and dark, desktop and phone.

Figures draw with the colours of `look()` and the axes of `figure()`; the build renders each
image once per look, inside `drawing(look)`, which also sets matplotlib's rc parameters for
that rendering only (a context, never a global change).
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterator

# One colour per valley or alpha: Okabe-Ito, distinct for colour-blind readers too, and the
# same in every figure and both schemes.
QUALITATIVE = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#7f7f7f")
# The article's seven alphas, each with its colour in every figure and notebook.
ALPHA_COLOURS = dict(zip((0.001, 0.01, 0.1, 1.0, 10.0, 100.0, 1000.0), QUALITATIVE))
# Hidden sizes: blue and vermillion, apart for every eye; the same in every figure.
HIDDEN_COLOURS = {4: QUALITATIVE[0], 32: QUALITATIVE[5]}
# The follow-up's optimizers: the post's plain descent in grey, its momentum family in blues,
# the adaptive rules in the warm and green colours; scipy's methods by dashes in these too.
OPTIMIZER_COLOURS = {"gradient descent": QUALITATIVE[6], "momentum": QUALITATIVE[0],
                     "Nesterov": QUALITATIVE[4], "AdaGrad": QUALITATIVE[2],
                     "AdaDelta": QUALITATIVE[3], "RMSprop": QUALITATIVE[1], "Adam": QUALITATIVE[5],
                     "BFGS": QUALITATIVE[0], "L-BFGS": QUALITATIVE[2],
                     "dual annealing": QUALITATIVE[5]}
# The bumpy curve's valleys, left to right: Okabe-Ito again, ordered so that neighbouring basins
# differ most (vermillion before sky blue, not reddish purple, which a pale tint turns as grey-blue
# as the sky blue of the narrow well beside it). tests/figures/test_basin_fills.py measures it.
BASIN_COLOURS = tuple(QUALITATIVE[i] for i in (0, 1, 2, 5, 4, 3, 6))
BASIN_TINT = 0.35  # a basin's fill: this share of its colour over the card, opaque
TEXT_CONTRAST = 4.5  # WCAG AA for text, against the figure's card
SMALLEST_TEXT = 9.0  # points; 8.5 pt is 9 CSS px when the phone canvas fills a 352 px column

DPI = 160  # 8 inches wide -> 1280 px; 4.4 inches -> 704 px, twice a 352 px phone column


@dataclass(frozen=True)
class Look:
    """The colours and canvas of one rendering."""

    suffix: str  # added to the file name: "", "-dark", "-phone", "-phone-dark"
    dark: bool
    phone: bool
    width: float  # inches
    card: str  # the figure's background
    card_edge: str
    curve: str  # the black curve of the article's sketches; also the darkest ink
    text: str
    axis: str  # spines and ticks
    muted: str  # notes, arrows, legend stand-ins
    faint: str
    grid: str
    panel_number: str
    ball: str = "#d62728"
    tangent: str = "#1f63c6"


LIGHT = Look("", False, False, 8.0, card="#fbfaf7", card_edge="#d9d6cf", curve="#1a1a1a",
             text="#333333", axis="#555555", muted="#6b6b6b", faint="#8a8a8a", grid="#dddddd",
             panel_number="#a8a8a8")
DARK = replace(LIGHT, suffix="-dark", dark=True, card="#1e2129", card_edge="#3a3f4b",
               curve="#e8e6e1", text="#d8d6d0", axis="#a9a6a0", muted="#a3a09a", faint="#85827c",
               grid="#3a3f4b", panel_number="#6f6c67", ball="#ff5a4f", tangent="#6ea8ff")
PHONE = replace(LIGHT, suffix="-phone", phone=True, width=4.4)
PHONE_DARK = replace(DARK, suffix="-phone-dark", phone=True, width=4.4)
LOOKS = (LIGHT, DARK, PHONE, PHONE_DARK)

_current = [LIGHT]


def look() -> Look:
    """The rendering being drawn now."""
    return _current[-1]


def _rc(which: Look) -> dict:
    return {
        "font.size": 10.5,
        "font.family": "DejaVu Sans",
        "text.color": which.text,
        "axes.edgecolor": which.axis,
        "axes.labelcolor": which.text,
        "axes.titlesize": 11,
        "axes.titleweight": "normal",  # one weight for every title; bold is for the data
        "axes.titlecolor": which.text,
        "axes.facecolor": "none",
        "axes.spines.top": False,
        "axes.spines.right": False,
        "xtick.color": which.axis,
        "ytick.color": which.axis,
        "xtick.labelcolor": which.text,
        "ytick.labelcolor": which.text,
        "legend.frameon": False,
        "legend.labelcolor": which.text,
        "lines.linewidth": 2.0,
        "lines.solid_capstyle": "round",
        "svg.hashsalt": "descent",
        "path.simplify": True,
    }


def basin_colour(index: int) -> str:
    """The colour of valley `index` (left to right) in every basin figure."""
    return BASIN_COLOURS[index % len(BASIN_COLOURS)]


def basin_fill(index: int, share: float = BASIN_TINT):
    """The opaque tint that shades valley `index`'s basin on the look's card (an RGB tuple):
    opaque, so that the saved PNG's palette keeps each tint as drawn."""
    return blend(look().card, basin_colour(index), share)


def alpha_colour(alpha: float) -> str:
    """The colour of one of the article's alphas (grey for any other)."""
    return ALPHA_COLOURS.get(float(alpha), LIGHT.muted)


@contextmanager
def drawing(which: Look, backend: bool = True) -> Iterator[None]:
    """Draw in `which` look: its colours from look(), its rc parameters, then back."""
    import matplotlib

    if backend:
        matplotlib.use("Agg")
    _current.append(which)
    try:
        with matplotlib.rc_context(_rc(which)):
            yield
    finally:
        _current.pop()


def notebook() -> Iterator[None]:
    """The light look in a notebook: its inline backend stays, the card is painted behind.

    A notebook's image cannot follow the site's scheme, so it carries its own light card,
    which reads as a picture on the dark page rather than a bare white rectangle.
    """
    return drawing(LIGHT, backend=False)


def pyplot():
    """pyplot, imported only when something is drawn: on the Agg backend (no window) unless
    pyplot is already in use, as in a notebook, whose inline backend must stay."""
    import sys

    import matplotlib

    if "matplotlib.pyplot" not in sys.modules:
        matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def card(fig, radius_inches: float = 0.12) -> None:
    """Paint the rounded card behind everything on the figure."""
    from matplotlib.patches import FancyBboxPatch

    width, height = fig.get_size_inches()
    fig.patch.set_alpha(0)
    # Rounded box in figure coordinates; mutation_aspect keeps the corners circular.
    fig.patches.append(FancyBboxPatch(
        (0.002, 0.002 * width / height), 0.996, 1 - 0.004 * width / height,
        boxstyle=f"round,pad=0,rounding_size={radius_inches / width}",
        mutation_aspect=width / height, transform=fig.transFigure,
        facecolor=look().card, edgecolor=look().card_edge, linewidth=1.0, zorder=-10))


def figure(height: float, ncols: int = 1, phone_height: float | None = None, **subplots):
    """A card-backed figure of the look's width with ncols axes in a row.

    On a phone the row is restacked (2 -> 2 rows, 4 -> 2 x 2) and the figure is laid out by
    matplotlib's constrained layout; the axes come back in the same order either way.
    """
    plt = pyplot()
    which = look()
    if not which.phone:
        fig, axes = plt.subplots(1, ncols, figsize=(which.width, height), dpi=DPI, **subplots)
        card(fig)
        return fig, axes
    subplots.pop("gridspec_kw", None)  # width ratios of a row mean nothing in a column
    rows, cols = {1: (1, 1), 2: (2, 1), 3: (3, 1), 4: (2, 2)}[ncols]
    fig, axes = plt.subplots(rows, cols, dpi=DPI, layout="constrained",
                             figsize=(which.width, phone_height or height * rows * 0.95),
                             **subplots)
    fig.get_layout_engine().set(w_pad=0.06, h_pad=0.06)
    card(fig)
    return fig, (axes.ravel() if ncols > 1 else axes)


def margins(fig, **adjust) -> None:
    """Fixed margins on the desktop canvas; on a phone constrained layout places the axes."""
    if not look().phone:
        fig.subplots_adjust(**adjust)


def _luminance(colour) -> float:
    """WCAG relative luminance of a colour."""
    from matplotlib.colors import to_rgb

    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in to_rgb(colour)]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(colour, background) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    light, dark = sorted((_luminance(colour), _luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def blend(colour, other, share: float):
    """`colour` mixed with `share` of `other`, as an RGB tuple."""
    from matplotlib.colors import to_rgb

    return tuple((1 - share) * a + share * b for a, b in zip(to_rgb(colour), to_rgb(other)))


def ink(colour, background=None, minimum: float = TEXT_CONTRAST):
    """`colour` darkened (light look) or lightened (dark look) just enough to read on `background`.

    The hue stays recognisable: a valley's sky blue becomes a deeper blue, not black.
    """
    import numpy as np

    background = background or look().card
    for share in np.linspace(0, 1, 41):
        mixed = blend(colour, look().curve, float(share))
        if contrast(mixed, background) >= minimum:
            return mixed
    return look().curve


def readable_text(fig) -> None:
    """Every text of the figure drawn in a data colour (a line's label, a basin's count) in
    the shade of that colour that reads on the look's card: the colour names the data, the
    shade keeps it legible (Okabe-Ito blue on the dark card is 3.1:1, sky blue on the light
    one 2.2:1)."""
    from matplotlib.text import Text

    card = look().card
    for text in fig.findobj(Text):
        if not (text.get_text() and text.get_visible() and text.get_alpha() in (None, 1)):
            continue
        box = text.get_bbox_patch()  # a label on its own opaque box reads against the box
        behind = box.get_facecolor() if box is not None and box.get_facecolor()[3] >= 0.9 \
            else card
        if contrast(text.get_color(), behind) < TEXT_CONTRAST:
            text.set_color(ink(text.get_color(), behind))


PALETTE = 256  # colours in a saved PNG: a plot's flat inks and their antialiased edges


def save_png(fig, path: Path | str) -> None:
    """Write fig as PNG with no software or time metadata (byte-identical reruns), then close it.
    Its texts are made readable on the card first (readable_text).

    The PNG is stored with a palette of PALETTE colours (transparency kept), not as full RGBA: a
    plot's pixels are a few flat inks and their antialiased edges, so the picture looks the same
    (on average about one level in 255 apart, at most an edge pixel a few levels more) at a
    quarter of the bytes, which is what a reader on a slow phone waits for."""
    import io

    from PIL import Image

    plt = pyplot()
    try:
        readable_text(fig)
        rendered = io.BytesIO()
        fig.savefig(rendered, format="png", dpi=DPI, facecolor="none",
                    metadata={"Software": None})
    finally:
        plt.close(fig)
    with Image.open(rendered) as image:
        paletted = image.convert("RGBA").quantize(PALETTE, method=Image.Quantize.FASTOCTREE,
                                                  dither=Image.Dither.NONE)
    paletted.save(path, format="PNG", optimize=True)
