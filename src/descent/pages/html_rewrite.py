"""HTML as a list of tokens that keep their source text: edit a few, join them all, and every
byte of the rest is as it was.

The standard library's tokenizer (html.parser) finds the tokens: start and end tags, text,
comments and declarations; the content of a <script> or <style> is one text token, never tags.
A start tag's attributes are read from its own text the way that tokenizer reads them (in any
order, names in any case, values quoted with " or ' or not at all, character references
decoded), so an edit can change or add one attribute and leave the others, and how they are
written, alone.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from html.parser import HTMLParser
from itertools import accumulate
from typing import Callable

SPACE = " \t\n\r\f"  # HTML's whitespace


@dataclass(frozen=True)
class Attribute:
    name: str   # lower-case
    value: str  # decoded; "" for an attribute without a value (<input disabled>)
    start: int  # where it begins and ends in its tag's text
    end: int


def _scan(tag: str) -> tuple[list[Attribute], int]:
    """The attributes of a start tag's text, and where the last one ends (or the tag's name)."""
    size, at = len(tag), 1
    while at < size and tag[at] not in SPACE and tag[at] not in "/>":
        at += 1
    found, last = [], at
    while True:
        while at < size and (tag[at] in SPACE or tag[at] == "/"):
            at += 1
        if at >= size or tag[at] == ">":
            return found, last
        start = at
        at += 1  # a name may begin with "=" or a quote
        while at < size and tag[at] not in SPACE and tag[at] not in "/>=":
            at += 1
        name, value, after = tag[start:at].lower(), "", at
        while after < size and tag[after] in SPACE:
            after += 1
        if after < size and tag[after] == "=":
            after += 1
            while after < size and tag[after] in SPACE:
                after += 1
            if after < size and tag[after] in "\"'":
                close = tag.find(tag[after], after + 1)
                close = size if close < 0 else close
                value, at = tag[after + 1:close], min(close + 1, size)
            else:
                end = after
                while end < size and tag[end] not in SPACE and tag[end] != ">":
                    end += 1
                value, at = tag[after:end], end
        found.append(Attribute(name, html.unescape(value), start, at))
        last = at


def escape(value: str) -> str:
    """An attribute value to write between double quotes."""
    return html.escape(value, quote=False).replace('"', "&quot;")


class Token:
    """One piece of a page. `kind` is "start", "end", "text", "comment" or "other", or "markup"
    for what an edit put in a token's place; `name` is a tag's lower-case name ("" for the
    rest); `text` is its source text, or what an edit wrote."""

    __slots__ = ("kind", "name", "text", "_scanned")

    def __init__(self, kind: str, name: str, text: str):
        self.kind, self.name, self.text = kind, name, text
        self._scanned: tuple[str, list[Attribute], int] | None = None

    def __repr__(self) -> str:
        return f"Token({self.kind!r}, {self.name!r}, {self.text[:60]!r})"

    def is_start(self, name: str) -> bool:
        return self.kind == "start" and self.name == name

    def is_end(self, name: str) -> bool:
        return self.kind == "end" and self.name == name

    def _scan(self) -> tuple[list[Attribute], int]:
        if self._scanned is None or self._scanned[0] != self.text:
            self._scanned = (self.text, *_scan(self.text))
        return self._scanned[1], self._scanned[2]

    @property
    def attributes(self) -> list[Attribute]:
        """A start tag's attributes in their order (none for other tokens)."""
        return self._scan()[0] if self.kind == "start" else []

    def attribute(self, name: str) -> Attribute | None:
        """The first attribute of that name: the one a browser keeps."""
        return next((found for found in self.attributes if found.name == name), None)

    def get(self, name: str, default: str | None = None) -> str | None:
        found = self.attribute(name)
        return default if found is None else found.value

    def has(self, name: str) -> bool:
        return self.attribute(name) is not None

    def classes(self) -> list[str]:
        return (self.get("class") or "").split()

    def raw(self, name: str) -> str | None:
        """An attribute as the page writes it (`alt='a b'`), or None."""
        found = self.attribute(name)
        return None if found is None else self.text[found.start:found.end]

    def set(self, name: str, value: str, after: str | None = None) -> None:
        """Give the tag `name="value"`: in the place of that attribute if it has one (its
        spelling kept), else right after the attribute `after` if it has that one, else last."""
        found, last = self._scan()
        written = f'="{escape(value)}"'
        for attribute in found:
            if attribute.name == name:
                if attribute.value != value:
                    spelled = self.text[attribute.start:attribute.start + len(name)]
                    self.text = (self.text[:attribute.start] + spelled + written
                                 + self.text[attribute.end:])
                return
        at = next((attribute.end for attribute in found if attribute.name == after), None)
        if at is not None:
            self.text = f"{self.text[:at]} {name}{written}{self.text[at:]}"
            return
        end = self.text[last:]
        end = {"/>": " />", ">": ">"}.get(end.strip(SPACE), end)
        self.text = f"{self.text[:last]} {name}{written}{end}"

    def remove(self, name: str) -> None:
        """Take the attribute `name` (every copy of it) and the space before it out of the tag."""
        for attribute in reversed(self.attributes):
            if attribute.name == name:
                start = len(self.text[:attribute.start].rstrip(SPACE))
                self.text = self.text[:start] + self.text[attribute.end:]

    def replace(self, markup: str) -> None:
        """Put `markup` in the token's place; it is not read as tags again."""
        self.kind, self.name, self.text = "markup", "", markup

    def clear(self) -> None:
        """Take the token out of the page."""
        self.replace("")


