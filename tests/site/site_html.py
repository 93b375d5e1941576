"""Small readers for the built HTML: resource references and rendered code listings."""

from __future__ import annotations

import html
import re
import textwrap
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class References(HTMLParser):
    """Every (tag, attribute, value, rel) a browser may fetch from, and every <img> with its alt."""

    FETCHED = {("script", "src"), ("img", "src"), ("source", "src"), ("source", "srcset"),
               ("iframe", "src"), ("video", "src"), ("audio", "src"), ("embed", "src"),
               ("object", "data"), ("link", "href"), ("img", "srcset"), ("input", "src")}
    # <link> relations that load nothing (navigation hints a reader's browser never fetches).
    NOT_FETCHED_REL = {"canonical", "prev", "next", "alternate", "author", "license"}

    def __init__(self):
        super().__init__()
        self.fetched: list[tuple[str, str, str]] = []
        self.images: list[dict] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        rel = set((attrs.get("rel") or "").split())
        for (t, attribute) in self.FETCHED:
            if t == tag and attrs.get(attribute):
                if tag == "link" and rel and rel <= self.NOT_FETCHED_REL:
                    continue
                self.fetched.append((tag, attribute, attrs[attribute]))
        if tag == "img":
            self.images.append(attrs)
        if attrs.get("style"):
            self.styles.append(attrs["style"])
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)


def references(page: Path) -> References:
    parser = References()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def is_remote(url: str) -> bool:
    return bool(re.match(r"\s*(https?:)?//", url, re.IGNORECASE))


REMOTE_CSS = re.compile(r"(url\(\s*['\"]?|@import\s+['\"]?)(https?:)?//", re.IGNORECASE)

_SPAN = re.compile(r'<span id="__span-(\d+)-(\d+)">')


def listings(page: Path) -> dict[int, list[str]]:
    """The code blocks of a page as plain text lines, keyed by their block number."""
    text = page.read_text(encoding="utf-8")
    marks = list(_SPAN.finditer(text))
    blocks: dict[int, list[str]] = {}
    for mark, following in zip(marks, [*marks[1:], None]):
        end = following.start() if following else len(text)
        chunk = text[mark.end():end].split("</code>")[0]
        line = html.unescape(re.sub(r"<[^>]+>", "", chunk)).rstrip("\n")
        blocks.setdefault(int(mark[1]), []).append(line.rstrip())
    return blocks


def snippet_section(path: str, section: str) -> list[str]:
    """A named snippet section as pymdownx.snippets includes it (markers dropped, dedented)."""
    lines = (ROOT / path).read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if f"[start:{section}]" in line)
    end = next(i for i, line in enumerate(lines) if f"[end:{section}]" in line)
    body = [line for line in lines[start + 1:end] if "--8<-- [" not in line]
    return [line.rstrip() for line in textwrap.dedent("\n".join(body)).splitlines()]
