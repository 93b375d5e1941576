"""Notebook pages show their executed outputs, and offer the executed .ipynb and the .py source."""

import json

import pytest

from site_pages import REPO, notebook_pages, notebook_sources

NOTEBOOKS = notebook_pages()


@pytest.mark.parametrize("path", NOTEBOOKS)
def test_notebook_shows_executed_outputs(visit, path):
    outputs = visit(path).facts["outputs"]
    assert outputs, "no output cells: was the notebook executed?"
    empty = [index for index, output in enumerate(outputs) if not (output["text"] or output["images"])]
    assert empty == [], "empty output cells"


def downloads(visit, context, path):
    """{file name: bytes} of every download link on the page."""
    found = {}
    for link in visit(path).facts["downloads"]:
        response = context.request.get(link)
        assert response.status == 200, link
        assert response.body().strip(), f"{link} is empty"
        found[link.rsplit("/", 1)[-1]] = response.body()
    return found


@pytest.mark.parametrize(("source", "path"), notebook_sources())
def test_notebook_page_offers_the_source_with_its_install_cell(visit, context, base_url, source, path):
    """The .py download is the notebook's own source, with the cell that installs the wheel from this site."""
    assert all(link.startswith(base_url) for link in visit(path).facts["downloads"])
    name = source.rsplit("/", 1)[-1]
    offered = downloads(visit, context, path)[name].decode()
    original = (REPO / "docs" / source).read_text(encoding="utf-8")
    wheel = base_url + "downloads/descent_reproduced-"
    assert f'WHEEL = "{wheel}' in offered, "the install cell does not name this site's wheel"
    install = offered[offered.index("# %%\n# The `descent` package"):offered.index("\n\n# %%", offered.index("WHEEL ="))]
    assert offered.replace(install + "\n\n", "") == original


@pytest.mark.parametrize(("source", "path"), notebook_sources())
def test_notebook_page_offers_the_executed_notebook(visit, context, source, path):
    """The .ipynb download holds the page's code cells and the outputs the page shows."""
    stem = source.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    offered = downloads(visit, context, path)
    notebook = json.loads(offered[f"{stem}.ipynb"])
    code = [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]
    for cell in code:
        assert "".join(cell["source"]) in offered[f"{stem}.py"].decode()
    page = visit(path).facts["outputs"]
    shown = [output for cell in code for output in cell["outputs"]]
    images = sum("image/png" in output.get("data", {}) for output in shown)
    assert len(shown) == len(page), "the notebook and the page show different outputs"
    assert images == sum(output["images"] for output in page)
