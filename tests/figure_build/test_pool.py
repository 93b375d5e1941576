"""figure_build.pool: each task's failure comes back as one line and its traceback, a failure
stops what has not started, a worker that dies is reported rather than raised, and Ctrl-C during
a parallel build is a flag the build loop checks, never an exception raised inside
concurrent.futures' wait() (which could leave a lock held and hang the exit)."""

import functools
import math
import operator
import os
import signal
import time

import pytest

from descent.figure_build import pool


def test_a_task_reports_a_failure_with_its_file_and_line_instead_of_raising():
    seconds, error, trace = pool.attempt(lambda: 1 / 0)
    assert error.startswith(__file__) and "ZeroDivisionError: division by zero" in error
    assert "Traceback" in trace and seconds >= 0
    assert pool.attempt(lambda: None)[1:] == ("", "")


def test_a_syntax_error_names_the_file_and_line_that_does_not_parse():
    # A figure module that does not parse fails in the import machinery: the line must name
    # the broken file (line 2 of the source below), not the frame that imported it.
    try:
        compile("x = 1\ny = (\n", "broken_figure.py", "exec")
    except SyntaxError as error:
        line, trace = pool.failure(error)
    assert line.startswith("broken_figure.py, line 2: SyntaxError: "), line
    assert "SyntaxError" in trace


def test_the_workers_never_exceed_the_cores_by_default():
    assert 1 <= pool.default_jobs() <= (os.cpu_count() or 1)


def _recorder():
    """(the (name, error line) of each task as it is reported; the on_done that records them)."""
    done = []
    return done, lambda name, seconds, error, trace: done.append((name, error))


def test_one_job_runs_the_tasks_in_order_and_stops_at_the_first_failure():
    done, on_done = _recorder()
    tasks = [("first", functools.partial(math.sqrt, 4.0)), ("broken", lambda: 1 / 0),
             ("never", lambda: pytest.fail("a task after a failure ran"))]
    pool.run(tasks, 1, on_done)
    assert [name for name, _ in done] == ["first", "broken"]
    assert done[0][1] == "" and "ZeroDivisionError" in done[1][1]


def _wait_for(path: str) -> None:
    """A task that holds its worker until the file exists (or a minute has passed)."""
    deadline = time.monotonic() + 60
    while not os.path.exists(path) and time.monotonic() < deadline:
        time.sleep(0.02)


def test_in_parallel_a_failure_cancels_the_tasks_not_yet_started(tmp_path):
    # Two workers, the failing task first, then ten that hold their worker until the failure
    # has been reported: however slow the machine, none of them can finish before it, so only
    # those already handed to a worker still run.
    release = tmp_path / "failure seen"
    done = []

    def on_done(name, seconds, error, trace):
        done.append((name, error))
        if error:
            release.touch()

    waiters = [(f"wait {i}", functools.partial(_wait_for, str(release))) for i in range(10)]
    pool.run([("broken", functools.partial(operator.truediv, 1, 0)), *waiters], 2, on_done)
    assert ("broken" in dict(done)) and "ZeroDivisionError" in dict(done)["broken"]
    ran = [name for name, _ in done if name.startswith("wait")]
    assert len(ran) < len(waiters), "every task ran after the failure"


def test_a_worker_that_dies_is_reported_as_a_failure_not_raised():
    done, on_done = _recorder()
    pool.run([("dies", functools.partial(os._exit, 3)),
              ("also", functools.partial(time.sleep, 0.1))], 2, on_done)
    errors = dict(done)
    assert errors["dies"].startswith("worker died: "), errors


def test_ctrl_c_inside_sets_the_flag_and_raises_nothing_then_the_handler_is_back():
    before = signal.signal(signal.SIGINT, signal.default_int_handler)  # as `python -m descent`
    try:
        with pool._ctrl_c_as_a_flag() as interrupted:
            os.kill(os.getpid(), signal.SIGINT)
            assert interrupted.wait(2)
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        signal.signal(signal.SIGINT, before)


def test_a_process_that_ignores_ctrl_c_keeps_ignoring_it():
    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        with pool._ctrl_c_as_a_flag() as interrupted:
            os.kill(os.getpid(), signal.SIGINT)
            assert not interrupted.wait(0.3)
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, before)


@pytest.mark.parametrize("missing", [AttributeError("no prctl"), TypeError("CDLL(None) on Windows")])
def test_a_worker_starts_where_the_kernel_cannot_kill_it_with_its_parent(monkeypatch, missing):
    import ctypes

    def no_prctl(*args, **kwargs):
        raise missing

    monkeypatch.setattr(ctypes, "CDLL", no_prctl)
    previous = signal.getsignal(signal.SIGINT)
    try:
        pool._worker_init()  # no exception: only Linux can tie a worker's life to its parent's
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, previous)
