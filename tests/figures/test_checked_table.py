"""checked_table counts, per alpha and kind of block, how many of the post's printed numbers ours
match to the last digit, and how many leading digits the rest share."""

from __future__ import annotations

import pytest

from descent.figures import checked_table
from descent.network import ALPHAS
from descent.readings import compare, post_output, printed
from descent.runs import sweeps

STEPS = (0, 10_000, 20_000, 30_000, 40_000, 50_000)


def pairs() -> dict[tuple[str, float], list[tuple[str, str]]]:
    """(post, ours) for every printed number, both printed here by hand: the post's from its data,
    ours from the stored sweeps."""
    found = {}
    for hidden, data in ((4, post_output.SWEEP_HIDDEN_4), (32, post_output.SWEEP_HIDDEN_32)):
        for run in sweeps.article_sweep(hidden).runs:
            theirs = data["%g" % run.alpha]
            found[(f"errors-{hidden}", run.alpha)] = [
                ("%.12g" % theirs[str(s)], "%.12g" % run.errors[s]) for s in STEPS]
            if hidden == 4:
                look = post_output.CLOSER_LOOK_HIDDEN_4["%g" % run.alpha]
                mine = [*run.synapse_0.ravel(), *run.synapse_1.ravel()]
                found[("weights", run.alpha)] = [
                    ("%.8f" % a, "%.8f" % b) for a, b in zip(look["synapse_0"] + look["synapse_1"],
                                                             mine)]
                counts = [*run.synapse_0_direction_changes.ravel(),
                          *run.synapse_1_direction_changes.ravel()]
                posted = look["synapse_0_direction_changes"] + look["synapse_1_direction_changes"]
                found[("counts", run.alpha)] = [("%d" % a, "%d" % b)
                                                for a, b in zip(posted, counts)]
    return found


@pytest.fixture(scope="module")
def rows() -> list[list[str]]:
    return [[cell.strip() for cell in line.strip("|").split("|")]
            for line in checked_table.text().splitlines()]


def test_a_header_a_rule_and_one_row_per_alpha(rows):
    assert rows[0] == ["alpha", "errors, 4 hidden", "errors, 32 hidden", "weights",
                       "direction counts"]
    assert rows[1] == ["---:", ":---", ":---", ":---", ":---"]
    assert [row[0] for row in rows[2:]] == ["0.001", "0.01", "0.1", "1", "10", "100", "1000"]


def test_every_cell_counts_the_numbers_that_match_and_the_fewest_digits_of_the_rest(rows):
    found = pairs()
    kinds = ("errors-4", "errors-32", "weights", "counts")
    for row, alpha in zip(rows[2:], ALPHAS):
        for cell, kind in zip(row[1:], kinds):
            block = found[(kind, alpha)]
            exact = sum(a == b for a, b in block)
            rest = [printed.shared_digits(a, b) for a, b in block if a != b]
            expected = f"{exact} of {len(block)}"
            if rest:
                expected += f", the rest to {min(rest)} digit" + "s" * (min(rest) != 1)
            assert cell == expected, (alpha, kind)


def test_the_cells_add_up_to_the_308_printed_numbers(rows):
    total = sum(int(cell.split(" of ")[1].split(",")[0]) for row in rows[2:] for cell in row[1:])
    assert total == 7 * (6 + 6 + 16 + 16) == 308


def test_the_one_differing_block_is_alpha_10_at_32_hidden(rows):
    # The page's story: five of alpha 10's 32-hidden errors differ from the post's, in late digits.
    by_alpha = {row[0]: row for row in rows[2:]}
    assert by_alpha["10"][2].startswith("1 of 6, the rest to ")
    others = [cell for row in rows[2:] for cell in row[1:] if cell != by_alpha["10"][2]]
    assert all(", the rest" not in cell for cell in others)


def test_rows_on_results_made_by_hand_name_one_digit_in_the_singular():
    results = [compare.Result(kind, alpha, 6, 6, None) for alpha in ALPHAS
               for kind in compare.KINDS]
    results[0] = compare.Result("errors-4", 0.001, 6, 5, 1)
    results[1] = compare.Result("errors-32", 0.001, 6, 2, 3)
    table = checked_table.rows(results)
    assert table[1] == ["0.001", "5 of 6, the rest to 1 digit", "2 of 6, the rest to 3 digits",
                        "6 of 6", "6 of 6"]
    assert len(table) == 1 + len(ALPHAS)
