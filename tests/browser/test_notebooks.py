"""Notebook pages show their executed outputs, and offer their source for download."""

import pytest

from site_pages import notebook_pages

NOTEBOOKS = notebook_pages()


@pytest.mark.parametrize("path", NOTEBOOKS)
def test_notebook_shows_executed_outputs(visit, path):
    outputs = visit(path).facts["outputs"]
    assert outputs, "no output cells: was the notebook executed?"
    empty = [index for index, output in enumerate(outputs) if not (output["text"] or output["images"])]
    assert empty == [], "empty output cells"


@pytest.mark.parametrize("path", NOTEBOOKS)
def test_notebook_download_link_returns_the_file(visit, context, base_url, path):
    links = visit(path).facts["downloads"]
    assert links, "no download link on the page"
    for link in links:
        assert link.startswith(base_url + path.rsplit("/", 2)[0]), link
        response = context.request.get(link)
        assert response.status == 200, link
        body = response.body()
        assert body.strip(), f"{link} is empty"
        if link.endswith(".py"):
            assert b"# %%" in body, f"{link} is not a jupytext percent-format notebook"
        elif link.endswith(".ipynb"):
            assert b'"cells"' in body, f"{link} is not a notebook"
