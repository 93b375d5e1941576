"""Nothing in the text column scrolls sideways: not on a laptop, and on a phone only the tables
too wide for it, which keep their first column fixed while the rest scrolls under it.

Every collapsed block is opened first, so that code folded away is held to the same width.
"""

from __future__ import annotations

import pytest

from browsing import new_context, open_page, settle
from site_pages import nav_pages

PAGES = nav_pages()
WIDTHS = {"laptop-1280": (1280, 900), "phone-390": (390, 844)}
# On a phone a table too wide for the column keeps its first column in place while the others
# scroll (stylesheets/readable.css): its first cells are sticky. Any other block that scrolls fails.

SCROLLING_JS = """() => {
  for (const details of document.querySelectorAll("article details")) details.open = true;
  const column = document.querySelector("article.md-content__inner");
  const root = document.documentElement;
  const found = [];
  const describe = el => {
    const label = el.id ? "#" + el.id : (el.className ? "." + String(el.className).split(" ")[0] : "");
    const text = (el.textContent || "").trim().replace(/\\s+/g, " ").slice(0, 60);
    return `${el.tagName.toLowerCase()}${label} (${el.scrollWidth} > ${el.clientWidth} px): ${text}`;
  };
  if (root.scrollWidth > root.clientWidth + 1) {
    found.push({what: `the page itself (${root.scrollWidth} > ${root.clientWidth} px)`, pinned: false});
  }
  for (const el of column.querySelectorAll("*")) {
    const style = getComputedStyle(el);
    if (!["auto", "scroll"].includes(style.overflowX)) continue;
    if (el.scrollWidth <= el.clientWidth + 1 || el.clientWidth === 0) continue;
    const table = el.matches("table") ? el : el.querySelector("table");
    const cells = table ? [...table.querySelectorAll("tr > :first-child")] : [];
    const pinned = cells.length > 0 && cells.every(cell => getComputedStyle(cell).position === "sticky");
    found.push({what: describe(el), pinned});
  }
  return found;
}"""


@pytest.fixture(scope="module")
def width_contexts(browser, base_url):
    contexts = {}

    def context_for(name):
        if name not in contexts:
            width, height = WIDTHS[name]
            contexts[name] = new_context(browser, base_url, viewport={"width": width, "height": height})
        return contexts[name]

    yield context_for
    for context in contexts.values():
        context.close()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", PAGES)
def test_nothing_scrolls_sideways_in_the_text_column(width_contexts, base_url, path, width):
    page, _ = open_page(width_contexts(width), base_url + path)
    settle(page)
    found = page.evaluate(SCROLLING_JS)
    page.close()
    allowed = width.startswith("phone")  # a pinned table may scroll on a phone, never on a laptop
    scrolling = [block["what"] for block in found if not (allowed and block["pinned"])]
    assert not scrolling, f"{path or '(home)'} at {width} scrolls sideways: {scrolling}"


def test_the_check_finds_a_block_that_scrolls(width_contexts, base_url):
    page, _ = open_page(width_contexts("laptop-1280"), base_url)
    page.evaluate("""() => {
      const pre = document.createElement("pre");
      pre.style.overflowX = "auto";
      pre.textContent = "x".repeat(400);
      document.querySelector("article.md-content__inner").append(pre);
    }""")
    found = page.evaluate(SCROLLING_JS)
    page.close()
    assert [block for block in found if block["what"].startswith("pre")], found
