"""Direct labels at the ends of lines, nudged apart: where `spread` places them (worked by hand),
what `label_ends` writes and when it draws a leader, the coloured title; and, in every figure that
names its lines at their ends, in every look, no two drawn texts overlap, the end labels keep
clear space between them and nothing reaches past the canvas (read from the texts' extents)."""

from __future__ import annotations

import itertools

import matplotlib.text
import numpy as np
import pytest
from matplotlib.layout_engine import ConstrainedLayoutEngine

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


@pytest.mark.parametrize("wanted, gap, low, high, placed", [
    ([], 1.0, 0, 10, []),
    ([4.0], 1.0, 0, 10, [4.0]),  # alone: where it wants
    ([1.0, 5.0], 2.0, 0, 10, [1.0, 5.0]),  # far enough apart already
    ([0.0, 1.0], 3.0, -10, 10, [-1.0, 2.0]),  # a block of two centred on 0.5
    ([5.0, 0.0, 5.5], 1.0, -10, 10, [4.75, 0.0, 5.75]),  # order kept, input unsorted
    # 0 and 1 merge (centre 0.5, top 1.5), which then crowds 2.5: all three centred on 7/6.
    ([0.0, 1.0, 2.5], 2.0, -10, 10, [7 / 6 - 2, 7 / 6, 7 / 6 + 2]),
    ([0.0, 0.0], 2.0, 0, 10, [0.0, 2.0]),  # held at the bottom
    ([0.0, 0.0, 0.0], 5.0, 0, 4, [0.0, 5.0, 10.0]),  # no room: from the bottom up, past the top
])
def test_spread_by_hand(wanted, gap, low, high, placed):
    assert labels.spread(wanted, gap, low, high) == pytest.approx(placed)


@pytest.fixture()
def lined():
    """A 72 dpi canvas (a point is a pixel): axes 240 px tall from y = 30, y over [0, 10]."""
    fig = style.pyplot().figure(figsize=(4, 3), dpi=72)
    ax = fig.add_axes((0.1, 30 / 216, 0.6, 240 / 216))
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 10)
    yield ax
    style.pyplot().close(fig)


def test_labels_far_apart_sit_just_right_of_their_line_ends_without_leaders(lined):
    ends = [labels.End("alpha 10", "#0072b2", 9.0, 2.0), labels.End("alpha 1", "#d55e00", 9.0, 8.0)]
    texts = labels.label_ends(lined, ends, fontsize=9.0)
    assert [text.get_text() for text in texts] == ["alpha 10", "alpha 1"]
    for text, end in zip(texts, ends):
        assert text.xy == (end.x, end.y) and text.get_anncoords() == "offset points"
        assert text.xyann == pytest.approx((labels.PAD, 0.0))
        assert (text.get_ha(), text.get_va()) == ("left", "center")
        assert text.get_color() == end.colour and text.get_fontsize() == 9.0
        assert text.arrow_patch is None
    assert list(lined.texts) == texts  # the first, unnudged labels are gone


def test_labels_at_one_point_move_apart_by_the_gap_each_with_a_leader(lined):
    ends = [labels.End("a", "#0072b2", 5.0, 5.0), labels.End("b", "#d55e00", 5.0, 5.0)]
    first, second = labels.label_ends(lined, ends, fontsize=10.0)
    half = labels.GAP * 10.0 / 2  # 7.75 points up and down, in their order
    assert first.xyann == pytest.approx((labels.PAD, -half))
    assert second.xyann == pytest.approx((labels.PAD, half))
    assert first.arrow_patch is not None and second.arrow_patch is not None


def test_labels_at_the_top_edge_stay_within_half_a_gap_above_the_axes(lined):
    ends = [labels.End(name, "#0072b2", 5.0, 10.0) for name in "abc"]
    texts = labels.label_ends(lined, ends, fontsize=10.0)
    # The axes' top is 270 points up. Centred there, the three would reach 270 + 15.5; held
    # down, the highest sits half a gap (7.75 points) above it, the others a gap apart below.
    placed = [270 + text.xyann[1] for text in texts]
    assert placed == pytest.approx([270 + 7.75 - 31, 270 + 7.75 - 15.5, 270 + 7.75])


def test_labels_in_a_column_start_at_it_and_lead_back_to_their_lines(lined):
    # x over [0, 10] is 172.8 px: the column at x = 8 is 34.56 points right of x = 6.
    ends = [labels.End("Adam", "#d55e00", 6.0, 3.0, column=8.0),
            labels.End("momentum", "#0072b2", 8.0, 7.0, column=8.0)]
    adam, momentum = labels.label_ends(lined, ends)
    assert adam.xyann == pytest.approx((labels.PAD + 2 * 17.28, 0.0))
    assert adam.arrow_patch is not None  # moved sideways: a leader back to its line's end
    assert momentum.xyann == pytest.approx((labels.PAD, 0.0)) and momentum.arrow_patch is None


def test_labelling_freezes_a_constrained_layout():
    with style.drawing(style.PHONE):
        fig, ax = style.figure(2.0)
        ax.plot([0, 1], [0, 1])
        labels.label_ends(ax, [labels.End("line", "#0072b2", 1.0, 1.0)])
        placed = np.array(ax.get_position().bounds)
        ax.set_title("a late title that a live layout would make room for")
        fig.canvas.draw()
    assert not isinstance(fig.get_layout_engine(), ConstrainedLayoutEngine)
    assert np.array(ax.get_position().bounds) == pytest.approx(placed)
    style.pyplot().close(fig)


def test_a_coloured_title_runs_left_to_right_in_its_pieces_colours(lined):
    blue, red = style.HIDDEN_COLOURS[4], style.HIDDEN_COLOURS[32]
    labels.coloured_title(lined, [("4 hidden units", blue), (" against ", style.LIGHT.text),
                                  ("32", red)])
    pieces = [lined._left_title, *lined.texts]
    assert [piece.get_text() for piece in pieces] == ["4 hidden units", " against ", "32"]
    assert [piece.get_color() for piece in pieces] == [blue, style.LIGHT.text, red]
    assert [piece.get_fontweight() for piece in pieces] == ["bold", "normal", "bold"]
    renderer = lined.figure.canvas.get_renderer()
    lined.figure.canvas.draw()
    boxes = [piece.get_window_extent(renderer) for piece in pieces]
    for before, after in zip(boxes, boxes[1:]):
        assert after.x0 == pytest.approx(before.x1, abs=1)  # each starts where the last ends
        assert after.y0 == pytest.approx(before.y0, abs=1)  # on one line
    assert lined.get_title(loc="left") == "4 hidden units"  # the axes' own title, then the rest
