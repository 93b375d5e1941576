"""descent.fused: the emulated fma is IEEE-754's fusedMultiplyAdd, bit for bit.

The reference is MPFR's fma through gmpy2 in its IEEE double context (53 bits, the double's
exponent range, subnormals): a second, independent implementation, correctly rounded by
construction. The triples cover the whole range of doubles, exact and near-exact cancellation,
ties that only the addend's sign breaks, and the range the network's sums live in.
"""

from __future__ import annotations

import gmpy2
import numpy as np
import pytest

from descent import fused

N = 40_000  # per family of triples; six families: 240 000 triples


def reference(a, b, c) -> np.ndarray:
    with gmpy2.context(gmpy2.ieee(64)):
        return np.array([float(gmpy2.fma(gmpy2.mpfr(x), gmpy2.mpfr(y), gmpy2.mpfr(z)))
                         for x, y, z in zip(a.ravel().tolist(), b.ravel().tolist(),
                                            c.ravel().tolist())]).reshape(a.shape)


def same_bits(x, y) -> np.ndarray:
    """Equal as bit patterns (so +0 differs from -0), and every NaN equals every NaN."""
    return (x.view(np.int64) == y.view(np.int64)) | (np.isnan(x) & np.isnan(y))


def doubles(rng, n, low=-1074, high=1023) -> np.ndarray:
    """Random signs, random 53-bit mantissas and exponents spread over [low, high]."""
    mantissa = rng.integers(2 ** 52, 2 ** 53, size=n, dtype=np.int64).astype(float)
    exponent = rng.integers(low, high + 1, size=n)
    sign = rng.choice([-1.0, 1.0], size=n)
    return sign * np.ldexp(mantissa, exponent - 52)


