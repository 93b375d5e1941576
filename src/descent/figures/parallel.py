"""Render groups of figures in worker processes, one group per worker at a time.

Figures that reach the same cached computation (a figure module with a functools cache: the
seed-1 sweep, the learning-rate runs, the basin map) render in the same worker, one after the
other, so the computation runs once. Workers write
temp files only; the parent moves each into place and records it, so the files and the
manifest only ever change in the parent, and a worker dies with its parent.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import signal
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from pathlib import Path
from typing import Callable, Iterable

from ..sources import module_path
from .registry import FIGURES, Figure

PR_SET_PDEATHSIG = 1
CACHE_MARKERS = ("@cache", "@functools.cache", "@lru_cache", "@functools.lru_cache")


@functools.cache
def holds_cache(module: str) -> bool:
    """Whether a package module (named relative to `descent`) caches results in the process."""
    source = module_path(module).read_text(encoding="utf-8")
    return any(line.strip().startswith(CACHE_MARKERS) for line in source.splitlines())


def groups(figures: Iterable[Figure]) -> list[list[Figure]]:
    """Join figures that reach a common cached computation; heaviest-looking groups first.

    Groups that train networks (they reach the `batched` module) come first, larger before
    smaller, so the long runs start at once instead of at the end.
    """
    figures = list(figures)
    parent = list(range(len(figures)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for index, figure in enumerate(figures):
        for module in figure.depends:
            if holds_cache(module):
                if module in owner:
                    parent[root(index)] = root(owner[module])
                else:
                    owner[module] = index
    joined: dict[int, list[Figure]] = {}
    for index, figure in enumerate(figures):
        joined.setdefault(root(index), []).append(figure)

    def weight(group: list[Figure]) -> tuple:
        trains = any("batched" in figure.depends for figure in group)
        return (not trains, -len(group))

    return sorted(joined.values(), key=weight)


def _die_with_parent() -> None:
    """Worker initializer: ask Linux to kill this worker when the build process dies."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: a killed build's worker finishes its group
        pass


def _render_group(slugs: list[str], out_dir: str) -> list[tuple[str, str | None, float, str]]:
    """In a worker: (slug, temp file or None, seconds, error) for each figure of the group."""
    done = []
    for slug in slugs:
        began = time.perf_counter()
        try:
            temp = FIGURES[slug].render_temp(out_dir)
        except Exception as error:  # noqa: BLE001 - reported by name in the parent
            done.append((slug, None, time.perf_counter() - began, f"{type(error).__name__}: {error}"))
            break
        done.append((slug, str(temp), time.perf_counter() - began, ""))
    return done


def render(figure_groups: list[list[Figure]], out_dir: Path, jobs: int,
           on_done: Callable[[str, Path | None, float, str], None]) -> None:
    """Render every group on `jobs` workers; call on_done(slug, temp, seconds, error) in order
    of completion. After a failure no new group starts; the running ones finish."""
    context = multiprocessing.get_context("spawn")  # no fork of a process that may hold threads
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context,
                             initializer=_die_with_parent) as pool:
        slugs = {pool.submit(_render_group, [f.slug for f in group], str(out_dir)):
                 [f.slug for f in group] for group in figure_groups}
        pending, failed = set(slugs), False
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                if future.cancelled():
                    continue
                try:
                    results = future.result()
                except Exception as error:  # the worker itself died, e.g. out of memory
                    results = [(slugs[future][0], None, 0.0, f"{type(error).__name__}: {error}")]
                for slug, temp, seconds, error in results:
                    on_done(slug, Path(temp) if temp else None, seconds, error)
                    failed = failed or bool(error)
            if failed:
                for future in pending:
                    future.cancel()


def default_jobs() -> int:
    """As many workers as this process may use cores."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)
