"""Code blocks are mounted by the theme as they scroll into view, not all at load.

The theme's work per code block at load (its copy button, a size watcher per block) was most
of a long listing's blocking time on a phone; with `content.lazy` (mkdocs.yml) a block below
the fold gets its button only when it is scrolled to. Each button's <nav> wrapper is taken out
of the landmarks as it arrives (readable.js), not only those present at load.
"""

from browsing import mount_code_blocks, new_context, open_page

PAGE = ""  # the home page: eight listings, most of them below the first screen
BUTTONS_JS = "() => document.querySelectorAll('.md-content .md-code__nav').length"
LANDMARKS_JS = "() => document.querySelectorAll('.md-content nav.md-code__nav:not([role=none])').length"


def test_code_blocks_below_the_fold_get_their_buttons_when_scrolled_to(browser, base_url):
    context = new_context(browser, base_url, viewport={"width": 390, "height": 844})
    try:
        page, visit = open_page(context, base_url + PAGE)
        page.wait_for_load_state("networkidle")
        at_load = page.evaluate(BUTTONS_JS)
        blocks = mount_code_blocks(page)
        assert blocks >= 5
        assert at_load < blocks, f"all {blocks} code blocks were mounted at load"
        assert page.evaluate(BUTTONS_JS) >= blocks
        assert page.evaluate(LANDMARKS_JS) == 0, "a lazily mounted copy button is a landmark"
        assert page.locator(".md-content .md-clipboard").first.is_visible() is not None
        assert not visit.console_errors, visit.console_errors
    finally:
        context.close()
