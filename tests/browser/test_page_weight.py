"""A phone's first view of every page costs at most 400 KB on the wire.

The site is served gzip-compressed, as GitHub Pages serves it. "First view": everything the page
fetches when opened on a 390 px wide phone and left alone until the network is idle, without
scrolling; that includes (and so bounds) what arrives before the first paint. Images below the
fold load lazily, so they are not part of it.
"""

import pytest

from browsing import new_context
from site_pages import nav_pages

LIMIT = 400 * 1024
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 3, "is_mobile": True,
         "has_touch": True}


def first_view(browser, url: str) -> list[tuple[int, str]]:
    """(bytes on the wire, url) of every response the page fetched, largest first."""
    context = new_context(browser, url, **PHONE)  # a fresh context: nothing cached
    try:
        page = context.new_page()
        requests = []
        page.on("requestfinished", lambda request: requests.append(request))
        page.goto(url, wait_until="load")
        page.wait_for_load_state("networkidle")
        weights = [(sizes["responseBodySize"] + sizes["responseHeadersSize"], request.url)
                   for request in requests if request.url.startswith("http")
                   for sizes in [request.sizes()]]
    finally:
        context.close()
    return sorted(weights, reverse=True)


# Part 4's error plane starts as its still picture (its animation, ~600 KB, plays on request):
# see test_figure_play.py.
PAGES = nav_pages()


@pytest.mark.parametrize("path", PAGES)
def test_first_view_on_a_phone_is_at_most_400_kb(browser, gzip_base_url, path):
    weights = first_view(browser, gzip_base_url + path)
    total = sum(size for size, _ in weights)
    assert weights, "nothing was fetched"
    largest = "\n  ".join(f"{size / 1024:7.1f} KB  {url.removeprefix(gzip_base_url)}"
                          for size, url in weights[:6])
    assert total <= LIMIT, (f"{path or 'home'}: {total / 1024:.0f} KB on a phone's first view "
                            f"(limit {LIMIT // 1024} KB); largest:\n  {largest}")
