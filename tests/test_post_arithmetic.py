"""The post's 2015 arithmetic: each sum in its recovered order, checked against a plain Python
loop over floats (IEEE doubles, no fused multiply-add: a second, independent implementation of
the same order), by hand where the order shows, and no BLAS product anywhere on its path."""

import numpy as np
import pytest

from descent import engine, network, post_arithmetic as arithmetic, switched

RNG = np.random.default_rng(2015)


def lanes_by_loop(row, column, lanes=4):
    sums = [None] * lanes
    for i, (a, b) in enumerate(zip(row, column)):
        product = a * b
        sums[i % lanes] = product if sums[i % lanes] is None else sums[i % lanes] + product
    sums = [0.0 if s is None else s for s in sums]
    return (sums[0] + sums[2]) + (sums[1] + sums[3]) if lanes == 4 else sum(sums)


def in_order(values):
    total = values[0]
    for value in values[1:]:
        total = total + value
    return total


@pytest.mark.parametrize("hidden", [1, 3, 4, 7, 32, 64])
def test_the_hidden_product_adds_in_four_lanes_like_the_loop(hidden):
    layer_1 = RNG.random((5, 4, hidden))
    synapse_1 = RNG.standard_normal((5, hidden, 1)) * 10.0 ** RNG.integers(-8, 8, (5, hidden, 1))
    found = arithmetic.lanes_dot(layer_1, synapse_1)
    assert found.shape == (5, 4, 1)
    for b in range(5):
        for r in range(4):
            expected = lanes_by_loop(layer_1[b, r].tolist(), synapse_1[b, :, 0].tolist())
            assert found[b, r, 0] == expected or (found[b, r, 0] == 0 == expected)


def test_the_lane_order_is_the_one_recovered_by_hand():
    # 1e16 + 1 rounds back to 1e16: in index order the first 1 is lost, in lanes it is not.
    row, ones = np.array([[1e16, 1.0, -1e16, 1.0]]), np.ones((4, 1))
    assert arithmetic.lanes_dot(row, ones)[0, 0] == 2.0  # (1e16 - 1e16) + (1 + 1)
    assert arithmetic.lanes_dot(row, ones, lanes=1)[0, 0] == 1.0  # ((1e16 + 1) - 1e16) + 1


def test_the_row_sums_add_the_rows_in_order():
    left, right = RNG.standard_normal((3, 4, 5)), RNG.standard_normal((3, 4, 2))
    found = arithmetic.rows_dot(left, right)
    assert found.shape == (3, 5, 2)
    for b, m, n in np.ndindex(found.shape):
        assert found[b, m, n] == in_order([left[b, r, m] * right[b, r, n] for r in range(4)])
    values = RNG.standard_normal((2, 4, 3))
    assert arithmetic.rows_sum(values).tolist() == [
        [[in_order(values[b, :, k].tolist()) for k in range(3)]] for b in range(2)]


def test_the_inputs_product_adds_left_to_right():
    synapse_0 = RNG.standard_normal((6, 3, 4))
    found = arithmetic.inputs_dot(network.X, synapse_0)
    for b, r, h in np.ndindex(found.shape):
        terms = [network.X[r, k] * synapse_0[b, k, h] for k in range(3)]
        assert found[b, r, h] == in_order(terms)


def test_the_mean_error_is_the_four_absolute_errors_added_in_order_then_divided():
    error = RNG.standard_normal((9, 4, 1))
    expected = [in_order([abs(e) for e in error[b, :, 0].tolist()]) / 4 for b in range(9)]
    assert arithmetic.mean_abs(error).tolist() == expected


def test_the_sigmoid_uses_the_correctly_rounded_exp_and_works_in_place():
    x = np.array([-1e6, -700.0, -1.5, 0.0, 0.25, 40.0, 1e6])
    found = arithmetic.sigmoid(x.copy())
    import gmpy2

    with gmpy2.context(gmpy2.ieee(64)):
        expected = [1 / (1 + float(gmpy2.exp(-v))) for v in x.tolist()]
    assert found.tolist() == expected
    inplace = x.copy()
    assert arithmetic.sigmoid(inplace, out=inplace) is inplace and inplace.tolist() == expected


class _NoBlas(np.ndarray):
    """An array that refuses every matrix product: `@`/matmul as a ufunc, dot and the rest as
    array functions. Every array computed from it stays one."""

    PRODUCTS = {np.dot, np.einsum, np.tensordot, np.inner, np.vdot, np.outer, np.linalg.multi_dot}

    def __array_ufunc__(self, ufunc, method, *inputs, out=None, **kwargs):
        if ufunc is np.matmul:
            raise AssertionError("a BLAS product on the 2015 path")
        plain = [np.asarray(a) for a in inputs]
        if out is not None:
            kwargs["out"] = tuple(np.asarray(o) for o in out)
        result = getattr(ufunc, method)(*plain, **kwargs)
        if out is not None:
            return out[0]
        return np.asarray(result).view(_NoBlas) if isinstance(result, np.ndarray) else result

    def __array_function__(self, func, types, args, kwargs):
        if func in self.PRODUCTS:
            raise AssertionError(f"{func.__name__} on the 2015 path")
        return super().__array_function__(func, types, args, kwargs)


def test_no_blas_product_is_reached_from_the_plain_loop_or_the_engine(monkeypatch):
    guarded = _NoBlas  # sanity: the guard itself bites
    with pytest.raises(AssertionError):
        _ = np.ones((2, 2)).view(guarded) @ np.ones((2, 2))
    with pytest.raises(AssertionError):
        np.dot(np.ones(2).view(guarded), np.ones(2))
    starts = network.init_weights

    def guarded_starts(*args, **kwargs):
        return tuple(w.view(_NoBlas) for w in starts(*args, **kwargs))

    monkeypatch.setattr(network, "init_weights", guarded_starts)
    network.train(10.0, hidden=5, iterations=3, every=1)
    synapse_0, synapse_1 = (w[None].view(_NoBlas) for w in starts(3, 6, 1))
    w = switched.Weights(synapse_0, synapse_1)
    for switches in (engine.PLAIN, switched.Switches(output_bias=True, batch_norm=True, l2=0.1)):
        w.bias_1 = np.zeros((1, 1, 1)).view(_NoBlas)
        w.gamma, w.beta = np.ones((1, 1, 6)).view(_NoBlas), np.zeros((1, 1, 6)).view(_NoBlas)
        slopes = switched.derivatives(w, network.X, network.y, switches)
        engine.apply(w, slopes, np.ones((1, 1, 1)))
        assert all(np.all(np.isfinite(s)) for s in slopes.values())
