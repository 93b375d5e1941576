"""The final outputs of the runs past the cliff: read right, and the same runs as the curves'."""

import numpy as np
import pytest

from descent.network import ALPHAS, y
from descent.runs import studies, stuck

pytestmark = pytest.mark.claims  # pins held to the runs (the same bits on every machine)


def test_read_sorts_outputs_by_hand():
    # Targets are 0, 1, 1, 0.
    assert stuck.read([0.001, 0.999, 0.999, 0.5]) == stuck.Reading(1, 3, 0, False)
    assert stuck.read([1e-50, 1e-50, 1e-50, 1e-50]) == stuck.Reading(0, 2, 2, True)
    assert stuck.read([1.0, 1.0, 1.0, 1.0]) == stuck.Reading(0, 2, 2, True)
    assert stuck.read([0.5, 0.5, 0.5, 0.5]) == stuck.Reading(4, 0, 0, False)
    assert stuck.read([4e-5, 1.0, 1.0, 1.0]) == stuck.Reading(0, 3, 1, False)
    assert stuck.read([0.3, 0.7, 0.7, 0.3]) == stuck.Reading(0, 0, 0, False)


@pytest.mark.parametrize("hidden", [4, 32])
def test_the_outputs_give_the_curves_final_errors(hidden):
    # A second reading of the same runs: the mean |output - target| is the curve's final error.
    outputs = stuck.curve_outputs(hidden)
    assert outputs.shape == (61, 4)
    errors = np.mean(np.abs(outputs - y[:, 0]), axis=1)
    assert np.allclose(errors, studies.learning_rate(hidden).errors, rtol=1e-9, atol=1e-12)


def test_the_seed_outputs_give_the_seed_sweeps_final_errors():
    outputs = stuck.seed_outputs(20, 4)
    assert outputs.shape == (20, len(ALPHAS), 4)
    errors = np.mean(np.abs(outputs - y[:, 0]), axis=2)
    assert np.allclose(errors, studies.seed_variance(20, 4).final, rtol=1e-9, atol=1e-12)
