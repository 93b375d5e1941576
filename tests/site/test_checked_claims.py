"""What "Checked against the post" says holds under every arithmetic; its counts are the build's.

The page names its counts as values and includes its tables from generated text
(figures.checked_table, checked_numbers, checked_arithmetics). These tests hold those tables to
the post's data and our runs counted again here, and each qualitative sentence to the nudged
runs (descent.spreads) or a hand calculation, never to numbers one CPU printed.
"""

from __future__ import annotations

import re
from decimal import Decimal

import numpy as np
import pytest

from descent import compare, post_output, printed, spreads
from descent.pages import values
from descent.pages.values import checked
from descent.figures import checked_numbers, checked_table
from descent.network import ALPHAS, X, init_weights, sigmoid, y
from descent.runs import sweep_readings, sweeps, ulp
from site_html import ROOT

pytestmark = pytest.mark.claims  # held under every arithmetic: tests/test_arithmetics.py

DOCS = ROOT / "docs"


def flat(name: str) -> str:
    return " ".join((DOCS / name).read_text(encoding="utf-8").split())


@pytest.fixture(scope="module")
def prose() -> str:
    return flat("checked-against-the-post.md")


@pytest.fixture(scope="module")
def post():
    return compare.post()


@pytest.fixture(scope="module")
def ours():
    return compare.ours()


@pytest.fixture(scope="module")
def fewest(ours):
    """Per block: the fewest leading digits every nudged run keeps (None: every digit)."""
    starts = spreads.blocks()
    return {block: spreads.fewest(spreads.spread(block, ours, starts).fixed) for block in ours}


def matching(post, ours, block) -> int:
    return sum(a == b for a, b in zip(post[block], ours[block]))


def test_counts_are_named_not_typed(prose):
    assert "**{{ checked.exact }} of the {{ checked.total }} printed numbers match" in prose
    assert "The post printed 308 numbers" in prose
    assert "six errors for each of the seven alphas, 42 numbers" in prose and 7 * 6 == 42
    assert "(12 weights) and `synapse_1` (4)" in prose and "224 numbers" in prose
    assert 7 * 2 * (12 + 4) == 224 and 42 + 224 + 42 == 308
    assert "on the computer that built this site {{ checked.exact }} match" in flat("index.md")
    assert "alpha 10's `{{ checked.best_error }}`, is the 0.0013 its text quotes" in flat(
        "part-5-improving-our-network.md")
    for name in ("checked-table.txt", "checked-numbers.txt", "checked-arithmetics.txt"):
        assert f'--8<-- "{name}"' in prose


def test_the_count_is_the_matching_numbers_counted_again(post, ours):
    exact = sum(matching(post, ours, block) for block in post)
    assert checked.exact() == str(exact) and checked.total() == "308"


def test_the_table_per_alpha_and_block(post, ours):
    rows = [line.strip("|").split("|") for line in checked_table.text().splitlines()]
    assert [cell.strip() for cell in rows[0]] == ["alpha", "errors, 4 hidden", "errors, 32 hidden",
                                                  "weights", "direction counts"]
    body = {float(row[0]): [cell.strip() for cell in row[1:]] for row in rows[2:]}
    assert list(body) == list(ALPHAS)
    for alpha, cells in body.items():
        for kind, cell in zip(compare.KINDS, cells):
            block = (kind, alpha)
            exact, numbers = matching(post, ours, block), len(post[block])
            assert cell.startswith(f"{exact} of {numbers}"), (block, cell)
            differing = [printed.shared_digits(a, b) for a, b in zip(ours[block], post[block])
                         if a != b]
            assert (", the rest to" in cell) == bool(differing), (block, cell)
            if differing:
                assert cell.endswith(f"to {min(differing)} digit" + "s" * (min(differing) != 1))


def details(text: str) -> list[tuple[str, list[list[str]]]]:
    """Each collapsible block's summary line and its table rows (header and rule dropped)."""
    found = []
    for part in re.split(r"^\?\?\? note ", text, flags=re.MULTILINE)[1:]:
        head, *lines = part.splitlines()
        rows = [[cell.strip().strip("`") for cell in line.strip().strip("|").split("|")]
                for line in lines if line.startswith("    |")]
        found.append((head.strip('"'), rows[2:]))
    return found


def test_every_number_side_by_side_one_collapsible_table_per_block(post, ours):
    text = checked_numbers.text()
    found = details(text)
    assert len(found) == 28 and sum(len(rows) for _, rows in found) == 308
    blocks = [(kind, alpha) for alpha in ALPHAS for kind in compare.KINDS]
    data = {"errors-4": post_output.SWEEP_HIDDEN_4, "errors-32": post_output.SWEEP_HIDDEN_32}
    for (summary, rows), (kind, alpha) in zip(found, blocks):
        same = sum(row[3] == "all" for row in rows)
        assert summary == (f"alpha {alpha:g}, {compare.NAMES[kind]}: {same} of {len(rows)} match")
        assert same == matching(post, ours, (kind, alpha))
        for index, (label, theirs, mine, digits) in enumerate(rows):
            if kind in data:  # the post's column is the data as written (repr: its literal)
                assert label == str(compare.STEPS[index])
                assert Decimal(theirs) == Decimal(repr(data[kind]["%g" % alpha][label]))
            assert mine == ours[(kind, alpha)][index]
            assert digits == ("all" if mine == theirs else str(printed.shared_digits(mine, theirs)))
            # Narrow enough for a phone's column: four short cells.
            assert len(label + theirs + mine + digits) <= 42, (label, theirs, mine)
    assert "```" not in text  # the tables are Markdown, not a block of preformatted text


