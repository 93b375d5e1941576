"""One look for every figure: colours, sizes, and the deterministic way to save them."""

from __future__ import annotations

from pathlib import Path

# The article's palette. Figures sit on a light "card" with rounded corners, so they read the
# same on the site's light and dark themes; outside the card the PNG is transparent.
CURVE = "#1a1a1a"
BALL = "#d62728"
TANGENT = "#1f63c6"
PANEL_NUMBER = "#c4c4c4"
FAINT = "#9a9a9a"
CARD = "#fbfaf7"
CARD_EDGE = "#d9d6cf"
# One colour per valley or alpha: Okabe-Ito, distinct for colour-blind readers too.
QUALITATIVE = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#7f7f7f")

DPI = 160  # 8 inches wide -> 1280 px, sharp on high-density screens
WIDTH = 8.0
RC = {
    "font.size": 10.5,
    "font.family": "DejaVu Sans",
    "axes.edgecolor": "#555555",
    "axes.labelcolor": "#333333",
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.titlecolor": "#333333",
    "axes.facecolor": "none",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "xtick.color": "#555555",
    "ytick.color": "#555555",
    "legend.frameon": False,
    "lines.linewidth": 2.0,
    "lines.solid_capstyle": "round",
    "svg.hashsalt": "descent",
    "path.simplify": True,
}


def pyplot():
    """pyplot on the Agg backend with our rcParams; imported only when something is drawn."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update(RC)
    return plt


def card(fig, radius_inches: float = 0.12) -> None:
    """Paint the light rounded card behind everything on the figure."""
    from matplotlib.patches import FancyBboxPatch

    width, height = fig.get_size_inches()
    fig.patch.set_alpha(0)
    # Rounded box in figure coordinates; mutation_aspect keeps the corners circular.
    fig.patches.append(FancyBboxPatch(
        (0.002, 0.002 * width / height), 0.996, 1 - 0.004 * width / height,
        boxstyle=f"round,pad=0,rounding_size={radius_inches / width}",
        mutation_aspect=width / height, transform=fig.transFigure,
        facecolor=CARD, edgecolor=CARD_EDGE, linewidth=1.0, zorder=-10))


def figure(height: float, ncols: int = 1, **subplots):
    """A card-backed figure WIDTH inches wide with a row of ncols axes."""
    plt = pyplot()
    fig, axes = plt.subplots(1, ncols, figsize=(WIDTH, height), dpi=DPI, **subplots)
    card(fig)
    return fig, axes


def save_png(fig, path: Path | str) -> None:
    """Write fig as PNG with no software or time metadata (byte-identical reruns), then close it."""
    plt = pyplot()
    try:
        fig.savefig(path, format="png", dpi=DPI, facecolor="none",
                    metadata={"Software": None})
    finally:
        plt.close(fig)
