"""checked_orders tables the candidate arithmetics for the post's 2015 computer: how many of the
chaotic runs' numbers, and of all the post printed, each candidate prints as the post did."""

from __future__ import annotations

import pytest

from descent.figures import checked_orders
from descent.readings import compare, order_readings, printed

HEADER = ["arithmetic", "chaotic runs' numbers", "all numbers", "fewest digits shared"]
# The chaotic runs: alphas 100 and 1000 at 4 hidden units, all they printed (by hand: 6 errors,
# 16 weights and 16 counts each).
CHAOTIC = {(kind, alpha) for alpha in (100.0, 1000.0) for kind in ("errors-4", "weights", "counts")}


@pytest.fixture(scope="module")
def rows() -> list[list[str]]:
    return [[cell.strip() for cell in line.strip("|").split("|")]
            for line in checked_orders.text().splitlines()]


def counted(candidate: str) -> tuple[int, int, int, int, int | None]:
    """(chaotic matching, chaotic total, matching, total, fewest digits) counted here, number by
    number, from the candidate's printed blocks and the post's."""
    post, ours = compare.post(), order_readings.printed_blocks(candidate)
    chaotic = every = chaotic_total = total = 0
    digits = []
    for block, theirs in post.items():
        for a, b in zip(ours[block], theirs, strict=True):
            total += 1
            every += a == b
            chaotic_total += block in CHAOTIC
            chaotic += block in CHAOTIC and a == b
            if a != b:
                digits.append(printed.shared_digits(a, b))
    return chaotic, chaotic_total, every, total, min(digits) if digits else None


def test_a_header_a_rule_and_one_row_per_candidate_in_the_pages_order(rows):
    assert rows[0] == HEADER
    assert rows[1] == [":---", "---:", "---:", "---:"]
    assert [row[0] for row in rows[2:]] == list(order_readings.LABELS.values())
    assert rows[-1][0].endswith("(this site's)")  # the site's own arithmetic comes last


def test_each_row_counts_the_candidates_numbers_that_print_as_the_posts(rows):
    for row, candidate in zip(rows[2:], order_readings.LABELS, strict=True):
        chaotic, chaotic_total, every, total, digits = counted(candidate)
        assert (chaotic_total, total) == (2 * (6 + 16 + 16), 308)
        assert row[1:] == [f"{chaotic} of {chaotic_total}", f"{every} of {total}",
                           "-" if digits is None else str(digits)], candidate


def test_the_sites_row_is_the_checked_table_count(rows):
    # The site's own runs (the last row) against the post, counted through compare as the
    # checked table counts them.
    results = compare.compare(compare.post(), compare.ours())
    exact = sum(r.exact for r in results)
    assert rows[-1][2] == f"{exact} of 308"


def test_rows_on_matches_made_by_hand():
    found = [order_readings.Matches("a", "first", 3, 4, 10, 12, None),
             order_readings.Matches("b", "second", 0, 4, 1, 12, 0)]
    assert checked_orders.rows(found) == [HEADER, ["first", "3 of 4", "10 of 12", "-"],
                                          ["second", "0 of 4", "1 of 12", "0"]]
    assert checked_orders.rows([]) == [HEADER]


def test_text_is_the_table_and_one_final_newline():
    text = checked_orders.text()
    assert text.endswith(" |\n") and not text.endswith("\n\n")
    assert len(text.splitlines()) == 2 + len(order_readings.LABELS)
