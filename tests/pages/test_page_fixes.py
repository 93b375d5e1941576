"""page_fixes: the fixes on each built page, on small pages written here.

Each fix must find its tags however they are written (attributes in any order, quoted with ' or
not at all, names in upper case), leave every other byte alone, and change nothing on a second
pass.
"""

from __future__ import annotations

import base64
import io

import pytest
from PIL import Image

from descent.pages import page_fixes
from descent.pages.html_rewrite import rewrite


def fix(page: str, *edits) -> str:
    """The page after the edits; a second pass must change nothing."""
    done = rewrite(page, *edits)
    assert rewrite(done, *edits) == done
    return done


def sized(figures):
    return lambda tokens: page_fixes.size_images(tokens, figures)


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
    named = fix(page, page_fixes.label_search_dialog)
    assert '<div class="md-search" aria-label="Search" data-md-component="search" role="dialog">' in named
    assert fix(named, page_fixes.label_search_dialog) == named


def test_other_dialogs_and_pages_without_search_are_left_alone():
    page = '<div class="md-search" data-md-component="search"><div role="dialog"></div></div>'
    assert fix(page, page_fixes.label_search_dialog) == page


def test_notebook_code_cells_become_focusable():
    page = ('<div class="highlight-ipynb hl-python"><pre>x = 1</pre></div>'
            '<div class="highlight-ipynb"><pre>y</pre></div><div class="highlight"><pre>z</pre></div>')
    done = fix(page, page_fixes.focusable_code_cells)
    assert done.count('tabindex="0"') == 2
    assert '<div class="highlight"><pre>' in done
    assert fix(done, page_fixes.focusable_code_cells) == done


def test_figure_images_get_their_file_sizes_and_all_but_the_first_load_lazily(figures):
    page = ('<p><img alt="a" src="../figures/bucket.png" /></p>'
            '<img alt="b" src="../figures/error-plane.gif">'
            '<img alt="c" src="figures/ravine.png" loading="eager">')
    done = fix(page, sized(figures))
    assert '<img alt="a" src="../figures/bucket.png" width="640" height="480" />' in done
    assert '<img alt="b" src="../figures/error-plane.gif" width="320" height="240" loading="lazy">' in done
    assert '<img alt="c" src="figures/ravine.png" loading="eager" width="800" height="300">' in done
    assert fix(done, sized(figures)) == done


def test_inline_notebook_images_get_sizes_but_stay_eager(figures):
    data = base64.b64encode(png(567, 447)).decode()
    page = f'<img alt="" src="../figures/bucket.png"><img alt="plot" class="" src="data:image/png;base64,{data}"/>'
    done = fix(page, sized(figures))
    assert f'src="data:image/png;base64,{data}" width="567" height="447" />' in done
    assert done.count("loading=") == 0


def test_images_that_are_not_figures_or_are_missing_are_left_alone(figures):
    page = ('<img src="../assets/images/logo.png"><img src="../figures/gone.png">'
            '<img src="https://example.org/figures/bucket.png">')
    assert fix(page, sized(figures)) == page


def test_a_notebook_plot_takes_its_alt_text_from_its_cells_comment():
    cell = ('<div class="jp-Cell jp-CodeCell"><pre><span class="c1"># alt: Seven curves &amp; '
            'a dot</span></pre><img src="data:image/png;base64,AA" alt="No description has been'
            ' provided for this image"></div>')
    other = ('<div class="jp-Cell jp-CodeCell"><img src="x.png" alt="No description has been '
             'provided for this image"></div>')
    page = fix(cell + other, page_fixes.notebook_alts)
    assert 'alt="Seven curves &amp; a dot"' in page  # already escaped in the highlighted code
    assert page.count("No description has been provided") == 1  # a cell without a comment




def test_search_dialog_is_found_however_its_tag_is_written():
    for tag in ("<DIV ROLE=dialog data-md-component='search' Class='md-search'>",
                "<div role='dialog' class=md-search>"):
        page = f"<body>{tag}<input></div></body>"
        named = fix(page, page_fixes.label_search_dialog)
        assert named == page.replace(tag, tag[:-1] + ' aria-label="Search">'), named
    named = fix('<div data-x="1" class="md-search" role="dialog">', page_fixes.label_search_dialog)
    assert named == '<div data-x="1" class="md-search" aria-label="Search" role="dialog">'


def test_a_named_search_dialog_is_left_alone():
    page = "<div ARIA-LABEL='Find' class=md-search role=dialog></div>"
    assert fix(page, page_fixes.label_search_dialog) == page


def test_code_cells_are_found_however_their_tag_is_written():
    page = ("<DIV id=c1 CLASS='jp-X highlight-ipynb'><pre>x</pre></DIV>"
            "<div class=highlight-ipynb TABINDEX=-1><pre>y</pre></div>"
            '<div class="highlight-ipynb-not"><pre>z</pre></div>')
    done = fix(page, page_fixes.focusable_code_cells)
    assert done == page.replace("CLASS='jp-X highlight-ipynb'", "CLASS='jp-X highlight-ipynb' tabindex=\"0\"")


