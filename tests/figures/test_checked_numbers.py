"""checked_numbers sets every number the 2015 post printed beside ours, one folded table per
alpha and block, with the leading digits each pair shares."""

from __future__ import annotations

import re

import pytest

from descent.figures import checked_numbers
from descent.network import ALPHAS
from descent.readings import post_output, printed
from descent.runs import sweeps

KINDS = ("errors-4", "errors-32", "weights", "counts")  # the page's order within an alpha
STEPS = (0, 10_000, 20_000, 30_000, 40_000, 50_000)  # the six errors the post's log printed


def the_posts(kind: str, alpha: float) -> list[str]:
    """The post's numbers of a block, straight from its data, printed as the post printed them:
    12 significant digits for errors, 8 decimals for weights, whole counts."""
    key = "%g" % alpha
    if kind.startswith("errors"):
        table = {"errors-4": post_output.SWEEP_HIDDEN_4, "errors-32": post_output.SWEEP_HIDDEN_32}
        return ["%.12g" % table[kind][key][str(step)] for step in STEPS]
    look = post_output.CLOSER_LOOK_HIDDEN_4[key]
    if kind == "weights":
        return ["%.8f" % v for v in look["synapse_0"] + look["synapse_1"]]
    return ["%d" % v for v in look["synapse_0_direction_changes"]
            + look["synapse_1_direction_changes"]]


@pytest.fixture(scope="module")
def ours() -> dict[tuple[str, float], list[str]]:
    """Our numbers of each block, read from the stored sweeps and printed here by hand."""
    found = {}
    for hidden in (4, 32):
        for run in sweeps.article_sweep(hidden).runs:
            found[(f"errors-{hidden}", run.alpha)] = ["%.12g" % run.errors[s] for s in STEPS]
            if hidden == 4:
                found[("weights", run.alpha)] = [
                    "%.8f" % v for v in [*run.synapse_0.ravel(), *run.synapse_1.ravel()]]
                found[("counts", run.alpha)] = [
                    "%d" % v for v in [*run.synapse_0_direction_changes.ravel(),
                                       *run.synapse_1_direction_changes.ravel()]]
    return found


@pytest.fixture(scope="module")
def blocks() -> list[tuple[str, list[str], list[list[str]]]]:
    """Each folded block of the text: its summary, its raw lines, its table's cells."""
    found = []
    for part in re.split(r"^\?\?\? note ", checked_numbers.text(), flags=re.MULTILINE)[1:]:
        head, *lines = part.splitlines()
        cells = [[c.strip() for c in line.strip().strip("|").split("|")]
                 for line in lines if line.strip()]
        found.append((head, lines, cells))
    return found


def test_one_block_per_alpha_and_kind_in_the_pages_order(blocks):
    order = [(kind, alpha) for alpha in ALPHAS for kind in KINDS]
    assert len(blocks) == len(order) == 28
    names = {"errors-4": "errors at 4 hidden", "errors-32": "errors at 32 hidden",
             "weights": "weights", "counts": "direction counts"}
    for (head, _, _), (kind, alpha) in zip(blocks, order):
        assert head.startswith(f'"alpha {alpha:g}, {names[kind]}: '), head


def test_the_tables_hold_all_308_numbers_the_post_printed(blocks):
    # 7 alphas x (6 errors at 4 hidden + 6 at 32 + 16 weights + 16 counts), by hand
    assert sum(len(cells) - 2 for _, _, cells in blocks) == 7 * (6 + 6 + 16 + 16) == 308


def test_each_row_is_the_posts_number_beside_ours_and_the_digits_they_share(blocks, ours):
    order = [(kind, alpha) for alpha in ALPHAS for kind in KINDS]
    for (_, _, cells), block in zip(blocks, order):
        assert cells[0] == ["#", "post", "ours", "digits"]
        assert cells[1] == [":---", "---:", "---:", "---:"]
        body = cells[2:]
        kind = block[0]
        labels = ([str(s) for s in STEPS] if kind.startswith("errors") else
                  [f"s0 {i},{j}" for i in range(3) for j in range(4)]
                  + [f"s1 {i}" for i in range(4)])
        assert [row[0] for row in body] == labels
        assert [row[1] for row in body] == the_posts(*block)
        assert [row[2] for row in body] == ours[block]
        for label, post, mine, digits in body:
            assert digits == ("all" if post == mine else str(printed.shared_digits(mine, post)))


def test_each_summary_counts_the_rows_that_match_to_the_last_digit(blocks, ours):
    order = [(kind, alpha) for alpha in ALPHAS for kind in KINDS]
    for (head, _, cells), block in zip(blocks, order):
        same = sum(a == b for a, b in zip(the_posts(*block), ours[block]))
        assert head.endswith(f': {same} of {len(cells) - 2} match"'), head


def test_only_alpha_10_at_32_hidden_differs_in_the_errors_after_step_0(blocks):
    # The page's one differing run: alpha 10 with 32 hidden units, five late errors.
    differing = [(head, row[0]) for head, _, cells in blocks for row in cells[2:]
                 if row[3] != "all"]
    assert [label for _, label in differing] == [str(s) for s in STEPS[1:]]
    assert all(h.startswith('"alpha 10, errors at 32 hidden: 1 of 6') for h, _ in differing)


def test_a_blocks_table_is_indented_under_its_summary_and_ends_in_a_blank_line(blocks):
    for _, lines, _ in blocks:
        assert lines[0] == ""
        assert all(line.startswith("    | ") for line in lines[1:-1])


def test_rows_on_a_small_block_worked_by_hand():
    table = checked_numbers.rows("errors-4", ["0.5", "0.25", "0.125"], ["0.5", "0.2501", "0.13"])
    assert table == [["#", "post", "ours", "digits"], ["0", "0.5", "0.5", "all"],
                     ["10000", "0.25", "0.2501", "3"], ["20000", "0.125", "0.13", "1"]]


def test_summary_and_block_count_the_exact_pairs():
    assert checked_numbers.summary("counts", 0.01, 3, 16) == \
        "alpha 0.01, direction counts: 3 of 16 match"
    lines = checked_numbers.block("errors-32", 1000.0, ["0.5", "0.4"], ["0.5", "0.3"])
    assert lines[0] == '??? note "alpha 1000, errors at 32 hidden: 1 of 2 match"'
    assert lines[1] == "" and lines[-1] == ""
    assert lines[2:-1] == ["    | # | post | ours | digits |", "    | :--- | ---: | ---: | ---: |",
                           "    | 0 | 0.5 | 0.5 | all |", "    | 10000 | 0.4 | 0.3 | 0 |"]
