"""Long tables fold on a phone: each table a page marks `phone-folded` starts closed on a 390 px
screen, which shortens the page, and opens with a tap on its title; on a laptop it is open and
its table is in sight (javascripts/readable.js closes them at the theme's phone breakpoint)."""

from __future__ import annotations

import pytest

from browsing import new_context, open_page, settle

PAGES = ["explore-alpha/", "checked-against-the-post/"]
SHORTER = 0.85  # folded, a page is at most this share of its height with every table open

STATE_JS = """() => ({
  height: document.documentElement.scrollHeight,
  folds: [...document.querySelectorAll("article details.phone-folded")].map(details => ({
    open: details.open,
    title: details.querySelector("summary").textContent.trim(),
    // what it holds is in sight: a table, a listing, or (every number) closed blocks of tables
    shown: [...details.querySelectorAll(":scope .md-typeset__table, :scope pre, :scope > details")]
      .some(el => el.checkVisibility() && el.getBoundingClientRect().height > 30),
  })),
})"""

OPEN_ALL_JS = """() => { for (const details of document.querySelectorAll("article details.phone-folded"))
  details.open = true; }"""


@pytest.fixture(scope="module")
def screens(browser, base_url):
    contexts = {width: new_context(browser, base_url, viewport={"width": width, "height": 844})
                for width in (390, 1280)}
    yield contexts
    for context in contexts.values():
        context.close()


@pytest.mark.parametrize("path", PAGES)
def test_long_tables_are_folded_on_a_phone_and_open_with_a_tap(screens, base_url, path):
    page, _ = open_page(screens[390], base_url + path)
    settle(page)
    folded = page.evaluate(STATE_JS)
    assert len(folded["folds"]) >= 3, folded
    assert not any(fold["open"] for fold in folded["folds"]), folded["folds"]
    assert all(fold["title"].startswith("Table") for fold in folded["folds"])
    page.locator("article details.phone-folded > summary").first.click()
    assert page.evaluate(STATE_JS)["folds"][0]["open"]  # a tap on its title opens it
    page.evaluate(OPEN_ALL_JS)
    unfolded = page.evaluate(STATE_JS)
    page.close()
    assert all(fold["shown"] for fold in unfolded["folds"]), unfolded["folds"]
    print(f"{path} at 390 px: {unfolded['height']} px with every table open, "
          f"{folded['height']} px folded")
    assert folded["height"] <= SHORTER * unfolded["height"], (folded["height"], unfolded["height"])


@pytest.mark.parametrize("path", PAGES)
def test_on_a_laptop_every_table_is_open(screens, base_url, path):
    page, _ = open_page(screens[1280], base_url + path)
    settle(page)
    state = page.evaluate(STATE_JS)
    page.close()
    assert len(state["folds"]) >= 3
    assert all(fold["open"] and fold["shown"] for fold in state["folds"]), state["folds"]
