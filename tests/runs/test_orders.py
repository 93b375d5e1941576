"""runs.orders: the candidate arithmetics do the sums they are named for, and the one flipped
rounding changes one exp and nothing else.

The candidates' sums are held to hand-written loops over Python floats (each + and * rounded
once, in the order written) and to MPFR's fma (gmpy2), not to the code under test.
"""

from __future__ import annotations

import gmpy2
import numpy as np
import pytest

from descent.readings import compare, printed
from descent import engine, post_arithmetic
from descent.network import ALPHAS, X, init_weights, sigmoid, y
from descent.runs import orders, sweeps

pytestmark = pytest.mark.claims  # prose and pins held to the runs (the same bits on every machine)


def random_layers(seed=3, hidden=32):
    rng = np.random.default_rng(seed)
    return rng.random((2, 4, hidden)), rng.standard_normal((2, hidden, 1)) * 4


def by_hand_lanes(row, column, lanes):
    """One row of layer_1 @ synapse_1 in `lanes` lanes, in Python floats."""
    sums = [None] * lanes
    for i, (a, b) in enumerate(zip(row, column)):
        sums[i % lanes] = a * b if sums[i % lanes] is None else sums[i % lanes] + a * b
    sums = [0.0 if s is None else s for s in sums]
    while len(sums) > 1:  # (l0 + l2) + (l1 + l3)
        half = len(sums) // 2
        sums = [sums[k] + sums[k + half] for k in range(half)]
    return sums[0]


def fma(a, b, c):
    with gmpy2.context(gmpy2.ieee(64)):
        return float(gmpy2.fma(gmpy2.mpfr(a), gmpy2.mpfr(b), gmpy2.mpfr(c)))


def test_lanes_dot_in_one_and_two_lanes_is_the_hand_written_sum():
    layer_1, synapse_1 = random_layers()
    for lanes in (1, 2):
        found = orders.Orders(lanes=lanes).lanes_dot(layer_1, synapse_1)
        for b in range(2):
            for r in range(4):
                expected = by_hand_lanes(layer_1[b, r].tolist(), synapse_1[b, :, 0].tolist(), lanes)
                assert found[b, r, 0] == expected, (lanes, b, r)


def test_two_and_four_lanes_add_four_products_alike_but_not_more():
    layer_1, synapse_1 = random_layers(hidden=4)
    assert np.array_equal(orders.Orders(lanes=2).lanes_dot(layer_1, synapse_1),
                          orders.Orders(lanes=4).lanes_dot(layer_1, synapse_1))
    layer_1, synapse_1 = random_layers(hidden=32)
    assert not np.array_equal(orders.Orders(lanes=2).lanes_dot(layer_1, synapse_1),
                              orders.Orders(lanes=4).lanes_dot(layer_1, synapse_1))


def test_the_fused_candidate_accumulates_with_fma_from_the_first_product():
    layer_1, synapse_1 = random_layers()
    ops = orders.Orders(lanes=1, fused=True)
    found = ops.lanes_dot(layer_1, synapse_1)
    for b in range(2):
        for r in range(4):
            total = layer_1[b, r, 0] * synapse_1[b, 0, 0]
            for i in range(1, 32):
                total = fma(layer_1[b, r, i], synapse_1[b, i, 0], total)
            assert found[b, r, 0] == total
    left, right = layer_1, np.random.default_rng(4).standard_normal((2, 4, 1)) * 1e-3
    found = ops.rows_dot(left, right)  # layer_1.T.dot(layer_2_delta): over the four rows
    assert found.shape == (2, 32, 1)
    for b in range(2):
        for m in range(32):
            total = left[b, 0, m] * right[b, 0, 0]
            for r in range(1, 4):
                total = fma(left[b, r, m], right[b, r, 0], total)
            assert found[b, m, 0] == total
    with pytest.raises(ValueError):
        orders.Orders(lanes=2, fused=True)


