"""The switched engine: the plain net bit for bit with every switch off, each switch checked."""

import numpy as np
import pytest

from descent import network, variants
from descent.variants import Switches


def starts(seeds, hidden):
    pairs = [network.init_weights(3, hidden, seed) for seed in seeds]
    return np.stack([p[0] for p in pairs]), np.stack([p[1] for p in pairs])


@pytest.mark.parametrize("hidden", [4, 32])
def test_every_switch_off_is_network_train_bit_for_bit(hidden):
    runs = [(1, 0.5), (2, 10.0), (3, 1000.0)]
    synapse_0, synapse_1 = starts([seed for seed, _ in runs], hidden)
    found = variants.train([alpha for _, alpha in runs], synapse_0, synapse_1,
                           iterations=2_000, every=500)
    for i, (seed, alpha) in enumerate(runs):
        errors, plain_0, plain_1, _, _ = network.train(alpha, hidden, 2_000, 500, seed)
        assert np.array_equal(found.weights.synapse_0[i], plain_0)
        assert np.array_equal(found.weights.synapse_1[i], plain_1)
        assert [found.errors[j][i] for j in errors] == list(errors.values())


def test_a_clip_never_reached_and_a_zero_l2_change_nothing():
    synapse_0, synapse_1 = starts([1], 4)
    plain = variants.train([10.0], synapse_0, synapse_1, iterations=500)
    loose = variants.train([10.0], synapse_0, synapse_1, Switches(clip=1e9), iterations=500)
    assert np.array_equal(plain.weights.synapse_0, loose.weights.synapse_0)
    assert np.array_equal(plain.final, loose.final)


def loss(w, inputs, targets, switches, unit_mask=None, weight_mask=None):
    """What the derivatives are the slope of, computed forward only."""
    layer_2 = variants.forward(w, inputs, switches, unit_mask, weight_mask)[2]
    penalty = sum(np.sum(getattr(w, n) ** 2) for n in ("synapse_0", "synapse_1"))
    return 0.5 * np.sum((layer_2 - targets) ** 2) + 0.5 * switches.l2 * penalty


def weights(switches, seed=3, hidden=4):
    rng = np.random.RandomState(seed)  # a random point, not the start: every slope nonzero
    w = variants.Weights(rng.uniform(-2, 2, (1, 3, hidden)), rng.uniform(-2, 2, (1, hidden, 1)))
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
    slopes = variants.derivatives(w, network.X, network.y, switches, unit_mask, weight_mask)
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


def test_clipping_bounds_every_step():
    synapse_0, synapse_1 = starts([1], 4)
    found = variants.train([1000.0], synapse_0, synapse_1, Switches(clip=0.01), iterations=1)
    assert np.max(np.abs(found.weights.synapse_0 - synapse_0)) <= 1000.0 * 0.01
    plain = variants.train([1000.0], synapse_0, synapse_1, iterations=1)
    assert np.max(np.abs(plain.weights.synapse_0 - synapse_0)) > 1000.0 * 0.01  # it did bite


def test_dropout_step_by_hand():
    p, hidden = 0.2, 4
    synapse_0, synapse_1 = starts([5], hidden)
    found = variants.train([1.0], synapse_0, synapse_1, Switches(dropout=p), iterations=1,
                           seeds=[5])
    # The mask of step 0: the first draw of seed 5's own stream, not of the weights' stream.
    keep = np.random.RandomState([5, variants.MASK_STREAM]).random_sample((4, hidden)) >= p
    s0, s1 = synapse_0[0].copy(), synapse_1[0].copy()
    layer_1 = network.sigmoid(network.X @ s0)
    dropped = layer_1 * keep / (1 - p)
    layer_2 = network.sigmoid(dropped @ s1)
    layer_2_delta = (layer_2 - network.y) * layer_2 * (1 - layer_2)
    layer_1_delta = (layer_2_delta @ s1.T) * keep / (1 - p) * layer_1 * (1 - layer_1)
    s1 -= dropped.T @ layer_2_delta
    s0 -= network.X.T @ layer_1_delta
    np.testing.assert_allclose(found.weights.synapse_0[0], s0, rtol=1e-13)
    np.testing.assert_allclose(found.weights.synapse_1[0], s1, rtol=1e-13)


