"""Accessibility basics: language, one h1, headings in order, keyboard reach."""

import pytest

from browsing import open_page
from site_pages import nav_pages

PAGES = nav_pages()


@pytest.mark.parametrize("path", PAGES)
def test_page_language_is_set(visit, path):
    assert (visit(path).facts["lang"] or "").strip()


@pytest.mark.parametrize("path", PAGES)
def test_exactly_one_h1(visit, path):
    assert len(visit(path).facts["h1"]) == 1, visit(path).facts["h1"]


@pytest.mark.parametrize("path", PAGES)
def test_headings_do_not_skip_levels(visit, path):
    """In the main content: starts at h1, and never goes down more than one level at a time."""
    headings = visit(path).facts["headings"]
    assert headings and headings[0]["level"] == 1, headings[:1]
    skips = [f"h{before['level']} {before['text']!r} -> h{after['level']} {after['text']!r}"
             for before, after in zip(headings, headings[1:]) if after["level"] > before["level"] + 1]
    assert skips == []


FOCUS_JS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const box = el.getBoundingClientRect();
  return {tag: el.tagName.toLowerCase(), cls: String(el.className || ""), id: el.id,
          search: el.matches("input.md-search__input"),
          palette: !!el.closest("[data-palette]"),
          nav: el.matches(".md-sidebar--primary a.md-nav__link") && box.width > 0};
}"""


def tab_through(page, wanted: set[str], presses: int = 60) -> tuple[set[str], list[str]]:
    """Press Tab until focus has been on each kind in wanted; return the kinds reached and the trail."""
    reached, trail = set(), []
    for _ in range(presses):
        page.keyboard.press("Tab")
        focus = page.evaluate(FOCUS_JS)
        if focus is None:
            continue
        trail.append(f"{focus['tag']}#{focus['id']}.{focus['cls'][:30]}")
        reached |= {kind for kind in wanted if focus[kind]}
        if reached == wanted:
            break
    return reached, trail


def test_keyboard_reaches_search_theme_toggle_and_nav(context, base_url):
    page, _ = open_page(context, base_url)
    wanted = {"search", "palette", "nav"}
    reached, trail = tab_through(page, wanted)
    assert reached == wanted, f"never focused by Tab: {wanted - reached}; focus went {trail}"


def test_theme_toggle_works_from_the_keyboard(context, base_url):
    page, _ = open_page(context, base_url)
    before = page.evaluate("() => document.body.dataset.mdColorScheme")
    reached, trail = tab_through(page, {"palette"})
    assert reached, f"the palette toggle is not reachable by Tab: {trail}"
    page.keyboard.press("Enter")
    after = page.evaluate("() => document.body.dataset.mdColorScheme")
    assert {before, after} == {"default", "slate"}