def test_images_are_sized_however_their_tag_is_written(figures):
    page = ("<P><IMG LOADING=eager SRC='../figures/bucket.png' ALT=a></P>"
            "<img alt='b' src=figures/ravine.png data-keep='yes'/>"
            "<img Width=10 src=\"figures/ravine.png\">")
    done = fix(page, sized(figures))
    assert done == ("<P><IMG LOADING=eager SRC='../figures/bucket.png' ALT=a "
                    'width="640" height="480"></P>'
                    "<img alt='b' src=figures/ravine.png data-keep='yes' "
                    'width="800" height="300" loading="lazy" />'
                    '<img Width=10 src="figures/ravine.png" loading="lazy">')


def test_an_img_inside_a_script_comment_or_code_is_not_a_tag(figures):
    page = ('<script>x = \'<img src="figures/bucket.png">\'</script>'
            '<!-- <img src="figures/bucket.png"> -->'
            '<pre><code>&lt;img src="figures/bucket.png"&gt;</code></pre>')
    assert fix(page, sized(figures)) == page


def test_a_notebook_plot_alt_is_found_however_the_tags_are_written():
    cell = ("<DIV CLASS='jp-CodeCell jp-Cell' ID=c><pre><SPAN class=c1># alt: It&#39;s a &quot;plot&quot;"
            "</SPAN></pre><IMG ALT='No description has been provided for this image' SRC=x.png "
            "data-keep=1></DIV>")
    page = fix(cell, page_fixes.notebook_alts)
    assert page == cell.replace("ALT='No description has been provided for this image'",
                                "ALT=\"It's a &quot;plot&quot;\"")


REPO_LINK = ('<a href="https://github.com/o/r" title="Go to repository" class="md-source" '
             'data-md-component="source">')


def test_repository_link_asks_no_other_host():
    assert fix(REPO_LINK, page_fixes.without_repo_facts) == \
        '<a href="https://github.com/o/r" title="Go to repository" class="md-source">'
    page = "<A Data-Md-Component=source\n HREF='x'><div data-md-component='search'></div></A>"
    assert fix(page, page_fixes.without_repo_facts) == \
        "<A\n HREF='x'><div data-md-component='search'></div></A>"


NBCONVERT = """<div class="jupyter-wrapper">
<script src=""></script>
<SCRIPT type="text/javascript" SRC='https://cdn.example.org/require.js'></SCRIPT>
<script type="module">
import mermaid from 'https://cdn.example.org/mermaid.esm.min.mjs';
</script>
<script>window.MathJax = {};</script>
<script src="../../javascripts/figures.js"></script>
<script>document.body.dataset.x = "<img src=x>";</script>
<div class="jp-Cell" id="cell-id=0a1b-2c"><div id="cell-id=ff"></div><div id="keep"></div></div>
</div>"""


def test_notebook_pages_lose_their_cdn_scripts_and_keep_the_others():
    done = fix(NBCONVERT, page_fixes.drop_cdn_scripts)
    assert done == NBCONVERT.replace('<script src=""></script>', "").replace(
        "<SCRIPT type=\"text/javascript\" SRC='https://cdn.example.org/require.js'></SCRIPT>", "").replace(
        "<script type=\"module\">\nimport mermaid from 'https://cdn.example.org/mermaid.esm.min.mjs';\n"
        "</script>", "").replace("<script>window.MathJax = {};</script>", "")
    assert done.count("<script") == 2


def test_notebook_cells_are_numbered_by_position():
    done = fix(NBCONVERT, page_fixes.number_cells)
    assert done == NBCONVERT.replace('id="cell-id=0a1b-2c"', 'id="cell-1"').replace(
        'id="cell-id=ff"', 'id="cell-2"')


def test_content_serves_pictures_and_fixes_notebooks_only_on_notebook_pages(tmp_path):
    page = NBCONVERT + '<p><img alt="a" src="figures/bucket.png"></p>'
    assert page_fixes.content(page, tmp_path, set(), notebook=False) == page
    notebook = page_fixes.content(page, tmp_path, set(), notebook=True)
    assert "MathJax" not in notebook and 'id="cell-1"' in notebook


def test_readable_touches_only_what_it_fixes(figures):
    untouched = ('<!doctype html>\n<html lang="en"><head><meta charset=utf-8>'
                 "<style>a>b{color:red}</style></head>\n<body CLASS='x'>\n"
                 "<p>a &lt; b &amp; c &#x27;</p><br/><svg viewBox='0 0 1 1'><path d=\"M0\"/></svg>"
                 '<img src="../assets/logo.png" alt=logo><!-- a comment -->\n')
    page = untouched + f"{SEARCH}</div>{REPO_LINK}</a></body></html>\n"
    done = fix(page, lambda tokens: None)  # parsing alone changes no byte
    assert done == page
    done = page_fixes.readable(page, figures)
    assert done.startswith(untouched)
    assert done == page.replace('class="md-search"', 'class="md-search" aria-label="Search"') \
        .replace(' data-md-component="source"', "")
    assert page_fixes.readable(done, figures) == done
