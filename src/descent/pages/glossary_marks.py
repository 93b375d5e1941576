"""A Markdown extension: a glossary word is marked once per section, where it is first used.

The abbr extension marks every occurrence of every word the glossary lists (includes/glossary.md,
appended to every page): Part 5 said "alpha" with a dotted underline and a definition on hover
more than a hundred times. Each mark is also work for a phone: the theme mounts a tooltip on each
one at load, about 1-2 ms apiece at a mid-range phone's speed (issue 32). This keeps the first
mark of each word after each h1 or h2 heading and turns the later ones back into plain text, so a
reader who starts at any section finds the word defined where it first appears there.

It runs after abbr and before the table of contents (toc builds its headings' ids and titles
from their text, which a kept mark does not change).
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

SECTION = {"h1", "h2"}


def unmark(parent: etree.Element, abbr: etree.Element) -> None:
    """Replace `abbr` in `parent` with its text, joined to the text around it."""
    words = (abbr.text or "") + (abbr.tail or "")
    index = list(parent).index(abbr)
    if index:
        before = parent[index - 1]
        before.tail = (before.tail or "") + words
    else:
        parent.text = (parent.text or "") + words
    parent.remove(abbr)


def keep_first_per_section(root: etree.Element) -> int:
    """Unmark every abbr whose word was already marked since the last h1/h2; returns how many."""
    seen: set[str] = set()
    later: list[tuple[etree.Element, etree.Element]] = []
    parents = {child: parent for parent in root.iter() for child in parent}
    for element in root.iter():
        if element.tag in SECTION:
            seen = set()
        elif element.tag == "abbr" and element in parents:
            if element.text in seen:
                later.append((parents[element], element))
            seen.add(element.text)
    for parent, abbr in later:
        unmark(parent, abbr)
    return len(later)


class FirstPerSection(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        keep_first_per_section(root)


class GlossaryMarksExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Markdown's name
        md.treeprocessors.register(FirstPerSection(md), "glossary_first_per_section", 6)


def makeExtension(**kwargs) -> GlossaryMarksExtension:  # noqa: N802 - Markdown's entry point
    return GlossaryMarksExtension(**kwargs)
