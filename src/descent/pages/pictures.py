"""Serve each figure in the reader's look: light or dark by the site's scheme, phone or desktop
by the screen's width; an animation starts as its still picture and plays (WebP) on request.

An edit of a page's tokens (html_rewrite): every <img> of a registry figure becomes two
<picture>s (light and dark; CSS shows the one matching the palette toggle), each with a phone
<source>, inside a link that opens the figure full size. The <img> keeps every attribute it had
but those written here. Width and height come from the files, so the page does not jump as
images load; all but the page's first figure load lazily, and that one is fetched with high
priority. An <img> already in a <picture> is left as it is, so a second pass changes nothing.
"""

from __future__ import annotations

import base64
import io
import re
from pathlib import Path

from PIL import Image

from .html_rewrite import Token

SRC = re.compile(r"^(?P<prefix>(?:\.\./)*)figures/(?P<name>[^/.]+)\.(?P<ext>png|gif)$")
FIGURE_SRC = re.compile(r"^(?:\.\./)*figures/([^/?#]+)$")
DATA_SRC = re.compile(r"^data:image/([a-z+]+);base64,(.*)$", re.DOTALL)  # (type, base64 data)
PHONE = "(max-width: 599px)"
WRITTEN = {"src", "alt", "width", "height", "loading", "fetchpriority"}  # what _picture writes


def image_size(src: str, figures: Path) -> tuple[int, int] | None:
    """(width, height) of a figure file or an inline data: image, from its header; else None."""
    figure, data = FIGURE_SRC.match(src), DATA_SRC.match(src)
    if figure and (figures / figure.group(1)).is_file():
        with Image.open(figures / figure.group(1)) as image:
            return image.size
    if data:
        with Image.open(io.BytesIO(base64.b64decode(data.group(2)))) as image:
            return image.size
    return None


def _dims(path: Path) -> str:
    found = image_size(f"figures/{path.name}", path.parent) if path.is_file() else None
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
        size = image_size(f"figures/{animation}", folder)
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


def pictures(tokens: list[Token], folder: Path, known: set[str]) -> None:
    """Rewrite the page's figure images (names in `known`, files in `folder`)."""
    first, in_picture = True, 0
    for token in tokens:
        if token.is_start("picture"):
            in_picture += 1
        elif token.is_end("picture"):
            in_picture = max(in_picture - 1, 0)
        if not token.is_start("img") or in_picture:
            continue
        match = SRC.match(token.get("src") or "")
        if not match or match["name"] not in known \
                or not (folder / f"{match['name']}-dark.{match['ext']}").is_file():
            continue
        # Every other attribute as the page wrote it (class, title, data-*, ...), in its order.
        alt = token.raw("alt") or 'alt=""'
        rest = "".join(f" {token.text[attribute.start:attribute.end]}"
                       for attribute in token.attributes if attribute.name not in WRITTEN)
        lazy_light, first = not first, False
        args = (match["prefix"], match["name"], match["ext"])
        token.replace(_picture(*args, "", alt, rest, lazy_light, folder)
                      + _picture(*args, "-dark", alt, rest, True, folder))
