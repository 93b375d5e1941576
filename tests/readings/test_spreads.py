"""readings.spreads: our printed blocks from every one-ulp-nudged start, and what stays fixed."""

from __future__ import annotations

import pytest

from descent.network import ALPHAS
from descent.readings import printed, spreads
from descent.runs import ulp

pytestmark = pytest.mark.claims  # prose and pins held to the runs (the same bits on every machine)


def test_a_spread_reads_digits_and_range_column_by_column_worked_by_hand():
    block = ("errors-4", 1.0)
    ours = {block: ["0.5", "9.5"]}
    starts = [{block: ["0.500000000001", "10.1"]}, {block: ["0.500000000002", "9.45"]}]
    found = spreads.spread(block, ours, starts)
    assert found.fixed == [11, 0]  # 0.5 and 0.500000000001 share eleven; 9.5 and 10.1 none
    assert found.low == ["0.5", "9.45"]  # by value: as text "10.1" would sort first
    assert found.high == ["0.500000000002", "10.1"]
    same = spreads.spread(block, {block: ["0.25"]}, [{block: ["0.25"]}] * 3)
    assert same.fixed == [None] and same.low == same.high == ["0.25"]


def test_the_fewest_digits_reads_none_as_all():
    assert spreads.fewest([None, 11, 3]) == 3
    assert spreads.fewest([None, 0]) == 0  # no digit in common is a number, not "all"
    assert spreads.fewest([None, None]) is None


@pytest.fixture(scope="module")
def starts():
    return spreads.blocks()


def test_every_nudged_start_prints_the_blocks_ours_print(ours, starts):
    assert len(starts) == ulp.NUDGES
    for start in starts:
        assert {block: len(numbers) for block, numbers in start.items()} == \
            {block: len(numbers) for block, numbers in ours.items()}


def test_each_start_logs_one_first_error_for_every_alpha_a_last_digit_from_ours(ours, starts):
    """Before any step the error depends only on the start, which every alpha shares, and one ulp
    of the weights cannot move it by more than the last printed digit."""
    for start in starts:
        for hidden in (4, 32):
            first = {start[(f"errors-{hidden}", alpha)][0] for alpha in ALPHAS}
            assert len(first) == 1
            assert printed.shared_digits(first.pop(), ours[(f"errors-{hidden}", 1.0)][0]) >= 11


def test_at_the_smallest_alpha_each_weight_ends_where_ours_does_to_the_last_decimal(ours, starts):
    """At alpha 0.001 descent is smooth, not chaotic: a nudge of one ulp stays far below the 8th
    decimal, so each printed weight is ours, give or take its last digit, in the same order."""
    block = ("weights", 0.001)
    for start in starts:
        for mine, nudged in zip(ours[block], start[block]):
            assert abs(float(mine) - float(nudged)) <= 1.0001e-8
