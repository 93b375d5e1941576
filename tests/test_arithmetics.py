"""The claims hold under every arithmetic this machine can simulate, not just its own.

Each arithmetic (descent.arithmetics: an OpenBLAS kernel family x numpy's or libm's exp) runs the
claim tests (`-m claims`: the tests that hold prose, tables and pins to the runs) in a subprocess
of its own, with its own empty store of runs, in a copy of the checkout with nothing beside it,
as GitHub's runner has it. So each computes every claim-bearing run in that arithmetic, and a
sentence or a pin that holds under one CPU only fails here.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

from checkout import copy_checkout, in_copy
from descent import arithmetics

AVAILABLE = arithmetics.available()


def test_the_arithmetics_are_the_kernel_families_times_the_exps_the_cpu_has(monkeypatch):
    features = {"AVX": True, "AVX2": True, "FMA3": True, "AVX512F": False}
    monkeypatch.setattr(arithmetics, "unavailable", lambda: None)
    monkeypatch.setattr(arithmetics, "_features", lambda: features)
    assert [a.name for a in arithmetics.available()] == ["Sandybridge-libm", "Haswell-libm"]
    features["AVX512F"] = True
    assert len(arithmetics.available()) == 6
    assert arithmetics.Arithmetic("Haswell", "libm").env() == {
        "OPENBLAS_CORETYPE": "Haswell", "NPY_DISABLE_CPU_FEATURES": "X86_V4"}


def x86_64() -> bool:
    return platform.machine().lower() in ("x86_64", "amd64")


def test_this_machine_can_simulate_at_least_three():
    reason = arithmetics.unavailable()
    if reason and not (os.environ.get("CI") and x86_64()):
        pytest.skip(reason)  # not x86-64 (or no OpenBLAS outside CI): nothing to switch
    assert len(AVAILABLE) >= 3, reason or [a.name for a in AVAILABLE]


@pytest.fixture(scope="module")
def claim_runs(tmp_path_factory) -> dict[str, Future]:
    """Start the claim tests under every arithmetic, as many at once as there are cores."""
    copy = copy_checkout(tmp_path_factory.mktemp("clone") / "repo", with_figures=False)
    pool = ThreadPoolExecutor(max_workers=os.cpu_count() or 1)

    def run(arithmetic: arithmetics.Arithmetic) -> subprocess.CompletedProcess:
        env = {**os.environ, **in_copy(copy), **arithmetic.env(),
               "DESCENT_RUNS": str(tmp_path_factory.mktemp(f"runs-{arithmetic.name}"))}
        return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                               "-m", "claims", "tests"], cwd=copy, env=env,
                              capture_output=True, text=True, timeout=1800)

    futures = {a.name: pool.submit(run, a) for a in AVAILABLE}
    yield futures
    pool.shutdown(wait=True, cancel_futures=True)


@pytest.mark.parametrize("name", [a.name for a in AVAILABLE] or ["none"])
def test_the_claims_hold_under(name, claim_runs):
    if name == "none":
        reason = arithmetics.unavailable() or "no arithmetic to simulate"
        if os.environ.get("CI") and x86_64():
            pytest.fail(f"CI on x86-64 must run the claims under several arithmetics: {reason}")
        pytest.skip(reason)
    done = claim_runs[name].result()
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    assert done.returncode == 0, f"{name}: {summary}\n{done.stdout[-6000:]}\n{done.stderr[-2000:]}"
    assert " passed" in summary and "skipped" not in summary, summary
