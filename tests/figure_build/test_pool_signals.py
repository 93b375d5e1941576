"""Ctrl-C during a parallel build: a flag the build loop checks, never an exception raised
inside concurrent.futures' wait() (which could leave a lock held and hang the exit)."""

import os
import signal

import pytest

from descent.figure_build import pool


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
