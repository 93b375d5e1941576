"""Finishing touches on built pages, as plain functions on HTML text and on the site folder.

The site generator calls these (src/descent/pages/hook.py); none of them knows about MkDocs, so
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

from ..atomic import write_text

SEARCH_DIALOG = re.compile(r'<div class="md-search"(?![^>]*aria-label)([^>]*\brole="dialog")')
# Notebook code cells scroll sideways on a phone; a keyboard must be able to reach them.
CODE_CELL = re.compile(r'<div class="highlight-ipynb(?: [^"]*)?"(?![^>]*tabindex)')
IMG = re.compile(r"<img\b[^>]*>")
ATTRIBUTE = re.compile(r'\s([a-z-]+)="([^"]*)"')
FIGURE_SRC = re.compile(r"^(?:\.\./)*figures/([^/?#]+)$")
DATA_SRC = re.compile(r"^data:image/[a-z+]+;base64,(.*)$", re.DOTALL)
STYLE = re.compile(r"<style\b[^>]*>.*?</style>\s*", re.DOTALL)
NOTEBOOK_MARK = 'class="jupyter-wrapper"'
CLASS_ATTR = re.compile(r'\bclass="([^"]*)"')
ID_ATTR = re.compile(r'\bid="([^"]*)"')
# What a selector requires of the page: its classes and ids outside any brackets or parentheses
# (inside :not(), :is(), [attr=...] a name need not be present for the selector to match).
NESTED = re.compile(r"\[[^\[\]]*\]|\([^()]*\)|\"[^\"]*\"|'[^']*'")
REQUIRED = re.compile(r"([.#])(-?[_a-zA-Z][\w-]*)")
# Blocks of rules that are filtered rule by rule; every other at-rule is kept as it is.
GROUPING = {"media", "supports", "layer", "container"}
VAR = re.compile(r"var\(\s*(--[\w-]+)")
SHARED_STYLES = "assets/stylesheets/notebook.{digest}.css"
INLINE_IMAGE = re.compile(r'<img\b[^>]*\bsrc="data:image/(png|jpeg|gif|webp);base64,([^"]*)"[^>]*>')
NOTEBOOK_IMAGES = "assets/images/notebook/{digest}.{ext}"


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


def used_names(page: str) -> tuple[set[str], set[str]]:
    """The class names and ids that appear in a page's HTML."""
    classes = {name for value in CLASS_ATTR.findall(page) for name in value.split()}
    return classes, set(ID_ATTR.findall(page))


def selector_matches_names(selector: str, classes: set[str], ids: set[str]) -> bool:
    """Whether every class and id the selector requires is among the given ones.

    Conservative: a selector is kept when in doubt (escapes; names only inside :not() or
    attribute brackets; the theme's own md- classes, which its script adds at run time).
    """
    if "\\" in selector:
        return True
    stripped, previous = selector, None
    while stripped != previous:
        previous, stripped = stripped, NESTED.sub(" ", stripped)
    for kind, name in REQUIRED.findall(stripped):
        if name.startswith("md-"):
            continue
        if name not in (classes if kind == "." else ids):
            return False
    return True


def _split_selectors(prelude: str) -> list[str]:
    """A selector list split at its top-level commas (not those inside :is(...) and the like)."""
    parts, depth, start = [], 0, 0
    for at, char in enumerate(prelude):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(prelude[start:at])
            start = at + 1
    parts.append(prelude[start:])
    return [part.strip() for part in parts if part.strip()]


