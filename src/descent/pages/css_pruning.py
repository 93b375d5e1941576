"""Prune a stylesheet to the rules that can match something on the pages that use it.

Plain functions on CSS text (tinycss2) and the class names and ids of those pages; a pruning is
kept in a cache folder under the fingerprint of its inputs.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..files.atomic import write_text
from ..files.sources import PACKAGE, fingerprint

# What a selector requires of the page: its classes and ids outside any brackets or parentheses
# (inside :not(), :is(), [attr=...] a name need not be present for the selector to match).
NESTED = re.compile(r"\[[^\[\]]*\]|\([^()]*\)|\"[^\"]*\"|'[^']*'")
REQUIRED = re.compile(r"([.#])(-?[_a-zA-Z][\w-]*)")
# Blocks of rules that are filtered rule by rule; every other at-rule is kept as it is.
GROUPING = {"media", "supports", "layer", "container"}
VAR = re.compile(r"var\(\s*(--[\w-]+)")


def read_properties(text: str) -> set[str]:
    """The custom properties a text (CSS, or a page's inline styles) reads with var()."""
    return set(VAR.findall(text))


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


def cached_prune(css: str, classes: set[str], ids: set[str], used_elsewhere: set[str],
                 cache: Path | None) -> str:
    """prune_css, kept in `cache` under the fingerprint of its inputs and its code
    (descent.files.sources): a build that changes nothing does not parse the notebooks' CSS again."""
    if cache is None:
        return prune_css(css, classes, ids, used_elsewhere)
    key = fingerprint([__name__.removeprefix(f"{PACKAGE}.")], {
        "css": css, "classes": sorted(classes), "ids": sorted(ids), "read": sorted(used_elsewhere)})
    kept = cache / f"{key[:32]}.css"
    if kept.is_file():
        return kept.read_text(encoding="utf-8")
    result = prune_css(css, classes, ids, used_elsewhere)
    cache.mkdir(parents=True, exist_ok=True)
    write_text(kept, result)
    return result


def keep_only(cache: Path, kept: set[str]) -> None:
    """Remove the prunings in `cache` that are none of `kept`: only the versions a build used
    stay."""
    if cache.is_dir():
        for old in cache.glob("*.css"):
            if old.read_text(encoding="utf-8") not in kept:
                old.unlink(missing_ok=True)
