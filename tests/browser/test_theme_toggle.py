"""The light/dark toggle switches the palette, and the figures stay visible on both.

The switch is the theme's form run by a few lines of ours (overrides/partials/palette.html), not
by the theme's palette component, whose metas restyled every element at each load (issue 32).
It keeps the theme's behaviour: a first visit follows the system setting, the choice is
remembered, the color-scheme and theme-color metas follow the scheme and the header, Enter on
the focused option switches (test_accessibility.py), and the switch repaints without fades.
"""

import io

import numpy as np
import pytest
from PIL import Image

from browsing import new_context, open_page

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

    page.locator("[data-palette] label:visible").click()
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


HEADER_HEX_JS = """() => '#' + getComputedStyle(document.querySelector('.md-header')).backgroundColor
  .match(/\\d+/g).slice(0, 3).map(c => (+c).toString(16).padStart(2, '0')).join('')"""
THEME_COLOR_JS = "() => document.querySelector('meta[name=theme-color]').content"
COLOR_SCHEME_JS = "() => document.querySelector('meta[name=color-scheme]').content"
# Colour transitions running on the page: the switch would start dozens (links, the header, the
# sidebars) if nothing held them. The label's own tooltip fading in (opacity) is not one.
FADES_JS = """() => document.getAnimations().filter(a => a.constructor.name === 'CSSTransition'
  && /color|fill|shadow/.test(a.transitionProperty)).length"""


@pytest.mark.parametrize("system, scheme", [("light", "default"), ("dark", "slate")])
def test_a_first_visit_follows_the_system_and_theme_color_follows_the_header(
        browser, base_url, system, scheme):
    context = new_context(browser, base_url, color_scheme=system)
    try:
        page, visit = open_page(context, base_url)
        page.wait_for_function("() => document.querySelector('meta[name=theme-color]')?.content")
        assert page.evaluate(SCHEME_JS) == scheme
        assert page.evaluate(THEME_COLOR_JS) == page.evaluate(HEADER_HEX_JS)
        assert page.evaluate(COLOR_SCHEME_JS) == {"light": "light", "dark": "dark"}[system]
        # One of each meta: the theme's palette component, which adds its own, is not mounted.
        assert page.evaluate("""() => ['color-scheme', 'theme-color'].map(name =>
          document.querySelectorAll(`meta[name=${name}]`).length)""") == [1, 1]
        assert visit.console_errors == []
    finally:
        context.close()


def test_the_switch_repaints_at_once_without_colour_fades(context, base_url):
    page, visit = open_page(context, base_url + FIGURE_PAGE)
    page.wait_for_function("() => document.querySelector('meta[name=theme-color]')?.content")
    assert page.evaluate(COLOR_SCHEME_JS) == "light"
    page.locator("[data-palette] label:visible").click()
    assert page.evaluate(FADES_JS) == 0  # the header's and links' colour transitions did not run
    assert page.evaluate(SCHEME_JS) == "slate"
    assert page.evaluate(COLOR_SCHEME_JS) == "dark"  # the browser's own parts (scrollbars) too
    assert page.evaluate(THEME_COLOR_JS) == page.evaluate(HEADER_HEX_JS)
    # The no-fade class is taken off again: hovering a link fades as the theme means it to.
    page.wait_for_function("() => !document.documentElement.classList.contains('palette-switching')")
    page.locator("[data-palette] label:visible").click()
    assert page.evaluate(FADES_JS) == 0
    assert page.evaluate(SCHEME_JS) == "default"
    assert page.evaluate(COLOR_SCHEME_JS) == "light"
    assert page.evaluate(THEME_COLOR_JS) == page.evaluate(HEADER_HEX_JS)
    assert visit.console_errors == []
