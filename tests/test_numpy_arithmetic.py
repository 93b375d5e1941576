"""numpy_arithmetic: the post's code as written, run by today's numpy (its BLAS, its exp).

No summation order is fixed here, so no bits are: each product is held to a second method, the
exactly rounded sum of its terms (math.fsum), within the bound any order of n additions keeps
(n units of roundoff times the sum of the terms' sizes); what has one rounding only, an outer
product or a mean of dyadic numbers, is held to its value by hand.
"""

import inspect
import math
import warnings

import numpy as np

from descent import network, numpy_arithmetic, post_arithmetic

RNG = np.random.default_rng(2015)
UNIT = np.finfo(float).eps / 2  # the unit roundoff of a double


def _within_any_order(found: float, terms: list[float]) -> bool:
    """Whether `found` is a sum of `terms` in some order, each addition rounded (and products
    maybe fused): at most len(terms) roundings of at most the sum of the terms' sizes each."""
    bound = len(terms) * UNIT * math.fsum(abs(term) for term in terms)
    return abs(found - math.fsum(terms)) <= bound


def test_the_machine_arithmetic_is_numpys_own_products():
    a, b = RNG.standard_normal((2, 4, 5)), RNG.standard_normal((2, 5, 1))
    assert np.array_equal(numpy_arithmetic.lanes_dot(a, b), a @ b)
    assert np.array_equal(numpy_arithmetic.rows_dot(a, b[:, :4]), np.swapaxes(a, 1, 2) @ b[:, :4])
    assert math.isclose(numpy_arithmetic.mean_abs(a[:1, :, :1])[0], np.mean(np.abs(a[0, :, 0])))


def test_it_offers_the_operations_of_the_posts_arithmetic_under_their_names():
    """network.train calls either module's operations by the same names."""
    def operations(module):
        return {name for name, value in inspect.getmembers(module, inspect.isfunction)
                if value.__module__ == module.__name__ and not name.startswith("_")}

    assert operations(numpy_arithmetic) <= operations(post_arithmetic)
    assert network.ARITHMETICS["numpy"] is numpy_arithmetic


def test_each_product_of_a_stack_is_each_networks_sum_of_products():
    """Two networks stacked, five hidden units: every number of every product, one by one."""
    synapse_0 = RNG.standard_normal((2, 3, 5))
    layer_1, synapse_1 = RNG.random((2, 4, 5)), RNG.standard_normal((2, 5, 1))
    delta = RNG.standard_normal((2, 4, 1)) * 1e-2
    inputs = network.X
    hidden = numpy_arithmetic.inputs_dot(inputs, synapse_0)
    output = numpy_arithmetic.lanes_dot(layer_1, synapse_1)
    back = numpy_arithmetic.outer_dot(delta, synapse_1)
    slopes = numpy_arithmetic.rows_dot(layer_1, delta)
    assert (hidden.shape, output.shape, back.shape, slopes.shape) == (
        (2, 4, 5), (2, 4, 1), (2, 4, 5), (2, 5, 1))
    for b in range(2):
        for r in range(4):
            for m in range(5):
                assert _within_any_order(hidden[b, r, m], [inputs[r, k] * synapse_0[b, k, m]
                                                           for k in range(3)])
                # layer_2_delta.dot(synapse_1.T): one product per number, one rounding
                assert back[b, r, m] == delta[b, r, 0] * synapse_1[b, m, 0]
            assert _within_any_order(output[b, r, 0], [layer_1[b, r, m] * synapse_1[b, m, 0]
                                                       for m in range(5)])
        for m in range(5):  # layer_1.T.dot(layer_2_delta): a sum over the four rows
            assert _within_any_order(slopes[b, m, 0], [layer_1[b, r, m] * delta[b, r, 0]
                                                       for r in range(4)])


def test_the_mean_error_is_each_networks_own():
    # Dyadic errors: their sums and quarters are exact, so the means are known by hand.
    errors = np.array([[[0.5], [-0.25], [0.125], [-0.125]],   # 1.0 / 4
                       [[1.0], [1.0], [-1.0], [1.0]],        # 4.0 / 4
                       [[0.0], [0.0], [0.0], [0.0]]])
    assert numpy_arithmetic.mean_abs(errors).tolist() == [0.25, 1.0, 0.0]


def test_the_sigmoid_by_hand_and_in_place():
    assert numpy_arithmetic.sigmoid(np.float64(0.0)) == 0.5
    assert math.isclose(numpy_arithmetic.sigmoid(np.float64(math.log(3.0))), 0.75, rel_tol=1e-15)
    x = RNG.standard_normal((2, 4, 3)) * 5
    expected = [1 / (1 + math.exp(-value)) for value in x.ravel().tolist()]
    out = x.copy()
    assert numpy_arithmetic.sigmoid(out, out=out) is out  # in place, as the engine calls it
    assert np.allclose(out.ravel(), expected, rtol=4 * UNIT, atol=0)


def test_huge_arguments_give_the_limits_without_a_warning():
    """At alpha 1000 the net's sums reach thousands: exp(-x) overflows to inf, 1/(1+inf) is 0."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        found = numpy_arithmetic.sigmoid(np.array([-1000.0, -745.2, 745.2, 1000.0]))
    assert found[0] == 0.0 and found[-1] == 1.0
    assert 0.0 <= found[1] < 1e-300 and found[2] == 1.0
