"""Every page in nav loads under the sub-path, from our server only, without errors."""

import pytest

from site_pages import nav_pages

PAGES = nav_pages()


@pytest.mark.parametrize("path", PAGES)
def test_page_returns_200(visit, path):
    assert visit(path).status == 200


@pytest.mark.parametrize("path", PAGES)
def test_no_request_leaves_the_site(visit, base_url, path):
    """Offline and private: every request goes to our server, under the project's sub-path."""
    record = visit(path)
    outside = [url for url in record.requests
               if not url.startswith(base_url) and not url.startswith(("data:", "blob:"))]
    assert outside == [], f"requests outside {base_url}"
    assert record.facts["foreign_src"] == []


@pytest.mark.parametrize("path", PAGES)
def test_every_request_succeeds(visit, path):
    assert visit(path).failed == []


@pytest.mark.parametrize("path", PAGES)
def test_no_console_errors(visit, path):
    assert visit(path).console_errors == []


def test_rendered_nav_links_every_nav_page(visit, base_url):
    linked = {url.removeprefix(base_url) for url in visit("").facts["nav_links"]}
    assert set(PAGES) <= linked, f"nav pages missing from the rendered nav: {set(PAGES) - linked}"
