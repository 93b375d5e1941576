"""The post's printed blocks as another arithmetic computes them, each in a process of its own.

Why: a chaotic run's late digits depend on the CPU's arithmetic (descent.arithmetics). Where this
machine can compute like others, "Checked against the post" shows what each of them would print.
An arithmetic must be chosen before numpy loads, so each one runs `compare.ours()` in a new
Python process with its environment and an empty store of runs of its own, and prints JSON.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

from .. import arithmetics, compare, sources
from ..network import ALPHAS
from .store import ENVIRONMENT, stored

TIMEOUT = 1800  # seconds: two 60 000-step sweeps take seconds; a wedged process must still end
CODE = ("import json; from descent import compare; "
        "print(json.dumps([[kind, alpha, numbers] for (kind, alpha), numbers "
        "in compare.ours().items()]))")


class ArithmeticFailed(RuntimeError):
    """The process computing under one arithmetic failed or printed something unreadable."""


def _environment(arithmetic: arithmetics.Arithmetic, runs: str) -> dict[str, str]:
    path = [str(sources.PACKAGE_DIR.parent), os.environ.get("PYTHONPATH", "")]
    return {**os.environ, **arithmetic.env(), ENVIRONMENT: runs,
            "PYTHONPATH": os.pathsep.join(p for p in path if p)}


def _blocks(printout: str) -> dict[tuple[str, float], list[str]]:
    rows = json.loads(printout)
    return {(kind, float(alpha)): [str(number) for number in numbers]
            for kind, alpha, numbers in rows}


@stored
def blocks(kernel: str, exp: str) -> dict[tuple[str, float], list[str]]:
    """compare.ours() as the arithmetic (kernel, exp) computes it: every block, printed."""
    arithmetic = arithmetics.Arithmetic(kernel, exp)
    name = f"{arithmetic.label} ({arithmetic.name})"
    with tempfile.TemporaryDirectory(prefix="descent-runs-") as runs:
        try:
            done = subprocess.run([sys.executable, "-c", CODE], env=_environment(arithmetic, runs),
                                  capture_output=True, text=True, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            raise ArithmeticFailed(f"{name}: no result after {TIMEOUT} s") from None
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise ArithmeticFailed(f"{name}: the process exited {done.returncode}: {last}")
    try:
        found = _blocks(done.stdout)
    except (ValueError, TypeError) as error:
        raise ArithmeticFailed(f"{name}: unreadable output ({error})") from None
    expected = {(kind, alpha) for alpha in ALPHAS for kind in compare.KINDS}
    if set(found) != expected:
        raise ArithmeticFailed(f"{name}: {len(found)} blocks instead of {len(expected)}")
    return found


def this_build() -> arithmetics.Arithmetic | None:
    """The arithmetic this process computes in, if its environment forced one it can run."""
    kernel = os.environ.get(arithmetics.KERNEL_VARIABLE, "")
    disabled = os.environ.get(arithmetics.FEATURES_VARIABLE, "")
    candidates = [a for a in arithmetics.available() if a.kernel == kernel]
    if len(candidates) == 1:  # no AVX-512: libm's exp whatever is disabled
        return candidates[0]
    return next((a for a in candidates if arithmetics.EXPS[a.exp] == disabled), None)
