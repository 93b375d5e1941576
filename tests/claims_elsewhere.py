"""The claim tests under every arithmetic this machine can simulate, started as the session starts.

Each arithmetic (descent.arithmetics: an OpenBLAS kernel family x numpy's or libm's exp) runs the
claim tests (`-m claims`) in a subprocess of its own, with its own empty store of runs, in a copy
of the checkout with nothing beside it, as GitHub's runner has it. They start with the session and
run one after another on the cores the rest of the suite leaves idle (it drives one browser, or
one pytest process, most of the time); tests/test_arithmetics.py waits for their results.

The arithmetic the session itself computes in, when its environment forces one exactly, is left
out when the session runs every claim test itself: that copy would repeat the session's own.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from checkout import copy_checkout, in_copy
from descent import arithmetics


def own_arithmetic(available: list[arithmetics.Arithmetic],
                   environ: dict[str, str]) -> arithmetics.Arithmetic | None:
    """The arithmetic an environment forces exactly (both variables as its env() sets them)."""
    for arithmetic in available:
        if all(environ.get(name, "") == value for name, value in arithmetic.env().items()):
            return arithmetic
    return None


def background_workers(cores: int | None) -> int:
    """Copies run at once: every core but one, which the rest of the session needs."""
    return max(1, (cores or 1) - 1)


@dataclass
class ClaimRuns:
    """Each other arithmetic's run of the claim tests, under way; and the one left out."""

    futures: dict[str, Future] = field(default_factory=dict)
    own: str | None = None  # this session's arithmetic, whose claims the session runs itself
    pool: ThreadPoolExecutor | None = None
    runs: dict[str, Callable[[], subprocess.CompletedProcess]] = field(default_factory=dict)

    def result(self, name: str) -> subprocess.CompletedProcess:
        """Its outcome. One the pool has not started yet is run here and now, beside the pool's:
        the session has reached the tests that wait for them, so its core is free."""
        if self.futures[name].cancel():
            return self.runs[name]()
        return self.futures[name].result()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


def start(where: Path, runs_dir, available: list[arithmetics.Arithmetic],
          session_runs_every_claim: bool) -> ClaimRuns:
    """Copy the checkout into `where` and start the claim tests under each arithmetic there;
    `runs_dir(name)` gives each its own empty store of runs."""
    own = own_arithmetic(available, dict(os.environ)) if session_runs_every_claim else None
    others = [a for a in available if a != own]
    if not others:
        return ClaimRuns(own=own and own.name)
    copy = copy_checkout(where, with_figures=False)

    def run(arithmetic: arithmetics.Arithmetic) -> subprocess.CompletedProcess:
        env = {**os.environ, **in_copy(copy), **arithmetic.env(),
               "DESCENT_RUNS": str(runs_dir(arithmetic.name))}
        return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                               "-m", "claims", "tests"], cwd=copy, env=env,
                              capture_output=True, text=True, timeout=1800)

    pool = ThreadPoolExecutor(max_workers=background_workers(os.cpu_count()))
    runs = {a.name: functools.partial(run, a) for a in others}
    # The pool takes them last first; the tests ask for them first first, and run here any the
    # pool has not reached.
    futures = {name: pool.submit(runs[name]) for name in reversed(runs)}
    return ClaimRuns(futures, own and own.name, pool, runs)
