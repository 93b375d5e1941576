"""seed_variance_table: the final error of each alpha over 20 random starts, and whether alpha 10
wins beyond seed 1. (Its medians, extremes, wins and verdict lines are held by
test_explore_alpha_figures.py; here the rest: its shape, its quartiles, its sentence, its
helpers.)"""

from __future__ import annotations

import numpy as np
import pytest

from descent.figures import seed_variance_table
from descent.network import ALPHAS
from descent.runs import studies


@pytest.fixture(scope="module")
def text() -> str:
    return seed_variance_table.text()


def table(text: str) -> list[list[str]]:
    return [[cell.strip() for cell in line.strip("|").split("|")]
            for line in text.splitlines() if line.startswith("|")]


def test_a_header_a_rule_and_one_row_per_alpha(text):
    rows = table(text)
    assert rows[0] == ["alpha", "median", "lower quartile", "upper quartile", "min", "max", "wins"]
    assert rows[1] == [":---"] + ["---:"] * 6
    assert [row[0] for row in rows[2:]] == [f"{alpha:g}" for alpha in ALPHAS]


def test_the_quartiles_are_numpys_linear_ones_worked_by_hand(text):
    final = np.sort(studies.seed_variance(20, 4).final, axis=0)  # (seeds, alphas), sorted
    # 20 values: the lower quartile lies at position 0.25 * 19 = 4.75, the upper at 14.25
    lower = final[4] + 0.75 * (final[5] - final[4])
    upper = final[14] + 0.25 * (final[15] - final[14])
    for row, q1, q3 in zip(table(text)[2:], lower, upper, strict=True):
        assert float(row[2]) == pytest.approx(q1, rel=5e-4), row[0]
        assert float(row[3]) == pytest.approx(q3, rel=5e-4), row[0]
        assert row[2] == f"{q1:.4g}" and row[3] == f"{q3:.4g}", row[0]


def test_the_sentence_before_the_table_names_the_run(text):
    found = studies.seed_variance(20, 4)
    first = text.splitlines()[0]
    assert first.startswith("Final mean |error| after 60,000 steps, 4 hidden units, over 20 seeds"
                            " (1 to 20).")
    assert found.seeds == tuple(range(1, 21)) and found.trained.iterations == 60_000
    assert first.endswith("lowest final error of the 7.")
    assert text.splitlines()[1] == ""


def test_the_verdict_follows_the_table_after_a_blank_line(text):
    lines = text.splitlines()
    after = lines[max(i for i, line in enumerate(lines) if line.startswith("|")) + 1:]
    assert after[0] == "" and len(after) == 4 and all(line.startswith("- ") for line in after[1:])
    assert text.endswith("\n") and not text.endswith("\n\n")


def fake_verdict(monkeypatch, seed_one_best):
    monkeypatch.setattr(studies, "verdict", lambda found: studies.Verdict(
        alpha=10.0, wins=3, seeds=20, lowest_median=1.0, seed_one_best=seed_one_best))


def test_seed_ones_best_alpha_disagreeing_with_the_median_says_so(monkeypatch):
    fake_verdict(monkeypatch, 10.0)
    text = seed_variance_table.text()
    assert "- alpha 10 has the lowest final error in 3 of 20 seeds\n" in text
    assert "- lowest median final error: alpha 1\n" in text
    assert text.endswith("lowest final error at alpha 10: it disagrees with the median\n")


def test_without_seed_1_there_is_no_line_about_it(monkeypatch):
    fake_verdict(monkeypatch, None)
    text = seed_variance_table.text()
    assert "seed 1" not in text and text.endswith("- lowest median final error: alpha 1\n")


def test_cell_keeps_four_significant_digits():
    assert seed_variance_table.cell(0.00113849) == "0.001138"
    assert seed_variance_table.cell(0.5) == "0.5"
    assert seed_variance_table.cell(0.37506) == "0.3751"
    assert seed_variance_table.cell(0.000989912) == "0.0009899"
    assert seed_variance_table.cell(12345.0) == "1.234e+04"
