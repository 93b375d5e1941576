"""pages.values.switches: the future-work switches of the follow-up, an output bias, mini-batches
and L2 regularization, each read off its study a second way (or trained again)."""

from __future__ import annotations

import statistics

import numpy as np
import pytest

from descent import engine, switched
from descent.pages.values import formats, switches
from descent.runs import dropout, switch_studies


@pytest.fixture(scope="module")
def numbers() -> dict[str, str]:
    return switches.numbers()


@pytest.mark.parametrize("hidden", [4, 32])
def test_bias_lower_counts_seeds_below_the_dropout_studys_plain_networks(numbers, hidden):
    """Without a bias, the networks are the dropout study's plain ones (same seeds, alpha, steps)."""
    without = dropout.redundancy(hidden).final["plain"]
    with_bias = switch_studies.output_bias(hidden).with_
    lower = sum(float(b) < float(a) for a, b in zip(without, with_bias))
    assert numbers[f"bias_lower_{hidden}"] == f"{lower} of 20"


@pytest.mark.parametrize("size", [1, 2, 4])
def test_batch_end_is_the_median_of_the_seeds_final_errors(numbers, size):
    finals = switch_studies.mini_batches().final[size]
    assert len(finals) == 20
    assert numbers[f"batch_end_{size}"] == formats.significant(statistics.median(finals), 3)


def test_the_full_batch_after_as_many_passes_as_one_example_per_step_makes(numbers):
    """10 000 steps of one example are 2 500 passes through the four; the full batch makes one
    pass a step, and its curve is sampled every 100 steps: sample 25."""
    batches = switch_studies.mini_batches()
    assert batches.steps[-1] == 10_000 and batches.steps[25] == 2_500
    assert numbers["full_batch_at_same_passes"] == formats.significant(batches.median[4][25], 3)


def test_l2_at_alpha_10_trained_again(numbers):
    """Seed 1 at alpha 10 for 10 000 steps, without L2 and with lambda 0.001, trained here again."""
    found = engine.train([10.0, 10.0], *engine.starts([1, 1], 4), 10_000,
                         switches=switched.Switches(l2=(0.0, 1e-3)))
    w = found.weights
    largest = [max(np.abs(w.synapse_0[i]).max(), np.abs(w.synapse_1[i]).max()) for i in (0, 1)]
    assert numbers["l2_largest_plain"] == formats.significant(largest[0], 3)
    assert numbers["l2_largest_decayed"] == formats.significant(largest[1], 3)
    assert numbers["l2_error_plain"] == formats.significant(found.final[0], 3)
    assert numbers["l2_error_decayed"] == formats.significant(found.final[1], 3)


def test_numbers_names_nothing_else(numbers):
    assert set(numbers) == {
        "bias_lower_4", "bias_lower_32", "batch_end_4", "batch_end_2", "batch_end_1",
        "full_batch_at_same_passes", "l2_largest_plain", "l2_largest_decayed", "l2_error_plain",
        "l2_error_decayed"}


def test_bias_lower_counts_strictly_lower_and_not_ties(monkeypatch):
    paired = switch_studies.Paired(4, 1.0, 1, (1, 2, 3, 4), without=np.array([0.1, 0.2, 0.3, 0.4]),
                                   with_=np.array([0.05, 0.2, 0.5, 0.39]))
    monkeypatch.setattr(switch_studies, "output_bias", lambda hidden: paired)
    assert switches.bias_lower(4) == "2 of 4"
