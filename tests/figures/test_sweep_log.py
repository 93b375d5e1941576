"""The alpha sweep's console log: one block per alpha, the error at each logged iteration, each
number the stored sweep's own, printed as the 2015 post printed it."""

from __future__ import annotations

import re

import pytest

from descent.figures import sweep_log
from descent.network import ALPHAS
from descent.readings import post_output, printed
from descent.runs import sweeps

LINE = re.compile(r"Error after (\d+) iterations:(\S+)")


@pytest.fixture(scope="module")
def blocks() -> list[list[str]]:
    text = sweep_log.text()
    assert text.endswith("\n") and not text.endswith("\n\n")
    return [block.splitlines() for block in text.rstrip("\n").split("\n\n")]


def test_there_is_one_block_per_alpha_in_the_articles_order(blocks):
    assert [block[0] for block in blocks] == [
        "Training With Alpha:0.001", "Training With Alpha:0.01", "Training With Alpha:0.1",
        "Training With Alpha:1", "Training With Alpha:10", "Training With Alpha:100",
        "Training With Alpha:1000"]
    assert len(blocks) == len(ALPHAS)


def test_each_block_prints_the_error_every_10000_iterations_up_to_50000(blocks):
    for block in blocks:
        steps = [int(LINE.fullmatch(line)[1]) for line in block[1:]]
        assert steps == [0, 10_000, 20_000, 30_000, 40_000, 50_000]  # range(0, 60000, 10000)


def test_each_printed_error_is_the_stored_runs_error_at_that_iteration(blocks):
    for block, run in zip(blocks, sweeps.article_sweep(4).runs):
        assert block[0] == f"Training With Alpha:{run.alpha:g}"
        for line in block[1:]:
            step, shown = LINE.fullmatch(line).groups()
            assert shown == printed.error(run.errors[int(step)])
            assert float(shown) == pytest.approx(run.errors[int(step)], rel=1e-11)


def test_the_log_prints_the_posts_numbers_digit_for_digit(blocks):
    for block in blocks:
        alpha = block[0].split(":")[1]
        printed_by_post = post_output.SWEEP_HIDDEN_4[alpha]
        ours = dict(LINE.fullmatch(line).groups() for line in block[1:])
        assert ours.keys() == printed_by_post.keys()
        assert {step: float(value) for step, value in ours.items()} == printed_by_post


def test_the_hidden_units_reach_the_log_and_its_sweep():
    assert sweep_log.runs() == [sweeps.article_sweep.call(4)]
    assert sweep_log.runs(32) == [sweeps.article_sweep.call(32)]
    first = sweep_log.text(32).splitlines()[1]
    assert first == f"Error after 0 iterations:{printed.error(sweeps.article_sweep(32).runs[0].errors[0])}"
    assert first != sweep_log.text().splitlines()[1]
