"""notebook_assets: what notebook pages inline, served as files beside the site."""

from __future__ import annotations

import base64
import io
from pathlib import Path

from PIL import Image

from descent.pages import css_pruning, notebook_assets


def png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(out, format="PNG")
    return out.getvalue()


NOTEBOOK = """<!doctype html><html><head><title>{title}</title>
<link rel="stylesheet" href="../../assets/stylesheets/main.css">
</head><body><article><div class="jupyter-wrapper">
<style type="text/css">pre {{ line-height: 125%; }}</style>
<style type="text/css">
.jp-Cell {{ color: red; }}
</style>
<div class="highlight-ipynb jp-Cell"><pre>&lt;style&gt; is text here</pre></div>
<style>.jp-Cell pre {{ margin: 0; }} .jp-Mermaid {{ display: none; }}</style>
</div></article></body></html>
"""


def test_notebook_styles_are_shared_in_one_file_linked_from_the_head(tmp_path):
    site = tmp_path / "site"
    for name in ("alpha-sweep", "closer-look"):
        (site / "notebooks" / name).mkdir(parents=True)
        (site / "notebooks" / name / "index.html").write_text(NOTEBOOK.format(title=name))
    (site / "index.html").write_text("<html><head><style>p{}</style></head><body>home</body></html>")

    changed = notebook_assets.share_notebook_styles(site)

    assert [p.parent.name for p in changed] == ["alpha-sweep", "closer-look"]
    shared = list((site / "assets" / "stylesheets").glob("notebook.*.css"))
    assert len(shared) == 1
    css = shared[0].read_text()
    assert css.index("line-height: 125%") < css.index(".jp-Cell{") < css.index(".jp-Cell pre")
    assert ".jp-Mermaid" not in css  # no element of these pages has that class
    for name in ("alpha-sweep", "closer-look"):
        page = (site / "notebooks" / name / "index.html").read_text()
        assert "<style" not in page
        assert "&lt;style&gt; is text here" in page
        link = f'<link rel="stylesheet" href="../../assets/stylesheets/{shared[0].name}">\n</head>'
        assert link in page
        assert page.index("main.css") < page.index(shared[0].name)
    assert "<style>p{}</style>" in (site / "index.html").read_text()  # not a notebook page


def test_sharing_twice_gives_the_same_bytes(tmp_path):
    sites = []
    for run in ("one", "two"):
        site = tmp_path / run
        (site / "nb").mkdir(parents=True)
        (site / "nb" / "index.html").write_text(NOTEBOOK.format(title="nb"))
        notebook_assets.share_notebook_styles(site)
        notebook_assets.share_notebook_styles(site)  # a second pass finds nothing left to move
        sites.append({p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()})
    assert sites[0] == sites[1]


def test_notebook_plots_are_served_as_files_the_first_eager_the_rest_lazy(tmp_path):
    site = tmp_path / "site"
    plot, other = png(4, 3), png(5, 2)
    inline = [base64.b64encode(data).decode() for data in (plot, other, plot)]
    page = site / "notebooks" / "nb" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text('<html><head></head><body><div class="jupyter-wrapper">'
                    + "".join(f'<img alt="p{i}" src="data:image/png;base64,{data}" width="4" height="3"/>'
                              for i, data in enumerate(inline))
                    + "</div></body></html>")
    (site / "index.html").write_text(f'<p><img alt="x" src="data:image/png;base64,{inline[0]}"></p>')

    assert notebook_assets.serve_notebook_images(site) == [page]

    files = sorted((site / "assets" / "images" / "notebook").iterdir())
    assert sorted(f.read_bytes() for f in files) == sorted([plot, other])  # the same plot once
    text = page.read_text()
    assert "data:" not in text
    first = Path("../../assets/images/notebook") / next(f.name for f in files if f.read_bytes() == plot)
    assert f'<img alt="p0" src="{first.as_posix()}" width="4" height="3"/>' in text
    assert f'<img alt="p2" src="{first.as_posix()}" width="4" height="3" loading="lazy" />' in text
    assert text.count('loading="lazy"') == 2
    assert "data:image/png" in (site / "index.html").read_text()  # not a notebook page
    assert notebook_assets.serve_notebook_images(site) == []  # nothing left to serve



def test_a_served_plot_gets_its_size_unless_it_says_one(tmp_path):
    site = tmp_path / "site"
    page = site / "notebooks" / "nb" / "index.html"
    page.parent.mkdir(parents=True)
    data = base64.b64encode(png(567, 447)).decode()
    page.write_text('<div class="jupyter-wrapper"><img alt="plot" class="" src="data:image/png;base64,'
                    f'{data}"/><img alt="w" src="data:image/png;base64,{data}" width="100"></div>')
    notebook_assets.serve_notebook_images(site)
    (served,) = (site / "assets" / "images" / "notebook").iterdir()
    text = page.read_text()
    assert (f'<img alt="plot" class="" src="../../assets/images/notebook/{served.name}" width="567" '
            'height="447" />') in text
    assert f'<img alt="w" src="../../assets/images/notebook/{served.name}" width="100" loading="lazy">' in text


