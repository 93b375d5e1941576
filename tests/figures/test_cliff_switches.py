"""cliff_switches draws final error against alpha for the plain, clipped and batch-normalized
nets, one panel per hidden size, and marks where each curve breaks down (its cliff)."""

from __future__ import annotations

import io

import numpy as np
import pytest
from matplotlib.colors import to_hex

from descent.figures import cliff_switches, style
from descent.network import ALPHAS
from descent.runs import switch_studies
from drawn_texts import drawn

NAMES = ("plain", "clipped", "batch norm")


def no_clipped_cliff(hidden, name, stored=switch_studies.cliff):
    """The stored curve, but the clipped one read as if it had no cliff."""
    found = stored(hidden, name)
    if name == "clipped":
        found = switch_studies.Cliff(hidden, name, found.iterations, found.alphas, found.errors,
                                     None, found.best)
    return found


@pytest.fixture(scope="module")
def figures():
    """The light look as stored; the phone (one render fewer) with no clipped cliff."""
    found = {style.LIGHT.suffix: drawn(cliff_switches, style.LIGHT, io.BytesIO())}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(switch_studies, "cliff", no_clipped_cliff)
        found[style.PHONE.suffix] = drawn(cliff_switches, style.PHONE, io.BytesIO())
    return found


@pytest.fixture(scope="module")
def axes(figures):
    return figures[style.LIGHT.suffix].axes


def readable(colour) -> str:
    """A text's colour as the light card shows it: its own, or the shade of it that reads there."""
    with style.drawing(style.LIGHT, backend=False):
        if style.contrast(colour, style.LIGHT.card) >= style.TEXT_CONTRAST:
            return to_hex(colour)
        return to_hex(style.ink(colour, style.LIGHT.card))


def cliff_by_hand(alphas, errors) -> float | None:
    """The first alpha (ascending) whose final error is 10x the lowest of all smaller alphas'."""
    for k in range(1, len(alphas)):
        if errors[k] >= 10 * min(errors[:k]):
            return float(alphas[k])
    return None


def test_the_alphas_are_five_per_decade_from_0001_to_1000_holding_the_articles():
    alphas = switch_studies.CLIFF_ALPHAS
    assert len(alphas) == 31 and alphas[0] == 0.001 and alphas[-1] == 1000
    assert np.allclose(alphas[5::5] / alphas[:-5:5], 10, rtol=1e-12)
    assert set(ALPHAS) <= set(alphas.tolist())


@pytest.mark.parametrize("panel, hidden", [(0, 4), (1, 32)])
def test_each_panel_draws_the_three_curves_and_a_dashed_mark_at_each_cliff(axes, panel, hidden):
    ax = axes[panel]
    curves = [line for line in ax.lines if len(line.get_xdata()) > 2]
    marks = [line for line in ax.lines if line.get_linestyle() == "--"]
    assert len(curves) == len(marks) == 3
    for name, curve, mark in zip(NAMES, curves, marks):
        found = switch_studies.cliff(hidden, name)
        assert np.array_equal(curve.get_xdata(), switch_studies.CLIFF_ALPHAS)
        assert np.array_equal(curve.get_ydata(), found.errors)
        cliff = cliff_by_hand(found.alphas, found.errors)
        assert list(mark.get_xdata()) == [cliff, cliff]
        assert list(mark.get_ydata()) == [0.6, 1]  # the top two fifths of the panel
        assert curve.get_color() == mark.get_color() == cliff_switches.colour(name)


@pytest.mark.parametrize("panel, hidden", [(0, 4), (1, 32)])
def test_each_panel_names_its_hidden_size_and_its_cliffs_above_it(axes, panel, hidden):
    texts = axes[panel].texts
    notes = []
    for name in NAMES:
        found = switch_studies.cliff(hidden, name)
        notes.append(f"{name}: cliff at {cliff_by_hand(found.alphas, found.errors):.3g}")
    assert [t.get_text() for t in texts] == [*notes, f"{hidden} hidden units"]
    inks = [*(cliff_switches.colour(n) for n in NAMES), style.HIDDEN_COLOURS[hidden]]
    assert [to_hex(t.get_color()) for t in texts] == [readable(c) for c in inks]
    heights = [t.get_position()[1] for t in texts]
    assert heights == sorted(heights, reverse=True)[1:] + [max(heights)]  # title on top
    assert all(y > 1 for y in heights)  # above the plot, in axes units


def test_the_printed_cliffs_read_as_the_page_tells_them(axes):
    # clipping moves both cliffs to larger alphas; batch norm moves both to smaller ones
    texts = [t.get_text() for ax in axes for t in ax.texts]
    assert texts == ["plain: cliff at 39.8", "clipped: cliff at 251", "batch norm: cliff at 25.1",
                     "4 hidden units", "plain: cliff at 15.8", "clipped: cliff at 100",
                     "batch norm: cliff at 3.98", "32 hidden units"]  # regression pin


def test_log_axes_with_every_other_article_alpha_as_a_tick(axes):
    for ax in axes:
        assert ax.get_xscale() == ax.get_yscale() == "log"
        assert ax.get_ylim() == pytest.approx((2e-4, 1))
        assert list(ax.get_xticks()) == [0.001, 0.1, 10, 1000]
        assert [t.get_text() for t in ax.get_xticklabels()] == ["0.001", "0.1", "10", "1000"]
        assert ax.get_xlabel() == "alpha (5 per decade)"
    assert [ax.get_ylabel() for ax in axes] == ["final mean |error|", ""]


def test_a_phone_stacks_the_panels_and_labels_both_error_axes(figures):
    phone = figures[style.PHONE.suffix]
    assert [ax.get_ylabel() for ax in phone.axes] == ["final mean |error|"] * 2
    first, second = (ax.get_position() for ax in phone.axes)
    assert second.y1 < first.y0  # one above the other
    assert tuple(phone.get_size_inches()) == pytest.approx((style.PHONE.width, 7.4))


@pytest.mark.parametrize("look", [style.LIGHT, style.DARK])
def test_plain_takes_the_looks_curve_colour_the_switches_their_own(look):
    with style.drawing(look, backend=False):
        assert cliff_switches.colour("plain") == look.curve
        assert cliff_switches.colour("clipped") == style.QUALITATIVE[2]
        assert cliff_switches.colour("batch norm") == style.QUALITATIVE[3]
    assert len({to_hex(c) for c in (style.QUALITATIVE[2], style.QUALITATIVE[3], look.curve)}) == 3


def test_a_curve_without_a_cliff_is_named_so_and_not_marked(figures):
    for ax in figures[style.PHONE.suffix].axes:
        assert [t.get_text() for t in ax.texts][1] == "clipped: no cliff"
        marks = [line for line in ax.lines if line.get_linestyle() == "--"]
        assert [m.get_color() for m in marks] == [cliff_switches.colour(n)
                                                  for n in ("plain", "batch norm")]
