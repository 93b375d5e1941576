"""Fixes on each built page, as edits of its tokens (html_rewrite), and the two passes that
apply them: `content` on a page's body as the generator renders it, `readable` on the whole
page it writes.

Plain functions on HTML: none knows about MkDocs, so they carry over to any generator. Each
edit changes only the tags it is about, and a second pass changes nothing.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

from .html_rewrite import Token, element_end, rewrite, text_of
from .pictures import FIGURE_SRC, image_size, pictures

PLACEHOLDER_ALT = "No description has been provided for this image"  # nbconvert's
SAID_ALT = "# alt:"
CELL_ID = re.compile(r"cell-id=[\w-]+")  # a value: nbconvert's "cell-id=" and the cell's id


def without_repo_facts(tokens: list[Token]) -> None:
    """Material fetches star and fork counts from the GitHub API for the header's repository
    link; without data-md-component="source" the link stays a plain link and the page asks no
    other host."""
    for token in tokens:
        # Most tags cannot have it: only those that name it are read (names know no escapes).
        if token.kind == "start" and "data-md-component" in token.text.lower() \
                and token.get("data-md-component") == "source":
            token.remove("data-md-component")


def label_search_dialog(tokens: list[Token]) -> None:
    """The theme's search dialog has role="dialog" but no name: call it "Search"."""
    for token in tokens:
        if token.is_start("div") and "md-search" in token.classes() \
                and token.get("role") == "dialog":
            if not token.has("aria-label"):
                token.set("aria-label", "Search", after="class")
            return


def focusable_code_cells(tokens: list[Token]) -> None:
    """Notebook code cells scroll sideways on a phone: let the keyboard reach (and so scroll)
    every one."""
    for token in tokens:
        if token.is_start("div") and "highlight-ipynb" in token.classes() \
                and not token.has("tabindex"):
            token.set("tabindex", "0", after="class")


def notebook_alts(tokens: list[Token]) -> None:
    """A notebook plot's alt text is its cell's `# alt: …` comment, not nbconvert's placeholder.

    The comment sits in the code a reader sees and downloads, next to the plot it describes.
    """
    if not any(token.is_start("img") and token.get("alt") == PLACEHOLDER_ALT for token in tokens):
        return
    cells: list[list[int]] = [[]]  # the indexes of each cell's tokens (first: before any cell)
    for index, token in enumerate(tokens):
        if token.is_start("div") and "jp-Cell" in token.classes():
            cells.append([])
        cells[-1].append(index)
    for cell in cells:
        said = None
        for index in cell:
            token = tokens[index]
            if token.is_start("span") and "c1" in token.classes():
                comment = text_of(tokens[index + 1:element_end(tokens, index)])
                if comment.startswith(SAID_ALT):
                    said = comment[len(SAID_ALT):].strip()
                    break
        if said is None:
            continue
        for index in cell:
            if tokens[index].is_start("img") and tokens[index].get("alt") == PLACEHOLDER_ALT:
                tokens[index].set("alt", said)


def size_images(tokens: list[Token], figures: Path) -> None:
    """Give every figure image its width and height; all but the first load lazily.

    With both sizes the browser keeps the image's place before it arrives (no layout shift);
    the theme's CSS still scales it to the column. Images that already say so are left alone.
    """
    figures_seen = 0
    for token in tokens:
        if not token.is_start("img"):
            continue
        src = token.get("src") or ""
        size = image_size(src, figures)
        if size is None:
            continue
        if not token.has("width") and not token.has("height"):
            token.set("width", str(size[0]))
            token.set("height", str(size[1]))
        if FIGURE_SRC.match(src):
            figures_seen += 1
            if figures_seen > 1 and not token.has("loading"):
                token.set("loading", "lazy")


def drop_cdn_scripts(tokens: list[Token]) -> None:
    """nbconvert's template always emits MathJax (empty src) and a Mermaid loader that imports
    from a CDN; the notebooks show neither maths nor diagrams, so both go."""
    for index, token in enumerate(tokens):
        if not token.is_start("script"):
            continue
        end = element_end(tokens, index)
        src = token.get("src")
        body = "".join(inner.text for inner in tokens[index + 1:end])
        if src == "" or (src or "").lower().startswith(("http://", "https://")) \
                or "MathJax" in body or "mermaid" in body:
            for inner in tokens[index:end + 1]:
                inner.clear()


def number_cells(tokens: list[Token]) -> None:
    """nbconvert writes each cell's id as `cell-id=<id>`; a page's cells are numbered by position
    instead (cell-1, cell-2, ...), which stays the same when reading gives random ids."""
    number = 0
    for token in tokens:
        if CELL_ID.fullmatch(token.get("id") or ""):
            number += 1
            token.set("id", f"cell-{number}")


def content(html: str, figures: Path, known: set[str], notebook: bool) -> str:
    """A page's body as rendered: figures in the reader's look (pictures); on a notebook page
    no CDN scripts and numbered cells."""
    edits = [partial(pictures, folder=figures, known=known)]
    if notebook:
        edits += [drop_cdn_scripts, number_cells]
    return rewrite(html, *edits)


def readable(page: str, figures: Path) -> str:
    """A whole page as written: a repository link that asks no other host, a named search
    dialog, focusable notebook cells, notebook plots' alt texts, sized images."""
    return rewrite(page, without_repo_facts, label_search_dialog, focusable_code_cells,
                   notebook_alts, partial(size_images, figures=figures))
