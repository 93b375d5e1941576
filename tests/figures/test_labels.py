"""Labels never collide: in every figure that names its lines at their ends (labels.py), in
every look, no two texts of the drawn figure overlap, the end labels keep clear space between
them, and nothing reaches past the canvas. Read from the drawn texts' window extents."""

from __future__ import annotations

import itertools

import matplotlib.text
import pytest

from descent.figures import labels, style
from descent.figure_build.registry import FIGURES
from drawn_texts import drawn, drawn_texts

LABELLED = ["alpha-sweep", "seed-variance", "optimizer-race", "mini-batches"]
CLEAR = 0.45  # blank space between two end labels, above and below, in font sizes


def _drawn(slug, look, monkeypatch, tmp_path):
    figure = FIGURES[slug + look.suffix]
    return drawn(figure.module, look, tmp_path / figure.path_name, **figure.params)


def _uses_end_labels(slug) -> bool:
    return "label_ends" in FIGURES[slug].source.read_text()


def test_these_are_the_figures_with_end_labels():
    assert sorted(LABELLED) == sorted(slug for slug, figure in FIGURES.items()
                                      if not figure.look and figure.path_name.endswith(".png")
                                      and _uses_end_labels(slug))


@pytest.mark.parametrize("look", style.LOOKS, ids=lambda look: look.suffix or "light")
@pytest.mark.parametrize("slug", LABELLED)
def test_no_two_texts_overlap_and_end_labels_keep_apart(slug, look, monkeypatch, tmp_path):
    fig = _drawn(slug, look, monkeypatch, tmp_path)
    drawn = drawn_texts(fig)
    for (first, a), (second, b) in itertools.combinations(drawn, 2):
        assert not a.overlaps(b), (slug, first.get_text(), second.get_text(), a, b)
    width, height = fig.bbox.width, fig.bbox.height
    for text, box in drawn:
        assert box.x0 >= -1 and box.y0 >= -1 and box.x1 <= width + 1 and box.y1 <= height + 1, \
            (slug, text.get_text(), box)
    ends = [(text, box) for text, box in drawn if isinstance(text, matplotlib.text.Annotation)
            and text.get_ha() == "left" and text.get_va() == "center"
            and text.get_anncoords() == "offset points"]
    assert len(ends) >= 3
    for (first, a), (second, b) in itertools.combinations(ends, 2):
        if first.axes is not second.axes:
            continue
        apart = max(b.y0 - a.y1, a.y0 - b.y1)  # vertical space between them
        sideways = max(b.x0 - a.x1, a.x0 - b.x1)
        clear = CLEAR * first.get_fontsize() * fig.dpi / 72
        assert apart >= clear or sideways > 0, (slug, first.get_text(), second.get_text(),
                                                apart * 72 / fig.dpi)


def test_spread_keeps_the_gap_and_the_order():
    placed = labels.spread([0.0, 0.5, 1.0, 10.0], gap=2.0, low=-100, high=100)
    assert all(b - a >= 2.0 - 1e-9 for a, b in zip(placed, placed[1:]))
    assert placed[3] == 10.0  # far enough already: left where it is
    assert sum(placed[:3]) / 3 == pytest.approx(0.5)  # a block centred on what it wants
    assert labels.spread([5.0, 5.0], gap=3.0, low=0, high=6) == [3.0, 6.0]  # pushed off the top
