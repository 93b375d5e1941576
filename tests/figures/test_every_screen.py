"""Figures for every screen: phone canvases, text size, direct labels, one colour per hidden size."""

from __future__ import annotations

import io

import matplotlib
import matplotlib.text
import pytest

from descent.figures import (alpha_sweep, hidden_size, learning_rate, seed_variance, style,
                             ulp_spread)
from drawn_texts import drawn


def capture(module, which=style.PHONE):
    """Render `module` in `which` look and return its figure, drawn, before it is closed."""
    return drawn(module, which, io.BytesIO())


@pytest.mark.parametrize("module", [alpha_sweep, seed_variance])
@pytest.mark.parametrize("which", [style.LIGHT, style.PHONE])
def test_sweeps_label_every_alpha_at_its_line_and_have_no_legend(module, which):
    fig = capture(module, which)
    ax = fig.axes[0]
    assert ax.get_legend() is None and not fig.legends
    names = [text for text in ax.texts if text.get_text().startswith("alpha ")]
    assert sorted(text.get_text() for text in names) == sorted(
        f"alpha {alpha:g}" for alpha in style.ALPHA_COLOURS)
    for text in names:
        alpha = float(text.get_text().split()[1])
        # Its line's colour, in the shade that reads on the card (style.readable_text).
        colour = style.alpha_colour(alpha)
        with style.drawing(which, backend=False):
            readable = colour if style.contrast(colour, which.card) >= 4.5 \
                else style.ink(colour, which.card)
        assert text.get_color() == readable
    renderer = fig.renderer_used
    # The text itself, without the leader line an Annotation counts in its extent.
    boxes = [matplotlib.text.Text.get_window_extent(text, renderer) for text in names]
    for i, first in enumerate(boxes):
        for second in boxes[i + 1:]:
            assert not first.overlaps(second), (first, second)


def test_hidden_size_draws_dots_not_bars():
    fig = capture(hidden_size, style.LIGHT)
    from matplotlib.patches import Rectangle

    bars = [patch for patch in fig.axes[0].patches if isinstance(patch, Rectangle)]
    assert not bars
    colours = {line.get_color() for line in fig.axes[0].lines if line.get_marker() == "o"}
    assert colours == {style.HIDDEN_COLOURS[4], style.HIDDEN_COLOURS[32]}


def test_a_hidden_size_has_one_colour_in_every_figure():
    for module in (hidden_size, learning_rate):
        fig = capture(module, style.LIGHT)
        marked = {line.get_color() for line in fig.axes[0].lines
                  if line.get_marker() == "o" and len(line.get_xdata())}
        assert marked == {style.HIDDEN_COLOURS[4], style.HIDDEN_COLOURS[32]}, module.__name__


def test_the_ulp_spread_bars_take_each_hidden_sizes_colour():
    from matplotlib.colors import to_hex
    from matplotlib.patches import Rectangle

    fig = capture(ulp_spread, style.LIGHT)
    bars = {to_hex(patch.get_facecolor()) for patch in fig.axes[0].patches
            if isinstance(patch, Rectangle) and patch.get_height() > 0}
    assert bars == {style.HIDDEN_COLOURS[4], style.HIDDEN_COLOURS[32]}
