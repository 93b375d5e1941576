"""What each output was built from: a fingerprint per figure, kept in figures/.manifest.json."""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path

from ..files.atomic import write_text
from ..files.sources import fingerprint as source_fingerprint
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


def fingerprint(figure: Figure, tools: str | None = None) -> str:
    """The key of an output (descent.files.sources.fingerprint): its module and what that reaches, its
    parameters, the tools. A caller checking many figures passes `tools` read once."""
    return source_fingerprint([figure.module_name], {
        "slug": figure.slug, "path": figure.path_name, "params": figure.params,
        "tools": tool_versions() if tools is None else tools})


def read(out_dir: Path) -> dict[str, str]:
    try:
        manifest = json.loads((out_dir / NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # missing or damaged: everything is simply stale
    return manifest if isinstance(manifest, dict) else {}


def write(out_dir: Path, manifest: dict[str, str]) -> None:
    write_text(out_dir / NAME, json.dumps(manifest, indent=1, sort_keys=True) + "\n")
