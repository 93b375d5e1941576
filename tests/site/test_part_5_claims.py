"""What Part 5 says about its sweeps, in prose and in the figures' alt texts, is what they hold.

Like test_explore_claims.py, each test pairs words of docs/part-5-improving-our-network.md with
the data they describe. The numbers the post quotes stay the post's: the tests hold our runs to
them. (The "Checked against the post" note is held by test_checked_claims.py.)
"""

from __future__ import annotations

import numpy as np
import pytest

from descent import compare
from descent.pages.values import article, formats
from descent.network import ALPHAS
from descent.runs import sweep_readings, sweeps
from site_html import ROOT

pytestmark = pytest.mark.claims  # prose and pins held to the runs (the same bits on every machine)

PAGE = ROOT / "docs" / "part-5-improving-our-network.md"


@pytest.fixture(scope="module")
def prose() -> str:
    return " ".join(PAGE.read_text(encoding="utf-8").split())


def errors_at(hidden: int, step: int) -> dict[float, float]:
    """alpha -> the seed-1 sweep's error logged at one step."""
    return {run.alpha: run.errors[step] for run in sweeps.article_sweep(hidden).runs}


def test_the_sweep_reads_as_the_post_reads_it(prose):
    assert ("the smaller the alpha the slower the descent, alpha 10 reaches the lowest error, "
            "alpha 100 stalls, alpha 1000 sits at 0.5 on top of alpha 0.001") in prose
    marks = range(10_000, 60_000, 10_000)
    for step in marks:  # 0.001 to 10: at every logged mark, the larger alpha is lower
        at = errors_at(4, step)
        assert all(at[a] > at[b] for a, b in zip(ALPHAS[:4], ALPHAS[1:5])), step
    assert "The best result of the sweep, and already the best after the first 10 000 steps" \
        in prose
    for step in marks:
        at = errors_at(4, step)
        assert min(at, key=at.get) == 10.0, step
    assert "The error drops early and then stalls far above the alphas that converge" in prose
    hundred = [errors_at(4, step)[100.0] for step in (0, *marks)]
    assert hundred[1] < hundred[0] and max(hundred[1:]) - min(hundred[1:]) < 0.01
    assert all(h > 10 * errors_at(4, 50_000)[alpha] for h in hundred[1:] for alpha in (1, 10))
    assert "the error sits at 0.5, far from any minimum" in prose
    for step in marks:
        at = errors_at(4, step)
        assert abs(at[1000.0] - 0.5) < 1e-3 and abs(at[0.001] - 0.5) < 0.02, step


def test_the_closer_look_is_described_truly(prose):
    assert ("tiny alphas show almost no changes and small weights, alpha 10 the most changes, "
            "huge alphas huge weights") in prose
    data = sweep_readings.weight_readings()
    changes = {alpha: int(c.sum()) for alpha, (c, _) in data.items()}
    largest = {alpha: float(w.max()) for alpha, (_, w) in data.items()}
    assert "With a tiny alpha the updates almost never change direction, and the weights stay " \
        "small" in prose
    assert np.median(data[0.001][0]) == 0 and min(largest, key=largest.get) == 0.001
    assert "Around the best alpha the direction changes are most frequent" in prose
    assert max(changes, key=changes.get) == 10.0
    assert "With a huge alpha there are still some changes, fewer than at the best alpha" in prose
    assert 0 < changes[1000.0] < changes[10.0]
    assert "A huge alpha also leaves huge weights" in prose
    assert max(largest, key=largest.get) == 1000.0


def test_the_hidden_size_figure_is_described_truly(prose):
    assert ("32 units end lower at every alpha from 0.001 to 10; the best, at alpha 10, is "
            "{{ article.best_end_4 }} with 4 units and {{ article.best_end_32 }} with 32. At alpha "
            "100 the 32-unit network is stuck at 0.5, and at 1000 both are.") in prose
    small, big = sweep_readings.final_errors(4), sweep_readings.final_errors(32)
    assert all(big[alpha] < small[alpha] for alpha in ALPHAS[:5])
    for errors, shown in ((small, article.best_end_4()), (big, article.best_end_32())):
        assert min(errors, key=errors.get) == 10.0
        assert shown == formats.significant(errors[10.0])
    assert round(8 * big[100.0]) == 4 and round(8 * small[1000.0]) == round(8 * big[1000.0]) == 4
    # The figure is the end of training: the error after the last of the 60 000 steps, which is
    # below the one the sweep logged 500 steps before (no step is logged at 60 000 itself).
    for errors, hidden in ((small, 4), (big, 32)):
        assert errors[10.0] < errors_at(hidden, 59_500)[10.0]


def test_the_best_error_drops_with_more_hidden_units(prose):
    assert ("in the log from about 0.0013 with 4 hidden units to about 0.0009 with 32, and at the "
            "end of training from {{ article.best_end_4 }} to {{ article.best_end_32 }}") in prose
    post = compare.post()
    for hidden, quoted, digits in ((4, "0.0013", 2), (32, "0.0009", 1)):
        printed = float(post[(f"errors-{hidden}", 10.0)][-1])  # the post's line at 50 000
        assert formats.significant(printed, digits) == quoted  # the number its text quotes
        assert formats.significant(errors_at(hidden, 50_000)[10.0], digits) == quoted  # ours
    assert float(article.best_end_32()) < float(article.best_end_4())
