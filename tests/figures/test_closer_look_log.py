"""The closer look's console log: per alpha, the logged errors, then the final weights and how
often each weight's update changed direction, every number the stored sweep's own."""

from __future__ import annotations

import re

import numpy as np
import pytest

from descent.figures import closer_look_log
from descent.readings import post_output, printed
from descent.runs import sweeps

SECTIONS = ("Synapse 0", "Synapse 0 Update Direction Changes", "Synapse 1",
            "Synapse 1 Update Direction Changes")


def _parse(block: str) -> dict:
    """A block of the log -> its alpha, its errors (as printed) and its four matrices, each
    flattened row by row."""
    lines = [line for line in block.splitlines() if line]
    header, *rest = lines
    errors = [line.removeprefix("Error:") for line in rest if line.startswith("Error:")]
    found = {"alpha": header.removeprefix("Training With Alpha:"), "errors": errors}
    name = None
    for line in rest[len(errors):]:
        if line in SECTIONS:
            name, found[line] = line, []
        else:
            found[name] += re.sub(r"[\[\]]", " ", line).split()  # numpy wraps long rows
    return found


@pytest.fixture(scope="module")
def blocks() -> list[dict]:
    text = closer_look_log.text()
    assert text.endswith("\n") and not text.endswith("\n\n")
    return [_parse(block) for block in re.split(r"\n\n(?=Training)", text.rstrip("\n"))]


def test_each_alpha_has_a_block_with_its_errors_and_four_matrices(blocks):
    text = closer_look_log.text()
    assert text.count("[[") == 4 * len(blocks)
    runs = sweeps.article_sweep(4).runs
    assert [block["alpha"] for block in blocks] == [f"{run.alpha:g}" for run in runs]
    for block in blocks:
        assert len(block["errors"]) == 6  # iterations 0, 10 000, ..., 50 000
        # 3 inputs x 4 hidden units, then 4 hidden units x 1 output
        assert [len(block[name]) for name in SECTIONS] == [12, 12, 4, 4]


def test_each_error_is_the_stored_runs_error_every_10000_iterations(blocks):
    for block, run in zip(blocks, sweeps.article_sweep(4).runs):
        expected = [run.errors[step] for step in range(0, 60_000, 10_000)]
        assert block["errors"] == [printed.error(error) for error in expected]


def test_the_weights_are_the_runs_final_weights_to_eight_decimals(blocks):
    for block, run in zip(blocks, sweeps.article_sweep(4).runs):
        for name, weights in (("Synapse 0", run.synapse_0), ("Synapse 1", run.synapse_1)):
            shown = np.array(block[name], dtype=float)
            assert np.abs(shown - weights.ravel()).max() <= 0.5e-8 + 1e-15


def test_the_direction_changes_are_the_runs_counts(blocks):
    for block, run in zip(blocks, sweeps.article_sweep(4).runs):
        for name, counts in ((SECTIONS[1], run.synapse_0_direction_changes),
                             (SECTIONS[3], run.synapse_1_direction_changes)):
            assert np.array_equal(np.array(block[name], dtype=int), counts.ravel())


def test_the_log_prints_the_posts_closer_look(blocks):
    for block in blocks:
        post = post_output.CLOSER_LOOK_HIDDEN_4[block["alpha"]]
        assert [float(error) for error in block["errors"]] == post["errors"]
        for name, key in zip(SECTIONS, ("synapse_0", "synapse_0_direction_changes",
                                        "synapse_1", "synapse_1_direction_changes")):
            assert [float(number) for number in block[name]] == post[key]


def test_the_hidden_units_reach_the_log_and_its_sweep():
    assert closer_look_log.runs() == [sweeps.article_sweep.call(4)]
    assert closer_look_log.runs(32) == [sweeps.article_sweep.call(32)]
    first = _parse(closer_look_log.text(32).split("\n\nTraining")[0])
    run = sweeps.article_sweep(32).runs[0]
    assert len(first["Synapse 0"]) == 3 * 32 and len(first["Synapse 1"]) == 32
    assert np.array_equal(np.array(first[SECTIONS[1]], dtype=int),
                          run.synapse_0_direction_changes.ravel())
