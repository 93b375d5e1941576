"""The dropout study's measure of alike units, against hand-computed cosines."""

import numpy as np
import pytest

from descent import engine
from descent.runs import dropout
from descent.switched import Switches

pytestmark = pytest.mark.claims  # prose and pins held to the runs (the same bits on every machine)


def test_pairwise_cosines_by_hand():
    # Columns (1, 0, 0), (0, 2, 0) and (-3, 0, 0): pairs (0,1) 0, (0,2) |-1| = 1, (1,2) 0.
    synapse_0 = np.array([[[1.0, 0.0, -3.0], [0.0, 2.0, 0.0], [0.0, 0.0, 0.0]]])
    assert np.array_equal(dropout.pairwise_cosines(synapse_0), [[0.0, 1.0, 0.0]])
    found = dropout.similarity(synapse_0)
    assert found.median[0] == 0 and found.largest[0] == 1 and found.near[0] == pytest.approx(1 / 3)


def test_cosine_of_a_known_angle():
    synapse_0 = np.array([[[1.0, 1.0], [0.0, 1.0], [0.0, 0.0]]])  # 45 degrees apart
    assert dropout.pairwise_cosines(synapse_0)[0, 0] == pytest.approx(np.sqrt(0.5))


@pytest.mark.parametrize("bad", [np.zeros((3, 4)), np.zeros((1, 3, 1))])
def test_bad_weights_are_a_value_error(bad):
    with pytest.raises(ValueError):
        dropout.pairwise_cosines(bad)


def test_the_stacked_variants_are_each_variant_trained_alone(tmp_path, monkeypatch):
    monkeypatch.setenv("DESCENT_RUNS", str(tmp_path))
    found = dropout.redundancy(4, p=0.3, alpha=2.0, iterations=300, seeds=3)
    for variant in dropout.VARIANTS:
        switches = Switches(**({variant: 0.3} if variant != "plain" else {}))
        alone = engine.train([2.0] * 3, *engine.starts((1, 2, 3)), 300, switches=switches,
                             seeds=(1, 2, 3))
        assert found.final[variant].tolist() == alone.final.tolist(), variant  # bit for bit
        expected = dropout.similarity(alone.synapse_0)
        for name in ("median", "largest", "near"):
            assert np.array_equal(getattr(found.trained[variant], name), getattr(expected, name))


def test_small_redundancy_run_is_consistent(tmp_path, monkeypatch):
    monkeypatch.setenv("DESCENT_RUNS", str(tmp_path))
    found = dropout.redundancy(4, p=0.2, alpha=1.0, iterations=200, seeds=3)
    assert found.seeds == (1, 2, 3) and set(found.trained) == set(dropout.VARIANTS)
    for variant in dropout.VARIANTS:
        assert found.final[variant].shape == (3,) and np.all(found.final[variant] < 0.6)
