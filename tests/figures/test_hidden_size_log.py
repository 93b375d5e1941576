"""The alpha sweep's console log with more hidden units: one block per alpha, the error at each
logged iteration, each number the stored wider sweep's own, printed as the post printed it."""

from __future__ import annotations

import re

import pytest

from descent.figures import hidden_size_log
from descent.network import ALPHAS
from descent.readings import post_output, printed
from descent.runs import sweeps

LINE = re.compile(r"Error after (\d+) iterations:(\S+)")


@pytest.fixture(scope="module")
def blocks() -> list[list[str]]:
    text = hidden_size_log.text()
    assert text.endswith("\n") and not text.endswith("\n\n")
    return [block.splitlines() for block in text.rstrip("\n").split("\n\n")]


def test_the_log_is_the_32_unit_sweep_by_default():
    assert hidden_size_log.runs() == [sweeps.article_sweep.call(32)]
    assert hidden_size_log.text() == hidden_size_log.text(32)
    assert hidden_size_log.text() != hidden_size_log.text(4)


def test_there_is_one_block_per_alpha_each_printing_iterations_0_to_50000(blocks):
    assert [block[0] for block in blocks] == [f"Training With Alpha:{alpha:g}" for alpha in ALPHAS]
    for block in blocks:
        assert [int(LINE.fullmatch(line)[1]) for line in block[1:]] == list(range(0, 60_000, 10_000))


def test_each_printed_error_is_the_stored_32_unit_runs_error(blocks):
    runs = sweeps.article_sweep(32).runs
    assert runs[0].synapse_0.shape == (3, 32)
    for block, run in zip(blocks, runs):
        assert block[0] == f"Training With Alpha:{run.alpha:g}"
        for line in block[1:]:
            step, shown = LINE.fullmatch(line).groups()
            assert shown == printed.error(run.errors[int(step)])
            assert float(shown) == pytest.approx(run.errors[int(step)], rel=1e-11)


def test_every_start_is_the_same_network_so_the_first_error_is_shared(blocks):
    firsts = {block[1] for block in blocks}
    assert len(firsts) == 1
    assert firsts.pop() == f"Error after 0 iterations:{post_output.SWEEP_HIDDEN_32['0.001']['0']}"


def test_the_log_prints_the_posts_numbers_but_alpha_10_after_its_first_line(blocks):
    # The post's alpha 10 block differs from ours after iteration 0 (ours share the first ten
    # digits of those five, see `python -m descent compare`); every other number is the post's.
    for block in blocks:
        alpha = block[0].split(":")[1]
        ours = {step: float(value) for step, value in
                (LINE.fullmatch(line).groups() for line in block[1:])}
        post = post_output.SWEEP_HIDDEN_32[alpha]
        differ = {step for step in post if ours[step] != post[step]}
        assert differ == ({"10000", "20000", "30000", "40000", "50000"} if alpha == "10" else set())
        for step in differ:
            assert printed.shared_digits(printed.error(ours[step]), printed.error(post[step])) >= 10
