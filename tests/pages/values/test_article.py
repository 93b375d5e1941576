"""pages.values.article: the best final errors of the article's seven alphas at 4 and 32 hidden
units, held to the stored sweep the article printed (a second run of the same networks)."""

from __future__ import annotations

import pytest

from descent.network import ALPHAS
from descent.pages.values import article, formats
from descent.readings import post_output
from descent.runs import sweeps


def lowest_final(hidden: int) -> tuple[float, float]:
    """(alpha, final error) of the sweep's run with the lowest error after its last update."""
    best = min(sweeps.article_sweep(hidden).runs, key=lambda run: run.final)
    return best.alpha, best.final


@pytest.mark.parametrize("hidden", [4, 32])
def test_best_end_is_the_lowest_final_error_of_the_article_sweep(hidden):
    assert article.best_end(hidden) == lowest_final(hidden)[1]


def test_the_numbers_are_the_best_final_errors_to_two_digits():
    assert article.numbers() == {"best_end_4": formats.significant(lowest_final(4)[1], 2),
                                 "best_end_32": formats.significant(lowest_final(32)[1], 2)}


@pytest.mark.parametrize("hidden", [4, 32])
def test_the_best_is_alpha_10_below_what_the_post_printed_at_50_000_steps(hidden):
    """The post found alpha 10 best; 10 000 more steps take its error below the post's last
    printed one."""
    alpha, error = lowest_final(hidden)
    printed = getattr(post_output, f"SWEEP_HIDDEN_{hidden}")["10"]["50000"]
    assert alpha == 10.0 and alpha in ALPHAS
    assert 0 < error < printed
