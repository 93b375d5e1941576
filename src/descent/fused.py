"""A fused multiply-add, a*b + c rounded once, emulated exactly in numpy, and sums made of it.

Why: "Checked against the post" tries a BLAS that accumulates with FMA as one candidate for the
post's 2015 arithmetic, and numpy has no fma. Hardware FMA is not a choice numpy exposes, and a
candidate must compute the same bits on every machine, so it is emulated from plain IEEE-754
operations, each rounded once to nearest:

- Dekker's product with Veltkamp's split gives a*b = p + e exactly (p = a*b rounded);
- Knuth's two-sum gives c + p = s + t exactly;
- v = t + e rounded to odd (round to nearest, then, when inexact and even, to the neighbour
  on the other side: the one with an odd last bit), and s + v rounded to nearest is a*b + c
  correctly rounded (Boldo and Melquiond, "Emulation of FMA and correctly rounded sums: proved
  algorithms using rounding to odd", IEEE Transactions on Computers 57(4), 2008).

Those steps are exact where nothing underflows or overflows. Elements outside that range are
scaled by powers of two first (exact), and the few left (non-finite inputs, results near the
subnormal range) go to MPFR through gmpy2, correctly rounded by construction. Tested bit for bit
against gmpy2's fma on random, cancelling and tie-breaking triples (tests/test_fused.py).
"""

from __future__ import annotations

import numpy as np

SPLIT = 134217729.0  # 2**27 + 1: Veltkamp's constant for 53-bit doubles
LOW, HIGH = 2.0 ** -400, 2.0 ** 495  # factors in this range (or 0) multiply without under/overflow
HUGE = 2.0 ** 1000  # an addend below this cannot overflow the two-sum
FAR = 2.0 ** 200  # scaled addends further than this from the product's scale only round it
SMALLEST_NORMAL = 2.0 ** -1022


def two_product(a, b):
    """(p, e) with p = a*b rounded and p + e = a*b exactly, where both factors are 0 or lie in
    [LOW, HIGH] in magnitude (elsewhere e may be inexact)."""
    p = a * b
    big = SPLIT * a
    a_high = big - (big - a)
    a_low = a - a_high
    big = SPLIT * b
    b_high = big - (big - b)
    b_low = b - b_high
    e = ((a_high * b_high - p) + a_high * b_low + a_low * b_high) + a_low * b_low
    return p, e


def in_range(a, b):
    """Where two_product is exact: both factors of magnitude in [LOW, HIGH], or one of them 0
    and the other at most HIGH (then p and e are zeros, whatever the other's size)."""
    size_a, size_b = np.abs(a), np.abs(b)
    small_a, small_b = size_a <= HIGH, size_b <= HIGH
    return ((small_a & small_b & (size_a >= LOW) & (size_b >= LOW))
            | ((a == 0) & small_b) | ((b == 0) & small_a))


def _round_to_odd_sum(x, y):
    """x + y rounded to odd: an exact sum as it is, any other to whichever of the two doubles
    around it has an odd last bit. That is the sum rounded toward zero with its last bit set:
    round to nearest, step back one ulp where that went away from zero, then set the bit."""
    v = x + y
    back = v - x
    error = (x - (v - back)) + (y - back)  # x + y = v + error, exactly
    bits = np.asarray(v).view(np.int64)
    inexact = error != 0
    away = ((bits ^ np.asarray(error).view(np.int64)) < 0) & inexact  # |v| > |x + y|
    return ((bits - away) | inexact).view(np.float64)


def add_product(p, e, c):
    """(p + e) + c rounded once, for p + e = a*b exactly as two_product gives them: the fma.
    Exact where the product was in range and |c| <= HUGE."""
    s = c + p
    back = s - c
    t = (c - (s - back)) + (p - back)  # c + p = s + t, exactly
    result = s + _round_to_odd_sum(t, e)
    # An exact zero takes its sign as a plain sum does: p + c (p is exact when the sum is 0).
    return np.where(result == 0, p + c, result)


def _fast(a, b, c):
    p, e = two_product(a, b)
    return add_product(p, e, c), in_range(a, b) & (np.abs(c) <= HUGE)


def _scaled(a, b, c):
    """The fma of nonzero finite factors brought to [0.5, 1) by powers of two, which is exact,
    and scaled back; ok says where the result is exact (not subnormal)."""
    mantissa_a, exponent_a = np.frexp(a)
    mantissa_b, exponent_b = np.frexp(b)
    scale = exponent_a + exponent_b
    scaled_c = np.ldexp(c, -scale)
    # Far below the product (a multiple of 2**-106 here) an addend only breaks ties:
    # any number of its sign that small does the same. Far above, the product cannot move it.
    tiny = (np.abs(scaled_c) < 1 / FAR) & (c != 0)
    scaled_c = np.where(tiny, np.copysign(1 / FAR, c), scaled_c)
    far = np.abs(scaled_c) > FAR
    scaled_c = np.where(far, 0.0, scaled_c)
    p, e = two_product(mantissa_a, mantissa_b)
    result = np.where(far, c, np.ldexp(add_product(p, e, scaled_c), scale))
    return result, far | (np.abs(result) >= SMALLEST_NORMAL) | (result == 0)


def _mpfr(a, b, c) -> np.ndarray:
    import gmpy2

    with gmpy2.context(gmpy2.ieee(64)):
        return np.array([float(gmpy2.fma(gmpy2.mpfr(x), gmpy2.mpfr(y), gmpy2.mpfr(z)))
                         for x, y, z in zip(a.tolist(), b.tolist(), c.tolist())], dtype=float)


def fma(a, b, c) -> np.ndarray:
    """a*b + c rounded once to nearest (ties to even), elementwise, as IEEE-754's fusedMultiplyAdd."""
    a, b, c = (np.array(v, dtype=float) for v in np.broadcast_arrays(a, b, c))
    with np.errstate(all="ignore"):
        result, ok = _fast(a, b, c)
        if ok.all():
            return result
        shape = result.shape
        result, ok = result.ravel(), ok.ravel()
        a, b, c = a.ravel(), b.ravel(), c.ravel()
        rest = np.flatnonzero(~ok & np.isfinite(a) & np.isfinite(b) & np.isfinite(c)
                              & (a != 0) & (b != 0))
        scaled, exact = _scaled(a[rest], b[rest], c[rest])
        result[rest[exact]] = scaled[exact]
        ok[rest[exact]] = True
        left = np.flatnonzero(~ok)
        if len(left):
            result[left] = _mpfr(a[left], b[left], c[left])
    return result.reshape(shape)


def fma_sum(a, b, axis: int = -1, keepdims: bool = False) -> np.ndarray:
    """sum(a*b) along axis as a BLAS with FMA accumulates it: the first product rounded, then
    acc = fma(a_i, b_i, acc) for each next term, in order. a and b broadcast together."""
    a, b = np.broadcast_arrays(np.asarray(a, dtype=float), np.asarray(b, dtype=float))
    a = np.ascontiguousarray(np.moveaxis(a, axis, 0))  # each term one contiguous block
    b = np.ascontiguousarray(np.moveaxis(b, axis, 0))
    with np.errstate(all="ignore"):
        p, e = two_product(a, b)
        fast = bool(in_range(a, b).all()) and len(a) * float(np.max(np.abs(p), initial=0)) <= HUGE
        total = p[0].copy()
        for i in range(1, len(a)):
            total = add_product(p[i], e[i], total) if fast else fma(a[i], b[i], total)
    return np.expand_dims(total, axis) if keepdims else total
