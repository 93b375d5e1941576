"""A correctly rounded exp for float64 numpy arrays: exp(x) rounded once to nearest, ties to even.

numpy's np.exp gives different last bits on different CPUs (its AVX-512 code or libm), and a
chaotic training run grows one ulp into a different run. The exact value rounded once is a spec
every machine can meet, so this exp uses only +, -, * (IEEE 754 rounds each one correctly on every
machine, and numpy's elementwise ops never fuse a multiply-add), exact integer ops and table
look-ups; no libm function.

    x = k ln2/N + r, k = N m + j  (N = 2048, |r| <= ln2/2N < 2^-12.5)
    exp(x) = 2^m * T_j * exp(r + tau_j), T_j = 2^(j/N) rounded to 27 bits, tau_j = ln(2^(j/N)/T_j)

T_j * exp(r + tau_j) is summed as hi + lo with a relative error below ERROR_BOUND; where that
cannot decide the rounding (3 random arguments in 10^7), and where the result is subnormal or
near overflow, MPFR (gmpy2, in IEEE binary64) gives the correctly rounded value.
"""

import math
import threading

import gmpy2
import numpy as np

N = 2048
ERROR_BOUND = 2.0 ** -75  # |hi + lo - exp(x)/scale| <= ERROR_BOUND * exp(x)/scale; see parts()
# The rounding test: if hi + lo*UP and hi + lo*DOWN round to the same double, every value within
# ERROR_BOUND of hi + lo rounds to it too (rounding is monotonic), so it is exp(x)/scale correctly
# rounded. Either |lo| >= 2^-55 hi, and 2^-20 |lo| covers the bound, or |lo| is so small that
# both round to hi, and so does every value within |lo| + the bound < half an ulp of hi.
UP, DOWN = np.array(1.0 + 2.0 ** -20), np.array(1.0 - 2.0 ** -20)
FLOAT64 = gmpy2.ieee(64)  # MPFR in binary64: 53 bits, subnormals, overflow to inf


def _tables():
    """The reduction's constants and the tables, computed exactly with MPFR (the same on every
    machine): nothing here comes from the machine's libm."""
    wide = gmpy2.context(precision=200)
    ln2_n = wide.div(wide.const_log2(), N)
    c1 = gmpy2.context(precision=32).plus(ln2_n)  # 32 bits: k*C1 is exact for |k| < 2^21
    t = [float(gmpy2.context(precision=27).exp2(j / N)) for j in range(N)]  # 27 bits: T*rh exact
    tau = [float(FLOAT64.plus(wide.sub(wide.mul(j, ln2_n), wide.log(t[j])))) for j in range(N)]
    # 2^m at m mod 4096 (what the bits of t give). T_j exp(r) is in (1 - 2^-12, 2 - 2^-12), so
    # the result is 0 for m <= -1076 and inf for m >= 1025 whatever hi is, and normal for
    # -1021 <= m <= 1023. NaN elsewhere (it never passes the rounding test): the result may be
    # subnormal, or overflow, and MPFR computes it.
    scale = np.full(4096, np.nan)
    for m in range(-1077, 1026):
        scale[m % 4096] = 0.0 if m <= -1076 else math.inf if m >= 1025 else (
            math.ldexp(1.0, m) if -1021 <= m <= 1023 else math.nan)
    inv_c = FLOAT64.plus(wide.div(N, wide.const_log2()))
    return (*(np.array(float(v)) for v in (inv_c, c1, FLOAT64.plus(wide.sub(ln2_n, c1)))),
            np.array(t), np.array(tau), scale)


INV_C, C1, C23, T, TAU, SCALE = _tables()  # C23 = ln2/N - C1 rounded; 0-d arrays: the fastest
SHIFT = np.array(1.5 * 2.0 ** 52)  # z + SHIFT rounds z to an integer k, held in its low bits
SPLIT = np.array(1.5 * 2.0 ** 14)  # r + SPLIT - SPLIT rounds r to a multiple of 2^-38: 26 bits
LOW, HIGH = np.array(-746.0), np.array(711.0)  # exp is 0 below, inf above (clamped: no overflow)
MASK, LOG2_N, MOD = np.array(N - 1), np.array(11), np.array(4095)
# exp(r) - 1 - r = r^2 (1/2 + r/6 + r^2/24 + r^3/120) + O(r^6), and |r|^6/720 < 2^-84
C2, C3, C4, C5 = (np.array(1 / d) for d in (2.0, 6.0, 24.0, 120.0))


