"""cliff_switches_table: where the learning-rate curve breaks down, plain, clipped and with batch
normalization, and the best alpha before that cliff."""

from __future__ import annotations

import numpy as np
import pytest

from descent.figures import cliff_switches_table
from descent.runs import studies, switch_studies

RUNS = [(hidden, name) for hidden in (4, 32) for name in ("plain", "clipped", "batch norm")]


@pytest.fixture(scope="module")
def text() -> str:
    return cliff_switches_table.text()


def table(text: str) -> list[list[str]]:
    return [[cell.strip() for cell in line.strip("|").split("|")]
            for line in text.splitlines() if line.startswith("|")]


def by_hand(alphas, errors) -> tuple[float | None, float, float]:
    """The cliff (the first alpha whose final error is 10x the lowest of all smaller alphas'),
    and the alpha with the lowest error below it, with that error."""
    cliff = next((float(alphas[k]) for k in range(1, len(alphas))
                  if errors[k] >= 10 * min(errors[:k])), None)
    below = [k for k in range(len(alphas)) if cliff is None or alphas[k] < cliff]
    best = min(below, key=lambda k: errors[k])
    return cliff, float(alphas[best]), float(errors[best])


def test_a_header_a_rule_and_one_row_per_hidden_size_and_switch(text):
    rows = table(text)
    assert rows[0] == ["hidden units, switch", "cliff (breakdown alpha)", "best alpha before it",
                       "its final error"]
    assert rows[1] == [":---", "---:", "---:", "---:"]
    assert [row[0] for row in rows[2:]] == [f"{hidden}, {name}" for hidden, name in RUNS]


def test_each_row_is_the_cliff_and_the_best_alpha_before_it_worked_by_hand(text):
    for row, (hidden, name) in zip(table(text)[2:], RUNS, strict=True):
        found = switch_studies.cliff(hidden, name)
        assert np.array_equal(found.alphas, switch_studies.CLIFF_ALPHAS)
        cliff, alpha, error = by_hand(found.alphas, found.errors)
        assert row[1:] == [f"{cliff:.3g}", f"{alpha:.3g}", f"{error:.3g}"], (hidden, name)


def test_the_best_before_the_cliff_is_not_a_lucky_alpha_past_it(text):
    # Batch norm at 4 hidden units: an alpha past its cliff ends lower than any before it.
    found = switch_studies.cliff(4, "batch norm")
    cliff, _, error = by_hand(found.alphas, found.errors)
    assert found.errors.min() < error
    assert found.alphas[np.argmin(found.errors)] > cliff
    row = table(text)[2 + RUNS.index((4, "batch norm"))]
    assert row[3] == f"{error:.3g}"


def test_the_sentence_names_the_seed_the_steps_the_alphas_and_the_rules(text):
    first = text.splitlines()[0]
    assert first == ("Seed 1, 10,000 steps, 31 alphas from 0.001 to 1000 (5 per decade); clipped:"
                     " every derivative limited to ±0.01 before the step. Breakdown: "
                     f"{studies.BREAKDOWN_RULE}.")
    assert switch_studies.cliff(4, "plain").iterations == 10_000
    assert switch_studies.CLIFF_SWITCHES["clipped"].clip == 0.01
    assert "10x the lowest final error of all smaller alphas" in studies.BREAKDOWN_RULE
    assert text.splitlines()[1] == "" and text.endswith(" |\n")


def test_a_curve_without_a_cliff_says_none(monkeypatch):
    stored = switch_studies.cliff

    def flat(hidden, name, iterations=10_000):
        found = stored(hidden, name)
        return switch_studies.Cliff(hidden, name, found.iterations, found.alphas, found.errors,
                                    None, (0.5, 0.001234))

    monkeypatch.setattr(switch_studies, "cliff", flat)
    rows = table(cliff_switches_table.text(hidden=(32,)))
    assert rows[2:] == [[f"32, {name}", "none", "0.5", "0.00123"]
                        for name in ("plain", "clipped", "batch norm")]


def test_cell_keeps_three_significant_digits():
    assert cliff_switches_table.cell(39.810717055349734) == "39.8"
    assert cliff_switches_table.cell(251.18864315095797) == "251"
    assert cliff_switches_table.cell(0.00077124) == "0.000771"
    assert cliff_switches_table.cell(10.0) == "10"
