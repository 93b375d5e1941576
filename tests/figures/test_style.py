"""The one look of every figure: its four renderings, its colours and their contrast on the card,
the card-backed canvas of each rendering, and the saved PNG (palette, no metadata, same bytes)."""

from __future__ import annotations

import io
import struct

import matplotlib
import numpy as np
import pytest
from matplotlib.colors import to_rgb, to_rgba
from PIL import Image

from descent.figures import style

DESKTOP = [style.LIGHT, style.DARK]


def _closed(fig):
    style.pyplot().close(fig)


def _cards(fig):
    return [patch for patch in fig.patches if patch.get_zorder() == -10]


# The looks and their colours


def test_four_looks_light_and_dark_on_a_laptop_and_on_a_phone():
    assert [look.suffix for look in style.LOOKS] == ["", "-dark", "-phone", "-phone-dark"]
    assert [(look.dark, look.phone) for look in style.LOOKS] == [
        (False, False), (True, False), (False, True), (True, True)]
    # 8 in and 4.4 in at 160 dpi: 1280 px, and 704 px (twice a 352 px phone column).
    assert [round(look.width * style.DPI) for look in style.LOOKS] == [1280, 1280, 704, 704]
    # A phone changes the canvas, never the colours.
    assert style.PHONE.card == style.LIGHT.card and style.PHONE_DARK.card == style.DARK.card
    assert style.PHONE_DARK.text == style.DARK.text and style.PHONE_DARK.ball == style.DARK.ball
    assert style.contrast(style.DARK.card, "#000000") < 2 < style.contrast(style.LIGHT.card,
                                                                          "#000000")


@pytest.mark.parametrize("look", DESKTOP, ids=["light", "dark"])
def test_each_looks_inks_read_on_its_card(look):
    # Text (WCAG AA, 4.5:1) for what writes words; graphics (3:1) for lines and marks.
    for ink in ("curve", "text", "axis", "muted"):
        assert style.contrast(getattr(look, ink), look.card) >= style.TEXT_CONTRAST, ink
    for mark in ("faint", "ball", "tangent"):
        assert style.contrast(getattr(look, mark), look.card) >= 3.0, mark


def test_each_of_the_articles_alphas_has_its_own_colour_and_any_other_is_grey():
    colours = [style.alpha_colour(alpha) for alpha in (0.001, 0.01, 0.1, 1, 10, 100, 1000)]
    assert colours == list(style.QUALITATIVE) and len(set(colours)) == 7
    assert style.alpha_colour(np.float64(10.0)) == style.alpha_colour(10) == style.QUALITATIVE[4]
    assert style.alpha_colour(0.5) == style.alpha_colour(1e-4) == style.LIGHT.muted


def test_the_palette_is_seven_distinct_colours_and_the_basins_use_each_once():
    assert len(set(style.QUALITATIVE)) == 7
    assert sorted(style.BASIN_COLOURS) == sorted(style.QUALITATIVE)
    assert style.HIDDEN_COLOURS[4] != style.HIDDEN_COLOURS[32]
    assert style.OPTIMIZER_COLOURS["gradient descent"] == "#7f7f7f"  # the post's descent: grey


def test_basin_colours_run_left_to_right_and_wrap_after_the_seventh():
    assert [style.basin_colour(i) for i in range(7)] == list(style.BASIN_COLOURS)
    assert style.basin_colour(7) == style.basin_colour(0)
    assert style.basin_colour(9) == style.BASIN_COLOURS[2]
    assert all(style.basin_colour(i) != style.basin_colour(i + 1) for i in range(10))


# Colour arithmetic, worked by hand


def test_blend_mixes_the_two_colours_by_the_share():
    assert style.blend("#000000", "#ffffff", 0.25) == pytest.approx((0.25, 0.25, 0.25))
    assert style.blend("#ff0000", "#0000ff", 0.5) == pytest.approx((0.5, 0.0, 0.5))
    assert style.blend("#0072b2", "#ffffff", 0.0) == pytest.approx(to_rgb("#0072b2"))
    assert style.blend("#0072b2", "#ffffff", 1.0) == pytest.approx((1.0, 1.0, 1.0))


def test_a_basins_fill_is_its_colour_over_the_looks_card_opaque():
    # Light card #fbfaf7 = (251, 250, 247), first basin #0072b2 = (0, 114, 178), 35 % of it.
    with style.drawing(style.LIGHT, backend=False):
        fill = style.basin_fill(0)
        half = style.basin_fill(0, share=0.5)
    assert len(fill) == 3
    assert fill == pytest.approx(((0.65 * 251 + 0.35 * 0) / 255, (0.65 * 250 + 0.35 * 114) / 255,
                                  (0.65 * 247 + 0.35 * 178) / 255))
    assert half == pytest.approx((251 / 510, (250 + 114) / 510, (247 + 178) / 510))
    # Dark card #1e2129 = (30, 33, 41), second basin #e69f00 = (230, 159, 0).
    with style.drawing(style.DARK, backend=False):
        assert style.basin_fill(1) == pytest.approx(
            ((0.65 * 30 + 0.35 * 230) / 255, (0.65 * 33 + 0.35 * 159) / 255, 0.65 * 41 / 255))


