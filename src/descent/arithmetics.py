"""The floating-point arithmetics one x86-64 machine can compute in, chosen before numpy loads.

A result of a chaotic run depends on the last bits of every operation, and those depend on the
CPU: OpenBLAS picks a matrix-product kernel for it (with or without fused multiply-add, FMA), and
numpy picks its own AVX-512 `exp` where the CPU has AVX-512, libm's elsewhere. Both choices can
be forced from the environment of a new process, so one machine can compute like several:
`OPENBLAS_CORETYPE` names the kernel family, `NPY_DISABLE_CPU_FEATURES=X86_V4` takes numpy's
AVX-512 code away. They must be set before numpy is imported, hence in a subprocess.
"""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass

# OpenBLAS kernel families, and the CPU features each needs (names as numpy's __cpu_features__).
KERNELS = {"Sandybridge": ("AVX",),  # AVX, no FMA: every product rounded, then added
           "Haswell": ("AVX2", "FMA3"),  # AVX2 with FMA: a*b+c rounded once
           "SkylakeX": ("AVX512F",)}  # AVX-512 with FMA, other blocking
EXPS = {"numpy": "", "libm": "X86_V4"}  # numpy's AVX-512 exp, or libm's (AVX-512 code disabled)
KERNEL_VARIABLE, FEATURES_VARIABLE = "OPENBLAS_CORETYPE", "NPY_DISABLE_CPU_FEATURES"


@dataclass(frozen=True)
class Arithmetic:
    """One BLAS kernel family and one exp, as a subprocess's environment selects them."""

    kernel: str
    exp: str

    @property
    def name(self) -> str:
        return f"{self.kernel}-{self.exp}"

    @property
    def label(self) -> str:
        return f"{self.kernel} kernels, {'numpy' if self.exp == 'numpy' else 'libm'}'s exp"

    def env(self) -> dict[str, str]:
        return {KERNEL_VARIABLE: self.kernel, FEATURES_VARIABLE: EXPS[self.exp]}


def current() -> str:
    """This process's arithmetic as its environment forced it ('native' where it did not)."""
    kernel = os.environ.get(KERNEL_VARIABLE) or "native"
    disabled = os.environ.get(FEATURES_VARIABLE) or "none"
    return f"{kernel}/{disabled}"


def _features() -> dict[str, bool]:
    from numpy._core._multiarray_umath import __cpu_features__

    return __cpu_features__


def _openblas() -> bool:
    import numpy as np

    blas = np.show_config(mode="dicts").get("Build Dependencies", {}).get("blas", {})
    return "openblas" in str(blas.get("name", "")).lower()


def unavailable() -> str | None:
    """Why this machine cannot switch arithmetics, or None when it can."""
    if platform.machine().lower() not in ("x86_64", "amd64"):
        return f"OpenBLAS kernels can be switched on x86-64 only; this is {platform.machine()}"
    if not _openblas():
        return "numpy here does not use OpenBLAS, whose kernels the switch chooses"
    return None


def available() -> list[Arithmetic]:
    """Every kernel family x exp this machine can run, in a fixed order; [] if it cannot switch."""
    if unavailable():
        return []
    features = _features()
    kernels = [kernel for kernel, needs in KERNELS.items() if all(features.get(f) for f in needs)]
    # Without AVX-512, numpy's exp is libm's already: disabling X86_V4 would change nothing.
    exps = list(EXPS) if features.get("AVX512F") else ["libm"]
    return [Arithmetic(kernel, exp) for kernel in kernels for exp in exps]
