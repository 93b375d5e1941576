"""The claims hold under every arithmetic this machine can simulate, not just its own.

Each arithmetic (descent.arithmetics: an OpenBLAS kernel family x numpy's or libm's exp) runs the
claim tests (`-m claims`: the tests that hold prose, tables and pins to the runs) in a subprocess
of its own, with its own empty store of runs, in a copy of the checkout with nothing beside it,
as GitHub's runner has it. So each computes every claim-bearing run in that arithmetic, and a
sentence or a pin that holds under one CPU only fails here. They start with the session (the
`claim_runs` fixture of tests/conftest.py, tests/claims_elsewhere.py); these tests wait for them.
"""

from __future__ import annotations

import os
import platform
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from claims_elsewhere import ClaimRuns, background_workers, own_arithmetic
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


def test_the_sessions_own_arithmetic_is_the_one_its_environment_forces_exactly():
    every = [arithmetics.Arithmetic(k, e) for k in arithmetics.KERNELS for e in arithmetics.EXPS]
    assert own_arithmetic(every, {"OPENBLAS_CORETYPE": "Haswell"}).name == "Haswell-numpy"
    assert own_arithmetic(every, {"OPENBLAS_CORETYPE": "Haswell",
                                  "NPY_DISABLE_CPU_FEATURES": "X86_V4"}).name == "Haswell-libm"
    # Not forced (the CPU picks its kernel), or forced another way: no copy is left out.
    assert own_arithmetic(every, {}) is None
    assert own_arithmetic(every, {"OPENBLAS_CORETYPE": "Haswell",
                                  "NPY_DISABLE_CPU_FEATURES": "AVX512F"}) is None
    assert own_arithmetic(every, {"OPENBLAS_CORETYPE": "Zen"}) is None


def test_the_copies_leave_one_core_to_the_session():
    assert [background_workers(n) for n in (None, 1, 2, 8)] == [1, 1, 1, 7]


def test_a_copy_the_pool_has_not_started_runs_in_the_waiting_test():
    pool = ThreadPoolExecutor(max_workers=1)
    gate = threading.Event()
    ran = []
    runs = {"first": lambda: ran.append("first") or "first done",
            "second": lambda: gate.wait(5) and (ran.append("second") or "second done")}
    futures = {name: pool.submit(runs[name]) for name in ("second", "first")}  # as start() does
    claims = ClaimRuns(futures, None, pool, runs)
    # The pool is busy with "second"; "first" is run here, at once.
    assert claims.result("first") == "first done" and ran == ["first"]
    gate.set()
    assert claims.result("second") == "second done" and ran == ["first", "second"]
    claims.close()


def x86_64() -> bool:
    return platform.machine().lower() in ("x86_64", "amd64")


def test_this_machine_can_simulate_at_least_three():
    reason = arithmetics.unavailable()
    if reason and not (os.environ.get("CI") and x86_64()):
        pytest.skip(reason)  # not x86-64 (or no OpenBLAS outside CI): nothing to switch
    assert len(AVAILABLE) >= 3, reason or [a.name for a in AVAILABLE]


@pytest.mark.parametrize("name", [a.name for a in AVAILABLE] or ["none"])
def test_the_claims_hold_under(name, claim_runs):
    if name == "none":
        reason = arithmetics.unavailable() or "no arithmetic to simulate"
        if os.environ.get("CI") and x86_64():
            pytest.fail(f"CI on x86-64 must run the claims under several arithmetics: {reason}")
        pytest.skip(reason)
    if name == claim_runs.own:
        pytest.skip(f"{name} is this session's own arithmetic: the session ran every claim test in it")
    done = claim_runs.result(name)
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    assert done.returncode == 0, f"{name}: {summary}\n{done.stdout[-6000:]}\n{done.stderr[-2000:]}"
    assert " passed" in summary and "skipped" not in summary, summary
