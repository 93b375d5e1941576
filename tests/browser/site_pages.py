"""The pages a reader can reach: the nav of mkdocs.yml, as URLs relative to the site root."""

from __future__ import annotations

from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
NOTEBOOK_SUFFIXES = (".py", ".ipynb")


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without importing what its !!python/... tags name."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def _sources(nav) -> list[str]:
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, list):
        return [source for item in nav for source in _sources(item)]
    if isinstance(nav, dict):
        return [source for value in nav.values() for source in _sources(value)]
    return []


def url_of(source: str) -> str:
    """mkdocs' directory URL of a docs/ source file: part-1.md -> part-1/, index.md -> ''."""
    stem = source.rsplit(".", 1)[0]
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def nav_sources() -> list[str]:
    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_TolerantLoader)
    return [s for s in _sources(config.get("nav", [])) if "://" not in s]


def nav_pages() -> list[str]:
    return [url_of(source) for source in nav_sources()]


def notebook_pages() -> list[str]:
    return [url_of(source) for source in nav_sources() if source.endswith(NOTEBOOK_SUFFIXES)]


def notebook_sources() -> list[tuple[str, str]]:
    """(source under docs/, page URL) of every notebook in nav."""
    return [(source, url_of(source)) for source in nav_sources() if source.endswith(NOTEBOOK_SUFFIXES)]
