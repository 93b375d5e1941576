"""Issue #13: the ball figures, the error plane and the slider frames read on every screen."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from descent import landscapes
from descent.figure_build.registry import FIGURES
from drawn_texts import drawn, drawn_texts
from descent.figures import alpha_slider_frame, error_plane, panels, style
from descent.runs import descents


def _drawn(slug, look, tmp_path):
    """Render `slug` in `look`; return the figure as it was saved, and the PNG's bytes."""
    figure = FIGURES[slug]
    fig = drawn(figure.module, look, tmp_path / "out.png", **figure.params)
    return fig, (tmp_path / "out.png").read_bytes()


@pytest.mark.parametrize("look", style.LOOKS, ids=lambda look: look.suffix or "light")
def test_every_bucket_tangent_stays_inside_its_panel(look, tmp_path):
    fig, _ = _drawn("bucket-slopes", look, tmp_path)
    for ax, x in zip(fig.axes, descents.bucket_iterates()):
        ends = panels.tangent_ends(ax, landscapes.bucket, x)
        (left, right), (bottom, top) = ax.get_xlim(), ax.get_ylim()
        assert np.all((left <= ends[:, 0]) & (ends[:, 0] <= right))
        assert np.all((bottom <= ends[:, 1]) & (ends[:, 1] <= landscapes.bucket.f(2.0)))  # under the rim


@pytest.mark.parametrize("look", [style.LIGHT, style.DARK], ids=["light", "dark"])
def test_panel_numerals_and_basin_counts_read_on_their_backgrounds(look):
    with style.drawing(look):
        assert style.contrast(style.ink(look.panel_number, minimum=3.0), look.card) >= 3.0
        for index, colour in enumerate(style.BASIN_COLOURS):
            band = style.basin_fill(index)
            assert style.contrast(style.ink(colour, band), band) >= 4.5
            assert style.contrast(look.text, band) >= 4.5  # the notes over a basin's tint


def test_no_slider_distance_rests_on_the_floor_unless_it_is_exactly_zero():
    for alpha in descents.ALPHAS:
        distance = np.abs(descents.iterates(alpha))
        assert np.all((distance == 0) | (distance > alpha_slider_frame.DISTANCE_FLOOR * 10))
    assert np.all(descents.iterates(0.5)[1:] == 0)  # the frame that marks "exactly 0"


def _frames(path):
    with Image.open(path) as image:
        for index in range(image.n_frames):
            image.seek(index)
            yield np.asarray(image.convert("RGB")).astype(int)


@pytest.fixture(scope="module")
def animations(tmp_path_factory):
    folder = tmp_path_factory.mktemp("plane")
    paths = {}
    for slug in ("error-plane", "error-plane-anim"):
        figure = FIGURES[slug]
        figure.render(folder / figure.path_name)
        paths[slug] = folder / figure.path_name
    return paths


@pytest.mark.parametrize("slug", ["error-plane", "error-plane-anim"])
def test_the_error_plane_keeps_its_framing_in_every_frame(animations, slug):
    boxes = []
    for frame in _frames(animations[slug]):
        assert frame.shape == (840, 1040, 3)
        ink = np.abs(frame - frame[4, 4]).sum(axis=-1) > 40
        rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
        boxes.append((cols[0], rows[0], cols[-1], rows[-1]))
    boxes = np.array(boxes)
    # Nothing is cut off at any view, and the scale is fixed: the box moves only as much as a
    # square turning by +-25 degrees widens and narrows (the old full turn also zoomed).
    assert boxes[:, :2].min() > 20 and boxes[:, 2].max() < 1040 - 10 and boxes[:, 3].max() < 840 - 20
    assert np.ptp(boxes[:, 1]) <= 24 and np.ptp(boxes[:, 3]) <= 30
    assert np.ptp(boxes[:, 0]) <= 40 and np.ptp(boxes[:, 2]) <= 80


def test_the_webp_is_a_fraction_of_the_gif_and_both_render_byte_identical(animations, tmp_path):
    gif, webp = animations["error-plane"], animations["error-plane-anim"]
    # libwebp merges a frame that barely differs from the last into a longer one.
    assert Image.open(webp).format == "WEBP" and Image.open(webp).n_frames >= error_plane.FRAMES - 4
    assert webp.stat().st_size < 0.7 * gif.stat().st_size
    error_plane._drawn.cache_clear()  # the views are drawn again, not only encoded again
    for slug, first in animations.items():
        again = tmp_path / first.name
        FIGURES[slug].render(again)
        assert again.read_bytes() == first.read_bytes()


def test_the_animation_labels_are_large_enough_for_a_phone_column():
    # 10 pt at the drawing's dpi, shown 352 px wide, must be at least 9 CSS px.
    pixels = 10 / 72 * error_plane.DPI
    assert pixels / error_plane.PIXELS[0] * 352 >= 9


def test_text_in_a_data_colour_is_shaded_to_read_on_the_card():
    from descent.figures import style

    from matplotlib.colors import to_hex

    for look in (style.LIGHT, style.DARK):
        for colour in style.QUALITATIVE:
            with style.drawing(look, backend=False):
                shade = style.ink(colour, look.card)
            assert style.contrast(shade, look.card) >= 4.5, (look.suffix, colour, shade)
            if style.contrast(colour, look.card) >= 4.5:
                assert to_hex(shade) == colour  # already readable: kept as it is
    # By hand: Okabe-Ito blue on the dark card is about 3.1:1, white on black 21:1.
    assert 3.0 < style.contrast("#0072b2", style.DARK.card) < 3.3
    assert round(style.contrast("#ffffff", "#000000"), 6) == 21


def test_a_saved_figure_draws_its_labels_readable_in_every_look(tmp_path):
    from descent.figures import style

    for look in style.LOOKS:
        with style.drawing(look):
            fig, ax = style.figure(2)
            label = ax.text(0.5, 0.5, "alpha 1", color="#56b4e9")
            boxed = ax.text(0.2, 0.2, "boxed", color="#ffffff",
                            bbox={"facecolor": "#000000", "alpha": 1})
            style.save_png(fig, tmp_path / f"f{look.suffix}.png")
            assert style.contrast(label.get_color(), look.card) >= 4.5
            assert boxed.get_color() == "#ffffff"  # read against its own black box
