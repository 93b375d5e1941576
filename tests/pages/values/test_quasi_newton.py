"""pages.values.quasi_newton: scipy's BFGS, L-BFGS and dual annealing from the race's 20 starts,
counted in passes (one evaluation of the loss and its slope is one pass)."""

from __future__ import annotations

import statistics

import numpy as np
import pytest

from descent.pages.values import formats, quasi_newton
from descent.runs import quasi_newton as runs

METHODS = ("BFGS", "L-BFGS", "dual annealing")


@pytest.fixture(scope="module")
def numbers() -> dict[str, str]:
    return quasi_newton.numbers()


@pytest.fixture(scope="module")
def traces() -> dict[str, tuple[np.ndarray, ...]]:
    return {method: runs.search(method).traces for method in METHODS}


def to_target(trace: np.ndarray) -> float | None:
    """The evaluations spent when the lowest error so far first went below 0.01, or None."""
    for evaluations, lowest in trace:
        if lowest < 0.01:
            return float(evaluations)
    return None


def lowest_after(trace: np.ndarray, spent: int) -> float:
    """A start's lowest error after `spent` evaluations (NaN before its first)."""
    seen = trace[trace[:, 0] <= spent, 1]
    return float(seen.min()) if len(seen) else np.nan


@pytest.mark.parametrize("method, short", [("BFGS", "bfgs"), ("L-BFGS", "lbfgs"),
                                           ("dual annealing", "annealing")])
def test_passes_are_the_median_over_the_starts_that_got_below_the_target(numbers, traces, method, short):
    counts = [c for c in map(to_target, traces[method]) if c is not None]
    assert numbers[f"{short}_passes"] == formats.median_count(statistics.median(counts))


@pytest.mark.parametrize("method, short", [("BFGS", "bfgs"), ("L-BFGS", "lbfgs")])
def test_stuck_counts_the_starts_that_never_got_there(numbers, traces, method, short):
    never = sum(to_target(trace) is None for trace in traces[method])
    assert numbers[f"{short}_stuck"] == formats.count(never)


def test_annealing_reached_says_all_or_how_many_of_the_starts(numbers, traces):
    reached = sum(to_target(trace) is not None for trace in traces["dual annealing"])
    assert len(traces["dual annealing"]) == 20
    assert numbers["annealing_reached"] == formats.all_of(reached, 20, "starts")


def test_where_the_quick_methods_median_curves_end(numbers, traces):
    """At the curves' last count every start has spent all it spent: its lowest error, the
    last of its trace."""
    ends = [statistics.median(trace[-1, 1] for trace in traces[method])
            for method in ("BFGS", "L-BFGS")]
    assert numbers["quick_end"] == formats.significant(np.sqrt(ends[0] * ends[1]), 1)


def test_annealings_curve_passes_is_the_first_drawn_count_below_the_target(numbers, traces):
    """Every count from 1 up, by hand: the first at which the median start's lowest error is
    below 0.01; the figure draws 60 log-spaced counts, so it is the first of those from there."""
    found = traces["dual annealing"]
    most = int(runs.search("dual annealing").evaluations.max())  # the most any start spent
    first = next(spent for spent in range(1, most + 1)
                 if np.nanmedian([lowest_after(trace, spent) for trace in found]) < 0.01)
    drawn = np.unique(np.round(np.geomspace(1, most, 60)).astype(int))
    assert numbers["annealing_curve_passes"] == formats.about(drawn[drawn >= first][0])


def test_numbers_names_nothing_else(numbers):
    assert set(numbers) == {"bfgs_passes", "lbfgs_passes", "bfgs_stuck", "lbfgs_stuck",
                            "annealing_reached", "annealing_passes", "quick_end",
                            "annealing_curve_passes"}


# -- The helpers on a made-up search.

def made_up(*traces) -> runs.Search:
    rows = tuple(np.array(trace, dtype=float) for trace in traces)
    return runs.Search("BFGS", tuple(range(1, len(rows) + 1)), rows,
                       np.array([trace[-1, 0] for trace in rows]),
                       np.array([trace[-1, 1] for trace in rows]))


@pytest.fixture()
def search(monkeypatch):
    found: dict[str, runs.Search] = {}
    monkeypatch.setattr(runs, "search", lambda method: found[method])
    return found


def test_the_helpers_on_a_made_up_search(search):
    search["BFGS"] = made_up([[1, 0.5], [7, 0.009]], [[1, 0.5], [3, 0.02]],
                             [[1, 0.5], [4, 0.01], [9, 0.001]])
    assert list(quasi_newton.to_target("BFGS")) == [7, np.inf, 9]  # 0.01 itself is not below
    assert quasi_newton.passes("BFGS") == 8.0
    assert quasi_newton.stuck("BFGS") == 1


def test_passes_when_no_start_got_there_is_a_one_line_error(search):
    search["BFGS"] = made_up([[1, 0.5]], [[2, 0.3]])
    assert quasi_newton.stuck("BFGS") == 2
    with pytest.raises(ValueError, match="^no start of BFGS reached 0.01: there is no median to name$"):
        quasi_newton.passes("BFGS")


def test_annealing_below_an_error_its_curve_never_reaches_is_a_one_line_error():
    with pytest.raises(ValueError, match="^the median curve of dual annealing never gets below 0.0$"):
        quasi_newton.annealing_below(0.0)


def test_annealing_below_a_loose_line_is_its_first_drawn_count(traces):
    counts, curve = quasi_newton.median_curve("dual annealing")
    assert quasi_newton.annealing_below(np.inf) == counts[0] == 1
    assert len(counts) == len(curve) and np.all(np.diff(curve[~np.isnan(curve)]) <= 0)
