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
from . import parallel
from .registry import FIGURES, TEMP_SUFFIX, Figure, place

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
    """Whether process pid is still running (a zombie, dead but not yet reaped, is not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True  # no /proc: trust kill()
    return stat[stat.rindex(")") + 2:][:1] not in ("Z", "X")


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
          force: bool = False, report: Callable[[str], None] = lambda line: None,
          jobs: int = 1) -> list[str]:
    """Render the stale figures (all of them with force) into out_dir; return their slugs.

    With jobs > 1, groups of figures that share no work render in that many worker processes.
    """
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
    done: list[str] = []

    def record(figure: Figure, seconds: float) -> None:
        # Recorded after each figure, so an interrupted build keeps the work it finished.
        manifest[figure.slug] = fingerprint(figure, tools)
        _write_manifest(out_dir, manifest)
        done.append(figure.slug)
        size = (out_dir / figure.path_name).stat().st_size
        report(f"[{len(done)}/{len(todo)}] {figure.path_name}: {seconds:.2f} s, "
               f"{size / 1024:.0f} KB")

    figure_groups = parallel.groups(todo)
    if jobs <= 1 or len(figure_groups) <= 1:
        for figure in todo:
            began = time.perf_counter()
            try:
                figure.render(out_dir / figure.path_name)
            except Exception as error:
                raise FigureError(f"figure '{figure.slug}' failed: "
                                  f"{type(error).__name__}: {error}") from error
            record(figure, time.perf_counter() - began)
    else:
        failures: list[str] = []

        def finished(slug: str, temp: Path | None, seconds: float, error: str) -> None:
            if error:
                failures.append(f"figure '{slug}' failed: {error}")
                return
            figure = FIGURES[slug]
            place(temp, out_dir / figure.path_name)
            record(figure, seconds)

        parallel.render(figure_groups, out_dir, min(jobs, len(figure_groups)), finished)
        if failures:
            raise FigureError("; ".join(failures))
    report(f"figures: built {len(todo)} of {len(chosen)} in {time.perf_counter() - started:.1f} s"
           + (f" on {min(jobs, len(figure_groups))} workers" if jobs > 1 and len(figure_groups) > 1
              else ""))
    order = list(FIGURES)
    return sorted(done, key=order.index)
