"""Part 4's error plane starts as its still picture; a button plays the animation and stops it.

Nothing moves, and the animation's ~600 KB are not fetched, until the reader asks for it.
"""

import pytest

from browsing import new_context, open_page

PAGE = "part-4-sgd-in-neural-networks/"
SHOWN_JS = """() => [...document.querySelectorAll("#figure-error-plane img")]
  .filter(img => img.offsetParent !== null)
  .map(img => img.currentSrc || img.src)"""


def fetched_animations(requests) -> list[str]:
    return [url for url in requests if "error-plane-anim" in url or url.endswith(".gif")]


@pytest.mark.parametrize("scheme, look", [("light", "error-plane-anim.webp"),
                                          ("dark", "error-plane-anim-dark.webp")])
def test_the_button_plays_the_animation_in_the_readers_look_and_stops_it(browser, base_url,
                                                                        scheme, look):
    context = new_context(browser, base_url, color_scheme=scheme)
    try:
        page, _ = open_page(context, base_url + PAGE)
        requests = []
        page.on("request", lambda request: requests.append(request.url))
        figure = page.locator("#figure-error-plane")
        figure.scroll_into_view_if_needed()
        page.wait_for_function("""() => [...document.querySelectorAll("#figure-error-plane img")]
          .some(img => img.offsetParent !== null && img.complete && img.naturalWidth > 0)""")
        still = page.evaluate(SHOWN_JS)
        assert len(still) == 1 and "error-plane-still" in still[0], still
        assert fetched_animations(requests) == []
        button = figure.get_by_role("button", name="Play the animation")
        button.click()
        page.wait_for_function("""() => [...document.querySelectorAll("#figure-error-plane img")]
          .some(img => img.offsetParent !== null && img.complete && img.naturalWidth === 1040)""")
        assert [url.rsplit("/", 1)[-1] for url in page.evaluate(SHOWN_JS)] == [look]
        assert [url.rsplit("/", 1)[-1] for url in fetched_animations(requests)] == [look]
        figure.get_by_role("button", name="Stop the animation").click()
        assert page.evaluate(SHOWN_JS) == still
    finally:
        context.close()
