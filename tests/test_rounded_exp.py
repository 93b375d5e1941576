"""descent.rounded_exp: exp correctly rounded, bit for bit MPFR's (gmpy2 in IEEE binary64, a
different algorithm), including where its rounding is hardest to decide."""

import ast
import math
import sys
from pathlib import Path

import gmpy2
import numpy as np

from descent import rounded_exp
from descent.rounded_exp import exp

FLOAT64 = gmpy2.ieee(64)
WIDE = gmpy2.context(precision=300)
STEP = WIDE.div(WIDE.const_log2(), rounded_exp.N)  # ln2/N, the reduction's step
RNG = np.random.default_rng(20260509)


def reference(x):
    """MPFR's exp of each element, correctly rounded to binary64 (subnormals and overflow too)."""
    x = np.asarray(x, dtype=float)
    return np.array([float(FLOAT64.exp(v)) for v in x.ravel().tolist()]).reshape(x.shape)


def assert_same_bits(found, expected, x):
    found, expected = np.asarray(found), np.asarray(expected)
    assert found.shape == expected.shape
    differ = np.flatnonzero(found.view(np.int64) != expected.view(np.int64))
    assert differ.size == 0, [(repr(a), b, c) for a, b, c in zip(
        np.ravel(x)[differ[:5]], found.ravel()[differ[:5]], expected.ravel()[differ[:5]])]


def ulps_from_midpoint(x):
    """How far exp(x) lies from the nearest midpoint between two doubles, in ulps (0 .. 0.5),
    from its value to 300 bits; for normal results."""
    _, mantissa = WIDE.frexp(WIDE.exp(x))  # mantissa in [1/2, 1): 53 bits above the point
    scaled = WIDE.mul_2exp(mantissa, 53)
    return float(abs(WIDE.sub(WIDE.sub(scaled, WIDE.floor(scaled)), 0.5)))


class CountingFallback:
    """rounded_exp's MPFR, counting the arguments the fast path left to it."""

    def __init__(self):
        self.calls = 0

    def exp(self, v):
        self.calls += 1
        return FLOAT64.exp(v)


def test_a_million_arguments_over_the_whole_range_are_mpfrs_bit_for_bit():
    n = 1_000_000
    x = np.concatenate([RNG.uniform(-750, 712, 400_000), RNG.uniform(-40, 40, 400_000),
                        10.0 ** RNG.uniform(-300, 0, n - 800_000)])
    x[800_000::2] *= -1  # tiny arguments of both signs
    assert_same_bits(exp(x), reference(x), x)


def test_arguments_whose_exp_is_within_2_to_the_minus_10_to_46_ulps_of_a_midpoint(monkeypatch):
    """x = log(M) rounded, M the midpoint above a double near 1: exp(x) is M (1 + d) with |d| at
    most half x's ulp, so 2^-e-1 ulps from M for |x| near 2^-e. Those the fast path cannot decide
    go to MPFR, and must: below 2^-24 ulps no error bound of 2^-75 can tell the sides apart."""
    e = RNG.integers(10, 47, 4000)
    x0 = np.ldexp(RNG.uniform(1, 2, e.size), -e) * RNG.choice([-1.0, 1.0], e.size)
    x = []
    for v in x0.tolist():
        m = float(FLOAT64.exp(v))
        midpoint = WIDE.div(WIDE.add(m, math.nextafter(m, math.inf)), 2)
        x.append(float(FLOAT64.plus(WIDE.log(midpoint))))
    x = np.array(x)
    assert max(ulps_from_midpoint(v) for v in x[e >= 24].tolist()) < 2.0 ** -24
    fallback = CountingFallback()
    monkeypatch.setattr(rounded_exp, "FLOAT64", fallback)
    found = exp(x)
    assert (e >= 24).sum() <= fallback.calls < x.size  # the hard ones, and not all
    assert_same_bits(found, reference(x), x)


def test_the_hardest_of_120_000_random_arguments():
    x = np.concatenate([RNG.uniform(-707, 709, 60_000), RNG.uniform(-20, 20, 60_000)])
    distance = np.array([ulps_from_midpoint(v) for v in x.tolist()])
    hardest = np.argsort(distance)[:2000]
    assert distance[hardest].max() < 0.02 and distance[hardest].min() < 2.0 ** -14
    assert_same_bits(exp(x[hardest]), reference(x[hardest]), x[hardest])


def test_the_error_bound_the_rounding_test_assumes_holds():
    """hi + lo against exp(x) to 200 bits on 120 000 arguments: random, and at the ends of the
    reduction's interval (|r| = ln2/2N, the largest), where 2^m stays normal."""
    k = RNG.integers(-1021 * rounded_exp.N, 1024 * rounded_exp.N, 40_000)
    ends = [float(FLOAT64.plus(WIDE.mul(v, STEP)))
            for v in (k + RNG.choice([-0.5, 0.5], k.size)).tolist()]
    x = np.concatenate([RNG.uniform(-707, 709, 50_000), RNG.uniform(-1, 1, 15_000),
                        RNG.uniform(-1e-3, 1e-3, 15_000), ends])
    hi, lo, scale = rounded_exp.parts(x)
    wide = gmpy2.context(precision=200)
    worst = 0
    for v, h, l, s in zip(x.tolist(), hi.tolist(), lo.tolist(), scale.tolist()):
        exact = wide.div(wide.exp(v), s)
        worst = max(worst, abs(wide.div(wide.sub(wide.add(h, l), exact), exact)))
    assert 2 ** -80 < worst < rounded_exp.ERROR_BOUND  # measured: about 2^-76


