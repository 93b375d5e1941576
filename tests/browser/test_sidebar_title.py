"""On a laptop the sidebar's site title never lies over the first entries of the list under it.

The theme scrolls the sidebar to the page's own entry; on pages low in the list (the follow-up,
the notebooks, Checked against the post) the list then slid under the title, which stuck to
the top: "Part 1: Optimization" and "Gradient descent, reproduced" overlapped
(stylesheets/readable.css keeps the title in the list's flow).
"""

from __future__ import annotations

import pytest

from browsing import new_context, open_page, settle
from site_pages import nav_pages

PAGES = nav_pages()

BOXES_JS = """() => {
  const nav = document.querySelector(".md-sidebar--primary .md-nav--primary");
  const title = nav.querySelector(":scope > .md-nav__title");
  const entries = [...nav.querySelectorAll(".md-nav__link")]
    .filter(link => link.checkVisibility() && link.getBoundingClientRect().height > 0);
  const box = el => { const r = el.getBoundingClientRect();
    return {text: el.textContent.trim().replace(/\\s+/g, " "), top: r.top, bottom: r.bottom,
            left: r.left, right: r.right}; };
  return {title: box(title), entries: entries.map(box)};
}"""


def _meets(a, b) -> bool:
    return a["left"] < b["right"] and b["left"] < a["right"] and a["top"] < b["bottom"] \
        and b["top"] < a["bottom"]


@pytest.fixture(scope="module")
def laptop(browser, base_url):
    context = new_context(browser, base_url, viewport={"width": 1280, "height": 800})
    yield context
    context.close()


@pytest.mark.parametrize("path", PAGES)
def test_the_sidebar_title_overlaps_no_entry(laptop, base_url, path):
    page, _ = open_page(laptop, base_url + path)
    settle(page)
    page.wait_for_timeout(200)  # the theme scrolls the sidebar to the page's entry
    seen = [page.evaluate(BOXES_JS)]
    page.mouse.move(700, 400)
    page.mouse.wheel(0, 900)  # and once the page itself has scrolled
    page.wait_for_timeout(300)
    seen.append(page.evaluate(BOXES_JS))
    page.close()
    for boxes in seen:
        part_1 = [entry for entry in boxes["entries"] if entry["text"].startswith("Part 1")]
        assert part_1, boxes["entries"][:3]
        hit = [entry["text"] for entry in boxes["entries"] if _meets(boxes["title"], entry)]
        assert not hit, f"{path or '(home)'}: the title {boxes['title']} lies over {hit}"
