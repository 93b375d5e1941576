"""Material's search, run in the browser from its built index, finds the article's words."""

from browsing import open_page


def test_search_alpha_returns_results(context, base_url):
    page, visit = open_page(context, base_url)
    page.locator("input.md-search__input").click()
    page.keyboard.type("alpha")
    results = page.locator(".md-search-result__list > li")
    results.first.wait_for(state="visible")
    assert results.count() > 0
    first = results.first.locator("a").first
    assert first.get_attribute("href").startswith(base_url), "results link into the site"
    assert visit.console_errors == []