def test_special_values_and_the_ranges_edges():
    special = np.array([0.0, -0.0, np.inf, -np.inf, 1e308, -1e308, 5e-324, -5e-324, 1e-17])
    assert_same_bits(exp(special), [1.0, 1.0, np.inf, 0.0, np.inf, 0.0, 1.0, 1.0, 1.0], special)
    assert np.isnan(exp(np.array([np.nan, 1.0]))[0])

    def last_below(limit, midpoint):
        """The largest double x whose exp, correctly rounded, is below limit: near log of the
        midpoint between limit and the double below it."""
        x = float(FLOAT64.plus(WIDE.log(midpoint)))
        while FLOAT64.exp(x) < limit:
            x = math.nextafter(x, math.inf)
        while not FLOAT64.exp(x) < limit:
            x = math.nextafter(x, -math.inf)
        return x

    overflow = last_below(math.inf, WIDE.sub(WIDE.mul_2exp(1, 1024), WIDE.mul_2exp(1, 970)))
    assert overflow == 709.782712893384
    underflow = last_below(5e-324, WIDE.mul_2exp(1, -1075))  # exp is 0.0 up to here
    normal = last_below(2.0 ** -1022, WIDE.sub(WIDE.mul_2exp(1, -1022), WIDE.mul_2exp(1, -1075)))
    edges = [math.nextafter(v, toward) for v in (overflow, underflow, normal)
             for toward in (-math.inf, math.inf)] + [overflow, underflow, normal]
    found = exp(np.array(edges))
    assert found[6] < math.inf and found[1] == math.inf  # the largest finite and the next
    assert found[7] == 0.0 and found[3] == 5e-324
    assert found[5] >= 2.0 ** -1022 > found[8]  # the smallest normal result and the one below
    subnormal = RNG.uniform(-746, -707, 5000)  # results subnormal, some 0
    # x at the reduction's edges, k ln2/N and (k +- 1/2) ln2/N, and their neighbours: at the
    # limits of 2^m's ranges (0, subnormal, normal, near overflow, inf) and at random
    k = np.concatenate([np.arange(-1080, -1015), np.arange(1018, 1030)]) * rounded_exp.N
    k = np.concatenate([k, k + 1, k - 1, k + rounded_exp.N // 2, RNG.integers(-2**21, 2**21, 500)])
    k = np.concatenate([k, k - 0.5, k + 0.5, k - 0.49999, k + 0.49999])
    grid = np.array([float(FLOAT64.plus(WIDE.mul(v, STEP))) for v in k.tolist()])
    grid = np.concatenate([grid, np.nextafter(grid, np.inf), np.nextafter(grid, -np.inf)])
    x = np.concatenate([edges, subnormal, grid])
    assert_same_bits(exp(x), reference(x), x)


def test_out_may_be_x_and_shapes_are_kept():
    x = RNG.uniform(-30, 30, (3, 4, 5))
    expected = reference(x)
    assert_same_bits(exp(x), expected, x)
    in_place = x.copy()
    assert exp(in_place, out=in_place) is in_place
    assert_same_bits(in_place, expected, x)
    flat = x.ravel().copy()
    assert exp(flat, out=flat) is flat and np.array_equal(flat, expected.ravel())
    strided = x.transpose(2, 0, 1)  # neither in nor out contiguous
    out = np.empty((5, 3, 4, 2))[..., 0]
    assert exp(strided, out=out) is out and np.array_equal(out, expected.transpose(2, 0, 1))
    every_other = x.ravel().copy()[::2]
    assert exp(every_other, out=every_other) is every_other
    assert np.array_equal(every_other, expected.ravel()[::2])
    zero_d = np.array(1.5)
    assert exp(zero_d).shape == () and exp(zero_d) == float(FLOAT64.exp(1.5))
    assert exp(zero_d, out=zero_d) is zero_d and zero_d == float(FLOAT64.exp(1.5))
    assert isinstance(exp(1.5), float) and exp(1.5) == float(FLOAT64.exp(1.5))
    assert exp([0.0, 1.0]).tolist() == [1.0, float(FLOAT64.exp(1.0))]
    assert exp(np.empty((0, 3))).shape == (0, 3)


def test_only_exact_operations_no_machine_exp(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the machine's exp or log was called")

    for name in ("exp", "expm1", "exp2", "log", "log1p", "power", "ldexp", "frexp"):
        monkeypatch.setattr(np, name, refuse)
    monkeypatch.setattr(math, "exp", refuse)
    x = np.concatenate([RNG.uniform(-750, 712, 200_000), [np.nan, np.inf, -np.inf, 0.0]])
    found = exp(x)
    monkeypatch.undo()
    assert_same_bits(found[:-4], reference(x[:-4]), x[:-4])
    # and in the source: numpy's and math's names it uses are exact operations, arrays and
    # constants, MPFR aside
    tree = ast.parse(Path(sys.modules["descent.rounded_exp"].__file__).read_text())
    used = {(node.value.id, node.attr) for node in ast.walk(tree) if isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name) and node.value.id in ("np", "math")}
    exact = {"asarray", "array", "empty", "full", "multiply", "add", "subtract", "bitwise_and",
             "right_shift", "not_equal", "count_nonzero", "flatnonzero", "isnan", "float64",
             "int64", "bool_", "nan", "inf", "ldexp"}
    assert used and {name for _, name in used} <= exact, used
