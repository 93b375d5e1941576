"""page_fixes: the fixes of nbconvert's HTML on notebook pages, on small pages written here.

Each fix must find its tags however they are written (attributes in any order, quoted with ' or
not at all, names in upper case), leave every other byte alone, and change nothing on a second
pass.
"""

from __future__ import annotations

from descent.pages import page_fixes
from descent.pages.html_rewrite import rewrite


def fix(page: str, *edits) -> str:
    """The page after the edits; a second pass must change nothing."""
    done = rewrite(page, *edits)
    assert rewrite(done, *edits) == done
    return done


def test_notebook_code_cells_become_focusable():
    page = ('<div class="highlight-ipynb hl-python"><pre>x = 1</pre></div>'
            '<div class="highlight-ipynb"><pre>y</pre></div><div class="highlight"><pre>z</pre></div>')
    done = fix(page, page_fixes.focusable_code_cells)
    assert done.count('tabindex="0"') == 2
    assert '<div class="highlight"><pre>' in done
    assert fix(done, page_fixes.focusable_code_cells) == done


def test_a_notebook_plot_takes_its_alt_text_from_its_cells_comment():
    cell = ('<div class="jp-Cell jp-CodeCell"><pre><span class="c1"># alt: Seven curves &amp; '
            'a dot</span></pre><img src="data:image/png;base64,AA" alt="No description has been'
            ' provided for this image"></div>')
    other = ('<div class="jp-Cell jp-CodeCell"><img src="x.png" alt="No description has been '
             'provided for this image"></div>')
    page = fix(cell + other, page_fixes.notebook_alts)
    assert 'alt="Seven curves &amp; a dot"' in page  # already escaped in the highlighted code
    assert page.count("No description has been provided") == 1  # a cell without a comment


def test_code_cells_are_found_however_their_tag_is_written():
    page = ("<DIV id=c1 CLASS='jp-X highlight-ipynb'><pre>x</pre></DIV>"
            "<div class=highlight-ipynb TABINDEX=-1><pre>y</pre></div>"
            '<div class="highlight-ipynb-not"><pre>z</pre></div>')
    done = fix(page, page_fixes.focusable_code_cells)
    assert done == page.replace("CLASS='jp-X highlight-ipynb'", "CLASS='jp-X highlight-ipynb' tabindex=\"0\"")


def test_a_notebook_plot_alt_is_found_however_the_tags_are_written():
    cell = ("<DIV CLASS='jp-CodeCell jp-Cell' ID=c><pre><SPAN class=c1># alt: It&#39;s a &quot;plot&quot;"
            "</SPAN></pre><IMG ALT='No description has been provided for this image' SRC=x.png "
            "data-keep=1></DIV>")
    page = fix(cell, page_fixes.notebook_alts)
    assert page == cell.replace("ALT='No description has been provided for this image'",
                                "ALT=\"It's a &quot;plot&quot;\"")


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




def test_notebook_applies_every_fix_and_touches_nothing_else():
    untouched = ('<p>a &lt; b &amp; c &#x27;</p><br/><svg viewBox=\'0 0 1 1\'><path d="M0"/></svg>'
                 "<style>a>b{color:red}</style><!-- a comment -->\n")
    cell = ('<div class="jp-Cell" id="cell-id=ab"><div class="highlight-ipynb"><pre><span class="c1">'
            '# alt: A plot</span></pre></div><img alt="No description has been provided for this '
            'image" src="data:image/png;base64,AA"></div>')
    page = untouched + NBCONVERT + cell
    done = page_fixes.notebook(page)
    assert done.startswith(untouched)
    assert "MathJax" not in done and "mermaid" not in done
    assert 'id="cell-1"' in done and 'id="cell-3"' in done  # the two cells above, then this one
    assert '<div class="highlight-ipynb" tabindex="0">' in done and 'alt="A plot"' in done
    assert page_fixes.notebook(done) == done
