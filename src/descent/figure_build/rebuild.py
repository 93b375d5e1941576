"""Build the stale figures: first the runs they read, then the drawings, each on every core.

A lock file guards the output folder and its manifest, so two builds at once (`mkdocs serve`
and `make figures`) take turns; any temp file found while holding the lock is an orphan.
"""

from __future__ import annotations

import functools
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..files import locks
from ..files.atomic import SUFFIX, write_text
from ..runs.store import root as runs_root
from . import manifest, pool
from .registry import FIGURES, Figure

LOCK = ".lock"


class FigureError(RuntimeError):
    """A figure or a run failed; the message names it in one line."""


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
    recorded, tools = manifest.read(out_dir), manifest.tool_versions()
    return [figure for figure in figures
            if not (out_dir / figure.path_name).exists()
            or recorded.get(figure.slug) != manifest.fingerprint(figure, tools)]


@contextmanager
def locked(out_dir: Path, report: Callable[[str], None]) -> Iterator[None]:
    """Hold the output folder's lock; temp files left by killed builds go first."""
    with locks.held(out_dir / LOCK,
                    lambda: report(f"figures: waiting for another build of {out_dir} to finish")):
        try:
            remove_temps(out_dir)
            yield
        finally:
            remove_temps(out_dir)  # an interrupted build leaves no half-written file


def remove_temps(out_dir: Path) -> list[Path]:
    """Delete every temp file in out_dir: only a build holding the lock writes there."""
    removed = sorted(out_dir.glob(f".*{SUFFIX}"))
    for temp in removed:
        temp.unlink(missing_ok=True)
    return removed


def log_path() -> Path:
    """Where a failed build writes the full tracebacks."""
    return runs_root().parent / "build.log"


def _fail(failures: list[tuple[str, str, str]]) -> None:
    # Workers finish in any order: name the failures in registry order, so that the first one
    # named is the same in every build (a figure's light look before its other looks).
    order = {f"figure '{slug}'": index for index, slug in enumerate(FIGURES)}
    failures = sorted(failures, key=lambda failure: order.get(failure[0], -1))
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text(path, "\n".join(f"{name}: {error}\n{trace}" for name, error, trace in failures))
    name, error, _ = failures[0]
    more = f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""
    raise FigureError(f"{name} failed: {error}{more}; full traceback in {path}")


def render_figure(slug: str, out_dir: str) -> None:
    """In a worker: render one figure into place."""
    FIGURES[slug].render(Path(out_dir) / FIGURES[slug].path_name)


def build(slugs: Iterable[str] | None = None, out_dir: Path = Path("figures"),
          force: bool = False, report: Callable[[str], None] = lambda line: None,
          jobs: int = 1) -> list[str]:
    """Render the stale figures (all of them with force) into out_dir; return their slugs."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    chosen = select(slugs)
    with locked(out_dir, report):
        todo = chosen if force else stale(chosen, out_dir)
        if not todo:
            report(f"figures: all {len(chosen)} up to date in {out_dir}")
            return []
        started = time.perf_counter()
        failures: list[tuple[str, str, str]] = []
        _compute_runs(todo, jobs, report, failures)
        done = _render(todo, out_dir, jobs, report, failures) if not failures else []
        if failures:
            _fail(failures)
    workers = min(jobs, len(todo))
    report(f"figures: built {len(todo)} of {len(chosen)} in {time.perf_counter() - started:.1f} s"
           + (f" on {workers} workers" if workers > 1 else ""))
    order = list(FIGURES)
    return sorted(done, key=order.index)


def _compute_runs(todo: list[Figure], jobs: int, report, failures: list) -> None:
    """Compute the stored runs the figures read that are not stored yet."""
    calls = {}
    for figure in todo:
        try:
            for call in figure.runs():
                calls.setdefault(call.name, call)
        except Exception as error:  # noqa: BLE001 - a broken figure module
            failures.append((f"figure '{figure.slug}'", *pool.failure(error)))
    missing = [(call.label, call) for call in calls.values() if not call.ready()]
    if not missing or failures:
        return
    count = [0]

    def finished(name: str, seconds: float, error: str, trace: str) -> None:
        if error:
            failures.append((f"run {name}", error, trace))
            return
        count[0] += 1
        report(f"[run {count[0]}/{len(missing)}] {name}: {seconds:.2f} s")

    pool.run(missing, jobs, finished)


def _render(todo: list[Figure], out_dir: Path, jobs: int, report, failures: list) -> list[str]:
    recorded, tools = manifest.read(out_dir), manifest.tool_versions()
    done: list[str] = []

    def finished(slug: str, seconds: float, error: str, trace: str) -> None:
        if error:
            failures.append((f"figure '{slug}'", error, trace))
            return
        # Recorded after each figure, so an interrupted build keeps the work it finished.
        recorded[slug] = manifest.fingerprint(FIGURES[slug], tools)
        manifest.write(out_dir, recorded)
        done.append(slug)
        size = (out_dir / FIGURES[slug].path_name).stat().st_size
        report(f"[{len(done)}/{len(todo)}] {FIGURES[slug].path_name}: {seconds:.2f} s, "
               f"{size / 1024:.0f} KB")

    tasks = [(figure.slug, functools.partial(render_figure, figure.slug, str(out_dir)))
             for figure in todo]
    pool.run(tasks, jobs, finished)
    return done
