"""pages.values.checked: how many of the post's printed numbers ours match, in which arithmetic,
the few that differ and the one rounding that explains them, and how far one-ulp nudges spread
the chaotic runs; held to the post's numbers (descent.readings.post_output) compared here
afresh with the stored runs, as floats rounded the way the post printed them."""

from __future__ import annotations

import math
import platform
from decimal import Decimal, localcontext
from pathlib import Path

import numpy as np
import pytest

from descent.network import ALPHAS
from descent.pages.values import checked, formats
from descent.readings import compare, post_output
from descent.runs import orders, sweeps, ulp

STEPS = range(0, 60_000, 10_000)  # the six errors each of the post's blocks printed
CHAOTIC_ALPHAS = (100.0, 1000.0)
CHAOTIC_KINDS = ("errors-4", "weights", "counts")


def post_numbers() -> dict[tuple[str, float], list[float]]:
    """The post's numbers per (kind, alpha), straight from the package's copy of them."""
    found = {}
    for alpha in ALPHAS:
        key, look = f"{alpha:g}", post_output.CLOSER_LOOK_HIDDEN_4[f"{alpha:g}"]
        for hidden in (4, 32):
            logged = getattr(post_output, f"SWEEP_HIDDEN_{hidden}")[key]
            found[(f"errors-{hidden}", alpha)] = [logged[str(j)] for j in STEPS]
        found[("weights", alpha)] = look["synapse_0"] + look["synapse_1"]
        found[("counts", alpha)] = (look["synapse_0_direction_changes"]
                                    + look["synapse_1_direction_changes"])
    return found


def block_numbers(errors, weights, counts) -> dict[tuple[str, float], list[float]]:
    """Our numbers per (kind, alpha) from three readers: errors(hidden, alpha) -> the six,
    weights(alpha) and counts(alpha) -> the 16 of the 4-hidden network."""
    found = {}
    for alpha in ALPHAS:
        for hidden in (4, 32):
            found[(f"errors-{hidden}", alpha)] = list(errors(hidden, alpha))
        found[("weights", alpha)] = list(weights(alpha))
        found[("counts", alpha)] = list(counts(alpha))
    return found


def flat(first: np.ndarray, second: np.ndarray) -> list[float]:
    return list(np.ravel(first)) + list(np.ravel(second))


def sweep_numbers(sweep) -> dict[tuple[str, float], list[float]]:
    """Our numbers from a stored sweep, sweep(hidden)."""
    def run(hidden: int, alpha: float):
        found = sweep(hidden).trained
        return found, list(found.alphas).index(alpha)

    def errors(hidden, alpha):
        found, i = run(hidden, alpha)
        return [found.errors[i, list(found.steps).index(j)] for j in STEPS]

    def weights(alpha):
        found, i = run(4, alpha)
        return flat(found.synapse_0[i], found.synapse_1[i])

    def counts(alpha):
        found, i = run(4, alpha)
        return flat(found.synapse_0_direction_changes[i], found.synapse_1_direction_changes[i])

    return block_numbers(errors, weights, counts)


def as_printed(kind: str, x: float) -> float:
    """A number rounded as the post printed its kind: errors to 12 significant digits, weights
    to 8 decimals, counts whole."""
    if kind.startswith("errors"):
        return float(f"{x:.12g}")
    return float(f"{x:.8f}") if kind == "weights" else float(int(x))


def matching(ours: dict, post: dict, blocks=None) -> int:
    return sum(as_printed(kind, a) == b for (kind, alpha), theirs in post.items()
               if blocks is None or (kind, alpha) in blocks
               for a, b in zip(ours[(kind, alpha)], theirs))


def differing(ours: dict, post: dict) -> list[tuple[str, float, float, float]]:
    """(kind, alpha, ours, the post's) of every number that differs as printed."""
    return [(kind, alpha, a, b) for (kind, alpha), theirs in post.items()
            for a, b in zip(ours[(kind, alpha)], theirs) if as_printed(kind, a) != b]


def shared_digits(a: str, b: str) -> int:
    """Leading significant digits two printed numbers share, read off their scientific form."""
    (mantissa_a, exponent_a), (mantissa_b, exponent_b) = (
        f"{Decimal(text):E}".split("E") for text in (a, b))
    if exponent_a != exponent_b or mantissa_a.startswith("-") != mantissa_b.startswith("-"):
        return 0
    digits_a, digits_b = (mantissa.lstrip("-").replace(".", "").rstrip("0")
                          for mantissa in (mantissa_a, mantissa_b))
    width = max(len(digits_a), len(digits_b))
    digits_a, digits_b = digits_a.ljust(width, "0"), digits_b.ljust(width, "0")
    return next((k for k in range(width) if digits_a[k] != digits_b[k]), width)


