"""ulp_spread_table: the article's runs again from starts nudged by one unit in the last place,
which of their printed digits stay fixed and how far the rest spread."""

from __future__ import annotations

import re

import numpy as np
import pytest

from descent.figures import ulp_spread_table
from descent.network import ALPHAS
from descent.readings import printed
from descent.runs import sweeps, ulp

STEPS = (0, 10_000, 20_000, 30_000, 40_000, 50_000)  # the six errors the post's log printed


def fixed(printouts: list[str]) -> int | None:
    """Leading digits every printout shares with ours (the first); None when all are ours."""
    differing = [printed.shared_digits(printouts[0], other) for other in printouts[1:]
                 if other != printouts[0]]
    return min(differing) if differing else None


def fewest(digits: list[int | None]) -> str:
    known = [d for d in digits if d is not None]
    return str(min(known)) if known else "all"


@pytest.fixture(scope="module")
def sections() -> dict[str, list[list[str]]]:
    """The text's two tables by title, each row's cells (split where two spaces part them)."""
    text = ulp_spread_table.text()
    found, title = {}, None
    for line in text.splitlines():
        if line.startswith(("Errors", "Closer look")):
            title = line.split()[0]
            found[title] = []
        elif title and line.strip():
            found[title].append(re.split(r"\s{2,}", line.strip()))
    return found


@pytest.fixture(scope="module")
def runs():
    return {hidden: (ulp.nudged(hidden, direction_changes=hidden == 4),
                     sweeps.article_sweep(hidden)) for hidden in (4, 32)}


def test_the_head_says_how_many_starts_were_nudged(runs):
    text = ulp_spread_table.text()
    assert text.startswith(f"{len(runs[4][0].moves)} nudged starts: each starting weight moved up,"
                           " down or not at all\nby one unit in the last place (seeded)\n")
    assert len(runs[4][0].moves) == len(runs[32][0].moves) == 40
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_the_errors_table_has_a_row_per_hidden_size_and_alpha(sections):
    rows = sections["Errors"]
    assert rows[0] == ["hidden", "alpha", "digits fixed", "lowest at 50000", "highest at 50000"]
    assert all(set(cell) == {"-"} for cell in rows[1])
    assert [tuple(row[:2]) for row in rows[2:]] == [
        (str(hidden), f"{alpha:g}") for hidden in (4, 32) for alpha in ALPHAS]


def test_each_error_row_holds_the_digits_fixed_and_the_range_at_50000(sections, runs):
    body = iter(sections["Errors"][2:])
    for hidden in (4, 32):
        nudged, ours = runs[hidden]
        columns = [list(nudged.steps).index(s) for s in STEPS]
        for a, run in enumerate(ours.runs):
            printouts = [["%.12g" % run.errors[s] for s in STEPS]] + [
                ["%.12g" % e for e in nudged.errors[n, a, columns]] for n in range(40)]
            digits = [fixed([p[k] for p in printouts]) for k in range(len(STEPS))]
            last = sorted((p[-1] for p in printouts), key=float)
            assert next(body)[2:] == [fewest(digits), last[0], last[-1]], (hidden, run.alpha)


def test_the_calm_runs_keep_every_digit_and_the_chaotic_ones_do_not(sections):
    # The page's story: alpha 100 at 4 hidden and alpha 10 at 32 hidden lose printed digits.
    moved = {(row[0], row[1]) for row in sections["Errors"][2:] if row[2] != "all"}
    assert moved == {("4", "100"), ("32", "10")}


def test_the_closer_look_counts_the_weights_and_direction_counts_that_stay(sections, runs):
    rows = sections["Closer"]
    assert rows[0] == ["alpha", "weights keeping every digit", "fewest digits fixed",
                       "counts unchanged"]
    assert len(rows) == 2 + len(ALPHAS)
    nudged, ours = runs[4]
    for row, (a, run) in zip(rows[2:], enumerate(ours.runs), strict=True):
        weights = np.concatenate([
            np.concatenate([run.synapse_0.ravel(), run.synapse_1.ravel()])[None],
            np.concatenate([nudged.synapse_0[:, a].reshape(40, -1),
                            nudged.synapse_1[:, a].reshape(40, -1)], axis=1)])
        counts = np.concatenate([
            np.concatenate([run.synapse_0_direction_changes.ravel(),
                            run.synapse_1_direction_changes.ravel()])[None],
            np.concatenate([nudged.synapse_0_direction_changes[:, a].reshape(40, -1),
                            nudged.synapse_1_direction_changes[:, a].reshape(40, -1)], axis=1)])
        assert weights.shape == counts.shape == (41, 16)
        digits = [fixed(["%.8f" % v for v in column]) for column in weights.T]
        same = sum(d is None for d in digits)
        unchanged = int(np.sum(np.all(counts == counts[0], axis=0)))
        assert row == [f"{run.alpha:g}", f"{same} of 16", fewest(digits), f"{unchanged} of 16"]


def test_digits_names_all_for_none_and_the_count_otherwise():
    assert ulp_spread_table._digits(None) == "all"
    assert ulp_spread_table._digits(None, "every") == "every"
    assert ulp_spread_table._digits(0) == "0"
    assert ulp_spread_table._digits(12) == "12"
