"""The future-work runs: small versions checked against the engine run directly."""

import numpy as np
import pytest

from descent import engine, network, switched
from descent.runs import switch_studies

pytestmark = pytest.mark.claims  # prose and pins held to the runs (the same bits on every machine)


@pytest.fixture(autouse=True)
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("DESCENT_RUNS", str(tmp_path))


def test_cliff_alphas_hold_the_articles_alphas_exactly():
    assert all(alpha in switch_studies.CLIFF_ALPHAS for alpha in network.ALPHAS)
    assert len(switch_studies.CLIFF_ALPHAS) == 31


def test_l2_batch_equals_one_run_per_lambda():
    found = switch_studies.l2(4, alphas=(10.0,), lambdas=(0.0, 1e-3), iterations=300)
    synapse_0, synapse_1 = network.init_weights(3, 4, 1)
    for k, decay in enumerate((0.0, 1e-3)):
        alone = engine.train([10.0], synapse_0[None], synapse_1[None], 300,
                             switches=switched.Switches(l2=decay))
        assert found.final[0, k] == alone.final[0]
    assert found.final[0, 0] == engine.train([10.0], synapse_0[None], synapse_1[None],
                                             300).final[0]


def test_mini_batches_epochs_and_samples():
    found = switch_studies.mini_batches(4, iterations=400, every=100, seeds=2)
    assert list(found.steps) == [0, 100, 200, 300, 400]
    assert list(found.epochs(1)) == [0, 25, 50, 75, 100]
    assert all(len(found.median[size]) == 5 for size in switch_studies.BATCH_SIZES)


def test_output_bias_pairs_share_their_starts():
    found = switch_studies.output_bias(4, iterations=200, seeds=3)
    synapse_0, synapse_1 = network.init_weights(3, 4, 2)
    plain = engine.train([1.0], synapse_0[None], synapse_1[None], 200)
    assert found.without[1] == plain.final[0]
    assert not np.array_equal(found.with_, found.without)


def test_unknown_cliff_switch_is_a_value_error():
    with pytest.raises(ValueError, match="name"):
        switch_studies.cliff(4, "momentum")
    with pytest.raises(ValueError):
        switch_studies.l2(4, iterations=0)