def test_contrast_is_the_wcag_ratio():
    # The well-known boundary grey: #767676 is the lightest to pass 4.5:1 on white.
    assert style.contrast("#767676", "#ffffff") >= 4.5 > style.contrast("#777777", "#ffffff")
    assert style.contrast("#ffffff", "#767676") == style.contrast("#767676", "#ffffff")
    assert style.contrast("#0072b2", "#0072b2") == 1.0
    # By hand: 50 % grey (0.5 -> linear 0.2140) on black: (0.2140 + 0.05) / 0.05 = 5.28.
    assert style.contrast((0.5, 0.5, 0.5), "#000000") == pytest.approx(5.28, abs=0.01)


# Sky blue is 2.2:1 on the light card, Okabe-Ito blue 3.1:1 on the dark one.
@pytest.mark.parametrize("look, colour", [(style.LIGHT, "#56b4e9"), (style.DARK, "#0072b2")],
                         ids=["light", "dark"])
def test_ink_shades_toward_the_curve_just_enough_to_read(look, colour):
    with style.drawing(look, backend=False):
        shaded = style.ink(colour)  # on the look's card by default
        assert shaded == style.ink(colour, look.card)
    assert style.contrast(shaded, look.card) >= 4.5
    # A blend of the colour and the look's darkest (light) or lightest (dark) ink, in steps of
    # 1/40: the step before it does not read yet.
    share = next(s for s in np.linspace(0, 1, 41)
                 if np.allclose(shaded, style.blend(colour, look.curve, s)))
    assert 0 < share < 1
    assert style.contrast(style.blend(colour, look.curve, share - 1 / 40), look.card) < 4.5
    # Darker on the light card, lighter on the dark one.
    lighter = style._luminance(shaded) > style._luminance(colour)
    assert lighter == look.dark


def test_ink_that_cannot_reach_the_contrast_falls_back_to_the_curve():
    for look in DESKTOP:
        with style.drawing(look, backend=False):
            assert style.ink("#0072b2", minimum=22) == look.curve  # 21:1 is the most there is


# Drawing in a look


def test_drawing_sets_the_look_and_its_rc_parameters_and_puts_them_back():
    before = matplotlib.rcParams["text.color"]
    with style.drawing(style.DARK):
        assert style.look() is style.DARK
        assert matplotlib.rcParams["text.color"] == style.DARK.text
        assert matplotlib.rcParams["axes.spines.top"] is False
        with style.drawing(style.PHONE):
            assert style.look() is style.PHONE
            assert matplotlib.rcParams["text.color"] == style.PHONE.text
        assert style.look() is style.DARK
        assert matplotlib.rcParams["text.color"] == style.DARK.text
    assert style.look() is style.LIGHT and matplotlib.rcParams["text.color"] == before


def test_drawing_puts_the_look_back_after_an_error():
    with pytest.raises(RuntimeError), style.drawing(style.PHONE_DARK):
        raise RuntimeError("a figure failed")
    assert style.look() is style.LIGHT


def test_a_notebook_draws_in_the_light_look():
    with style.notebook():
        assert style.look() is style.LIGHT
        assert matplotlib.rcParams["text.color"] == style.LIGHT.text


def test_pyplot_draws_without_a_window():
    assert style.pyplot().get_backend().lower() == "agg"


# The canvas


@pytest.mark.parametrize("look", DESKTOP, ids=["light", "dark"])
def test_the_card_is_a_rounded_box_in_the_looks_colours_behind_everything(look):
    with style.drawing(look):
        fig = style.pyplot().figure()
        style.card(fig)
    (card,) = _cards(fig)
    assert fig.patch.get_alpha() == 0  # the page shows around the rounded corners
    assert card.get_facecolor() == pytest.approx(to_rgba(look.card))
    assert card.get_edgecolor() == pytest.approx(to_rgba(look.card_edge))
    assert card.get_transform() is fig.transFigure
    _closed(fig)


def test_a_laptop_figure_is_one_row_of_the_looks_width():
    with style.drawing(style.DARK):
        fig, axes = style.figure(2.5, ncols=3, gridspec_kw={"width_ratios": [1, 2, 1]})
    assert tuple(fig.get_size_inches()) == pytest.approx((8.0, 2.5)) and fig.dpi == style.DPI
    assert len(axes) == 3 and len(_cards(fig)) == 1
    lefts = [ax.get_position().x0 for ax in axes]
    widths = [ax.get_position().width for ax in axes]
    assert lefts == sorted(lefts) and widths[1] == pytest.approx(2 * widths[0])
    assert fig.get_layout_engine() is None
    _closed(fig)


