"""page_html: the finishing touches on built pages, on small pages written here."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pytest
from PIL import Image

from descent.pages import page_html


def png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(out, format="PNG")
    return out.getvalue()


def gif(width: int, height: int) -> bytes:
    out = io.BytesIO()
    frames = [Image.new("P", (width, height), index) for index in range(3)]
    frames[0].save(out, format="GIF", save_all=True, append_images=frames[1:])
    return out.getvalue()


@pytest.fixture
def figures(tmp_path):
    folder = tmp_path / "figures"
    folder.mkdir()
    (folder / "bucket.png").write_bytes(png(640, 480))
    (folder / "ravine.png").write_bytes(png(800, 300))
    (folder / "error-plane.gif").write_bytes(gif(320, 240))
    return folder


SEARCH = '<div class="md-search" data-md-component="search" role="dialog">'


def test_search_dialog_gets_a_name_once():
    page = f"<body>{SEARCH}<input></div></body>"
    named = page_html.label_search_dialog(page)
    assert '<div class="md-search" aria-label="Search" data-md-component="search" role="dialog">' in named
    assert page_html.label_search_dialog(named) == named


def test_other_dialogs_and_pages_without_search_are_left_alone():
    page = '<div class="md-search" data-md-component="search"><div role="dialog"></div></div>'
    assert page_html.label_search_dialog(page) == page


def test_notebook_code_cells_become_focusable():
    page = ('<div class="highlight-ipynb hl-python"><pre>x = 1</pre></div>'
            '<div class="highlight-ipynb"><pre>y</pre></div><div class="highlight"><pre>z</pre></div>')
    done = page_html.focusable_code_cells(page)
    assert done.count('tabindex="0"') == 2
    assert '<div class="highlight"><pre>' in done
    assert page_html.focusable_code_cells(done) == done


def test_figure_images_get_their_file_sizes_and_all_but_the_first_load_lazily(figures):
    page = ('<p><img alt="a" src="../figures/bucket.png" /></p>'
            '<img alt="b" src="../figures/error-plane.gif">'
            '<img alt="c" src="figures/ravine.png" loading="eager">')
    done = page_html.size_images(page, figures)
    assert '<img alt="a" src="../figures/bucket.png" width="640" height="480" />' in done
    assert '<img alt="b" src="../figures/error-plane.gif" width="320" height="240" loading="lazy">' in done
    assert '<img alt="c" src="figures/ravine.png" loading="eager" width="800" height="300">' in done
    assert page_html.size_images(done, figures) == done


def test_inline_notebook_images_get_sizes_but_stay_eager(figures):
    data = base64.b64encode(png(567, 447)).decode()
    page = f'<img alt="" src="../figures/bucket.png"><img alt="plot" class="" src="data:image/png;base64,{data}"/>'
    done = page_html.size_images(page, figures)
    assert f'src="data:image/png;base64,{data}" width="567" height="447" />' in done
    assert done.count("loading=") == 0


def test_images_that_are_not_figures_or_are_missing_are_left_alone(figures):
    page = ('<img src="../assets/images/logo.png"><img src="../figures/gone.png">'
            '<img src="https://example.org/figures/bucket.png">')
    assert page_html.size_images(page, figures) == page


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

    changed = page_html.share_notebook_styles(site)

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
        page_html.share_notebook_styles(site)
        page_html.share_notebook_styles(site)  # a second pass finds nothing left to move
        sites.append({p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()})
    assert sites[0] == sites[1]


NAMES = ({"jupyter-wrapper", "jp-Cell", "jp-InputArea"}, {"cell-1"})


@pytest.mark.parametrize("selector, kept", [
    ("pre", True),
    (".jupyter-wrapper .jp-Cell", True),
    (".jupyter-wrapper .jp-Toolbar", False),
    ("#cell-1 .jp-InputArea", True),
    ("#cell-9", False),
    (".jp-Cell:not(.jp-mod-active)", True),        # :not() of an absent class still matches
    (":is(.jp-Toolbar, .jp-Cell) > pre", True),    # inside :is() not every name is needed
    ("[class*=bp3-intent-] .jp-Cell", True),
    ('a[href$=".jp-Toolbar"]', True),
    ("[data-md-color-scheme=slate] .md-typeset__scrollwrap", True),  # the theme's script adds md- classes
    (".jp-Cell .jp-Toolbar:hover", False),
    (".a\\:b", True),                             # escapes: kept when in doubt
])
def test_a_selector_is_kept_when_it_can_match_the_pages(selector, kept):
    assert page_html.selector_matches_names(selector, *NAMES) is kept


def test_pruning_keeps_rules_that_can_match_in_their_order_and_drops_the_rest():
    css = """@charset "utf-8";
