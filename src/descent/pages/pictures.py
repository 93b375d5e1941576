"""Serve each figure in the reader's look: light or dark by the site's scheme, phone or desktop
by the screen's width; an animation starts as its still picture and plays (WebP) on request.

A plain function on a page's HTML: every <img> of a registry figure becomes two <picture>s
(light and dark; CSS shows the one matching the palette toggle), each with a phone <source>,
inside a link that opens the figure full size. Width and height come from the files, so the
page does not jump as images load; all but the page's first figure load lazily, and that
one is fetched with high priority.
"""

from __future__ import annotations

import re
from pathlib import Path

from .page_html import image_size

IMG = re.compile(r"<img\b[^>]*>")
ATTRIBUTE = re.compile(r'\s([a-z-]+)="([^"]*)"')
SRC = re.compile(r"^(?P<prefix>(?:\.\./)*)figures/(?P<name>[^/.]+)\.(?P<ext>png|gif)$")
PHONE = "(max-width: 599px)"


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
    image = f'<img alt="{alt}" src="{url(shown)}"{_dims(folder / shown)}{loading}{rest}>'
    which = "dark" if look else "light"
    return (f'<a class="figure-look figure-look--{which}" href="{url(file)}" '
            f'title="Open the figure full size"><picture{extra}>{"".join(sources)}{image}</picture></a>')


def pictures(content: str, folder: Path, known: set[str]) -> str:
    """Rewrite the page's figure images (names in `known`, files in `folder`)."""
    first = [True]

    def rewrite(tag: re.Match) -> str:
        attributes = dict(ATTRIBUTE.findall(tag[0]))
        match = SRC.match(attributes.pop("src", ""))
        if not match or match["name"] not in known \
                or not (folder / f"{match['name']}-dark.{match['ext']}").is_file():
            return tag[0]
        alt = attributes.pop("alt", "")
        rest = "".join(f' {key}="{value}"' for key, value in attributes.items())
        lazy_light, first[0] = not first[0], False
        args = (match["prefix"], match["name"], match["ext"])
        return (_picture(*args, "", alt, rest, lazy_light, folder)
                + _picture(*args, "-dark", alt, rest, True, folder))

    return IMG.sub(rewrite, content)