def test_a_pruning_is_kept_in_the_cache_and_used_while_its_inputs_stay_the_same(tmp_path, monkeypatch):
    cache = tmp_path / "cache"

    def build(name: str, title: str = "nb") -> dict:
        site = tmp_path / name
        (site / "nb").mkdir(parents=True)
        (site / "nb" / "index.html").write_text(NOTEBOOK.format(title=title))
        notebook_assets.share_notebook_styles(site, cache)
        return {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}

    uncached = tmp_path / "plain"
    (uncached / "nb").mkdir(parents=True)
    (uncached / "nb" / "index.html").write_text(NOTEBOOK.format(title="nb"))
    notebook_assets.share_notebook_styles(uncached)
    first = build("first")
    assert first == {p.relative_to(uncached): p.read_bytes() for p in uncached.rglob("*") if p.is_file()}
    assert len(list(cache.glob("*.css"))) == 1

    calls = []
    real = css_pruning.prune_css
    monkeypatch.setattr(css_pruning, "prune_css", lambda *a, **k: calls.append(a) or real(*a, **k))
    assert build("second") == first and calls == []  # the same inputs: read from the cache
    (tmp_path / "third" / "nb").mkdir(parents=True)
    page = NOTEBOOK.format(title="nb").replace('<div class="highlight-ipynb jp-Cell">',
                                               '<style>.jp-Other{color:red}</style>'
                                               '<div class="highlight-ipynb jp-Cell jp-Other">')
    (tmp_path / "third" / "nb" / "index.html").write_text(page)
    notebook_assets.share_notebook_styles(tmp_path / "third", cache)
    assert len(calls) == 1  # other styles: pruned again,
    assert len(list(cache.glob("*.css"))) == 1  # and only the version in use is kept


def site_files(site: Path) -> dict:
    return {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}


# The same notebook page, written as no generator of ours writes it: upper-case names, quotes of
# either kind or none, attributes in another order, a <style> in a script's text.
ODD_NOTEBOOK = """<!DOCTYPE html><HTML><HEAD><TITLE>odd</TITLE>
<style>head { }</style>
</HEAD><BODY><DIV ID=top CLASS='jp-Notebook jupyter-wrapper'>
<STYLE TYPE='text/css'>pre { line-height: 125%; }</STYLE>   \n<script>s = "<style>.x{}</style>";</script>
<div class=jp-Cell><pre>&lt;style&gt; text</pre>
<IMG DATA-KEEP=1 SRC='data:image/png;base64,{first}' ALT=one>
<img alt="two" src=data:image/png;base64,{second} />
<img alt="three" src="data:image/svg+xml;base64,PHN2Zy8+" />
</div></DIV></BODY></HTML>
"""


def test_odd_markup_moves_the_same_and_nothing_else_changes(tmp_path):
    plot, other = (base64.b64encode(png(4, 3)).decode(), base64.b64encode(png(5, 2)).decode())
    site = tmp_path / "site"
    page = site / "nb" / "index.html"
    page.parent.mkdir(parents=True)
    original = ODD_NOTEBOOK.replace("{first}", plot).replace("{second}", other)
    page.write_text(original)

    assert notebook_assets.share_notebook_styles(site) == [page]
    assert notebook_assets.serve_notebook_images(site) == [page]

    (css,) = (site / "assets" / "stylesheets").glob("notebook.*.css")
    assert css.read_text() == "pre{line-height: 125%;}\n"
    images = {f.read_bytes(): f.name for f in (site / "assets" / "images" / "notebook").iterdir()}
    first, second = (images[base64.b64decode(data)] for data in (plot, other))
    expected = (original
                .replace("<STYLE TYPE='text/css'>pre { line-height: 125%; }</STYLE>   \n", "")
                .replace("</HEAD>", f'<link rel="stylesheet" href="../assets/stylesheets/{css.name}">\n</HEAD>')
                .replace(f"SRC='data:image/png;base64,{plot}' ALT=one>",
                         f'SRC="../assets/images/notebook/{first}" ALT=one width="4" height="3">')
                .replace(f"src=data:image/png;base64,{other} />",
                         f'src="../assets/images/notebook/{second}" width="5" height="2" loading="lazy" />'))
    assert page.read_text() == expected  # the head's style, the script's text, the SVG: as they were

    before = site_files(site)
    assert notebook_assets.share_notebook_styles(site) == []
    assert notebook_assets.serve_notebook_images(site) == []
    assert site_files(site) == before


def test_a_page_that_is_not_a_notebook_is_not_touched_even_if_it_names_one(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    page = ('<html><head></head><body><p>class="jupyter-wrapper"</p><style>p{}</style>'
            '<img src="data:image/png;base64,AA"></body></html>')
    (site / "index.html").write_text(page)
    assert notebook_assets.share_notebook_styles(site) == []
    assert notebook_assets.serve_notebook_images(site) == []
    assert (site / "index.html").read_text() == page


def test_no_temp_file_is_left_beside_what_is_written(tmp_path):
    site = tmp_path / "site"
    (site / "nb").mkdir(parents=True)
    (site / "nb" / "index.html").write_text(
        ODD_NOTEBOOK.replace("{first}", base64.b64encode(png(4, 3)).decode())
        .replace("{second}", base64.b64encode(png(5, 2)).decode()))
    notebook_assets.share_notebook_styles(site)
    notebook_assets.serve_notebook_images(site)
    assert not [p for p in site.rglob("*") if p.name.endswith(".partial")]


def test_style_blocks_in_upper_case_are_moved_too(tmp_path):
    site = tmp_path / "site"
    (site / "nb").mkdir(parents=True)
    page = ("<HTML><HEAD></HEAD><BODY><DIV CLASS=jupyter-wrapper><STYLE>pre{margin:0}</STYLE>"
            "<pre>x</pre></DIV></BODY></HTML>")
    (site / "nb" / "index.html").write_text(page)
    assert notebook_assets.share_notebook_styles(site) == [site / "nb" / "index.html"]
    (css,) = (site / "assets" / "stylesheets").glob("notebook.*.css")
    assert (site / "nb" / "index.html").read_text() == page.replace(
        "</HEAD>", f'<link rel="stylesheet" href="../assets/stylesheets/{css.name}">\n</HEAD>').replace(
        "<STYLE>pre{margin:0}</STYLE>", "")
