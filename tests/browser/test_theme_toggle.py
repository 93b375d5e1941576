"""The light/dark toggle switches the palette, and the figures stay visible on both."""

import io

import numpy as np
from PIL import Image

from browsing import open_page

SCHEME_JS = "() => document.body.getAttribute('data-md-color-scheme')"
# A page with ball-and-curve figures (black curve, red ball: the ones that could vanish on dark).
FIGURE_PAGE = "part-2-gradient-descent/"


def contrast(png: bytes, background: tuple[int, int, int]) -> float:
    """Share of a screenshot's pixels that stand out clearly from the page background."""
    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=int)
    distance = np.abs(pixels - np.array(background)).sum(axis=-1)
    return float((distance > 120).mean())


def background_of(page) -> tuple[int, int, int]:
    color = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
    return tuple(int(part) for part in color[color.index("(") + 1:-1].split(",")[:3])


def figures_seen(page, scheme, shots_dir):
    """(name, share of contrasting pixels) for every figure image, screenshotting each one."""
    seen = []
    for index, figure in enumerate(page.locator("article img:visible").all()):
        figure.evaluate("img => img.scrollIntoView({block: 'center'})")  # clear of the sticky header
        assert figure.is_visible()
        # A look's picture is lazy: the one the toggle just showed starts loading as it scrolls
        # into view. Wait for it to arrive (or fail to); then it must have pixels.
        page.wait_for_function("img => img.complete", arg=figure.element_handle())
        assert figure.evaluate("img => img.naturalWidth") > 0
        png = figure.screenshot(path=shots_dir / f"{scheme}-{index}.png")
        seen.append((figure.get_attribute("src"), contrast(png, background_of(page))))
    return seen


def test_toggle_switches_palette_and_figures_stay_visible(context, base_url, tmp_path):
    page, visit = open_page(context, base_url + FIGURE_PAGE)
    first = page.evaluate(SCHEME_JS)
    light_background = background_of(page)
    light = figures_seen(page, first, tmp_path)
    assert light, f"no figures on {FIGURE_PAGE}"

    page.locator("[data-md-component=palette] label:visible").click()
    second = page.evaluate(SCHEME_JS)
    assert {first, second} == {"default", "slate"}, (first, second)
    assert background_of(page) != light_background, "the page background did not change"
    dark = figures_seen(page, second, tmp_path)

    page.reload()  # the choice is remembered
    assert page.evaluate(SCHEME_JS) == second
    faint = [(src, scheme, f"{share:.4f}") for scheme, seen in ((first, light), (second, dark))
             for src, share in seen if share < 0.01]
    assert faint == [], f"figures that barely stand out from the background (screenshots in {tmp_path})"
    assert visit.console_errors == []