def test_the_numbers_that_differ_come_from_the_runs_nudges_unsettle(post, ours, fewest, prose):
    assert "The numbers that differ come from {{ checked.differing_runs }}." in prose
    differing = {(alpha, compare.HIDDEN[kind]) for kind, alpha in post
                 if post[(kind, alpha)] != ours[(kind, alpha)]}
    unsettled = {(alpha, compare.HIDDEN[kind]) for kind, alpha in post
                 if fewest[(kind, alpha)] is not None}
    assert differing == unsettled  # "exactly the ones a single ulp unsettles"
    assert "exactly the ones a single ulp unsettles" in prose
    named = checked.differing_runs()
    assert len(re.findall(r"alpha \S+ with \d+ hidden units", named)) == len(differing)
    for alpha, hidden in differing:
        assert f"alpha {alpha:g} with {hidden} hidden units" in named


def test_the_runs_split_cleanly(post, ours, fewest, prose):
    assert "Where every number of a block matches the post, every printed digit also survives" \
        in prose
    for block in post:
        assert (fewest[block] is None) == (post[block] == ours[block]), block


def test_the_first_error_is_the_untrained_network_s_and_matches_everywhere(post, ours, prose):
    assert "Each block of errors starts with the error before the first step" in prose
    for hidden in (4, 32):
        synapse_0, synapse_1 = init_weights(X.shape[1], hidden, seed=1)  # by hand: no step taken
        start = printed.error(np.mean(np.abs(y - sigmoid(sigmoid(X @ synapse_0) @ synapse_1))))
        for alpha in ALPHAS:
            assert post[(f"errors-{hidden}", alpha)][0] == ours[(f"errors-{hidden}", alpha)][0] \
                == start


def test_the_direction_counts_all_match(post, ours, prose):
    assert "The direction counts all match, including alpha 1000's." in prose
    for alpha in ALPHAS:
        assert post[("counts", alpha)] == ours[("counts", alpha)], alpha


def test_the_best_error_is_alpha_10_s_and_the_one_the_post_quotes():
    runs = sweeps.article_sweep(4).runs
    best = min(runs, key=lambda run: run.errors[compare.STEPS[-1]])
    assert best.alpha == 10.0
    assert checked.best_error() == printed.error(best.errors[compare.STEPS[-1]])
    assert f"{float(checked.best_error()):.2g}" == "0.0013"  # Part 5's text quotes 0.0013


def test_nudge_claims(prose, ours, fewest):
    assert f"again from {ulp.NUDGES} starts" in prose and f"all {ulp.NUDGES + 1} runs" in prose
    assert "keeps {{ checked.nudged_digits_4_alpha_100 }} leading digits under every nudge, " \
           "alpha 10's with 32 hidden units only {{ checked.nudged_digits_32_alpha_10 }}" in prose
    kept_100, kept_10 = (int(checked.nudged_digits_4_alpha_100()),
                         int(checked.nudged_digits_32_alpha_10()))
    assert 0 < kept_10 < kept_100 < printed.ERROR_DIGITS  # "only"
    # "alpha 1000 with 4 hidden units prints 0.5 every time"
    starts = spreads.blocks()
    for computed in [ours, *starts]:
        assert set(computed[("errors-4", 1000.0)][1:]) == {"0.5"}
    assert "one of them does not keep even its first digit" in prose
    assert fewest[("weights", 1000.0)] == 0
    assert "every one of the post's 308 numbers lies within the range" in prose  # test_compare


def test_figure_alt_text(prose):
    assert ("below the dashed line (above it a spread reaches the printed digits) for alphas "
            "0.001 to 10 at 4 hidden units and 0.001 to 1 at 32, where every printed digit "
            "stays fixed") in prose
    small, fixed_small = sweep_readings.ulp_spreads(4)
    big, fixed_big = sweep_readings.ulp_spreads(32)
    assert np.all(small[:5] < sweep_readings.PRINTED) and np.all(big[:4] < sweep_readings.PRINTED)
    assert all(f is None for f in fixed_small[:5] + fixed_big[:4])
    assert ("about {{ checked.nudged_spread_4_alpha_100 }} for alpha 100 at 4 hidden units, "
            "digits fixed: {{ checked.nudged_digits_4_alpha_100 }}") in prose
    assert small[5] > sweep_readings.PRINTED and fixed_small[5] is not None
    assert checked.nudged_spread_4_alpha_100() == f"{small[5]:.1g}"
    assert ("about {{ checked.nudged_spread_32_alpha_10 }} for alpha 10 at 32 hidden units, "
            "digits fixed: {{ checked.nudged_digits_32_alpha_10 }}") in prose
    assert big[4] > sweep_readings.PRINTED and fixed_big[4] is not None
    assert "zero for the runs stuck at 0.5" in prose
    assert small[6] == big[5] == big[6] == 0


def test_the_page_fills_every_value():
    page = (DOCS / "checked-against-the-post.md").read_text(encoding="utf-8")
    filled = values.fill(page)
    assert "{{" not in filled and f"**{checked.exact()} of the 308 printed numbers" in filled
