"""Notebook pages show their executed outputs, and offer their source for download."""

import pytest

from site_pages import REPO, notebook_pages, notebook_sources

NOTEBOOKS = notebook_pages()


@pytest.mark.parametrize("path", NOTEBOOKS)
def test_notebook_shows_executed_outputs(visit, path):
    outputs = visit(path).facts["outputs"]
    assert outputs, "no output cells: was the notebook executed?"
    empty = [index for index, output in enumerate(outputs) if not (output["text"] or output["images"])]
    assert empty == [], "empty output cells"


@pytest.mark.parametrize(("source", "path"), notebook_sources())
def test_notebook_download_link_returns_its_source(visit, context, base_url, source, path):
    """The page's download link serves the notebook's own source file, byte for byte."""
    links = visit(path).facts["downloads"]
    assert links, "no download link on the page"
    for link in links:
        assert link.startswith(base_url), link
        response = context.request.get(link)
        assert response.status == 200, link
        assert response.body().strip(), f"{link} is empty"
        assert response.body() == (REPO / "docs" / source).read_bytes(), \
            f"{link} is not docs/{source}"
