"""Each reader sees the figure made for their screen: phone or desktop, light or dark.

The figures come in four looks (src/descent/pages/pictures.py); the browser chooses the width
by media query, the site's palette (set by the toggle, or by the system's preference until the
reader toggles) chooses light or dark.
"""

import pytest

from browsing import new_context, open_page
from site_pages import nav_pages

PAGES = nav_pages()
# The figure images a reader can see, and which file the browser chose for each.
SHOWN_JS = """() => [...document.querySelectorAll("article img")]
  .filter(img => img.offsetParent !== null && /\\/figures\\//.test(img.src))
  .map(img => img.currentSrc || img.src)"""


def shown(browser, base_url, path, **options):
    context = new_context(browser, base_url, **options)
    try:
        page, _ = open_page(context, base_url + path)
        page.evaluate("() => Promise.all([...document.images].map(i => { i.loading = 'eager';"
                      " return i.decode().catch(() => null); }))")
        return page.evaluate(SHOWN_JS)
    finally:
        context.close()


def name(url: str) -> str:
    return url.rsplit("/", 1)[-1]


@pytest.mark.parametrize("path", PAGES)
def test_a_laptop_in_light_sees_the_light_desktop_figures(browser, base_url, path):
    urls = shown(browser, base_url, path)
    wrong = [name(url) for url in urls if "-dark" in url or "-phone" in url]
    assert wrong == []


@pytest.mark.parametrize("path", PAGES)
def test_a_dark_system_sees_every_figure_dark(browser, base_url, path):
    urls = shown(browser, base_url, path, color_scheme="dark")
    assert [name(url) for url in urls if "-dark" not in url] == []


@pytest.mark.parametrize("path", PAGES)
def test_a_phone_sees_the_phone_rendering_of_every_figure_that_has_one(browser, base_url, path):
    urls = shown(browser, base_url, path, viewport={"width": 390, "height": 844},
                 device_scale_factor=2, is_mobile=True, has_touch=True)
    # The error plane's animation has no phone look (one wide WebP scales well enough), but it
    # plays only on request: the page shows its still, which has one.
    wrong = [name(url) for url in urls if "-phone" not in url]
    assert wrong == []


def test_the_toggle_turns_every_figure_dark_and_back(context, base_url):
    page, _ = open_page(context, base_url + "part-3-sometimes-it-breaks/")
    before = page.evaluate(SHOWN_JS)
    assert before and all("-dark" not in url for url in before)
    page.locator("[data-palette] label:visible").click()
    after = page.evaluate(SHOWN_JS)
    assert len(after) == len(before) and all("-dark" in url for url in after), after
    page.locator("[data-palette] label:visible").click()
    assert page.evaluate(SHOWN_JS) == before


@pytest.mark.parametrize("path", PAGES)
def test_no_code_block_or_table_scrolls_sideways_at_1280(visit, browser, base_url, path):
    context = new_context(browser, base_url)
    try:
        page, _ = open_page(context, base_url + path)
        wide = page.evaluate("""() => [...document.querySelectorAll(
            "article pre, article table")]
            .filter(el => el.scrollWidth > el.clientWidth + 1)
            .map(el => el.tagName + ': ' + el.textContent.trim().slice(0, 60))""")
    finally:
        context.close()
    assert wide == []


@pytest.mark.parametrize("path", PAGES)
def test_no_image_has_a_placeholder_alt(visit, path):
    placeholders = [image["src"] for image in visit(path).facts["images"]
                    if not (image["alt"] or "").strip()
                    or "no description" in (image["alt"] or "").lower()]
    assert placeholders == []
