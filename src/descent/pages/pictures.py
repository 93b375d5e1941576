"""Serve each figure in the reader's look: light or dark by the site's scheme, phone or desktop
by the screen's width; an animation starts as its still picture and plays (WebP) on request.

A Markdown extension: once a page's tree is built (after MkDocs has made its links relative),
every <img> of a registry figure becomes two <picture>s (light and dark; CSS shows the one
matching the palette toggle), each with a phone <source>, inside a link that opens the figure
full size. The <img> keeps every attribute Markdown gave it but those written here. Width and
height come from the files, so the page does not jump as images load; all but the page's first
figure load lazily, and that one is fetched with high priority.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from xml.etree.ElementTree import Element

from markdown import Extension, Markdown
from markdown.serializers import to_html_string
from markdown.treeprocessors import Treeprocessor
from PIL import Image

from .html_rewrite import tokens

SRC = re.compile(r"^(?P<prefix>(?:\.\./)*)figures/(?P<name>[^/.]+)\.(?P<ext>png|gif)$")
PHONE = "(max-width: 599px)"
WRITTEN = {"src", "alt", "width", "height", "loading", "fetchpriority"}  # what _picture writes
# After MkDocs's own tree processors (priority 0): links made relative, escapes resolved.
PRIORITY = -1


def image_size(path: Path) -> tuple[int, int] | None:
    """(width, height) of an image file, from its header; None when there is no such file."""
    if not path.is_file():
        return None
    with Image.open(path) as image:
        return image.size


def _dims(path: Path) -> str:
    found = image_size(path)
    return f' width="{found[0]}" height="{found[1]}"' if found else ""


def _picture(prefix: str, name: str, ext: str, look: str, alt: str, rest: str, lazy: bool,
             folder: Path) -> str:
    def url(file: str) -> str:
        return f"{prefix}figures/{file}"

    file = f"{name}{look}.{ext}"
    animation = f"{name}-anim{look}.webp"
    still = f"{name}-still{look}.png"
    phone = f"{name}{'-phone' if not look else '-phone-dark'}.{ext}"
    shown, extra = file, ""
    if (folder / animation).is_file() and (folder / still).is_file():
        # An animation starts as its still picture: it costs no bytes and no motion until the
        # reader asks for it (docs/javascripts/figures.js adds the button that plays it).
        shown = still
        phone = f"{name}-still{'-phone' if not look else '-phone-dark'}.png"
        extra = f' data-animation="{url(animation)}"'
        size = image_size(folder / animation)
        if size:
            extra += f' data-animation-width="{size[0]}" data-animation-height="{size[1]}"'
    sources = []
    if (folder / phone).is_file():
        sources.append(f'<source media="{PHONE}" srcset="{url(phone)}"{_dims(folder / phone)}>')
    # The page's first figure is often its largest paint: fetch it ahead of the theme's script.
    loading = ' loading="lazy"' if lazy else ' fetchpriority="high"'
    image = f'<img {alt} src="{url(shown)}"{_dims(folder / shown)}{loading}{rest}>'
    which = "dark" if look else "light"
    return (f'<a class="figure-look figure-look--{which}" href="{url(file)}" '
            f'title="Open the figure full size"><picture{extra}>{"".join(sources)}{image}</picture></a>')


def pictures_html(img: Element, folder: Path, known: set[str], first: bool,
                  serialize: Callable[[Element], str] = to_html_string) -> str | None:
    """The two pictures of a figure's <img> element, or None when it is no known figure (names
    in `known`, a dark look in `folder`). Its attributes are written as `serialize` (the page's
    Markdown serializer) writes them."""
    match = SRC.match(img.get("src") or "")
    if not match or match["name"] not in known \
            or not (folder / f"{match['name']}-dark.{match['ext']}").is_file():
        return None
    bare = Element(img.tag, dict(img.items()))  # without its tail
    (tag,) = tokens(serialize(bare))
    alt = tag.raw("alt") or 'alt=""'
    rest = "".join(f" {tag.text[attribute.start:attribute.end]}"
                   for attribute in tag.attributes if attribute.name not in WRITTEN)
    args = (match["prefix"], match["name"], match["ext"])
    return (_picture(*args, "", alt, rest, not first, folder)
            + _picture(*args, "-dark", alt, rest, True, folder))


class FigurePictures(Treeprocessor):
    """Each figure <img> of a page replaced by its pictures, stashed as raw HTML."""

    def __init__(self, md: Markdown, folder: Path, known: Callable[[], set[str]]):
        super().__init__(md)
        self.folder, self.known = folder, known

    def run(self, root: Element) -> None:
        known, first = self.known(), True
        parents = {child: parent for parent in root.iter() for child in parent}
        for img in list(root.iter("img")):
            html = pictures_html(img, self.folder, known, first, self.md.serializer)
            if html is None:
                continue
            first = False
            parent = parents[img]
            at = list(parent).index(img)
            text = self.md.htmlStash.store(html) + (img.tail or "")
            if at:
                parent[at - 1].tail = (parent[at - 1].tail or "") + text
            else:
                parent.text = (parent.text or "") + text
            parent.remove(img)


class Pictures(Extension):
    """The Markdown extension: figures of `folder`, those whose names `known()` gives."""

    def __init__(self, folder: Path, known: Callable[[], set[str]]):
        super().__init__()
        self.folder, self.known = Path(folder), known

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Markdown's name
        md.treeprocessors.register(FigurePictures(md, self.folder, self.known), "figure_pictures",
                                   PRIORITY)
