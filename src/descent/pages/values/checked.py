"""Values of "Checked against the post": how many of the post's printed numbers ours match,
where the others come from, and how far one-ulp nudges spread the chaotic runs."""

from __future__ import annotations

import platform

import numpy as np

from ... import compare
from ...network import ALPHAS
from ...runs import arithmetic_sweeps, sweep_readings, sweeps
from . import formats, value

WHAT = {"errors-4": "its errors", "errors-32": "its errors", "weights": "its weights",
        "counts": "its direction counts"}


def results() -> list[compare.Result]:
    return compare.compare(compare.post())  # from the stored runs, read once per process


@value
def exact() -> str:
    """How many of the post's printed numbers ours match to the last digit."""
    return formats.count(sum(r.exact for r in results()))


@value
def total() -> str:
    """How many numbers the post printed."""
    return formats.count(sum(r.numbers for r in results()))


@value
def machine() -> str:
    """The computer that built the page, as far as its arithmetic goes."""
    forced = arithmetic_sweeps.this_build()
    return ", ".join([platform.machine(), f"NumPy {np.__version__}"]
                     + ([forced.label] if forced else []))


@value
def differing_runs() -> str:
    """The runs whose printed numbers differ from the post's, with what of each differs."""
    runs: dict[tuple[float, int], list[str]] = {}
    for r in results():
        if r.exact < r.numbers:
            runs.setdefault((r.alpha, compare.HIDDEN[r.kind]), []).append(WHAT[r.kind])
    if not runs:
        return "no run: every number matches"
    named = [f"alpha {formats.alpha(alpha)} with {hidden} hidden units ({formats.words(what)})"
             for (alpha, hidden), what in runs.items()]
    return f"{formats.count(len(runs))} run{'s' if len(runs) > 1 else ''}: {formats.words(named)}"


@value
def best_error() -> str:
    """The lowest error of the 4-hidden sweep's last printed line, as the post's log prints it."""
    return formats.logged(min(run.errors[compare.STEPS[-1]]
                              for run in sweeps.article_sweep(4).runs))


def _nudged(hidden: int, alpha: float) -> tuple[float, int | None]:
    relative, fixed = sweep_readings.ulp_spreads(hidden)
    index = list(ALPHAS).index(alpha)
    return float(relative[index]), fixed[index]


def _digits(fixed: int | None) -> str:
    return "all" if fixed is None else formats.count(fixed)


@value
def nudged_spread_4_alpha_100() -> str:
    """How far 40 one-ulp nudges spread alpha 100's last error at 4 hidden units, relatively."""
    return formats.significant(_nudged(4, 100.0)[0], 1)


@value
def nudged_digits_4_alpha_100() -> str:
    """How many leading printed digits of that error every nudged run keeps."""
    return _digits(_nudged(4, 100.0)[1])


@value
def nudged_spread_32_alpha_10() -> str:
    """The same for alpha 10 at 32 hidden units."""
    return formats.significant(_nudged(32, 10.0)[0], 1)


@value
def nudged_digits_32_alpha_10() -> str:
    return _digits(_nudged(32, 10.0)[1])
