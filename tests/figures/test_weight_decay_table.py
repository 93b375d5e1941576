"""L2 regularization in numbers: per lambda the final error and the largest weight at a good alpha
and a huge one; every cell checked against the stored run, and the overflows worked by hand."""

from __future__ import annotations

import numpy as np
import pytest
from markdown_rows import markdown_tables

from descent.figures import weight_decay_table
from descent.runs import race, switch_studies

ALPHAS = (10.0, 1000.0)
LAMBDAS = (0.0, 1e-5, 1e-4, 1e-3, 1e-2)


@pytest.fixture(scope="module")
def text():
    return weight_decay_table.text()


@pytest.fixture(scope="module")
def rows(text):
    [table] = markdown_tables(text)
    return {float(row[0]): row for row in table[1:]}


def test_a_column_per_alpha_and_measure_and_a_row_per_lambda(text, rows):
    [table] = markdown_tables(text)
    assert table[0] == ["lambda", "alpha 10: final error", "alpha 1000: final error",
                        "alpha 10: largest |weight|", "alpha 1000: largest |weight|"]
    assert [row[0] for row in table[1:]] == ["0", "1e-05", "0.0001", "0.001", "0.01"]
    assert tuple(rows) == LAMBDAS


def test_the_lead_names_the_run(text):
    found = switch_studies.l2()
    assert (found.hidden, found.iterations, found.alphas, found.lambdas) == (4, 10_000, ALPHAS, LAMBDAS)
    assert text.startswith("Seed 1, 4 hidden units, 10,000 steps; ")


@pytest.mark.parametrize("k, decay", list(enumerate(LAMBDAS)))
def test_every_cell_is_the_runs_number_or_says_it_overflowed(rows, k, decay):
    found = switch_studies.l2()
    row = rows[decay]
    for i in range(len(ALPHAS)):
        for column, value in ((1 + i, found.final[i, k]), (3 + i, found.largest[i, k])):
            assert row[column] == ("overflows" if np.isnan(value) else f"{value:.3g}")


def test_without_decay_the_errors_are_plain_descents_from_the_same_start(rows):
    plain = race.alpha_range("gradient descent")  # seed 1, 4 hidden units, 10 000 steps too
    assert race.STEPS == 10_000 and race.HIDDEN == 4
    assert rows[0.0][1:3] == [f"{plain.error_at(alpha):.3g}" for alpha in ALPHAS]


@pytest.mark.parametrize("k, decay", list(enumerate(LAMBDAS)))
def test_decay_overflows_exactly_where_alpha_times_lambda_passes_two(rows, k, decay):
    # The decay alone scales each weight by 1 - alpha * lambda a step: past 2 that is below -1,
    # and the weights grow without bound.
    for i, alpha in enumerate(ALPHAS):
        overflows = alpha * decay > 2
        assert (rows[decay][1 + i] == "overflows") == overflows, (alpha, decay)
        assert (rows[decay][3 + i] == "overflows") == overflows, (alpha, decay)


def test_a_network_decayed_to_zero_outputs_one_half_everywhere(rows):
    # All weights 0: every hidden unit and the output are sigmoid(0) = 0.5, each of the four
    # targets (0 or 1) is missed by 0.5. Such a network's slopes are zero (the targets' misses
    # cancel), so it stays there.
    zeroed = [(decay, i) for decay, row in rows.items() for i in range(2) if row[3 + i] == "0"]
    assert zeroed  # alpha 1000 at lambda 0.001: the decay scales each weight by 1 - 1 = 0
    for decay, i in zeroed:
        assert rows[decay][1 + i] == "0.5"


def test_decay_keeps_the_weights_of_the_good_alpha_smaller(rows):
    largest = [float(rows[decay][3]) for decay in LAMBDAS]
    assert largest == sorted(largest, reverse=True)


def test_cell_prints_three_digits_or_overflows():
    assert weight_decay_table.cell(0.0031293887) == "0.00313"
    assert weight_decay_table.cell(116.6) == "117"
    assert weight_decay_table.cell(np.nan) == weight_decay_table.cell(np.inf) == "overflows"
