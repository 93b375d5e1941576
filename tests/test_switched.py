"""The pass with switches: each slope checked against finite differences, masks, switches."""

import numpy as np
import pytest

from descent import network, switched
from descent.switched import Switches


def loss(w, inputs, targets, switches, unit_mask=None, weight_mask=None):
    """What the derivatives are the slope of, computed forward only."""
    layer_2 = switched.forward(w, inputs, switches, unit_mask, weight_mask)[2]
    penalty = sum(np.sum(getattr(w, n) ** 2) for n in ("synapse_0", "synapse_1"))
    return 0.5 * np.sum((layer_2 - targets) ** 2) + 0.5 * switches.l2 * penalty


def weights(switches, seed=3, hidden=4):
    rng = np.random.RandomState(seed)  # a random point, not the start: every slope nonzero
    w = switched.Weights(rng.uniform(-2, 2, (1, 3, hidden)), rng.uniform(-2, 2, (1, hidden, 1)))
    if switches.output_bias:
        w.bias_1 = rng.uniform(-1, 1, (1, 1, 1))
    if switches.batch_norm:
        w.gamma, w.beta = rng.uniform(0.5, 2, (1, 1, hidden)), rng.uniform(-1, 1, (1, 1, hidden))
    return w


@pytest.mark.parametrize("switches", [Switches(), Switches(output_bias=True), Switches(l2=0.3),
                                      Switches(batch_norm=True), Switches(dropout=0.5),
                                      Switches(dropconnect=0.5),
                                      Switches(batch_norm=True, output_bias=True, l2=0.1)],
                         ids=["plain", "bias", "l2", "batch-norm", "dropout", "dropconnect",
                              "all"])
def test_derivatives_match_finite_differences(switches):
    w = weights(switches)
    rng = np.random.RandomState(7)
    unit_mask = (rng.random_sample((1, 4, 4)) >= 0.5) / 0.5 if switches.dropout else None
    weight_mask = (rng.random_sample((1, 3, 4)) >= 0.5) / 0.5 if switches.dropconnect else None
    slopes = switched.derivatives(w, network.X, network.y, switches, unit_mask, weight_mask)
    h = 1e-6
    for name, slope in slopes.items():
        array = getattr(w, name)
        numeric = np.zeros_like(array)
        for index in np.ndindex(array.shape):
            saved = array[index]
            array[index] = saved + h
            up = loss(w, network.X, network.y, switches, unit_mask, weight_mask)
            array[index] = saved - h
            down = loss(w, network.X, network.y, switches, unit_mask, weight_mask)
            array[index] = saved
            numeric[index] = (up - down) / (2 * h)
        np.testing.assert_allclose(slope, numeric, rtol=1e-5, atol=1e-8, err_msg=name)


def test_masks_keep_the_right_share_from_a_stream_of_their_own():
    masks = switched.Masks([1, 2], (4, 32), 0.2)
    drawn = np.stack([masks.step(j) for j in range(600)])
    assert set(np.unique(drawn)) == {0.0, 1 / 0.8}
    kept = np.mean(drawn > 0)  # 76 800 draws: the standard error of the share is 0.0014
    assert abs(kept - 0.8) < 0.006
    weights_stream = np.random.RandomState(1).random_sample((4, 32))
    assert not np.array_equal(np.random.RandomState([1, switched.MASK_STREAM])
                              .random_sample((4, 32)), weights_stream)
    assert not np.array_equal(drawn[0, 0], drawn[0, 1])  # each network its own masks


def test_a_network_with_p_0_gets_a_mask_of_ones_and_the_others_their_own_draws():
    mixed = switched.Masks([1, 2, 3], (4, 8), (0.2, 0.0, 0.5))
    alone = [switched.Masks([1], (4, 8), 0.2), switched.Masks([3], (4, 8), 0.5)]
    for j in range(300):  # crosses a chunk of draws
        drawn = mixed.step(j)
        assert np.all(drawn[1] == 1.0)
        assert np.array_equal(drawn[0], alone[0].step(j)[0])
        assert np.array_equal(drawn[2], alone[1].step(j)[0])


def test_batch_norm_cancels_the_constant_third_input():
    # Standardizing over the 4 examples subtracts the mean: a constant input has no effect,
    # so its weights get no slope (up to rounding).
    w = weights(Switches(batch_norm=True))
    slopes = switched.derivatives(w, network.X, network.y, Switches(batch_norm=True))
    assert np.max(np.abs(slopes["synapse_0"][0, 2])) < 1e-12
    assert np.max(np.abs(slopes["synapse_0"][0, :2])) > 1e-3


@pytest.mark.parametrize("bad", [dict(dropout=1.0), dict(dropout=-0.1), dict(batch_size=3),
                                 dict(clip=0), dict(l2=-1), dict(dropout=0.1, dropconnect=0.1),
                                 dict(batch_norm=True, batch_size=2), dict(dropout=(0.1, 1.0)),
                                 dict(dropout=(0.1, 0.0), dropconnect=(0.2, 0.0)),
                                 dict(dropout=(0.1, 0.0), dropconnect=(0.0, 0.1, 0.2))])
def test_bad_switches_are_a_clear_value_error(bad):
    with pytest.raises(ValueError):
        Switches(**bad)
