"""Every exercise link of Parts 4 and 5 opens Train it yourself with its settings filled in, and
the lab, trained with them, says what the folded answer says."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qsl, urljoin, urlsplit

import pytest

from browsing import open_page
from descent.pages import values
from descent.pages.values import formats
from descent.runs import stalls

PAGES = ("part-4-sgd-in-neural-networks/", "part-5-improving-our-network/")
FIELDS = {"alpha": "#lab-alpha", "hidden": "#lab-hidden", "seed": "#lab-seed",
          "plane-alpha": "#lab-plane-alpha", "w0": "#lab-w0", "w1": "#lab-w1"}
# What each network exercise's answer says the lab will report (the plane's answers are held
# by tests/site/test_part_4_claims.py, against the package's own descent).
ANSWERS = {(("alpha", "100"), ("hidden", "4"), ("seed", "2")):
               lambda: values.lookup("part_5.seed_2_100"),
           # the lab says two digits; the answer says three
           (("alpha", "10"), ("hidden", "3"), ("seed", "1")):
               lambda: formats.significant(stalls.final_error(10.0, 3)),
           (("alpha", "10"), ("hidden", "2"), ("seed", "1")):
               lambda: values.lookup("part_5.end_2")}


def exercise_links(built_site, page: str) -> list[str]:
    """The lab links of the page's "Try it" section, as hrefs."""
    html = (built_site / page / "index.html").read_text(encoding="utf-8")
    section = html.split('id="try-it"', 1)[1]
    return [unescape(href) for href in re.findall(r'href="([^"]*train-it-yourself/\?[^"]*)"', section)]


def cases(built_site):
    return [(page, href) for page in PAGES for href in exercise_links(built_site, page)]


def test_each_part_has_its_exercises(built_site):
    counts = {page: len(exercise_links(built_site, page)) for page in PAGES}
    assert counts == {PAGES[0]: 2, PAGES[1]: 3}, counts


def test_each_exercise_link_opens_the_lab_with_its_settings(context, base_url, built_site):
    for page_path, href in cases(built_site):
        url = urljoin(base_url + page_path, href)
        settings = dict(parse_qsl(urlsplit(url).query))
        assert settings and set(settings) <= set(FIELDS), href
        page, visit = open_page(context, url)
        try:
            assert visit.status == 200, url
            page.wait_for_function(
                "() => document.querySelector('#lab-status').textContent.includes('mean error')")
            shown = {name: page.input_value(FIELDS[name]) for name in settings}
            assert shown == settings, (href, shown)
            words = page.text_content("#lab-status")
            answer = ANSWERS.get(tuple(sorted(settings.items(), key=lambda kv: list(FIELDS).index(kv[0]))))
            if answer is not None:
                assert f"mean error {answer()};" in words, (href, words)
            fragment = urlsplit(url).fragment
            if fragment:  # the link lands on its panel, once the figures above it are drawn
                top = page.evaluate(f"document.getElementById('{fragment}').getBoundingClientRect().top")
                assert 0 <= top < page.viewport_size["height"] / 2, (href, top)
            if "w0" in settings:
                page.locator("#lab-plane").scroll_into_view_if_needed()
                page.wait_for_function("() => document.querySelector('#lab-plane-status').textContent")
                said = page.text_content("#lab-plane-status")
                w0 = settings["w0"].replace("-", "\u2212")
                assert f"Starting at first weight {w0}" in said, said
                assert f"alpha {settings['plane-alpha']}:" in said, said
            assert not visit.console_errors, visit.console_errors
        finally:
            page.close()
