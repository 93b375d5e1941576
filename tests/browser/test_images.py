"""Every image on every page is decoded by the browser and described by alt text."""

import pytest

from descent.figure_build.registry import FIGURES
from site_pages import nav_pages


@pytest.mark.parametrize("path", nav_pages())
def test_images_decoded_with_alt_text(visit, path):
    images = visit(path).facts["images"]
    undecoded = [image["src"] for image in images if not image["width"]]
    without_alt = [image["src"] for image in images if not (image["alt"] or "").strip()]
    assert undecoded == [], "images the browser could not decode"
    assert without_alt == [], "images without alt text"


def test_every_figure_is_shown(visit, built_site):
    """Each rendered figure appears, decoded, on some page in nav."""
    shown = {image["src"].rsplit("/", 1)[-1]
             for path in nav_pages() for image in visit(path).facts["images"] if image["width"]}
    # The light desktop look of each (the phone and dark looks: tests/browser/test_figure_looks.py).
    figures = {f.path_name for f in FIGURES.values()
               if not f.look and f.path_name.endswith((".png", ".gif"))}
    assert figures and all((built_site / "figures" / name).is_file() for name in figures)
    # The slider shows one frame at a time; test_alpha_slider.py steps through all of them.
    frames = {f.path_name for f in FIGURES.values()
              if f.module_name == "figures.alpha_slider_frame" and not f.look}
    assert frames & shown, "the slider's default frame is shown"
    figures -= frames
    # The error plane starts as its still picture; its animation (WebP; the GIF is behind the
    # figure's link) plays on request: tests/browser/test_figure_play.py.
    if "error-plane-still.png" in shown:
        shown.add("error-plane.gif")
    assert figures - shown == set(), "figures no page shows"