class _Tokenizer(HTMLParser):
    """Notes where each token starts; the text between two starts is the first one's."""

    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.page = page
        self.found: list[tuple[int, int, str, str, str | None]] = []  # line, column, kind, name, own text

    def handle_starttag(self, tag, attrs):
        self.found.append((self.lineno, self.offset, "start", tag, self.get_starttag_text()))

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        self.found.append((self.lineno, self.offset, "end", tag, None))

    def handle_data(self, data):
        self.found.append((self.lineno, self.offset, "text", "", None))

    def handle_comment(self, data):
        self.found.append((self.lineno, self.offset, "comment", "", None))

    def handle_decl(self, decl):
        self.found.append((self.lineno, self.offset, "other", "", None))

    handle_pi = unknown_decl = handle_decl

    def tokens(self) -> list[Token]:
        page = self.page
        self.feed(page)
        self.close()
        lines = [0, *accumulate(len(line) + 1 for line in page.split("\n"))]
        starts = [lines[line - 1] + column for line, column, *_ in self.found]
        if not starts or starts[0] > 0:  # nothing is passed over, but should it be: text
            starts.insert(0, 0)
            self.found.insert(0, (1, 0, "text", "", None))
        ends = starts[1:]
        ends.append(len(page))
        tokens, add = [], list.append
        for (_, _, kind, name, own), start, end in zip(self.found, starts, ends):
            text = page[start:end]
            if kind == "end":  # what the tokenizer passes over silently (</>) is text
                own = text[:text.find(">") + 1] or None
            if own is not None and len(own) < len(text):
                add(tokens, Token(kind, name, own))
                add(tokens, Token("text", "", text[len(own):]))
            else:
                add(tokens, Token(kind, name, text))
        return [token for token in tokens if token.text]


def tokens(page: str) -> list[Token]:
    """The page's tokens; "".join of their texts is the page."""
    return _Tokenizer(page).tokens()


def joined(found: list[Token]) -> str:
    return "".join(token.text for token in found)


def rewrite(page: str, *edits: Callable[[list[Token]], None]) -> str:
    """The page after each edit, in order, on its tokens (it is parsed once)."""
    found = tokens(page)
    for edit in edits:
        edit(found)
    return joined(found)


def element_end(found: list[Token], index: int) -> int:
    """The index of the end tag that closes the start tag at `index` (tags of the same name
    nested in it counted), or `index` itself when there is none."""
    name, depth = found[index].name, 0
    for at in range(index, len(found)):
        if found[at].is_start(name):
            depth += 1
        elif found[at].is_end(name):
            depth -= 1
            if depth == 0:
                return at
    return index


def text_of(found: list[Token]) -> str:
    """The decoded text of these tokens' text tokens."""
    return html.unescape("".join(token.text for token in found if token.kind == "text"))
