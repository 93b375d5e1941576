"""What the theme's script would change on <html> once the page is styled is set before <body>.

The theme swaps "no-js" for "js" and its focus-visible polyfill adds a class and an attribute to
<html> when it starts. Its stylesheet's ".no-js … > :first-child" and "table:not([class]) … >
:last-child" rules made each such change restyle the whole page, 100-200 ms of a phone's load
(issue 32). overrides/main.html makes them in <head>, before anything is styled, so the theme's
own changes change nothing; a reader without JavaScript keeps "no-js".
"""

from __future__ import annotations

from browsing import new_context, open_page

PAGE = "part-5-improving-our-network/"
# Every change to <html>'s attributes, with its old value and whether <body> existed yet (the
# script runs before <html> is parsed: it watches the document for it).
WATCH_JS = """
window.__htmlChanges = [];
new MutationObserver(records => records.forEach(r => r.target === document.documentElement
  && window.__htmlChanges.push({name: r.attributeName, old: r.oldValue, body: document.body !== null}))
).observe(document, {subtree: true, attributes: true, attributeOldValue: true});
"""


def test_once_the_body_exists_the_theme_changes_nothing_on_html(context, base_url):
    context.add_init_script(WATCH_JS)
    page, visit = open_page(context, base_url + PAGE)
    page.wait_for_function("() => document.querySelector('[data-palette]')"
                           " && document.querySelector('meta[name=theme-color]')?.content")
    final = page.evaluate("""() => Object.fromEntries([...document.documentElement.attributes]
      .map(a => [a.name, a.value]))""")
    assert final["class"].split() == ["js", "js-focus-visible"]
    assert "data-js-focus-visible" in final
    changes = page.evaluate("() => window.__htmlChanges")
    assert [change for change in changes if not change["body"]], "nothing was set before <body>"
    # The theme's script did touch them (so the test sees what it would have changed)...
    late = [change for change in changes if change["body"]]
    assert {change["name"] for change in late} >= {"class"}
    # ... and each of its changes left the value as it was.
    assert [change for change in late if change["old"] != final.get(change["name"])] == []
    assert visit.console_errors == []


def test_without_javascript_the_page_keeps_no_js(browser, base_url):
    context = new_context(browser, base_url, java_script_enabled=False)
    try:
        page, _ = open_page(context, base_url + PAGE)
        assert page.evaluate("() => document.documentElement.className") == "no-js"
    finally:
        context.close()


# What the page holds when the DOMContentLoaded task ends: a listener on window runs after every
# listener on document, the theme's among them.
AT_THE_END_JS = """
window.addEventListener('DOMContentLoaded', () => window.__atTheEnd = {
  boxes: document.querySelectorAll('.md-typeset__scrollwrap').length,
  reachable: document.querySelectorAll('.md-typeset__scrollwrap[tabindex]').length,
  words: document.querySelectorAll('.md-content abbr[tabindex]').length,
  folded: document.querySelectorAll('details.phone-folded').length,
  open: document.querySelectorAll('details.phone-folded[open]').length});"""


def test_every_script_is_deferred_and_the_theme_runs_before_ours(context, base_url, built_site):
    # overrides/main.html marks the theme's script block: the bundle and our scripts keep their
    # order, run once the page is parsed, and ours still find the theme's document$ (issue 32).
    import re
    from pathlib import Path

    import material

    base = (Path(material.__file__).parent / "templates" / "base.html").read_text()
    bundle = re.search(r"assets/javascripts/(bundle\.[0-9a-f]+\.min\.js)", base).group(1)
    for html in sorted(built_site.rglob("index.html")):
        tags = re.findall(r"<script\b[^>]*\bsrc=[^>]*>", html.read_text())
        classic = [tag for tag in tags if 'type="module"' not in tag]
        if not classic:
            continue  # a page of redirects or the 404 has none
        assert bundle in classic[0], (html, classic[0])
        assert all(" defer" in tag for tag in classic), (html, classic)
    context.add_init_script("""window.__order = [];
      document.addEventListener('DOMContentLoaded', () => window.__order.push(
        'DOMContentLoaded, document$ ' + (typeof window.document$)));""" + AT_THE_END_JS)
    page, visit = open_page(context, base_url + "checked-against-the-post/")  # its 30 tables
    assert page.evaluate("() => window.__order") == ["DOMContentLoaded, document$ object"]
    # The theme built its boxes around the tables in its DOMContentLoaded task; our touch-ups
    # wait for a task of their own (the theme's is the longest of the page's start, issue 32),
    # but the folding, which changes what is drawn, is done before the next frame.
    at_the_end = page.evaluate("() => window.__atTheEnd")
    assert at_the_end["boxes"] > 0 and at_the_end["reachable"] == 0, at_the_end
    assert at_the_end["words"] == 0, at_the_end
    # Then readable.js made each box reachable by the keyboard, glossary.js each word.
    assert page.evaluate("() => document.querySelectorAll("
                         "'.md-typeset__scrollwrap:not([tabindex])').length") == 0
    assert page.evaluate("() => document.querySelectorAll('.md-content abbr[tabindex]').length") > 0
    assert visit.console_errors == []


def test_on_a_phone_long_tables_are_folded_before_the_first_frame_after_the_theme(browser, base_url):
    # The folding changes what is drawn: it is not left to a later task, so no frame shows the
    # tables open and then shut.
    context = new_context(browser, base_url, viewport={"width": 390, "height": 844})
    try:
        context.add_init_script(AT_THE_END_JS)
        page, visit = open_page(context, base_url + "checked-against-the-post/")
        at_the_end = page.evaluate("() => window.__atTheEnd")
        assert at_the_end["folded"] > 0 and at_the_end["open"] == 0, at_the_end
        assert visit.console_errors == []
    finally:
        context.close()