def prune_css(css: str, classes: set[str], ids: set[str], used_elsewhere: set[str] | None = None
              ) -> str:
    """The stylesheet without the selectors that can match nothing in pages using `classes` and
    `ids`; a rule whose selectors all go, goes, and so does an emptied @media block. What is
    kept keeps its order, so the cascade among the rules left is unchanged.

    With `used_elsewhere` (the custom properties the site's other stylesheets and pages read
    with var()), custom property declarations that nothing reads go as well: a property is
    read when those name it, or a kept declaration of this stylesheet does, directly or through
    another property.
    """
    import tinycss2


    def rules(nodes) -> list[str]:
        kept = []
        for node in nodes:
            if node.type == "qualified-rule":
                selectors = [selector for selector in
                             _split_selectors(tinycss2.serialize(node.prelude))
                             if selector_matches_names(selector, classes, ids)]
                if selectors:
                    kept.append(f"{','.join(selectors)}{{{tinycss2.serialize(node.content).strip()}}}")
            elif node.type == "at-rule":
                prelude = tinycss2.serialize(node.prelude).strip()
                if node.content is not None and node.at_keyword.lower() in GROUPING:
                    inner = rules(tinycss2.parse_rule_list(node.content, skip_comments=True,
                                                           skip_whitespace=True))
                    if inner:
                        kept.append(f"@{node.at_keyword} {prelude}{{\n" + "\n".join(inner) + "\n}")
                elif node.at_keyword.lower() != "charset":  # only valid first; it was mid-file
                    kept.append(tinycss2.serialize([node]).strip())
        return kept

    pruned = "\n".join(rules(tinycss2.parse_stylesheet(css, skip_comments=True,
                                                        skip_whitespace=True))) + "\n"
    return pruned if used_elsewhere is None else _drop_unread_properties(pruned, used_elsewhere)


def _drop_unread_properties(css: str, used_elsewhere: set[str]) -> str:
    """Drop the custom property declarations of top-level rules that nothing reads (those in
    @media blocks stay; they are few). Reads count everywhere, nested rules included."""
    import tinycss2

    def declarations(nodes):
        for node in nodes:
            if node.type == "qualified-rule":
                yield node, tinycss2.parse_declaration_list(node.content, skip_comments=True,
                                                            skip_whitespace=True)
            elif node.type == "at-rule" and node.content is not None \
                    and node.at_keyword.lower() in GROUPING:
                yield from declarations(tinycss2.parse_rule_list(node.content, skip_comments=True,
                                                                 skip_whitespace=True))

    nodes = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    read = set(used_elsewhere)
    custom: dict[str, set[str]] = {}  # property -> the properties its values read
    for _, items in declarations(nodes):
        for item in items:
            if item.type == "declaration":
                names = set(VAR.findall(tinycss2.serialize(item.value)))
                if item.name.startswith("--"):
                    custom.setdefault(item.name, set()).update(names)
                else:
                    read |= names
    queue = [name for name in read if name in custom]
    while queue:
        for name in custom.pop(queue.pop(), set()):
            if name not in read:
                read.add(name)
                queue.append(name)
    for node in nodes:
        if node.type == "qualified-rule":
            items = tinycss2.parse_declaration_list(node.content, skip_comments=True,
                                                    skip_whitespace=True)
            node.content = tinycss2.parse_component_value_list("".join(
                tinycss2.serialize([item]).strip().rstrip(";").rstrip() + ";" for item in items
                if item.type == "declaration" and (not item.name.startswith("--") or item.name in read)))
    return "\n".join(tinycss2.serialize([node]) for node in nodes) + "\n"


def serve_notebook_images(site: Path) -> list[Path]:
    """Serve the plots a notebook page inlines (base64 in its HTML) as files beside the site.

    Inlined, a page's plots are part of the HTML that must arrive before anything is drawn
    (the error-plane notebook: 250 KB); as files they come after the text, and all but the
    page's first plot lazily. Each file is named by its content's digest, so the same plot is
    one file and two builds give the same bytes. Returns the pages changed.
    """
    changed = []
    for path in sorted(site.rglob("*.html")):
        page = path.read_text(encoding="utf-8")
        if NOTEBOOK_MARK not in page or not INLINE_IMAGE.search(page):
            continue
        seen = 0

        def served(match: re.Match) -> str:
            nonlocal seen
            data = base64.b64decode(match[2])
            ext = "jpg" if match[1] == "jpeg" else match[1]
            file = site / NOTEBOOK_IMAGES.format(digest=hashlib.sha256(data).hexdigest()[:16], ext=ext)
            if not file.is_file():
                file.parent.mkdir(parents=True, exist_ok=True)
                file.write_bytes(data)
            href = Path(os.path.relpath(file, path.parent)).as_posix()
            tag = match[0].replace(f"data:image/{match[1]};base64,{match[2]}", href, 1)
            seen += 1
            if seen > 1 and "loading=" not in tag:
                end = -2 if tag.endswith("/>") else -1
                tag = tag[:end].rstrip() + ' loading="lazy"' + (" />" if end == -2 else ">")
            return tag

        path.write_text(INLINE_IMAGE.sub(served, page), encoding="utf-8", newline="\n")
        changed.append(path)
    return changed


