"""readings.logs: the article's console format, line for line, and the --json layout's keys."""

from __future__ import annotations

import pytest

from descent.readings import logs, post_output
from descent.runs import sweeps


@pytest.fixture(scope="module")
def short():
    """Two of the article's alphas, two logged steps: the format, not the training, is tested."""
    return sweeps.sweep(alphas=(0.001, 1.0), iterations=2, every=1)


def test_a_sweep_log_is_the_posts_header_and_error_lines(short):
    first = post_output.SWEEP_HIDDEN_4["0.001"]["0"]  # the post printed it as 0.496410031903
    blocks = logs.sweep_log(short).split("\n\n")
    assert [block.splitlines()[0] for block in blocks] == ["Training With Alpha:0.001",
                                                         "Training With Alpha:1"]
    assert blocks[0].splitlines()[1] == f"Error after 0 iterations:{first!r}"
    assert [line.split(":")[0] for line in blocks[1].splitlines()[1:]] == [
        "Error after 0 iterations", "Error after 1 iterations"]
    assert "Final" not in logs.sweep_log(short)


def test_the_final_error_line_is_added_only_when_asked_and_worded_apart(short):
    log = logs.sweep_log(short, final_errors=[0.25, 0.125])
    last_lines = [block.splitlines()[-1] for block in log.rstrip("\n").split("\n\n")]
    assert last_lines == ["Final error after 2 iterations:0.25",
                          "Final error after 2 iterations:0.125"]


def test_the_closer_look_log_prints_each_block_with_its_weights_and_their_changes(short):
    log = logs.closer_look_log(short)
    assert log.count("Training With Alpha:") == 2
    lines = log.split("\n\nTraining With Alpha:1\n")[0].splitlines()
    first = post_output.SWEEP_HIDDEN_4["0.001"]["0"]
    assert lines[:2] == ["Training With Alpha:0.001", f"Error:{first!r}"]
    assert lines[2].startswith("Error:") and lines[3] == ""
    titles = [line for line in lines[4:] if line[:1].isalpha()]
    assert titles == ["Synapse 0", "Synapse 0 Update Direction Changes",
                      "Synapse 1", "Synapse 1 Update Direction Changes"]
    assert lines[5].startswith("[[") and lines[5].count(".") == 4  # a 3x4 array, 8 decimals


def test_the_json_layout_keeps_its_public_keys(short):
    data = logs.sweep_json(short, final_errors=[0.25, 0.125])
    assert list(data) == ["hidden", "seed", "iterations", "runs"]
    assert (data["hidden"], data["seed"], data["iterations"]) == (4, 1, 2)
    assert list(data["runs"][0]) == ["alpha", "errors", "synapse_0", "synapse_1",
                                     "synapse_0_direction_changes",
                                     "synapse_1_direction_changes", "final_error"]
    assert list(data["runs"][0]["errors"]) == ["0", "1"]
    # full precision: the post's 12 printed digits are its rounding
    assert data["runs"][0]["errors"]["0"] == pytest.approx(post_output.SWEEP_HIDDEN_4["0.001"]["0"],
                                                           abs=5e-13)
    assert data["runs"][0]["errors"]["0"] != post_output.SWEEP_HIDDEN_4["0.001"]["0"]
    assert "final_error" not in logs.sweep_json(short)["runs"][0]
