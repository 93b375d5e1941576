"""Fixes on the notebook pages' HTML, which nbconvert writes (through mkdocs-jupyter) and no
template of the theme or option of either reaches: edits of its tokens (html_rewrite), applied
by `notebook` to a notebook page's body as it is rendered.

Plain functions on HTML: none knows about MkDocs, so they carry over to any generator. Each
edit changes only the tags it is about, and a second pass changes nothing.
"""

from __future__ import annotations

import re

from .html_rewrite import Token, element_end, rewrite, text_of

PLACEHOLDER_ALT = "No description has been provided for this image"  # nbconvert's
SAID_ALT = "# alt:"
CELL_ID = re.compile(r"cell-id=[\w-]+")  # a value: nbconvert's "cell-id=" and the cell's id


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


def notebook(html: str) -> str:
    """A notebook page's body as mkdocs-jupyter renders it: no CDN scripts, cells numbered,
    code cells the keyboard reaches, plots with the alt texts their cells give."""
    return rewrite(html, drop_cdn_scripts, number_cells, focusable_code_cells, notebook_alts)
