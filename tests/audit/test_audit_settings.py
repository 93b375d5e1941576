"""The audit's settings: the CPU slowdown it picks and how it takes a median.

Anchors are Lighthouse's own (docs/throttling.md and its slowdown calculator): the default 4x
is calibrated for a BenchmarkIndex of about 1533, a host at 800 wants 2x; a faster host keeps
the default; the result never exceeds the default.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import audit  # noqa: E402


@pytest.mark.parametrize("index, slowdown", [(800, 2.0), (1533, 4.0), (1300, 3.0)])
def test_slow_hosts_get_the_calculators_slowdown(index, slowdown):
    assert audit.cpu_slowdown(index) == pytest.approx(slowdown, abs=0.01)


@pytest.mark.parametrize("index", [1600, 2000, 2736, 3397, 10_000])
def test_fast_hosts_keep_lighthouses_default(index):
    assert audit.cpu_slowdown(index) == audit.DEFAULT_SLOWDOWN == 4.0


def test_the_slowdown_grows_with_the_host_and_stays_in_range():
    indices = range(50, 4000, 10)
    slowdowns = [audit.cpu_slowdown(index) for index in indices]
    assert all(a <= b for a, b in zip(slowdowns, slowdowns[1:]))
    assert min(slowdowns) == 1.0 and max(slowdowns) == 4.0


def test_the_median_of_an_even_count_is_a_real_run():
    runs = [{name: score for name in audit.CATEGORIES} for score in (90, 100, 96, 94)]
    assert audit.median_scores(runs) == {name: 94 for name in audit.CATEGORIES}


def test_runs_go_in_rounds_over_every_page_so_a_spell_of_load_hits_one_run_of_each():
    order = audit.rounds(["", "a/", "b/"], 3)
    assert order == [(1, ""), (1, "a/"), (1, "b/"), (2, ""), (2, "a/"), (2, "b/"),
                     (3, ""), (3, "a/"), (3, "b/")]
    # every page gets each of its runs once, and no page's runs come one right after another
    assert sorted(order) == sorted((run, page) for page in ["", "a/", "b/"] for run in (1, 2, 3))
    assert all(a[1] != b[1] for a, b in zip(order, order[1:]))


def test_report_names_are_one_per_page():
    names = [audit.report_name(page) for page in ["", "follow-up/", "follow-up/race/"]]
    assert names == ["home", "follow-up", "follow-up-race"]