.jp-Cell, .jp-Toolbar , .jp-InputArea { color: red }
.jp-Toolbar { color: blue }
@media print { .jp-Toolbar { display: none } }
@media screen and (min-width: 4320px) { .jp-Toolbar { width: 1px } .jp-Cell { width: 2px } }
@keyframes spin { to { transform: rotate(1turn) } }
:is(.jp-Cell, .x) { margin: 0 }
"""
    pruned = page_html.prune_css(css, *NAMES)
    assert pruned == (".jp-Cell,.jp-InputArea{color: red}\n"
                      "@media screen and (min-width: 4320px){\n.jp-Cell{width: 2px}\n}\n"
                      "@keyframes spin { to { transform: rotate(1turn) } }\n"
                      ":is(.jp-Cell, .x){margin: 0}\n")


def test_pruning_drops_custom_properties_nothing_reads():
    css = (".jupyter-wrapper { --jp-a: red; --jp-b: var(--jp-c); --jp-c: 1px; --jp-unread: 0;"
           " --md-theme: blue; --jp-chain: var(--jp-end); --jp-end: 2px; color: var(--jp-a) }\n"
           ".jp-Cell { border-width: var(--jp-b) }\n"
           ".jp-Toolbar { width: var(--jp-unread) }\n")  # dropped with its rule: no reader left
    pruned = page_html.prune_css(css, *NAMES, used_elsewhere={"--md-theme", "--jp-chain"})
    assert pruned == (".jupyter-wrapper{--jp-a: red;--jp-b: var(--jp-c);--jp-c: 1px;"
                      "--md-theme: blue;--jp-chain: var(--jp-end);--jp-end: 2px;"
                      "color: var(--jp-a);}\n"
                      ".jp-Cell{border-width: var(--jp-b);}\n")
    # Without the names read elsewhere, no custom property is touched.
    assert "--jp-unread: 0" in page_html.prune_css(css, *NAMES)


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

    assert page_html.serve_notebook_images(site) == [page]

    files = sorted((site / "assets" / "images" / "notebook").iterdir())
    assert sorted(f.read_bytes() for f in files) == sorted([plot, other])  # the same plot once
    text = page.read_text()
    assert "data:" not in text
    first = Path("../../assets/images/notebook") / next(f.name for f in files if f.read_bytes() == plot)
    assert f'<img alt="p0" src="{first.as_posix()}" width="4" height="3"/>' in text
    assert f'<img alt="p2" src="{first.as_posix()}" width="4" height="3" loading="lazy" />' in text
    assert text.count('loading="lazy"') == 2
    assert "data:image/png" in (site / "index.html").read_text()  # not a notebook page
    assert page_html.serve_notebook_images(site) == []  # nothing left to serve


def test_a_notebook_plot_takes_its_alt_text_from_its_cells_comment():
    cell = ('<div class="jp-Cell jp-CodeCell"><pre><span class="c1"># alt: Seven curves &amp; '
            'a dot</span></pre><img src="data:image/png;base64,AA" alt="No description has been'
            ' provided for this image"></div>')
    other = ('<div class="jp-Cell jp-CodeCell"><img src="x.png" alt="No description has been '
             'provided for this image"></div>')
    page = page_html.notebook_alts(cell + other)
    assert 'alt="Seven curves &amp; a dot"' in page  # already escaped in the highlighted code
    assert page.count("No description has been provided") == 1  # a cell without a comment


def test_a_pruning_is_kept_in_the_cache_and_used_while_its_inputs_stay_the_same(tmp_path, monkeypatch):
    cache = tmp_path / "cache"

    def build(name: str, title: str = "nb") -> dict:
        site = tmp_path / name
        (site / "nb").mkdir(parents=True)
        (site / "nb" / "index.html").write_text(NOTEBOOK.format(title=title))
        page_html.share_notebook_styles(site, cache)
        return {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}

    uncached = tmp_path / "plain"
    (uncached / "nb").mkdir(parents=True)
    (uncached / "nb" / "index.html").write_text(NOTEBOOK.format(title="nb"))
    page_html.share_notebook_styles(uncached)
    first = build("first")
    assert first == {p.relative_to(uncached): p.read_bytes() for p in uncached.rglob("*") if p.is_file()}
    assert len(list(cache.glob("*.css"))) == 1

    calls = []
    real = page_html.prune_css
    monkeypatch.setattr(page_html, "prune_css", lambda *a, **k: calls.append(a) or real(*a, **k))
    assert build("second") == first and calls == []  # the same inputs: read from the cache
    (tmp_path / "third" / "nb").mkdir(parents=True)
    page = NOTEBOOK.format(title="nb").replace('<div class="highlight-ipynb jp-Cell">',
                                               '<style>.jp-Other{color:red}</style>'
                                               '<div class="highlight-ipynb jp-Cell jp-Other">')
    (tmp_path / "third" / "nb" / "index.html").write_text(page)
    page_html.share_notebook_styles(tmp_path / "third", cache)
    assert len(calls) == 1  # other styles: pruned again,
    assert len(list(cache.glob("*.css"))) == 1  # and only the version in use is kept
