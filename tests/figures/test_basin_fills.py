"""The basins read apart in every look: each basin's fill, read back from the saved PNG, is far
from every other's and from the card, for normal vision and simulated red-green deficiency.

Independent of how style.py mixes its tints: the colours are the PNG's own pixels (after its
256-colour palette), compared in CIELAB with the CIE76 distance (2.3 is a just-noticeable
difference; 8 and more reads as another colour at a glance), and the colour-vision deficiencies
are simulated with Machado, Oliveira and Fernandes (2009) at full severity.
"""

from __future__ import annotations

import io
import itertools

import numpy as np
import pytest
from PIL import Image

from descent.figures import style
from descent.figure_build.registry import FIGURES
from descent.runs import basins

NORMAL_GAP = 8.0  # CIE76, every pair of basins
DEFICIENT_GAP = 6.0  # CIE76, every pair, protanopia and deuteranopia simulated
CARD_GAP = 10.0  # CIE76, each fill against the card around the plot

MACHADO = {
    "protanopia": np.array([[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                            [-0.003882, -0.048116, 1.051998]]),
    "deuteranopia": np.array([[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                              [-0.011820, 0.042940, 0.968881]]),
}


def _linear(rgb):
    rgb = np.asarray(rgb, float) / 255
    return np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)


def _lab(linear):
    """CIELAB (D65) of a linear-light sRGB colour."""
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722],
                    [0.0193, 0.1192, 0.9505]]) @ np.clip(linear, 0, 1)
    xyz = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > (6 / 29) ** 3, np.cbrt(xyz), xyz / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def distance(first, second, vision: str | None = None) -> float:
    """CIE76 distance of two 8-bit sRGB colours, as seen with `vision` (None: normal)."""
    a, b = _linear(first), _linear(second)
    if vision:
        a, b = MACHADO[vision] @ a, MACHADO[vision] @ b
    return float(np.linalg.norm(_lab(a) - _lab(b)))


def test_the_distance_agrees_with_known_values():
    assert distance((255, 255, 255), (0, 0, 0)) == pytest.approx(100, abs=0.01)
    assert distance((255, 0, 0), (255, 0, 0)) == 0
    # sRGB red is L 53.2, a 80.1, b 67.2 (CIE76 from white: sqrt(46.8² + 80.1² + 67.2²) = 114.6)
    assert distance((255, 0, 0), (255, 255, 255)) == pytest.approx(114.6, abs=0.2)
    # Red and green, far apart for normal vision, come close without red-green cones.
    assert distance((200, 60, 40), (90, 120, 40)) > 2 * distance((200, 60, 40), (90, 120, 40),
                                                                "deuteranopia")


def _fills(slug: str, look, monkeypatch, tmp_path) -> tuple[list, tuple]:
    """Each basin's fill as saved: the commonest colour of the PNG inside its span of the top
    axes; and the card's colour, at the figure's left edge, halfway down."""
    kept = []
    save = style.save_png

    def keep(fig, path):
        kept.append(fig)
        save(fig, path)

    monkeypatch.setattr(style, "save_png", keep)
    figure = FIGURES[slug + look.suffix]
    path = tmp_path / figure.path_name
    figure.render(path)
    fig = kept[0]
    image = np.asarray(Image.open(path).convert("RGBA"))[..., :3]
    ax = fig.axes[0]  # the curve's axes in both figures
    found = basins.drop(**figure.params)
    height = image.shape[0]
    (_, y0), (_, y1) = ax.transAxes.transform([(0, 0), (1, 1)])
    fills = []
    for left, right in zip(found.edges[:-1], found.edges[1:]):
        x0 = ax.transData.transform((left, 0))[0]
        x1 = ax.transData.transform((right, 0))[0]
        block = image[int(height - y1) + 2:int(height - y0) - 2, int(x0) + 3:int(x1) - 3]
        colours, counts = np.unique(block.reshape(-1, 3), axis=0, return_counts=True)
        fills.append(tuple(int(c) for c in colours[np.argmax(counts)]))
    card = tuple(int(c) for c in image[height // 2, 6])
    return fills, card


@pytest.mark.parametrize("slug", ["basins", "basin-histogram"])
@pytest.mark.parametrize("look", style.LOOKS, ids=lambda look: look.suffix or "light")
def test_every_basin_has_its_own_fill(slug, look, monkeypatch, tmp_path):
    fills, card = _fills(slug, look, monkeypatch, tmp_path)
    assert len(set(fills)) == len(fills) == len(basins.basin_map().minima)
    for (i, first), (j, second) in itertools.combinations(enumerate(fills, start=1), 2):
        assert distance(first, second) >= NORMAL_GAP, (i, j, first, second)
        for vision in MACHADO:
            assert distance(first, second, vision) >= DEFICIENT_GAP, (vision, i, j, first, second)
    for index, fill in enumerate(fills, start=1):
        assert distance(fill, card) >= CARD_GAP, (index, fill, card)


def test_the_check_catches_the_old_light_fills():
    """Before: the Okabe-Ito colours in order at 16 % over the light card, which the PNG palette
    merged (basins 1 and 3, 4 and 5); mixed exactly, they are already too close."""
    card = np.array([0xfb, 0xfa, 0xf7])
    old = [tuple(np.round(0.84 * card + 0.16 * np.array(list(bytes.fromhex(colour[1:]))))) for colour in
           style.QUALITATIVE[:5]]
    assert min(distance(a, b) for a, b in itertools.combinations(old, 2)) < NORMAL_GAP


@pytest.mark.parametrize("look", style.LOOKS, ids=lambda look: look.suffix or "light")
def test_basin_boundaries_are_drawn(look, monkeypatch):
    kept = []
    monkeypatch.setattr(style, "save_png", lambda fig, path: kept.append(fig))
    figure = FIGURES["basins"]
    with style.drawing(look):
        figure.module.render(io.BytesIO(), **figure.params)
    edges = basins.drop(**figure.params).edges[1:-1]
    vertical = sorted(line.get_xdata()[0] for line in kept[0].axes[0].lines
                      if len(set(line.get_xdata())) == 1 and len(line.get_xdata()) == 2)
    assert np.allclose(vertical, sorted(edges))