def families(seed=2015):
    rng = np.random.default_rng(seed)
    # 1. The network's range: weights, activations and deltas of a few orders of magnitude.
    a, b, c = (doubles(rng, N, -30, 12) for _ in range(3))
    yield "network range", a, b, c
    # 2. The whole range of doubles, subnormals included, with some zeros and non-finite values.
    a, b, c = (doubles(rng, N) for _ in range(3))
    for values in (a, b, c):
        picks = rng.integers(0, N, size=N // 50)
        values[picks] = rng.choice([0.0, -0.0, np.inf, -np.inf, np.nan], size=len(picks))
    yield "every double", a, b, c
    # 3. Cancellation: c is minus the rounded product, or a neighbour of it, so the result is
    #    the product's rounding error (or nearly): what a plain a*b + c gets wrong.
    a, b = doubles(rng, N, -300, 300), doubles(rng, N, -300, 300)
    c = -(a * b)
    nudge = rng.integers(-2, 3, size=N)
    for step in (1, 2):
        c = np.where(nudge >= step, np.nextafter(c, np.inf), c)
        c = np.where(nudge <= -step, np.nextafter(c, -np.inf), c)
    yield "cancellation", a, b, c
    # 4. Ties: 27-bit factors whose product needs 54 bits sits on a rounding midpoint, where an
    #    addend far below it decides the direction by its sign alone (or leaves the tie to even).
    a = np.ldexp(rng.integers(2 ** 26, 2 ** 27, size=N).astype(float) * 2 + 1, -27)
    b = np.ldexp(rng.integers(2 ** 26, 2 ** 27, size=N).astype(float) * 2 + 1, -27)
    c = rng.choice([0.0, -0.0, 1.0, -1.0], size=N) * np.ldexp(1.0, rng.integers(-1074, -60, size=N))
    yield "ties", a, b, c
    # 5. Double rounding: a*b rounds to p = 2**k with an error e, and c's ulp is 2**(k+1), so
    #    p + c is a tie that only e breaks; rounding t + e to nearest there would drop e (the
    #    reason for rounding to odd). b = 2**k / a rounded gives such products.
    a = 1 + rng.random(N)
    k = rng.integers(-40, 20, size=N)
    b = np.ldexp(1.0, k) / a
    c = rng.choice([1.0, -1.0], size=N) * np.ldexp(
        rng.integers(2 ** 52, 2 ** 53, size=N, dtype=np.int64).astype(float), k + 1)
    yield "double rounding", a, b, c
    # 6. Tiny products and results near the subnormal range (the exact fallbacks' ground).
    a, b = doubles(rng, N, -700, -400), doubles(rng, N, -700, -200)
    c = np.where(rng.random(N) < 0.5, -(a * b), doubles(rng, N, -1074, -900))
    yield "tiny", a, b, c


@pytest.mark.parametrize("family", [f[0] for f in families()])
def test_fma_equals_mpfr_bit_for_bit(family):
    _, a, b, c = next(f for f in families() if f[0] == family)
    found, expected = fused.fma(a, b, c), reference(a, b, c)
    wrong = np.flatnonzero(~same_bits(found, expected))
    assert not len(wrong), [(a[i].hex(), b[i].hex(), c[i].hex(), found[i].hex(), expected[i].hex())
                            for i in wrong[:5]]


def test_the_families_reach_every_path():
    """Each exact path is used: the fast one, the scaled one and MPFR's, and plain a*b + c
    would be wrong on a good share of them (the test would catch a plain multiply-add)."""
    counts = {"fast": 0, "scaled": 0, "plain wrong": 0}
    for _, a, b, c in families():
        with np.errstate(all="ignore"):
            fast = fused.in_range(a, b) & (np.abs(c) <= fused.HUGE)
            counts["fast"] += int(fast.sum())
            counts["scaled"] += int((~fast & np.isfinite(a * b * c) & (a != 0) & (b != 0)).sum())
            counts["plain wrong"] += int((~same_bits(a * b + c, reference(a, b, c))).sum())
    assert counts["fast"] > 100_000 and counts["scaled"] > 20_000 and counts["plain wrong"] > 30_000


def test_signed_zeros_follow_ieee():
    zero, minus = 0.0, -0.0
    cases = [(zero, 1.0, minus, zero), (minus, 1.0, minus, minus), (minus, 1.0, zero, zero),
             (2.0, 3.0, -6.0, zero), (-2.0, 3.0, 6.0, zero)]
    for a, b, c, expected in cases:
        found = fused.fma(np.array([a]), np.array([b]), np.array([c]))[0]
        assert found == expected and np.signbit(found) == np.signbit(expected), (a, b, c)


def test_fma_sum_accumulates_in_order_from_the_first_product():
    rng = np.random.default_rng(1)
    a, b = rng.standard_normal((5, 32)), rng.standard_normal((5, 32))
    by_hand = a[:, 0] * b[:, 0]
    for i in range(1, 32):
        by_hand = reference(a[:, i], b[:, i], by_hand)
    assert same_bits(fused.fma_sum(a, b, axis=-1), by_hand).all()
    assert fused.fma_sum(a, b, axis=-1, keepdims=True).shape == (5, 1)
    # Tiny terms (saturated deltas) take the exact fallbacks and still agree.
    tiny = b * 1e-300
    by_hand = a[:, 0] * tiny[:, 0]
    for i in range(1, 32):
        by_hand = reference(a[:, i], tiny[:, i], by_hand)
    assert same_bits(fused.fma_sum(a, tiny, axis=-1), by_hand).all()


def test_rounding_to_odd_is_what_makes_the_ties_right(monkeypatch):
    """With t + e rounded to nearest instead of to odd, the double-rounding family goes wrong:
    the family tests what it is there for."""
    _, a, b, c = next(f for f in families() if f[0] == "double rounding")
    monkeypatch.setattr(fused, "_round_to_odd_sum", lambda x, y: x + y)
    assert (~same_bits(fused.fma(a, b, c), reference(a, b, c))).sum() > N // 10
