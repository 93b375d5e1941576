"""Values of "Checked against the post": how many of the post's printed numbers ours match, in
the post's arithmetic and in today's numpy where the site is built; how the candidate
arithmetics fare on the chaotic runs; the last five numbers and the one rounding that fits
them; and how far one-ulp nudges spread the chaotic runs."""

from __future__ import annotations

import platform
from pathlib import Path

import numpy as np

from ...readings import compare, spreads
from ...network import ALPHAS
from ...readings import order_readings, sweep_readings
from ...runs import orders, sweeps
from . import formats

WHAT = {"errors-4": "its errors", "errors-32": "its errors", "weights": "its weights",
        "counts": "its direction counts"}


def results(arithmetic: str = "2015") -> list[compare.Result]:
    return compare.compare(compare.post(), compare.ours(arithmetic))  # runs read once per process


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


def machine() -> str:
    """The computer that built the page, as far as today's numpy's arithmetic goes."""
    processor, blas = _processor(), _blas()
    where = " ".join(part for part in (platform.machine(), processor) if part)
    return f"{where}, NumPy {np.__version__}" + (f" on {blas}" if blas else "")


def differing_runs(found: list[compare.Result]) -> str:
    """The runs whose printed numbers differ from the post's, with what of each differs."""
    runs: dict[tuple[float, int], list[str]] = {}
    for r in found:
        if r.exact < r.numbers:
            runs.setdefault((r.alpha, compare.HIDDEN[r.kind]), []).append(WHAT[r.kind])
    if not runs:
        return "no run: every number matches"
    named = [f"alpha {formats.alpha(alpha)} with {hidden} hidden units ({formats.words(what)})"
             for (alpha, hidden), what in runs.items()]
    return f"{formats.count(len(runs))} run{'s' if len(runs) > 1 else ''}: {formats.words(named)}"


def nudged(hidden: int, alpha: float) -> tuple[float, int | None]:
    """How far one-ulp nudges spread the run's last error, relatively, and how many leading
    printed digits of it every nudged run keeps (None: all)."""
    relative, fixed = sweep_readings.ulp_spreads(hidden)
    index = list(ALPHAS).index(alpha)
    return float(relative[index]), fixed[index]


def _digits(fixed: int | None) -> str:
    return "all" if fixed is None else formats.count(fixed)


def numbers() -> dict[str, str]:
    """The numbers "Checked against the post" names, by name."""
    found, post = results(), compare.post()
    matches = {m.candidate: m for m in order_readings.matches()}
    last = order_readings.differing()  # the numbers of ours that differ from the post's
    digits = [d.digits for d in last]
    flipped = orders.flipped().argument
    spread_4, digits_4 = nudged(4, 100.0)
    spread_32, digits_32 = nudged(32, 10.0)
    return {
        # How many of the post's printed numbers ours match to the last digit.
        "exact": formats.count(sum(r.exact for r in found)),
        "total": formats.count(sum(r.numbers for r in found)),  # how many numbers the post printed
        # How many of them the post's code as written matches, run by today's numpy here.
        "numpy_exact": formats.count(sum(r.exact for r in results("numpy"))),
        "machine": machine(),
        "differing_runs": differing_runs(found),
        # How many of our printed numbers differ from the post's.
        "differing_count": formats.count(len(last)),
        # The lowest error of the 4-hidden sweep's last printed line, as the post's log prints it.
        "best_error": formats.logged(min(run.errors[compare.STEPS[-1]]
                                         for run in sweeps.article_sweep(4).runs)),
        # -- How the post's arithmetic was told apart: the chaotic runs' numbers as a fingerprint.
        # How many numbers the chaotic runs printed (alphas 100 and 1000 at 4 hidden units).
        "chaotic_total": formats.count(next(iter(matches.values())).chaotic_total),
        # How many of the chaotic runs' numbers today's numpy prints as the post, here.
        "numpy_chaotic": formats.count(matches["numpy"].chaotic),
        # The candidates that match every one of the chaotic runs' numbers.
        "fingerprinted": formats.words([order_readings.NAMES[m.candidate] for m in matches.values()
                                        if m.chaotic == m.chaotic_total] or ["none"]),
        # The fewest leading digits a differing number of the 2-lane candidate shares with the post.
        "two_lanes_digits": formats.count(matches["2-lanes"].digits),
        # The same for this site's arithmetic (four lanes).
        "four_lanes_digits": formats.count(matches["2015"].digits),
        # The most of the chaotic runs' numbers that any one-ulp-nudged start still prints as
        # the post.
        "nudged_chaotic_most": formats.count(max(
            sum(a == b for block in order_readings.CHAOTIC
                for a, b in zip(start[block], post[block]))
            for start in spreads.blocks())),
        # -- The last five numbers, and the one rounding that accounts for them.
        # How many leading significant digits the numbers that differ share with the post's.
        "last_digits": formats.span(min(digits), max(digits)),
        # The largest relative difference between a differing number of ours and the post's.
        "last_relative": formats.significant(
            max(abs(float(d.post) - float(d.ours)) / abs(float(d.post)) for d in last), 2),
        # The exp argument the run met at the flipped place, exactly (hexadecimal).
        "flip_argument": flipped.hex(),
        # Where that argument's exact exp lies between the two doubles around it, in ulps above
        # the lower.
        "flip_position": formats.significant(order_readings.exact_position(flipped), 3),
        # How far that is from the midpoint where correct rounding changes sides, in ulps.
        "flip_margin": formats.significant(abs(0.5 - order_readings.exact_position(flipped)), 1),
        # How many of the post's numbers match with that one exp rounded the other way.
        "flip_exact": formats.count(sum(r.exact for r in compare.compare(
            post, order_readings.flipped_blocks()))),
        # -- How far one-ulp nudges spread the chaotic runs.
        # How far 40 one-ulp nudges spread alpha 100's last error at 4 hidden units, relatively.
        "nudged_spread_4_alpha_100": formats.significant(spread_4, 1),
        # How many leading printed digits of that error every nudged run keeps.
        "nudged_digits_4_alpha_100": _digits(digits_4),
        # The same for alpha 10 at 32 hidden units.
        "nudged_spread_32_alpha_10": formats.significant(spread_32, 2),
        "nudged_digits_32_alpha_10": _digits(digits_32),
    }
