"""A glossary word shows its definition on hover, on keyboard focus and on a tap, on a laptop
and on a phone, stays on the screen, and goes away again.

The words are <abbr title="definition"> (includes/glossary.md, abbr); glossary.js draws the
definition as a tooltip while a word is hovered or has focus, and makes the words focusable:
the first of each word on a page by Tab, every one by a tap. Escape puts a definition away.
"""

from __future__ import annotations

import pytest

from browsing import new_context, open_page, settle

PAGE = "part-3-sometimes-it-breaks/"
WIDTHS = [1280, 390]
# Found before any is shown (a shown word's title is the theme's tooltip instead), and held as
# elements from then on.
FIRST = ".md-content abbr[title][tabindex='0']"    # the first of a word on the page: in the Tab order
REPEAT = ".md-content abbr[title][tabindex='-1']"  # a later one: reached by a tap or a click
SHOWN_JS = """(definition) => {
  const tips = [...document.querySelectorAll('[role=tooltip]')]
    .filter(tip => tip.checkVisibility() && tip.textContent.trim() === definition);
  return tips.length === 1 && getComputedStyle(tips[0]).opacity === '1';
}"""
GONE_JS = """(definition) => ![...document.querySelectorAll('[role=tooltip]')]
  .some(tip => tip.checkVisibility() && tip.textContent.trim() === definition)"""
BOX_JS = """() => {
  const box = [...document.querySelectorAll('[role=tooltip]')].find(tip => tip.checkVisibility())
    .getBoundingClientRect();
  return {left: box.left, right: box.right, width: document.documentElement.clientWidth};
}"""
FOCUSED_JS = "(word) => document.activeElement === word"


def accessible(page, word) -> dict:
    """What Chromium gives a screen reader for the word: its name and its description."""
    word.evaluate("word => word.setAttribute('data-probed', '')")
    session = page.context.new_cdp_session(page)
    try:
        root = session.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
        node = session.send("DOM.querySelector", {"nodeId": root, "selector": "[data-probed]"})
        found = session.send("Accessibility.getPartialAXTree",
                             {"nodeId": node["nodeId"], "fetchRelatives": False})["nodes"][0]
    finally:
        session.detach()
        word.evaluate("word => word.removeAttribute('data-probed')")
    return {key: (found.get(key) or {}).get("value") for key in ("name", "description")}


def viewport(width: int) -> dict:
    return {"width": width, "height": 844 if width < 600 else 900}


def definition_of(word) -> str:
    definition = word.get_attribute("title")
    assert definition and definition.endswith("."), definition
    return definition


def assert_shown(page, word, definition: str, how: str) -> None:
    """The definition is drawn, fully opaque, within the screen's width, and described to a
    screen reader: the word's aria-describedby names the tooltip that holds it."""
    page.wait_for_function(SHOWN_JS, arg=definition, timeout=5_000)
    box = page.evaluate(BOX_JS)
    assert 0 <= box["left"] and box["right"] <= box["width"], f"{how}: off the screen: {box}"
    tooltip = word.get_attribute("aria-describedby")
    assert tooltip, f"{how}: the word does not name its definition for a screen reader"
    assert page.locator(f"#{tooltip}").get_attribute("role") == "tooltip"
    assert page.locator(f"#{tooltip}").text_content().strip() == definition
    # described by its definition, though the drawn tooltip is hidden from reading
    assert accessible(page, word)["description"] == definition, how


def assert_gone(page, definition: str, how: str) -> None:
    page.wait_for_function(GONE_JS, arg=definition, timeout=5_000)


@pytest.mark.parametrize("width", WIDTHS)
def test_hover_shows_the_definition_and_leaving_hides_it(browser, base_url, width):
    context = new_context(browser, base_url, viewport=viewport(width))
    try:
        page, visit = open_page(context, base_url + PAGE)
        settle(page)
        word = page.locator(FIRST).first.element_handle()  # the element: a shown word has no title
        definition = definition_of(word)
        # before: the definition is the word's title, which a screen reader is given too
        assert word.get_attribute("title") == definition
        assert definition in accessible(page, word).values()
        word.scroll_into_view_if_needed()
        word.hover()
        assert_shown(page, word, definition, "hover")
        page.mouse.move(1, viewport(width)["height"] - 1)
        assert_gone(page, definition, "pointer moved away")
        # after: the title is back (held back while the tooltip is drawn)
        page.wait_for_function("([word, title]) => word.getAttribute('title') === title",
                               arg=[word, definition], timeout=5_000)
        assert not visit.console_errors, visit.console_errors
    finally:
        context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_tab_reaches_a_word_and_escape_hides_its_definition(browser, base_url, width):
    context = new_context(browser, base_url, viewport=viewport(width))
    try:
        page, _ = open_page(context, base_url + PAGE)
        settle(page)
        word = page.locator(FIRST).first.element_handle()
        definition = definition_of(word)
        for _ in range(300):
            page.keyboard.press("Tab")
            if page.evaluate(FOCUSED_JS, word):
                break
        else:
            pytest.fail("300 presses of Tab never reached the page's first glossary word")
        assert word.evaluate("w => getComputedStyle(w).outlineStyle") != "none", "no focus ring"
        assert_shown(page, word, definition, "focus")
        page.keyboard.press("Escape")
        assert_gone(page, definition, "Escape")
        assert page.evaluate(FOCUSED_JS, word), "Escape moved the focus off the word"
        page.keyboard.press("Tab")  # on from the word, not from the top of the page
        assert page.evaluate("() => !!document.activeElement.closest('.md-content, .md-footer')")
    finally:
        context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_a_tap_shows_the_definition_and_a_tap_elsewhere_hides_it(browser, base_url, width):
    context = new_context(browser, base_url, viewport=viewport(width), has_touch=True,
                          is_mobile=width < 600)
    try:
        page, _ = open_page(context, base_url + PAGE)
        settle(page)
        for selector in (FIRST, REPEAT):  # the first of a word, and a later one
            word = page.locator(f"{selector}:visible").first.element_handle()
            definition = definition_of(word)
            word.scroll_into_view_if_needed()
            word.tap()
            assert_shown(page, word, definition, f"tap on {selector}")
            page.locator(".md-content h1").first.tap()
            assert_gone(page, definition, "tap elsewhere")
    finally:
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", WIDTHS)
def test_no_axe_violation_while_a_definition_is_shown(browser, base_url, width, scheme):
    """test_axe.py checks every page at rest; here one with a definition drawn (the theme puts
    it at the end of <body>, outside the landmarks: glossary.js keeps it a description only)."""
    from axe_playwright_python.sync_playwright import Axe

    context = new_context(browser, base_url, viewport=viewport(width), color_scheme=scheme)
    try:
        page, _ = open_page(context, base_url + PAGE)
        settle(page)
        word = page.locator(FIRST).first.element_handle()
        definition = definition_of(word)
        word.focus()
        assert_shown(page, word, definition, "focus")
        violations = Axe().run(page).response["violations"]
        found = [f"{v['id']}: {[node['target'] for node in v['nodes']]}" for v in violations]
        assert not found, found
    finally:
        context.close()