def test_four_lanes_is_the_site_s_arithmetic_bit_for_bit():
    synapse_0, synapse_1 = engine.starts([1] * len(ALPHAS), 32)
    plain = engine.train(ALPHAS, synapse_0, synapse_1, 300, logged=range(0, 300, 50),
                         direction_changes=True)
    candidate = engine.train(ALPHAS, synapse_0, synapse_1, 300, logged=range(0, 300, 50),
                             direction_changes=True, ops=orders.Orders())
    assert np.array_equal(plain.errors, candidate.errors)
    assert np.array_equal(plain.synapse_0, candidate.synapse_0)
    assert np.array_equal(plain.synapse_0_direction_changes,
                          candidate.synapse_0_direction_changes)


@pytest.mark.parametrize("candidate", list(orders.TRAINED))
def test_each_candidate_sweep_is_the_article_s_sweep_in_it(candidate):
    for hidden in (4, 32):
        found = orders.candidate_sweep(candidate, hidden)
        assert (found.hidden, found.seed, found.iterations) == (hidden, 1, 60_000)
        assert [run.alpha for run in found.runs] == list(ALPHAS)
        synapse_0, synapse_1 = init_weights(X.shape[1], hidden, seed=1)  # by hand: no step taken
        start = float(np.mean(np.abs(y - sigmoid(sigmoid(X @ synapse_0) @ synapse_1))))
        for run in found.runs:
            assert list(run.errors) == list(compare.STEPS)
            assert printed.error(run.errors[0]) == printed.error(start)
            assert run.synapse_0.shape == (3, hidden)
            assert run.synapse_0_direction_changes.sum() > 0


# --- the one flipped rounding -----------------------------------------------------------------

def test_the_flip_changes_one_exp_at_one_step():
    hidden = orders.FLIP_HIDDEN
    rng = np.random.default_rng(5)
    x = rng.standard_normal((1, 4, hidden))
    x[0, orders.FLIP_ROW, orders.FLIP_UNIT] = -orders.FLIP_ARGUMENT  # exp's argument is -x
    ops = orders._OneFlipped()
    for _ in range(orders.FLIP_STEP):  # the steps before: the post's sigmoid, bit for bit
        assert np.array_equal(ops.sigmoid(x), post_arithmetic.sigmoid(x))
        assert np.array_equal(ops.sigmoid(x[..., :1]), post_arithmetic.sigmoid(x[..., :1]))
    flipped, plain = ops.sigmoid(x), post_arithmetic.sigmoid(x)
    changed = np.argwhere(flipped != plain).tolist()
    assert changed == [[0, orders.FLIP_ROW, orders.FLIP_UNIT]]
    argument, rounded, other = ops.met
    assert argument == orders.FLIP_ARGUMENT
    assert other == np.nextafter(rounded, np.inf)  # its exact exp is above: the other way is up
    assert flipped[0, orders.FLIP_ROW, orders.FLIP_UNIT] == 1 / (1 + other)
    assert np.array_equal(ops.sigmoid(x), post_arithmetic.sigmoid(x))  # and after it, as before


def test_one_network_alone_trains_as_in_the_batch():
    """The flipped run trains alpha 10 alone; alone, unflipped, it is the article sweep's run."""
    synapse_0, synapse_1 = engine.starts([1], orders.FLIP_HIDDEN)
    alone = engine.train([orders.FLIP_ALPHA], synapse_0, synapse_1, 1001, logged=[500, 1000])
    batch = sweeps.article_sweep(orders.FLIP_HIDDEN).runs[list(ALPHAS).index(orders.FLIP_ALPHA)]
    assert alone.errors[0].tolist() == [batch.errors[500], batch.errors[1000]]


def test_the_flipped_run_met_the_argument_it_was_meant_to_flip():
    found = orders.flipped()
    assert found.argument == orders.FLIP_ARGUMENT
    assert found.other == np.nextafter(found.rounded, np.inf)
    assert list(found.errors) == list(compare.STEPS)
    batch = sweeps.article_sweep(orders.FLIP_HIDDEN).runs[list(ALPHAS).index(orders.FLIP_ALPHA)]
    assert found.errors[0] == batch.errors[0]  # nothing differs before the flip
    assert all(found.errors[j] != batch.errors[j] for j in compare.STEPS[1:])