@pytest.mark.parametrize("ncols, shape", [(1, (1, 1)), (2, (2, 1)), (3, (3, 1)), (4, (2, 2))])
def test_a_phone_figure_restacks_the_row(ncols, shape):
    with style.drawing(style.PHONE):
        fig, axes = style.figure(2.0, ncols=ncols, gridspec_kw={"width_ratios": [1] * ncols})
    rows, cols = shape
    assert tuple(fig.get_size_inches()) == pytest.approx((4.4, 2.0 * rows * 0.95))
    axes = [axes] if ncols == 1 else list(axes)
    cells = [(ax.get_subplotspec().rowspan.start, ax.get_subplotspec().colspan.start)
             for ax in axes]
    assert cells == [(r, c) for r in range(rows) for c in range(cols)]  # the same order
    assert type(fig.get_layout_engine()).__name__ == "ConstrainedLayoutEngine"
    _closed(fig)


def test_a_phone_figure_takes_its_own_height_and_no_more_than_four_axes():
    with style.drawing(style.PHONE_DARK):
        fig, _ = style.figure(2.0, ncols=2, phone_height=3.3)
        assert tuple(fig.get_size_inches()) == pytest.approx((4.4, 3.3))
        _closed(fig)
        with pytest.raises(KeyError):
            style.figure(2.0, ncols=5)


def test_margins_place_the_axes_on_a_laptop_and_leave_a_phone_to_its_layout():
    with style.drawing(style.LIGHT):
        fig, ax = style.figure(2.0)
        style.margins(fig, left=0.1, right=0.8)
    assert (ax.get_position().x0, ax.get_position().x1) == pytest.approx((0.1, 0.8))
    _closed(fig)
    with style.drawing(style.PHONE):
        fig, ax = style.figure(2.0)
        before = fig.subplotpars.left
        style.margins(fig, left=0.3)
    assert fig.subplotpars.left == before
    _closed(fig)


def test_readable_text_leaves_faded_hidden_and_empty_texts_alone():
    sky = style.QUALITATIVE[4]  # 2.2:1 on the light card
    with style.drawing(style.LIGHT):
        fig, ax = style.figure(2.0)
        faded = ax.text(0.1, 0.1, "faded", color=sky, alpha=0.5)
        hidden = ax.text(0.2, 0.2, "hidden", color=sky, visible=False)
        empty = ax.text(0.3, 0.3, "", color=sky)
        # A box that is not opaque shows the card through it: read against the card.
        glassy = ax.text(0.4, 0.4, "glassy", color=sky,
                         bbox={"facecolor": "#000000", "alpha": 0.5})
        style.readable_text(fig)
    assert to_rgb(faded.get_color()) == to_rgb(hidden.get_color()) == to_rgb(
        empty.get_color()) == to_rgb(sky)
    assert style.contrast(glassy.get_color(), style.LIGHT.card) >= 4.5
    _closed(fig)


# The saved PNG


def _chunks(data: bytes) -> list[bytes]:
    """The chunk types of a PNG, in order."""
    at, found = 8, []
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        found.append(kind)
        at += 12 + length
    return found


def _saved(look=style.LIGHT) -> tuple[bytes, object]:
    with style.drawing(look):
        fig, ax = style.figure(1.0)
        ax.plot([0, 1], [0, 1], color=style.QUALITATIVE[0])
        ax.set_title("alpha 10")
        out = io.BytesIO()
        style.save_png(fig, out)
    return out.getvalue(), fig


@pytest.fixture(scope="module")
def saved():
    return _saved()


def test_save_png_writes_a_paletted_png_of_the_looks_pixel_width(saved):
    data, _ = saved
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "PNG" and image.mode == "P"
        assert image.size == (1280, 160)  # 8 x 1 inches at 160 dpi
        assert len(image.getcolors(style.PALETTE + 1)) <= style.PALETTE
        rgba = np.asarray(image.convert("RGBA"))
    assert rgba[0, 0, 3] == 0  # outside the rounded card: transparent, the page shows
    # On the card: the light card's colour, within the palette's level or two.
    assert rgba[80, 8] == pytest.approx((251, 250, 247, 255), abs=2)


def test_save_png_writes_no_software_or_time_and_the_same_bytes_twice(saved):
    data, _ = saved
    kinds = _chunks(data)
    assert kinds[0] == b"IHDR" and kinds[-1] == b"IEND" and b"PLTE" in kinds
    assert not {b"tEXt", b"iTXt", b"zTXt", b"tIME"} & set(kinds)
    assert _saved()[0] == data


def test_save_png_closes_the_figure(saved):
    _, fig = saved
    assert not style.pyplot().fignum_exists(fig.number)