def parts(x, rows=None):
    """exp(x) before its rounding, for x a 1-d float64 array within [LOW, HIGH]: hi, lo, scale
    with |hi + lo - exp(x)/scale| <= ERROR_BOUND exp(x)/scale where scale = 2^m is normal.
    They are rows of the thread's work space (rows: _rows(len(x))), until its next call.

    Errors, in units of 2^-78 of the result: k*C23 rounded 1, C23's own rounding times k 0.41,
    b - tau rounded 1, tau's 0.125, the polynomial's roundings 1 (r2^2, q, p) and its argument
    r2 for rh + rl 0.71, w rounded 0.25, L 0.5, the truncation |r|^6/720 and the rest < 0.01.
    Total < 5.01 * 2^-78 < ERROR_BOUND (measured on 350 000 arguments: 3.9 * 2^-78).
    """
    _, t, kf, a, b, c, d, th, tau, scale, bits, j, m, _ = _rows(len(x)) if rows is None else rows
    np.multiply(x, INV_C, out=t)
    t += SHIFT
    np.subtract(t, SHIFT, out=kf)  # k, exactly
    np.bitwise_and(bits, MASK, out=j)  # bits: t's; SHIFT's are 0 mod 2^23, so this is k mod N
    np.right_shift(bits, LOG2_N, out=m)
    m &= MOD  # and this is k // N mod 4096
    SCALE.take(m, out=scale, mode="wrap")  # the method: np.take costs 1 us more a call
    T.take(j, out=th, mode="wrap")
    TAU.take(j, out=tau, mode="wrap")
    np.multiply(kf, C1, out=a)
    np.subtract(x, a, out=a)  # r1 = x - k*C1, exact: on a 2^-65 grid below 2^-12 (x if k = 0)
    np.multiply(kf, C23, out=b)
    b -= tau  # b = k*C23 - tau: r + tau = r1 - b
    np.subtract(a, b, out=c)  # r2, within 2^-66 of r + tau
    np.add(c, SPLIT, out=d)
    d -= SPLIT  # rh: r2 to 26 bits, so th*rh is exact (27 + 26 bits)
    a -= d  # r1 - rh, exact
    a -= b  # rl = r1 - rh - b; r + tau = rh + rl within 2^-77
    np.multiply(c, C5, out=t)  # p = r2^2 (1/2 + r2 (1/6 + r2 (1/24 + r2/120)))
    t += C4
    t *= c
    t += C3
    t *= c
    t += C2
    c *= c
    t *= c
    a += t  # w = rl + p
    d *= th  # Pa = th*rh, exact
    a *= th  # L = th*w
    np.add(d, a, out=c)
    c += th  # hi = th + (Pa + L), within an ulp of the nearest double; lo says which
    np.subtract(th, c, out=b)
    b += d  # th + Pa - hi, exact (a multiple of 2^-64 below 2^-24)
    b += a  # lo = th + Pa + L - hi
    return c, b, scale


_local = threading.local()  # each thread's work rows


def _rows(n):
    """The thread's work rows for n elements, kept for the last sizes used: fresh ones page-fault
    at 40 000 elements, and cutting a block into rows costs a microsecond at 16."""
    kept = _local.__dict__.setdefault("kept", {})
    rows = kept.get(n)
    if rows is None:
        work = np.empty((10, n))  # x clamped, t, kf, a, b, c, d, th, tau, scale
        rows = (*work, work[1].view(np.int64), work[3].view(np.int64), work[4].view(np.int64),
                work[2].view(np.bool_)[:n])
        if n <= 1 << 16:  # at most 8 sizes of at most 5 MB
            if len(kept) == 8:
                kept.clear()
            kept[n] = rows
    return rows


def exp(x, out=None):
    """exp(x) correctly rounded to float64, elementwise; out may be x itself."""
    x = np.asarray(x, dtype=np.float64)
    scalar = out is None and x.ndim == 0  # a float in, a float out, as np.exp does
    if out is None:
        out = np.empty(x.shape)
    elif out.shape != x.shape or out.dtype != np.float64:
        raise ValueError("out must be a float64 array of x's shape")
    rows = _rows(x.size)
    clamped, up, hard = rows[0], rows[1], rows[-1]  # up and hard: rows parts leaves free
    x.clip(LOW, HIGH, out=clamped if x.ndim == 1 else clamped.reshape(x.shape))  # x: read once
    hi, lo, scale = parts(clamped, rows)
    direct = out.flags.c_contiguous  # then reshape gives a view of out
    result = (out if out.ndim == 1 else out.reshape(-1)) if direct else np.empty(x.size)
    np.multiply(lo, UP, out=up)
    up += hi
    lo *= DOWN
    lo += hi  # the rounding test: hi + lo*UP and hi + lo*DOWN round alike
    np.multiply(up, scale, out=result)
    lo *= scale  # scaled, so NaN scales (subnormal, near overflow) fail the test too
    np.not_equal(lo, result, out=hard)
    if np.count_nonzero(hard):
        where = np.flatnonzero(hard)
        where = where[~np.isnan(clamped[where])]  # NaN is already NaN
        result[where] = [float(FLOAT64.exp(v)) for v in clamped[where].tolist()]
    if not direct:
        out[...] = result.reshape(x.shape)
    return out[()] if scalar else out
