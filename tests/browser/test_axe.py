"""Zero axe-core violations (its default rules) on every page, light and dark, desktop and phone.

axe-core comes bundled in the axe-playwright-python package (pinned in requirements.lock):
nothing is downloaded when the tests run.
"""

from __future__ import annotations

import pytest

from browsing import mount_code_blocks, new_context, open_page, settle
from site_pages import nav_pages

PAGES = nav_pages()
# (name, color scheme the browser prefers, the palette Material must then show, viewport width)
VIEWS = [
    ("light-1280", "light", "default", 1280),
    ("dark-1280", "dark", "slate", 1280),
    ("light-390", "light", "default", 390),
    ("dark-390", "dark", "slate", 390),
]


def describe(violations: list[dict]) -> list[str]:
    """One line per failing element: the rule, what it asks, and the element's selector."""
    lines = []
    for violation in violations:
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(f"{violation['id']} ({violation['help']}): {target}")
    return lines


def view_violations(browser, base_url: str, view, url: str, ready, **options) -> list[str]:
    """axe's findings on url in one of VIEWS, once ready(page) has brought the page to the state
    to check (it may assert more). The page must show the view's palette and must not scroll
    sideways. options: more for the browser context (reduced_motion, say)."""
    from axe_playwright_python.sync_playwright import Axe

    name, scheme, palette, width = view
    context = new_context(browser, base_url, color_scheme=scheme,
                          viewport={"width": width, "height": 844 if width < 600 else 900}, **options)
    try:
        page, visit = open_page(context, url)
        ready(page)
        assert page.evaluate("() => document.body.getAttribute('data-md-color-scheme')") == palette, name
        assert page.evaluate("() => document.documentElement.scrollWidth") <= width, f"{url} [{name}] scrolls sideways"
        assert not visit.console_errors, visit.console_errors
        return describe(Axe().run(page).response["violations"])
    finally:
        context.close()


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


@pytest.fixture(scope="module")
def view_contexts(browser, base_url):
    """One browser context per view, opened when first needed."""
    contexts = {}

    def context_for(view):
        name, scheme, _, width = view
        if name not in contexts:
            contexts[name] = new_context(browser, base_url, color_scheme=scheme,
                                         viewport={"width": width, "height": 844 if width < 600 else 900})
        return contexts[name]

    yield context_for
    for context in contexts.values():
        context.close()


@pytest.mark.parametrize("view", VIEWS, ids=[view[0] for view in VIEWS])
@pytest.mark.parametrize("path", PAGES)
def test_no_axe_violations(axe, view_contexts, base_url, path, view):
    name, _, palette, _ = view
    page, _ = open_page(view_contexts(view), base_url + path)
    try:
        settle(page)
        mount_code_blocks(page)  # what the theme adds to a code block as it scrolls into view
        shown = page.evaluate("() => document.body.getAttribute('data-md-color-scheme')")
        assert shown == palette, f"{path or 'home'} [{name}]: palette {shown!r}, wanted {palette!r}"
        violations = axe.run(page).response["violations"]
    finally:
        page.close()
    found = describe(violations)
    assert not found, f"axe violations on {path or 'home'} [{name}]:\n  " + "\n  ".join(found)
