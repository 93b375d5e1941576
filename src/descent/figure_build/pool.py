"""Worker processes for the build: they compute runs and render figures, one task at a time.

Workers are spawned (no fork of a process that may hold threads), ignore Ctrl-C (the parent
decides) and die with the parent (Linux PR_SET_PDEATHSIG). A task's failure comes back as one
line plus its traceback, never as an exception that would take the pool down.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
import time
import traceback
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from typing import Callable, Iterable, Iterator

PR_SET_PDEATHSIG = 1


def _worker_init() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError, TypeError):  # not Linux (on Windows CDLL(None) is a
        pass  # TypeError, and there is no SIGKILL): a killed build's worker finishes its task


def failure(error: BaseException) -> tuple[str, str]:
    """(one line naming the file, line and error; the full traceback)."""
    frames = traceback.extract_tb(error.__traceback__)
    where = ""
    if isinstance(error, SyntaxError) and error.filename:
        where = f"{error.filename}, line {error.lineno}: "
    elif frames:
        where = f"{frames[-1].filename}, line {frames[-1].lineno}: "
    return (f"{where}{type(error).__name__}: {error}",
            "".join(traceback.format_exception(error)))


def attempt(task: Callable[[], object]) -> tuple[float, str, str]:
    """Run task; return (seconds, error line or "", traceback or "")."""
    began = time.perf_counter()
    try:
        task()
    except Exception as error:  # noqa: BLE001 - reported by name in the parent
        return (time.perf_counter() - began, *failure(error))
    return time.perf_counter() - began, "", ""


def run(tasks: Iterable[tuple[str, Callable[[], object]]], jobs: int,
        on_done: Callable[[str, float, str, str], None]) -> None:
    """Run each (name, picklable task) on `jobs` workers; call on_done(name, seconds, error,
    traceback) as each finishes. After a failure no new task starts. On Ctrl-C the workers
    are killed at once and KeyboardInterrupt propagates."""
    tasks = list(tasks)
    if jobs <= 1 or len(tasks) <= 1:
        for name, task in tasks:
            seconds, error, trace = attempt(task)
            on_done(name, seconds, error, trace)
            if error:
                return
        return
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(tasks)), mp_context=context,
                               initializer=_worker_init)
    with _ctrl_c_as_a_flag() as interrupted:
        try:
            names = {pool.submit(attempt, task): name for name, task in tasks}
            pending, failed = set(names), False
            while pending:
                # A timed wait, so a Ctrl-C is noticed within a fifth of a second. Ctrl-C only
                # sets a flag: raised inside wait(), KeyboardInterrupt can leave a future's lock
                # held, and the executor's thread then hangs the interpreter's exit.
                finished, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                if interrupted.is_set():
                    raise KeyboardInterrupt
                for future in finished:
                    if future.cancelled():
                        continue
                    try:
                        seconds, error, trace = future.result()
                    except Exception as died:  # the worker itself died, e.g. out of memory
                        seconds, error, trace = 0.0, f"worker died: {type(died).__name__}: {died}", ""
                    on_done(names[future], seconds, error, trace)
                    failed = failed or bool(error)
                if failed:
                    for future in pending:
                        future.cancel()
            if interrupted.is_set():  # between the last wait and here
                raise KeyboardInterrupt
        except BaseException:
            _kill(pool)
            raise
    pool.shutdown(wait=True)


@contextlib.contextmanager
def _ctrl_c_as_a_flag() -> Iterator[threading.Event]:
    """While inside, SIGINT sets the yielded event instead of raising wherever the main thread
    happens to be. Outside the main thread (no signals there), or where the process ignores
    SIGINT (`python -m descent` takes it back; a host such as MkDocs may not), it is never set."""
    interrupted = threading.Event()
    previous = signal.getsignal(signal.SIGINT)
    if threading.current_thread() is not threading.main_thread() or previous is signal.SIG_IGN:
        yield interrupted
        return
    signal.signal(signal.SIGINT, lambda *_: interrupted.set())
    try:
        yield interrupted
    finally:
        signal.signal(signal.SIGINT, previous)


def _kill(pool: ProcessPoolExecutor) -> None:
    """Stop every worker now: an interrupted build must not go on rendering in the background."""
    processes = list(getattr(pool, "_processes", {}).values())  # no public way before 3.14
    for process in processes:
        process.kill()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(timeout=2)


def default_jobs() -> int:
    """As many workers as this process may use cores."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)
