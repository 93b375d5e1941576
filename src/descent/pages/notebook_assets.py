"""Serve what notebook pages inline as files beside the site: their style blocks as one shared,
pruned stylesheet, their plots as images.

Plain functions on the built site folder; pages are edited as tokens (html_rewrite), so only
the tags moved change, and written atomically. A second pass finds nothing left to move.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import re
from pathlib import Path

from PIL import Image

from ..files.atomic import atomic, write_text
from . import css_pruning
from .html_rewrite import Token, element_end, joined, tokens

DATA_SRC = re.compile(r"^data:image/([a-z+]+);base64,(.*)$", re.DOTALL)  # (type, base64 data)
NOTEBOOK_CLASS = "jupyter-wrapper"  # the element nbconvert wraps a notebook in
SHARED_STYLES = "assets/stylesheets/notebook.{digest}.css"
SERVED = {"png": "png", "jpeg": "jpg", "gif": "gif", "webp": "webp"}  # image type: file name ending
NOTEBOOK_IMAGES = "assets/images/notebook/{digest}.{ext}"


def _notebook_pages(site: Path, needs: str) -> list[tuple[Path, list[Token]]]:
    """The site's notebook pages whose text holds `needs` (in any case), each with its tokens."""
    found = []
    for path in sorted(site.rglob("*.html")):
        page = path.read_text(encoding="utf-8")
        if NOTEBOOK_CLASS not in page or needs not in page.lower():  # most pages: not parsed
            continue
        parsed = tokens(page)
        if any(token.kind == "start" and NOTEBOOK_CLASS in token.classes() for token in parsed):
            found.append((path, parsed))
    return found


def used_names(found: list[Token]) -> tuple[set[str], set[str]]:
    """The class names and ids of a page's tags."""
    classes, ids = set(), set()
    for token in found:
        if token.kind == "start":
            classes.update(token.classes())
            if token.has("id"):
                ids.add(token.get("id"))
    return classes, ids


def _body_styles(found: list[Token]) -> list[tuple[int, int]]:
    """The (start, end) token indexes of each <style> element after the page's </head>."""
    head_end = next((index for index, token in enumerate(found) if token.is_end("head")), None)
    if head_end is None:
        return []
    return [(index, end) for index, end in _styles(found) if index > head_end]


def _styles(found: list[Token]) -> list[tuple[int, int]]:
    """The (start, end) token indexes of each closed <style> element of a page."""
    ends = [(index, element_end(found, index)) for index, token in enumerate(found)
            if token.is_start("style")]
    return [(index, end) for index, end in ends if end > index]


def _without_styles(found: list[Token]) -> str:
    """The page without the content of its <style> elements."""
    inside = {at for index, end in _styles(found) for at in range(index + 1, end)}
    return "".join(token.text for at, token in enumerate(found) if at not in inside)


def share_notebook_styles(site: Path, cache: Path | None = None) -> list[Path]:
    """Move the style blocks every notebook page inlines (~600 KB) into one shared stylesheet,
    pruned to the rules that can match something on those pages (css_pruning).

    The blocks of a page are joined in their order into assets/stylesheets/notebook.<digest>.css
    (the digest of the content: same content, same name, so two builds give the same bytes) and
    the page links it at the end of its <head>, where it keeps its place in the cascade: the
    blocks followed every stylesheet of the head. With `cache`, a pruning is computed once per
    version of its inputs. Returns the pages changed.
    """
    found = []  # (path, tokens, css)
    for path, parsed in _notebook_pages(site, "<style"):
        styles = _body_styles(parsed)
        if not styles:
            continue
        css = "\n".join(joined(parsed[start + 1:end]).strip() for start, end in styles) + "\n"
        for start, end in styles:  # the blocks go, and the whitespace after each
            for token in parsed[start:end + 1]:
                token.clear()
            if end + 1 < len(parsed) and parsed[end + 1].kind == "text":
                parsed[end + 1].text = parsed[end + 1].text.lstrip()
        found.append((path, parsed, css))
    # Pages that inline the same styles share one file, pruned to what those pages use.
    names: dict[str, tuple[set[str], set[str]]] = {}
    for _, parsed, css in found:
        classes, ids = names.setdefault(css, (set(), set()))
        page_classes, page_ids = used_names(parsed)
        classes |= page_classes
        ids |= page_ids
    # Custom properties the theme's and our stylesheets (and the pages outside those blocks) read.
    used_elsewhere = set()
    for sheet in sorted(site.rglob("*.css")):
        if not sheet.name.startswith("notebook."):
            used_elsewhere |= css_pruning.read_properties(sheet.read_text(encoding="utf-8"))
    for _, parsed, _ in found:
        used_elsewhere |= css_pruning.read_properties(_without_styles(parsed))
    pruned_of: dict[str, str] = {}  # pages that inline the same styles: pruned once
    changed = []
    for path, parsed, css in found:
        if css not in pruned_of:
            pruned_of[css] = css_pruning.cached_prune(css, *names[css], used_elsewhere, cache)
        pruned = pruned_of[css]
        digest = hashlib.sha256(pruned.encode("utf-8")).hexdigest()[:8]
        shared = site / SHARED_STYLES.format(digest=digest)
        if not shared.is_file() or shared.read_text(encoding="utf-8") != pruned:
            shared.parent.mkdir(parents=True, exist_ok=True)
            write_text(shared, pruned)
        href = Path(os.path.relpath(shared, path.parent)).as_posix()
        head_end = next(token for token in parsed if token.is_end("head"))
        head_end.text = f'<link rel="stylesheet" href="{href}">\n' + head_end.text
        write_text(path, joined(parsed))
        changed.append(path)
    if cache is not None:
        css_pruning.keep_only(cache, set(pruned_of.values()))
    return changed


def serve_notebook_images(site: Path) -> list[Path]:
    """Serve the plots a notebook page inlines (base64 in its HTML) as files beside the site.

    Inlined, a page's plots are part of the HTML that must arrive before anything is drawn
    (the error-plane notebook: 250 KB); as files they come after the text, and all but the
    page's first plot lazily. Each gets its width and height (unless it says one), so the page
    keeps its place before it arrives. Each file is named by its content's digest, so the same plot is
    one file and two builds give the same bytes. Returns the pages changed.
    """
    changed = []
    for path, parsed in _notebook_pages(site, "data:image/"):
        seen = 0
        for token in parsed:
            inline = DATA_SRC.match(token.get("src") or "") if token.is_start("img") else None
            if not inline or inline[1] not in SERVED:
                continue
            data, ext = base64.b64decode(inline[2]), SERVED[inline[1]]
            digest = hashlib.sha256(data).hexdigest()[:16]
            file = site / NOTEBOOK_IMAGES.format(digest=digest, ext=ext)
            if not file.is_file():
                file.parent.mkdir(parents=True, exist_ok=True)
                with atomic(file) as temp:
                    temp.write_bytes(data)
            token.set("src", Path(os.path.relpath(file, path.parent)).as_posix())
            if not token.has("width") and not token.has("height"):
                with Image.open(io.BytesIO(data)) as image:
                    token.set("width", str(image.width))
                    token.set("height", str(image.height))
            seen += 1
            if seen > 1 and not token.has("loading"):
                token.set("loading", "lazy")
        if seen:
            write_text(path, joined(parsed))
            changed.append(path)
    return changed
