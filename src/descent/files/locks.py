"""One way to take turns across processes: filelock's lock on a file beside what it guards.

filelock locks with `flock` on Unix and `msvcrt` on Windows, so the package (and the wheel a
reader installs) imports and runs everywhere. A lock is held by one process (or thread) at a
time; the others wait until it is released, including when its holder dies.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from filelock import FileLock, Timeout


@contextmanager
def held(path: Path | str, waiting: Callable[[], None] | None = None) -> Iterator[FileLock]:
    """Hold the lock at `path` (created if missing); if another holds it, call `waiting` once,
    then wait for it."""
    lock = FileLock(path)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        if waiting is not None:
            waiting()
        lock.acquire()
    try:
        yield lock
    finally:
        lock.release()
