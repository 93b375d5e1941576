"""Finishing touches on built pages, as plain functions on HTML text and on the site folder.

The site generator calls these (src/descent/build/hook.py); none of them knows about MkDocs, so
they carry over to any generator that writes HTML files.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import re
from pathlib import Path

from PIL import Image

SEARCH_DIALOG = re.compile(r'<div class="md-search"(?![^>]*aria-label)([^>]*\brole="dialog")')
# Notebook code cells scroll sideways on a phone; a keyboard must be able to reach them.
CODE_CELL = re.compile(r'<div class="highlight-ipynb(?: [^"]*)?"(?![^>]*tabindex)')
IMG = re.compile(r"<img\b[^>]*>")
ATTRIBUTE = re.compile(r'\s([a-z-]+)="([^"]*)"')
FIGURE_SRC = re.compile(r"^(?:\.\./)*figures/([^/?#]+)$")
DATA_SRC = re.compile(r"^data:image/[a-z+]+;base64,(.*)$", re.DOTALL)
STYLE = re.compile(r"<style\b[^>]*>.*?</style>\s*", re.DOTALL)
NOTEBOOK_MARK = 'class="jupyter-wrapper"'
SHARED_STYLES = "assets/stylesheets/notebook.{digest}.css"


def label_search_dialog(page: str) -> str:
    """The theme's search dialog has role="dialog" but no name: call it "Search"."""
    return SEARCH_DIALOG.sub(r'<div class="md-search" aria-label="Search"\1', page, count=1)


def focusable_code_cells(page: str) -> str:
    """Let the keyboard reach (and so scroll) every notebook code cell."""
    return CODE_CELL.sub(lambda match: match.group(0) + ' tabindex="0"', page)


def image_size(src: str, figures: Path) -> tuple[int, int] | None:
    """(width, height) of a figure file or an inline data: image, from its header; else None."""
    figure, data = FIGURE_SRC.match(src), DATA_SRC.match(src)
    if figure and (figures / figure.group(1)).is_file():
        with Image.open(figures / figure.group(1)) as image:
            return image.size
    if data:
        with Image.open(io.BytesIO(base64.b64decode(data.group(1)))) as image:
            return image.size
    return None


def size_images(page: str, figures: Path) -> str:
    """Give every figure image its width and height; all but the first load lazily.

    With both sizes the browser keeps the image's place before it arrives (no layout shift);
    the theme's CSS still scales it to the column. Images that already say so are left alone.
    """
    figures_seen = 0

    def sized(match: re.Match) -> str:
        nonlocal figures_seen
        tag = match.group(0)
        attributes = dict(ATTRIBUTE.findall(tag))
        src = attributes.get("src", "")
        size = image_size(src, figures)
        if size is None:
            return tag
        added = []
        if "width" not in attributes and "height" not in attributes:
            added.append(f'width="{size[0]}" height="{size[1]}"')
        if FIGURE_SRC.match(src):
            figures_seen += 1
            if figures_seen > 1 and "loading" not in attributes:
                added.append('loading="lazy"')
        if not added:
            return tag
        end = -2 if tag.endswith("/>") else -1
        return tag[:end].rstrip() + " " + " ".join(added) + (" />" if end == -2 else ">")

    return IMG.sub(sized, page)


NOTEBOOK_CELL = re.compile(r'(?=<div class="jp-Cell )')
PLACEHOLDER_ALT = 'alt="No description has been provided for this image"'
SAID_ALT = re.compile(r'<span class="c1"># alt: ([^<]*)</span>')


def notebook_alts(page: str) -> str:
    """A notebook plot's alt text is its cell's `# alt: …` comment, not nbconvert's placeholder.

    The comment sits in the code a reader sees and downloads, next to the plot it describes.
    """
    cells = NOTEBOOK_CELL.split(page)
    for index, cell in enumerate(cells):
        said = SAID_ALT.search(cell)
        if said and PLACEHOLDER_ALT in cell:
            cells[index] = cell.replace(PLACEHOLDER_ALT, f'alt="{said.group(1).strip()}"')
    return "".join(cells)


def readable(page: str, figures: Path) -> str:
    """Every per-page step above, in order."""
    page = notebook_alts(focusable_code_cells(label_search_dialog(page)))
    return size_images(page, figures)


def share_notebook_styles(site: Path) -> list[Path]:
    """Move the style blocks every notebook page inlines (~600 KB) into one shared stylesheet.

    The blocks of a page are joined in their order into assets/stylesheets/notebook.<digest>.css
    (the digest of the content: same content, same name, so two builds give the same bytes) and
    the page links it at the end of its <head>, where it keeps its place in the cascade: the
    blocks followed every stylesheet of the head. Returns the pages changed.
    """
    changed = []
    for path in sorted(site.rglob("*.html")):
        page = path.read_text(encoding="utf-8")
        if NOTEBOOK_MARK not in page or "</head>" not in page:
            continue
        head_end = page.index("</head>")
        body = page[head_end:]
        blocks = STYLE.findall(body)
        if not blocks:
            continue
        css = "\n".join(re.sub(r"^<style\b[^>]*>|</style>\s*$", "", block.strip()).strip()
                        for block in blocks) + "\n"
        digest = hashlib.sha256(css.encode("utf-8")).hexdigest()[:8]
        shared = site / SHARED_STYLES.format(digest=digest)
        if not shared.is_file() or shared.read_text(encoding="utf-8") != css:
            shared.parent.mkdir(parents=True, exist_ok=True)
            shared.write_text(css, encoding="utf-8", newline="\n")
        href = Path(os.path.relpath(shared, path.parent)).as_posix()
        link = f'<link rel="stylesheet" href="{href}">\n'
        path.write_text(page[:head_end] + link + STYLE.sub("", body), encoding="utf-8", newline="\n")
        changed.append(path)
    return changed