CHAOTIC = [(kind, alpha) for alpha in CHAOTIC_ALPHAS for kind in CHAOTIC_KINDS]
POST = post_numbers()


@pytest.fixture(scope="module")
def named() -> dict[str, str]:
    return checked.numbers()


@pytest.fixture(scope="module")
def ours() -> dict[tuple[str, float], list[float]]:
    return sweep_numbers(sweeps.article_sweep)


def test_the_post_printed_its_errors_weights_and_counts_for_each_of_its_seven_alphas(named):
    # Per alpha: six errors at 4 and six at 32 hidden units, 12 + 4 weights and their counts.
    assert named["total"] == str(7 * (6 + 6 + 16 + 16)) == "308"
    assert sum(len(numbers) for numbers in POST.values()) == 308
    assert named["chaotic_total"] == str(2 * (6 + 16 + 16)) == "76"


def test_how_many_match_in_the_sites_arithmetic_and_in_todays_numpy(named, ours):
    assert named["exact"] == str(matching(ours, POST))
    assert named["numpy_exact"] == str(matching(sweep_numbers(sweeps.as_written_sweep), POST))
    assert named["numpy_chaotic"] == str(matching(sweep_numbers(sweeps.as_written_sweep), POST,
                                                  CHAOTIC))


def test_the_numbers_that_differ(named, ours):
    found = differing(ours, POST)
    assert named["differing_count"] == str(len(found))
    runs = {(alpha, kind) for kind, alpha, _, _ in found}
    assert runs == {(10.0, "errors-32")}  # one run, and only its errors
    assert named["differing_runs"] == "1 run: alpha 10 with 32 hidden units (its errors)"
    digits = [shared_digits(f"{a:.12g}", repr(b)) for _, _, a, b in found]
    assert named["last_digits"] == formats.span(min(digits), max(digits))
    relative = max(abs(b - a) / abs(b) for _, _, a, b in found)
    assert named["last_relative"] == f"{relative:.2g}"


def test_the_best_error_of_the_last_line_is_the_posts_alpha_10(named, ours):
    """The 4-hidden sweep's lowest error at 50 000 steps is alpha 10's, as the post printed it."""
    last = {alpha: ours[("errors-4", alpha)][-1] for alpha in ALPHAS}
    assert min(last, key=last.get) == 10.0
    assert named["best_error"] == f"{last[10.0]:.12g}" == repr(POST[("errors-4", 10.0)][-1])


def candidate(name: str) -> dict:
    return sweep_numbers(lambda hidden: orders.candidate_sweep(name, hidden))


def test_which_candidate_arithmetics_print_every_chaotic_number(named, ours):
    printed_all = [label for label, numbers in [
        ("every sum in order", candidate("sequential")),
        ("every sum in order with FMA", candidate("sequential-fma")),
        ("two lanes", candidate("2-lanes")), ("four lanes", ours)]
        if matching(numbers, POST, CHAOTIC) == 76]
    assert named["fingerprinted"] == formats.words(printed_all)


@pytest.mark.parametrize("name, candidate_name", [("two_lanes_digits", "2-lanes"),
                                                  ("four_lanes_digits", None)])
def test_the_fewest_digits_a_candidate_shares_where_it_differs(named, ours, name, candidate_name):
    numbers = ours if candidate_name is None else candidate(candidate_name)
    shared = [shared_digits(f"{a:.12g}" if kind.startswith("errors") else f"{a:.8f}", repr(b))
              for kind, _, a, b in differing(numbers, POST)]
    assert named[name] == str(min(shared))


def test_the_nudged_start_that_keeps_most_of_the_chaotic_numbers(named):
    found = ulp.nudged(4, direction_changes=True)
    columns = [list(found.steps).index(j) for j in STEPS]
    most = 0
    for n in range(ulp.NUDGES):
        def run(alpha, name):
            return getattr(found, name)[n, found.alphas.index(alpha)]
        start = block_numbers(
            lambda hidden, alpha: run(alpha, "errors")[columns] if hidden == 4 else [],
            lambda alpha: flat(run(alpha, "synapse_0"), run(alpha, "synapse_1")),
            lambda alpha: flat(run(alpha, "synapse_0_direction_changes"),
                               run(alpha, "synapse_1_direction_changes")))
        most = max(most, matching(start, POST, CHAOTIC))
    assert named["nudged_chaotic_most"] == str(most) and most < 76


