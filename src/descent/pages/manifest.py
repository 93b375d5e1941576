"""What each output was built from: a fingerprint per figure, kept in figures/.manifest.json."""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from ..atomic import write_text
from ..sources import module_closure, module_path
from .registry import Figure

NAME = ".manifest.json"
# Their versions shape the bytes of the output, so they are part of every fingerprint.
TOOLS = ("numpy", "matplotlib", "imageio", "pillow")


def tool_versions() -> str:
    versions = []
    for tool in TOOLS:
        try:
            versions.append(f"{tool}={metadata.version(tool)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{tool}=none")
    return ";".join(versions)


def module_source(dependency: str) -> bytes:
    """The source of a package module named relative to `descent`, e.g. 'figures.style'."""
    return module_path(dependency).read_bytes()


def fingerprint(figure: Figure, tools: str | None = None,
                depends: Callable[[Figure], tuple[str, ...]] | None = None,
                source: Callable[[str], bytes] | None = None) -> str:
    """A hash of everything the output depends on: its sources, its parameters, the tools.

    A caller checking many figures passes memoised `depends` and `source` (see `Reader`)."""
    depends = depends or (lambda figure: figure.depends)
    source = source or module_source
    digest = hashlib.sha256()
    header = {"slug": figure.slug, "path": figure.path_name, "params": figure.params,
              "tools": tool_versions() if tools is None else tools}
    digest.update(json.dumps(header, sort_keys=True, default=repr).encode())
    for dependency in sorted(set(depends(figure))):
        digest.update(dependency.encode() + b"\0" + source(dependency) + b"\0")
    return digest.hexdigest()


class Reader:
    """Each module's closure and source read once, for one check of many figures (174 outputs
    of some 60 modules): the files do not change while it runs."""

    def __init__(self):
        self._closure = functools.cache(module_closure)
        self.source = functools.cache(module_source)

    def depends(self, figure: Figure) -> tuple[str, ...]:
        return self._closure(figure.module_name)  # what Figure.depends is


def read(out_dir: Path) -> dict[str, str]:
    try:
        manifest = json.loads((out_dir / NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # missing or damaged: everything is simply stale
    return manifest if isinstance(manifest, dict) else {}


def write(out_dir: Path, manifest: dict[str, str]) -> None:
    write_text(out_dir / NAME, json.dumps(manifest, indent=1, sort_keys=True) + "\n")
