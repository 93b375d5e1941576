"""Every image the registry draws for a phone reads on one: 704 px wide, every text at least
8.5 pt, and no text past the card it is drawn on (a title clipped at both sides); and no
text of a laptop's image reaches past its card either."""

from __future__ import annotations

import pytest
from PIL import Image

from descent.figures import style
from descent.figure_build.registry import FIGURES
from drawn_texts import card_margin, drawn, drawn_texts

PHONE = sorted(slug for slug, figure in FIGURES.items() if figure.look == "-phone")
WIDE = sorted(slug for slug, figure in FIGURES.items()
              if figure.look == "" and figure.path_name.endswith(".png"))


def texts_outside(fig) -> list[str]:
    """The texts of a drawn figure that reach past its card."""
    margin = card_margin(fig)
    width, height = fig.bbox.width, fig.bbox.height
    return [f"{text.get_text()!r}: {box}" for text, box in drawn_texts(fig)
            if box.x0 < margin or box.y0 < margin or box.x1 > width - margin
            or box.y1 > height - margin]


def test_every_image_of_the_registry_has_a_phone_look():
    images = {figure.base for figure in FIGURES.values() if figure.path_name.endswith(".png")}
    assert images and images == {FIGURES[slug].base for slug in PHONE}


@pytest.mark.parametrize("slug", PHONE)
def test_a_phone_image_is_704_px_wide_with_every_text_at_least_8_5_pt_and_inside(
        slug, tmp_path):
    figure = FIGURES[slug]
    fig = drawn(figure.module, style.PHONE, tmp_path / "out.png", **figure.params)
    assert Image.open(tmp_path / "out.png").width == 704
    sizes = {text.get_text(): text.get_fontsize() for text, _ in drawn_texts(fig)}
    assert sizes and min(sizes.values()) >= 8.5, sizes
    assert not texts_outside(fig), texts_outside(fig)


@pytest.mark.parametrize("slug", WIDE)
def test_no_text_of_a_laptop_image_reaches_past_its_card(slug, tmp_path):
    figure = FIGURES[slug]
    fig = drawn(figure.module, style.LIGHT, tmp_path / "out.png", **figure.params)
    assert not texts_outside(fig), texts_outside(fig)


def test_the_clipping_check_sees_a_text_past_the_edge():
    with style.drawing(style.PHONE):
        fig, ax = style.figure(2)
        ax.set_title("a title far too long for the narrow canvas of a phone, clipped at both sides")
        fig.canvas.draw()
        fig.renderer_used = fig.canvas.get_renderer()
        assert texts_outside(fig)
        style.pyplot().close(fig)