def test_masks_keep_the_right_share_from_a_stream_of_their_own():
    masks = variants._Masks([1, 2], (4, 32), 0.2)
    drawn = np.stack([masks.step(j) for j in range(600)])
    assert set(np.unique(drawn)) == {0.0, 1 / 0.8}
    kept = np.mean(drawn > 0)  # 76 800 draws: the standard error of the share is 0.0014
    assert abs(kept - 0.8) < 0.006
    weights_stream = np.random.RandomState(1).random_sample((4, 32))
    assert not np.array_equal(np.random.RandomState([1, variants.MASK_STREAM])
                              .random_sample((4, 32)), weights_stream)
    assert not np.array_equal(drawn[0, 0], drawn[0, 1])  # each network its own masks


def test_a_network_with_dropout_does_not_depend_on_its_batch():
    alone = variants.train([1.0], *starts([2], 4), Switches(dropout=0.2), 600, 600, seeds=[2])
    shared = variants.train([1.0, 1.0], *starts([1, 2], 4), Switches(dropout=0.2), 600, 600,
                            seeds=[1, 2])
    assert np.array_equal(alone.weights.synapse_0[0], shared.weights.synapse_0[1])


def test_mini_batch_of_one_steps_through_the_examples_in_order():
    synapse_0, synapse_1 = starts([1], 4)
    found = variants.train([1.0], synapse_0, synapse_1, Switches(batch_size=1), iterations=5)
    s0, s1 = synapse_0[0].copy(), synapse_1[0].copy()
    for j in range(5):
        inputs, targets = network.X[j % 4:j % 4 + 1], network.y[j % 4:j % 4 + 1]
        layer_1 = network.sigmoid(inputs @ s0)
        layer_2 = network.sigmoid(layer_1 @ s1)
        layer_2_delta = (layer_2 - targets) * layer_2 * (1 - layer_2)
        layer_1_delta = (layer_2_delta @ s1.T) * layer_1 * (1 - layer_1)
        s1 -= layer_1.T @ layer_2_delta
        s0 -= inputs.T @ layer_1_delta
    np.testing.assert_allclose(found.weights.synapse_0[0], s0, rtol=1e-13)


def test_batch_norm_cancels_the_constant_third_input():
    # Standardizing over the 4 examples subtracts the mean: a constant input has no effect,
    # so its weights get no slope (up to rounding).
    w = weights(Switches(batch_norm=True))
    slopes = variants.derivatives(w, network.X, network.y, Switches(batch_norm=True))
    assert np.max(np.abs(slopes["synapse_0"][0, 2])) < 1e-12
    assert np.max(np.abs(slopes["synapse_0"][0, :2])) > 1e-3


@pytest.mark.parametrize("bad", [dict(dropout=1.0), dict(dropout=-0.1), dict(batch_size=3),
                                 dict(clip=0), dict(l2=-1), dict(dropout=0.1, dropconnect=0.1),
                                 dict(batch_norm=True, batch_size=2)])
def test_bad_switches_are_a_clear_value_error(bad):
    with pytest.raises(ValueError):
        Switches(**bad)


def test_bad_shapes_and_missing_seeds_are_a_clear_value_error():
    synapse_0, synapse_1 = starts([1], 4)
    with pytest.raises(ValueError, match="alphas"):
        variants.train([1.0, 2.0], synapse_0, synapse_1)
    with pytest.raises(ValueError, match="seed"):
        variants.train([1.0], synapse_0, synapse_1, Switches(dropout=0.2))
    with pytest.raises(ValueError, match="iterations"):
        variants.train([1.0], synapse_0, synapse_1, iterations=0)


def test_l2_per_network_must_match_the_batch():
    synapse_0, synapse_1 = starts([1, 2], 4)
    with pytest.raises(ValueError, match="l2"):
        variants.train([1.0, 1.0], synapse_0, synapse_1, Switches(l2=(0.1, 0.2, 0.3)))
