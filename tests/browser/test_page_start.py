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