def _pruned(css: str, classes: set[str], ids: set[str], used_elsewhere: set[str],
            cache: Path | None) -> str:
    """prune_css, kept in `cache` under the digest of all its inputs: a build that changes
    nothing does not parse ~600 KB of CSS again."""
    if cache is None:
        return prune_css(css, classes, ids, used_elsewhere)
    key = hashlib.sha256("\0".join([css, *sorted(classes), "#", *sorted(ids), "--",
                                     *sorted(used_elsewhere)]).encode("utf-8")).hexdigest()
    kept = cache / f"{key[:32]}.css"
    if kept.is_file():
        return kept.read_text(encoding="utf-8")
    pruned = prune_css(css, classes, ids, used_elsewhere)
    cache.mkdir(parents=True, exist_ok=True)
    write_text(kept, pruned)
    return pruned


def share_notebook_styles(site: Path, cache: Path | None = None) -> list[Path]:
    """Move the style blocks every notebook page inlines (~600 KB) into one shared stylesheet,
    pruned to the rules that can match something on those pages (prune_css).

    The blocks of a page are joined in their order into assets/stylesheets/notebook.<digest>.css
    (the digest of the content: same content, same name, so two builds give the same bytes) and
    the page links it at the end of its <head>, where it keeps its place in the cascade: the
    blocks followed every stylesheet of the head. With `cache`, a pruning is computed once per
    version of its inputs. Returns the pages changed.
    """
    found = []  # (path, page, index of </head>, css)
    for path in sorted(site.rglob("*.html")):
        page = path.read_text(encoding="utf-8")
        if NOTEBOOK_MARK not in page or "</head>" not in page:
            continue
        head_end = page.index("</head>")
        blocks = STYLE.findall(page[head_end:])
        if not blocks:
            continue
        css = "\n".join(re.sub(r"^<style\b[^>]*>|</style>\s*$", "", block.strip()).strip()
                        for block in blocks) + "\n"
        found.append((path, page, head_end, css))
    # Pages that inline the same styles share one file, pruned to what those pages use.
    names: dict[str, tuple[set[str], set[str]]] = {}
    for _, page, head_end, css in found:
        classes, ids = names.setdefault(css, (set(), set()))
        page_classes, page_ids = used_names(STYLE.sub("", page))
        classes |= page_classes
        ids |= page_ids
    # Custom properties the theme's and our stylesheets (and inline styles) read.
    used_elsewhere = set()
    for sheet in sorted(site.rglob("*.css")):
        if not sheet.name.startswith("notebook."):
            used_elsewhere |= set(VAR.findall(sheet.read_text(encoding="utf-8")))
    for _, page, _, _ in found:
        used_elsewhere |= set(VAR.findall(STYLE.sub("", page)))
    pruned_of: dict[str, str] = {}  # pages that inline the same styles: pruned once
    changed = []
    for path, page, head_end, css in found:
        if css not in pruned_of:
            pruned_of[css] = _pruned(css, *names[css], used_elsewhere, cache)
        pruned = pruned_of[css]
        digest = hashlib.sha256(pruned.encode("utf-8")).hexdigest()[:8]
        shared = site / SHARED_STYLES.format(digest=digest)
        if not shared.is_file() or shared.read_text(encoding="utf-8") != pruned:
            shared.parent.mkdir(parents=True, exist_ok=True)
            shared.write_text(pruned, encoding="utf-8", newline="\n")
        href = Path(os.path.relpath(shared, path.parent)).as_posix()
        link = f'<link rel="stylesheet" href="{href}">\n'
        body = page[head_end:]
        path.write_text(page[:head_end] + link + STYLE.sub("", body), encoding="utf-8", newline="\n")
        changed.append(path)
    if cache is not None and cache.is_dir():  # only the versions this build used are kept
        for old in cache.glob("*.css"):
            if old.read_text(encoding="utf-8") not in pruned_of.values():
                old.unlink(missing_ok=True)
    return changed
