"""Render the stale figures, atomically, remembering what each was built from."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from importlib import metadata
from pathlib import Path
from typing import Callable, Iterable

from ..sources import module_path
from .registry import FIGURES, TEMP_SUFFIX, Figure

MANIFEST = ".manifest.json"
# Their versions shape the bytes of the output, so they are part of every fingerprint.
TOOLS = ("numpy", "matplotlib", "imageio", "pillow")


class FigureError(RuntimeError):
    """A figure failed to render; the message names it."""


def module_source(dependency: str) -> bytes:
    """The source of a package module named relative to `descent`, e.g. 'figures.style'."""
    return module_path(dependency).read_bytes()


def _tool_versions() -> str:
    versions = []
    for tool in TOOLS:
        try:
            versions.append(f"{tool}={metadata.version(tool)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{tool}=none")
    return ";".join(versions)


def fingerprint(figure: Figure, tools: str | None = None) -> str:
    """A hash of everything the output depends on: its sources, its parameters, the tools."""
    digest = hashlib.sha256()
    header = {"slug": figure.slug, "path": figure.path_name, "params": figure.params,
              "tools": _tool_versions() if tools is None else tools}
    digest.update(json.dumps(header, sort_keys=True, default=repr).encode())
    for dependency in sorted(set(figure.depends)):
        digest.update(dependency.encode() + b"\0" + module_source(dependency) + b"\0")
    return digest.hexdigest()


def _read_manifest(out_dir: Path) -> dict[str, str]:
    try:
        manifest = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # missing or damaged: everything is simply stale
    return manifest if isinstance(manifest, dict) else {}


def _write_manifest(out_dir: Path, manifest: dict[str, str]) -> None:
    handle, temp = tempfile.mkstemp(dir=out_dir, prefix=f"{MANIFEST}.{os.getpid()}.",
                                    suffix=TEMP_SUFFIX)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(manifest, out, indent=1, sort_keys=True)
            out.write("\n")
        os.chmod(temp, 0o644)
        os.replace(temp, out_dir / MANIFEST)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_orphans(out_dir: Path) -> list[Path]:
    """Delete temp files left by builds that were killed (their process is gone)."""
    removed = []
    for temp in out_dir.glob(f".*{TEMP_SUFFIX}"):
        parts = temp.name.split(".")
        pid = next((int(part) for part in parts if part.isdigit()), None)
        if pid is None or not _alive(pid) or pid == os.getpid():
            temp.unlink(missing_ok=True)
            removed.append(temp)
    return removed


def select(slugs: Iterable[str] | None) -> list[Figure]:
    """The registry entries named by `slugs` (all when None), in article order."""
    if slugs is None:
        return list(FIGURES.values())
    wanted = set(slugs)
    unknown = sorted(wanted - FIGURES.keys())
    if unknown:
        raise ValueError(f"unknown figure {', '.join(map(repr, unknown))}; "
                         f"known: {', '.join(FIGURES)}")
    return [figure for figure in FIGURES.values() if figure.slug in wanted]


def stale(figures: Iterable[Figure], out_dir: Path) -> list[Figure]:
    """Those whose output is missing or whose fingerprint differs from the manifest's."""
    manifest, tools = _read_manifest(out_dir), _tool_versions()
    return [figure for figure in figures
            if not (out_dir / figure.path_name).exists()
            or manifest.get(figure.slug) != fingerprint(figure, tools)]


def build(slugs: Iterable[str] | None = None, out_dir: Path = Path("figures"),
          force: bool = False, report: Callable[[str], None] = lambda line: None) -> list[str]:
    """Render the stale figures (all of them with force) into out_dir; return their slugs."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    remove_orphans(out_dir)
    chosen = select(slugs)
    todo = chosen if force else stale(chosen, out_dir)
    if not todo:
        report(f"figures: all {len(chosen)} up to date in {out_dir}")
        return []
    manifest, tools = _read_manifest(out_dir), _tool_versions()
    started = time.perf_counter()
    for number, figure in enumerate(todo, start=1):
        began = time.perf_counter()
        try:
            figure.render(out_dir / figure.path_name)
        except Exception as error:
            raise FigureError(f"figure '{figure.slug}' failed: "
                              f"{type(error).__name__}: {error}") from error
        # Recorded after each figure, so an interrupted build keeps the work it finished.
        manifest[figure.slug] = fingerprint(figure, tools)
        _write_manifest(out_dir, manifest)
        size = (out_dir / figure.path_name).stat().st_size
        report(f"[{number}/{len(todo)}] {figure.path_name}: {time.perf_counter() - began:.2f} s, "
               f"{size / 1024:.0f} KB")
    report(f"figures: built {len(todo)} of {len(chosen)} in {time.perf_counter() - started:.1f} s")
    return [figure.slug for figure in todo]
