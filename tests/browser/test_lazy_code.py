"""Code blocks are mounted by the theme as they scroll into view, not all at load.

The theme's work per code block at load (its copy button, a size watcher per block) was most
of a long listing's blocking time on a phone; with `content.lazy` (mkdocs.yml) a block below
the fold gets its button only when it is scrolled to. Each button's <nav> wrapper is taken out
of the landmarks as it arrives (readable.js), not only those present at load.
"""

from contextlib import contextmanager

from browsing import mount_code_blocks, new_context, open_page

PAGE = ""  # the home page: eight listings, most of them below the first screen


@contextmanager
def on_a_phone(browser, base_url, path=PAGE):
    """The page on a phone's screen, once the network is quiet: (page, visit)."""
    context = new_context(browser, base_url, viewport={"width": 390, "height": 844})
    try:
        page, visit = open_page(context, base_url + path)
        page.wait_for_load_state("networkidle")
        yield page, visit
    finally:
        context.close()
BUTTONS_JS = "() => document.querySelectorAll('.md-content .md-code__nav').length"
LANDMARKS_JS = "() => document.querySelectorAll('.md-content nav.md-code__nav:not([role=none])').length"


def test_code_blocks_below_the_fold_get_their_buttons_when_scrolled_to(browser, base_url):
    with on_a_phone(browser, base_url) as (page, visit):
        at_load = page.evaluate(BUTTONS_JS)
        blocks = mount_code_blocks(page)
        assert blocks >= 5
        assert at_load < blocks, f"all {blocks} code blocks were mounted at load"
        assert page.evaluate(BUTTONS_JS) >= blocks
        assert page.evaluate(LANDMARKS_JS) == 0, "a lazily mounted copy button is a landmark"
        assert page.locator(".md-content .md-clipboard").first.is_visible() is not None
        assert not visit.console_errors, visit.console_errors


# Whether each code block of the page is drawn: a block off the screen is skipped by the browser
# (content-visibility: auto in readable.css) until it nears the view.
DRAWN_JS = """() => [...document.querySelectorAll('.md-content .highlight')]
  .map(block => block.querySelector("code").checkVisibility({contentVisibilityAuto: true}))"""


def test_code_blocks_off_the_screen_are_not_drawn_until_they_near_it(browser, base_url):
    with on_a_phone(browser, base_url) as (page, visit):
        drawn = page.evaluate(DRAWN_JS)
        assert len(drawn) >= 5 and drawn[-1] is False, f"every code block drawn at load: {drawn}"
        page.locator(".md-content .highlight").last.scroll_into_view_if_needed()
        page.wait_for_function(f"() => ({DRAWN_JS})().at(-1)")
        # Its height, guessed until then, is its own now: the block holds all its lines.
        block = page.locator(".md-content .highlight").last
        inner = page.evaluate("b => b.querySelector('code').getBoundingClientRect().height",
                              block.element_handle())
        assert inner > 0 and block.bounding_box()["height"] >= inner
        assert not visit.console_errors, visit.console_errors


def test_a_link_into_the_page_lands_on_its_heading_past_undrawn_code(browser, base_url):
    # The listings above the-code are drawn at their guessed height while the page jumps: the
    # heading must still be where the reader lands, under the header.
    with on_a_phone(browser, base_url, PAGE + "#the-code") as (page, _):
        page.wait_for_timeout(300)
        top = page.evaluate("() => document.getElementById('the-code').getBoundingClientRect().top")
        header = page.evaluate("() => document.querySelector('.md-header').getBoundingClientRect().bottom")
        assert header - 5 <= top <= header + 80, (top, header)
