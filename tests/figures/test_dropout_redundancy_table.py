"""Dropout and DropConnect in numbers: per hidden size and training, how alike the hidden units
end up and the final error reached; every cell checked against the stored runs."""

from __future__ import annotations

from itertools import combinations

import numpy as np
import pytest
from markdown_rows import markdown_tables

from descent import engine
from descent.figures import dropout_redundancy_table
from descent.runs import dropout

HIDDEN = (4, 32)
VARIANTS = {"plain": "plain", "dropout": "dropout", "dropconnect": "DropConnect"}


@pytest.fixture(scope="module")
def text():
    return dropout_redundancy_table.text()


@pytest.fixture(scope="module")
def rows(text):
    [table] = markdown_tables(text)
    return table


def closeness(value):
    """A |cosine| as the table prints it, worked by hand: three digits, more while it would
    round up to 1."""
    digits = 3
    while f"{value:.{digits}g}" == "1" and value < 1:
        digits += 1
    return f"{value:.{digits}g}"


def start_cosines(hidden):
    """Per seed, |cosine| of every pair of hidden units of its starting weights."""
    per_seed = []
    for weights in engine.starts(range(1, 21), hidden)[0]:
        units = [weights[:, k] / np.linalg.norm(weights[:, k]) for k in range(hidden)]
        per_seed.append([abs(a @ b) for a, b in combinations(units, 2)])
    return np.array(per_seed)


def test_the_table_has_a_start_row_and_a_row_per_training_for_each_size(rows):
    assert rows[0] == ["hidden units, training", "largest |cos|", "near twins",
                       "seeds less alike than plain", "final error: median (worst)"]
    assert [row[0] for row in rows[1:]] == [
        f"{hidden}, {name}" for hidden in HIDDEN
        for name in ("at the start", "plain", "dropout", "DropConnect")]


@pytest.mark.parametrize("hidden", HIDDEN)
def test_the_start_row_is_the_starting_weights_own_cosines(rows, hidden):
    cosines = start_cosines(hidden)
    row = {row[0]: row for row in rows}[f"{hidden}, at the start"]
    assert row[1] == closeness(np.median(cosines.max(axis=1)))
    assert row[2] == f"{np.median((cosines > 0.99).mean(axis=1)):.1%}"
    assert row[3:] == ["", ""]  # nothing trained yet


@pytest.mark.parametrize("hidden", HIDDEN)
@pytest.mark.parametrize("variant", VARIANTS)
def test_each_trained_row_holds_the_variants_seeds(rows, hidden, variant):
    found = dropout.redundancy(hidden)
    trained = found.trained[variant]
    row = {row[0]: row for row in rows}[f"{hidden}, {VARIANTS[variant]}"]
    assert row[1] == closeness(np.median(trained.largest))
    assert row[2] == f"{np.median(trained.near):.1%}"
    plain = found.trained["plain"].median
    apart = sum(1 for mine, theirs in zip(trained.median, plain) if mine < theirs)
    assert row[3] == ("" if variant == "plain" else f"{apart} of 20")
    final = found.final[variant]
    assert row[4] == f"{np.median(final):.3g} ({max(final):.3g})"


def test_the_lead_names_the_runs_settings(text):
    found = dropout.redundancy(4)
    assert (found.p, found.alpha, found.iterations, len(found.seeds)) == (0.2, 1.0, 10_000, 20)
    assert text.startswith("20 seeds, alpha 1, 10,000 steps, p = 0.2; ")
    assert "near-twin pairs (|cosine| > 0.99)" in text


def test_closeness_adds_digits_until_a_value_below_one_stops_showing_as_one():
    close = dropout_redundancy_table.closeness
    assert close(0.5) == "0.5" and close(0.91) == "0.91" and close(0.123456) == "0.123"
    assert close(0.9996) == "0.9996"  # "1" at three digits
    assert close(0.99999) == "0.99999"
    assert close(1.0) == "1"  # exactly one is one


def test_closeness_never_shows_a_value_below_one_as_one():
    assert dropout_redundancy_table.closeness(0.9999999) == "0.9999999"
    assert dropout_redundancy_table.closeness(1 - 2 ** -53) == "0.9999999999999999"
