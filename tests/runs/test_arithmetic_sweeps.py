"""runs.arithmetic_sweeps and the checked page's "Would my computer get the same?" table.

One real subprocess: the arithmetic this process computes in, run again in a fresh process with an
empty store, must print exactly what this process printed (a second computation, not a pin).
The rest fakes the arithmetics, to see each case of the table and each failure named.
"""

from __future__ import annotations

import pytest

from descent import arithmetics, compare
from descent.figures import checked_arithmetics
from descent.runs import arithmetic_sweeps

pytestmark = pytest.mark.claims  # held under every arithmetic: tests/test_arithmetics.py

HASWELL = arithmetics.Arithmetic("Haswell", "libm")


def test_the_same_arithmetic_in_a_fresh_process_prints_the_same_numbers():
    this = arithmetic_sweeps.this_build()
    if this is None:
        pytest.skip("this process's arithmetic is not forced (OPENBLAS_CORETYPE unset)")
    assert arithmetic_sweeps.blocks.function(this.kernel, this.exp) == compare.ours()


def test_this_build_reads_the_environment(monkeypatch):
    six = [arithmetics.Arithmetic(k, e) for k in arithmetics.KERNELS for e in arithmetics.EXPS]
    monkeypatch.setattr(arithmetics, "available", lambda: six)
    monkeypatch.setenv("OPENBLAS_CORETYPE", "SkylakeX")
    monkeypatch.setenv("NPY_DISABLE_CPU_FEATURES", "X86_V4")
    assert arithmetic_sweeps.this_build() == arithmetics.Arithmetic("SkylakeX", "libm")
    monkeypatch.delenv("NPY_DISABLE_CPU_FEATURES")
    assert arithmetic_sweeps.this_build() == arithmetics.Arithmetic("SkylakeX", "numpy")
    monkeypatch.delenv("OPENBLAS_CORETYPE")
    assert arithmetic_sweeps.this_build() is None
    # Without AVX-512 there is one exp, libm's, whatever is disabled.
    monkeypatch.setattr(arithmetics, "available", lambda: [HASWELL])
    monkeypatch.setenv("OPENBLAS_CORETYPE", "Haswell")
    assert arithmetic_sweeps.this_build() == HASWELL


@pytest.mark.parametrize("code, message", [
    ("import sys; sys.exit('no BLAS here')", "the process exited 1: no BLAS here"),
    ("print('not json')", "unreadable output"),
    ("print('[]')", "0 blocks instead of 28"),
])
def test_a_failing_arithmetic_is_named(monkeypatch, code, message):
    monkeypatch.setattr(arithmetic_sweeps, "CODE", code)
    with pytest.raises(arithmetic_sweeps.ArithmeticFailed) as raised:
        arithmetic_sweeps.blocks.function("Haswell", "libm")
    assert str(raised.value).startswith("Haswell kernels, libm's exp (Haswell-libm): ")
    assert message in str(raised.value)


def test_the_table_says_why_when_nothing_can_be_switched(monkeypatch):
    monkeypatch.setattr(arithmetics, "available", lambda: [])
    monkeypatch.setattr(arithmetics, "unavailable",
                        lambda: "OpenBLAS kernels can be switched on x86-64 only; this is arm64")
    assert [call.run.name for call in checked_arithmetics.runs()] == ["runs.sweeps.article_sweep"] * 2
    assert checked_arithmetics.text() == (
        "This comparison was not run where this site was built: OpenBLAS kernels can be switched "
        "on x86-64 only; this is arm64.\n")


def test_the_table_counts_and_names_what_moves(monkeypatch):
    ours = compare.ours()
    moved = {block: list(numbers) for block, numbers in ours.items()}
    moved[("errors-32", 10.0)][2:5] = ["0.1", "0.2", "0.3"]  # three numbers no run prints
    other = arithmetics.Arithmetic("Sandybridge", "libm")
    monkeypatch.setattr(arithmetics, "available", lambda: [other, HASWELL])
    monkeypatch.setattr(arithmetic_sweeps, "this_build", lambda: HASWELL)
    monkeypatch.setattr(arithmetic_sweeps, "blocks",
                        lambda kernel, exp: moved if kernel == "Sandybridge" else ours)
    exact = sum(r.exact for r in compare.compare(compare.post(), ours))
    lost = sum(p == o for p, o in zip(compare.post()[("errors-32", 10.0)][2:5],
                                      ours[("errors-32", 10.0)][2:5]))
    lines = checked_arithmetics.text().splitlines()
    assert lines[0] == (f"This build ran with Haswell kernels, libm's exp and matches {exact}. "
                        f"Under the 2 arithmetics this machine can simulate, "
                        + (f"the count runs from {exact - lost} to {exact}:" if lost
                           else f"every one matches {exact}:"))
    assert lines[-2] == (f"| Sandybridge kernels, libm's exp | {exact - lost} | "
                         "errors at 32 hidden, alpha 10: 3 numbers |")
    assert lines[-1] == f"| Haswell kernels, libm's exp (this build) | {exact} | none |"
