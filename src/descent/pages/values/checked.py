"""Values of "Checked against the post": how many of the post's printed numbers ours match, in
the post's arithmetic and in today's numpy where the site is built; how the candidate
arithmetics fare on the chaotic runs; the last five numbers and the one rounding that fits
them; and how far one-ulp nudges spread the chaotic runs."""

from __future__ import annotations

import platform
from pathlib import Path

import numpy as np

from ... import compare, spreads
from ...network import ALPHAS
from ...runs import order_readings, orders, sweep_readings, sweeps
from . import formats, value

WHAT = {"errors-4": "its errors", "errors-32": "its errors", "weights": "its weights",
        "counts": "its direction counts"}


def results(arithmetic: str = "2015") -> list[compare.Result]:
    return compare.compare(compare.post(), compare.ours(arithmetic))  # runs read once per process


@value
def exact() -> str:
    """How many of the post's printed numbers ours match to the last digit."""
    return formats.count(sum(r.exact for r in results()))


@value
def total() -> str:
    """How many numbers the post printed."""
    return formats.count(sum(r.numbers for r in results()))


@value
def numpy_exact() -> str:
    """How many of them the post's code as written matches, run by today's numpy here."""
    return formats.count(sum(r.exact for r in results("numpy")))


def _processor() -> str | None:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or None


def _blas() -> str | None:
    blas = np.show_config(mode="dicts").get("Build Dependencies", {}).get("blas", {})
    return " ".join(str(blas[k]) for k in ("name", "version") if blas.get(k)) or None


@value
def machine() -> str:
    """The computer that built the page, as far as today's numpy's arithmetic goes."""
    processor, blas = _processor(), _blas()
    where = " ".join(part for part in (platform.machine(), processor) if part)
    return f"{where}, NumPy {np.__version__}" + (f" on {blas}" if blas else "")


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
def differing_count() -> str:
    """How many of our printed numbers differ from the post's."""
    return formats.count(len(order_readings.differing()))


@value
def best_error() -> str:
    """The lowest error of the 4-hidden sweep's last printed line, as the post's log prints it."""
    return formats.logged(min(run.errors[compare.STEPS[-1]]
                              for run in sweeps.article_sweep(4).runs))


# How the post's arithmetic was told apart: the chaotic runs' numbers as a fingerprint.

def _matches() -> dict[str, order_readings.Matches]:
    return {m.candidate: m for m in order_readings.matches()}


@value
def chaotic_total() -> str:
    """How many numbers the chaotic runs printed (alphas 100 and 1000 at 4 hidden units)."""
    return formats.count(next(iter(_matches().values())).chaotic_total)


@value
def numpy_chaotic() -> str:
    """How many of the chaotic runs' numbers today's numpy prints as the post, here."""
    return formats.count(_matches()["numpy"].chaotic)


@value
def fingerprinted() -> str:
    """The candidates that match every one of the chaotic runs' numbers."""
    found = [order_readings.NAMES[m.candidate] for m in _matches().values()
             if m.chaotic == m.chaotic_total]
    return formats.words(found) if found else "none"


@value
def two_lanes_digits() -> str:
    """The fewest leading digits a differing number of the 2-lane candidate shares with the post."""
    return formats.count(_matches()["2-lanes"].digits)


@value
def four_lanes_digits() -> str:
    """The same for this site's arithmetic (four lanes)."""
    return formats.count(_matches()["2015"].digits)


@value
def nudged_chaotic_most() -> str:
    """The most of the chaotic runs' numbers that any one-ulp-nudged start still prints as the post."""
    post = compare.post()
    return formats.count(max(sum(a == b for block in order_readings.CHAOTIC
                                 for a, b in zip(start[block], post[block]))
                             for start in spreads.blocks()))


# The last five numbers, and the one rounding that accounts for them.

def _last() -> list[order_readings.Differing]:
    return order_readings.differing()


@value
def last_digits() -> str:
    """How many leading significant digits the numbers that differ share with the post's."""
    digits = [d.digits for d in _last()]
    return formats.span(min(digits), max(digits))


@value
def last_relative() -> str:
    """The largest relative difference between a differing number of ours and the post's."""
    return formats.significant(max(abs(float(d.post) - float(d.ours)) / abs(float(d.post))
                                   for d in _last()), 2)


@value
def flip_argument() -> str:
    """The exp argument the run met at the flipped place, exactly (hexadecimal)."""
    return orders.flipped().argument.hex()


@value
def flip_position() -> str:
    """Where that argument's exact exp lies between the two doubles around it, in ulps above the lower."""
    return formats.significant(order_readings.exact_position(orders.flipped().argument), 3)


@value
def flip_margin() -> str:
    """How far that is from the midpoint where correct rounding changes sides, in ulps."""
    return formats.significant(abs(0.5 - order_readings.exact_position(
        orders.flipped().argument)), 1)


@value
def flip_exact() -> str:
    """How many of the post's numbers match with that one exp rounded the other way."""
    return formats.count(sum(r.exact for r in compare.compare(compare.post(),
                                                              order_readings.flipped_blocks())))


# How far one-ulp nudges spread the chaotic runs.

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
    return formats.significant(_nudged(32, 10.0)[0], 2)


@value
def nudged_digits_32_alpha_10() -> str:
    return _digits(_nudged(32, 10.0)[1])