def test_the_flipped_rounding(named):
    """The argument is the one runs.orders names; its exact exp, from Python's decimal module,
    lies just short of halfway between the two doubles around it."""
    argument = float.fromhex(named["flip_argument"])
    assert argument == orders.FLIP_ARGUMENT
    with localcontext() as context:
        context.prec = 60
        true = Decimal(argument).exp()
        lower = float(true)  # the nearest double: step down if it lies above
        lower = math.nextafter(lower, -math.inf) if Decimal(lower) > true else lower
        position = (true - Decimal(lower)) / Decimal(math.ulp(lower))
    assert named["flip_position"] == f"{position:.3g}"
    assert named["flip_margin"] == f"{abs(Decimal('0.5') - position):.1g}"


def test_with_the_one_rounding_flipped_every_number_matches(named, ours):
    flipped = dict(ours)
    flipped[("errors-32", 10.0)] = [orders.flipped().errors[j] for j in STEPS]
    assert named["flip_exact"] == str(matching(flipped, POST)) == named["total"]


@pytest.mark.parametrize("hidden, alpha, digits", [(4, 100.0, 1), (32, 10.0, 2)])
def test_how_far_one_ulp_nudges_spread_a_chaotic_runs_last_error(named, hidden, alpha, digits):
    found, i = ulp.nudged(hidden, direction_changes=hidden == 4), ALPHAS.index(alpha)
    nudged = found.errors[:, i, list(found.steps).index(50_000)]
    mine = sweeps.article_sweep(hidden).runs[i].errors[50_000]
    every = np.append(nudged, mine)
    assert named[f"nudged_spread_{hidden}_alpha_{alpha:g}"] == formats.significant(
        (every.max() - every.min()) / mine, digits)
    texts = {f"{e:.12g}" for e in every}
    kept = min(shared_digits(f"{mine:.12g}", text) for text in texts)
    expected = "all" if len(texts) == 1 else str(kept)
    assert named[f"nudged_digits_{hidden}_alpha_{alpha:g}"] == expected


def test_the_machine_is_this_one(named):
    assert named["machine"].startswith(platform.machine())
    assert f"NumPy {np.__version__}" in named["machine"]
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        model = next(line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines()
                     if line.startswith("model name"))
        assert named["machine"].startswith(f"{platform.machine()} {model}, NumPy")


def test_the_machine_without_a_processor_or_a_blas_name(monkeypatch):
    monkeypatch.setattr(checked, "_processor", lambda: None)
    monkeypatch.setattr(checked, "_blas", lambda: None)
    assert checked.machine() == f"{platform.machine()}, NumPy {np.__version__}"


def result(kind: str, alpha: float, exact: int, numbers: int) -> compare.Result:
    return compare.Result(kind, alpha, numbers, exact, None if exact == numbers else 3)


def test_differing_runs_names_each_run_once_with_what_of_it_differs():
    assert checked.differing_runs([result("errors-4", 1.0, 6, 6)]) == "no run: every number matches"
    found = [result("weights", 100.0, 10, 16), result("counts", 100.0, 15, 16),
             result("errors-4", 100.0, 6, 6), result("errors-32", 10.0, 1, 6)]
    assert checked.differing_runs(found) == (
        "2 runs: alpha 100 with 4 hidden units (its weights and its direction counts) and "
        "alpha 10 with 32 hidden units (its errors)")


def test_shared_digits_by_hand():
    assert shared_digits("0.00224922117374", "0.00224922117381") == 10
    assert shared_digits("0.5", "0.5") == 1 and shared_digits("0.125", "0.5") == 0
    assert shared_digits("-1.5", "1.5") == 0 and shared_digits("0.0123", "0.123") == 0


def test_nudged_digits_are_all_when_every_printout_agrees():
    assert checked._digits(None) == "all" and checked._digits(9) == "9"


def test_the_module_names_exactly_the_values_checked_here(named):
    assert set(named) == {
        "exact", "total", "numpy_exact", "machine", "differing_runs", "differing_count",
        "best_error", "chaotic_total", "numpy_chaotic", "fingerprinted", "two_lanes_digits",
        "four_lanes_digits", "nudged_chaotic_most", "last_digits", "last_relative",
        "flip_argument", "flip_position", "flip_margin", "flip_exact",
        "nudged_spread_4_alpha_100", "nudged_digits_4_alpha_100", "nudged_spread_32_alpha_10",
        "nudged_digits_32_alpha_10"}
