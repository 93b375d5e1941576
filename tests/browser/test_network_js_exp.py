"""The lab engine's exp (docs/javascripts/network.js), run in chromium, held bit for bit to MPFR.

Every training run is in the post's 2015 arithmetic, whose exp is correctly rounded (the double
nearest e^x, ties to even), so the engine's exp must give MPFR's bits, gmpy2's exp in the
binary64 context (53 bits, subnormals, overflow to inf): not within a tolerance, equal. The
engine decides nearly every argument on a fast path in doubles and sends the rest (its rounding
test undecided, or a subnormal result) to an exact BigInt fallback; `net.fallbacks` counts
those, so the tests can tell that both paths ran.

Arguments go to the page and back as base64 of little-endian doubles, 50 000 at a time: exact
(-0, NaN and subnormals included) and quick.
"""

import base64
import math

import gmpy2
import numpy as np
import pytest

from network_js_page import network_js

CHUNK = 50_000

EXP_IN_PAGE = """b64 => {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const xs = new Float64Array(bytes.buffer), out = new Float64Array(xs.length);
  const before = net.fallbacks;
  for (let i = 0; i < xs.length; i++) out[i] = net.exp(xs[i]);
  const raw = new Uint8Array(out.buffer);
  let text = "";
  for (let i = 0; i < raw.length; i += 0x8000) {
    text += String.fromCharCode(...raw.subarray(i, i + 0x8000));
  }
  return [btoa(text), net.fallbacks - before];
}"""

# Hard cases of binary64 exp, each within 2^-45 ulp of a midpoint or of a double (so for
# rounding to nearest, some are hard and some easy), from CORE-MATH's list
# (src/binary64/exp/exp.wc, MIT licence): a spread of sizes and signs; the -0x1.6...p+9 ones
# have subnormal results.
WORST_CASES = """
0x1.0122ef37212ebp-1 0x1.00d48a707b93ep-1 0x1.2b2f6c2d827ep-1 0x1.4095d4fb5304p-1
0x1.62e062da73194p-1 0x1.fedc746ddf8fap-1 0x1.008eb56314daap+0 0x1.12f8afa4f56cp+0
0x1.62cabe3b007f3p+0 0x1.c4b8cb184dp+0 0x1.fea1f560cea41p+0 0x1.011dd7222b8d2p+1
0x1.288c001dfb9p+1 0x1.62e8f46b7e601p+1 0x1.c25c13fd37e5fp+4 0x1.f12acab71d9c3p+4
0x1.007304b0a189dp+5 0x1.4f59db6d9ecdbp+5 0x1.7977eca97d0afp+5 0x1.fe0911538337ep+5
0x1.0011329374bb8p+6 0x1.2248f9b0001bbp+6 0x1.3c8502dc3e213p+6 -0x1.5fa22a4d45884p+7
-0x1.6000000000002p-51 -0x1.610000000003dp-46 -0x1.62c9fc0dcbdb5p+9 -0x1.671e26a8abff2p+9
-0x1.679ea41b51eaap+9 -0x1.62c99e471f0f2p+8 -0x1.654d7687cac49p-29 -0x1.688a90003f78cp-34
-0x1.6ac0000000101p-44 -0x1.7000000000004p-50 -0x1.80000018p-26 -0x1.9000000000005p-50
-0x1.a80000000000bp-49 -0x1.bb27000005fe4p-38 -0x1.d9b3f6c1036aep+8 -0x1.e95ce5c126f22p+8
-0x1.f5fc7e29c15a5p+8 -0x1.fd7473ea3d816p+8 -0x1.ff171507f8ba5p-30 -0x1.ff43ee151a114p+4
-0x1.629691e1822b4p-1 -0x1.d3af2f1ccb12ap-1 -0x1.a4187f2ca71f9p-6
"""


@pytest.fixture(scope="module")
def engine(browser):
    """A page that has imported network.js as window.net."""
    with network_js(browser) as page:
        yield page


def js_exp(engine, xs) -> tuple[np.ndarray, int]:
    """The engine's exp of each of xs, and how many of them took its exact fallback."""
    xs = np.ascontiguousarray(xs, dtype="<f8")
    results, fallbacks = [], 0
    for start in range(0, len(xs), CHUNK):
        encoded, taken = engine.evaluate(
            EXP_IN_PAGE, base64.b64encode(xs[start:start + CHUNK].tobytes()).decode())
        results.append(np.frombuffer(base64.b64decode(encoded), dtype="<f8"))
        fallbacks += taken
    return np.concatenate(results) if results else np.zeros(0), fallbacks


def mpfr_exp(xs) -> list[float]:
    """e^x correctly rounded to binary64 by MPFR, for each of xs."""
    with gmpy2.ieee(64):
        return [float(gmpy2.exp(x)) for x in np.asarray(xs, dtype=float).tolist()]


def assert_bit_for_bit(engine, xs) -> int:
    """The engine's exp equals MPFR's on every one of xs, bit for bit; returns the fallbacks."""
    found, fallbacks = js_exp(engine, xs)
    expected = mpfr_exp(xs)
    wrong = [(x.hex(), f.hex(), e.hex()) for x, f, e in zip(np.asarray(xs, dtype=float).tolist(),
                                                            found.tolist(), expected)
             if f.hex() != e.hex()]
    assert not wrong, f"{len(wrong)} of {len(expected)} differ (x, found, MPFR): {wrong[:10]}"
    return fallbacks


def log_of_midpoints(count: int, rng) -> list[float]:
    """The doubles nearest log(m) for m midway between two doubles next to 1, above and below:
    x lands within ulp(x)/2 of log(m), so e^x is within about k 2^-53 ulp of a
    midpoint when m = 1 + (2k + 1) 2^-53; k from 0 to 2^45 spans decided and undecided ones."""
    ks = np.unique(np.concatenate([np.arange(2000),
                                   np.floor(2.0 ** rng.uniform(0, 45, count)).astype(np.int64)]))
    xs = []
    with gmpy2.context(precision=200):
        for k in ks.tolist():
            xs.append(float(gmpy2.log(1 + (2 * k + 1) * gmpy2.mpfr(2) ** -53)))
            if (2 * k + 1) < 2**53:  # below 1 the doubles are 2^-53 apart
                xs.append(float(gmpy2.log(1 - (2 * k + 1) * gmpy2.mpfr(2) ** -54)))
    return xs


def test_exp_is_correctly_rounded_across_its_range(engine):
    rng = np.random.default_rng(2015)
    wide = rng.uniform(-750, 712, 100_000)  # every exponent of the result, 0 and inf too
    training = rng.uniform(-40, 40, 60_000)  # where the lab's sigmoids live
    tiny = rng.choice([-1.0, 1.0], 20_000) * rng.uniform(1, 2, 20_000) * 2.0 ** rng.integers(
        -1074, 0, 20_000)  # |x| from 2^-1074 (subnormal x) to 1
    subnormal = rng.uniform(-745.2, -708.3, 20_000)  # e^x below 2^-1022: rounded to 2^-1074
    assert_bit_for_bit(engine, wide)
    assert_bit_for_bit(engine, tiny)
    assert_bit_for_bit(engine, subnormal)
    # The fast path decides nearly all of them (expected about 1 in 2^21): the fallback is rare.
    assert assert_bit_for_bit(engine, training) <= 6


def test_exp_is_correctly_rounded_near_midpoints(engine):
    rng = np.random.default_rng(13)
    hard = log_of_midpoints(30_000, rng)
    worst = [float.fromhex(h) for h in WORST_CASES.split()]
    fallbacks = assert_bit_for_bit(engine, hard + worst + [-x for x in worst])
    # Those within about 2^-22 ulp of a midpoint cannot be decided in doubles: the exact
    # fallback ran, and was right, for thousands of them.
    assert fallbacks >= 1000


def neighbours(x: float, count: int = 40) -> list[float]:
    """x and the `count` doubles either side of it."""
    below, above, out = x, x, [x]
    for _ in range(count):
        below, above = math.nextafter(below, -math.inf), math.nextafter(above, math.inf)
        out += [below, above]
    return out


def test_exp_at_its_thresholds_and_special_values(engine):
    found, _ = js_exp(engine, [0.0, -0.0, math.inf, -math.inf, math.nan])
    one = (1.0).hex()
    assert [v.hex() for v in found[:4].tolist()] == [one, one, "inf", "0x0.0p+0"]
    assert math.isnan(found[4])
    edges = [
        float.fromhex("0x1.62e42fefa39efp+9"),  # the largest x with a finite e^x
        float.fromhex("-0x1.74910d52d3051p+9"),  # about where e^x falls below 2^-1075: 0
        math.log(2.0**-1022),  # where e^x turns subnormal
        1023.5 * math.log(2),  # where x = k ln2/128 + r first has k = 131072 (e = 1024)
        -1021.5 * math.log(2), -1020.5 * math.log(2),  # the fast path's lowest scalings 2^e
        math.log(2.0**-1074), math.log(1.5 * 2.0**-1074),  # the last subnormals
        -745.14, 709.79,  # the cut-offs straight to 0 and to inf
        math.log(2) / 256, -math.log(2) / 256,  # |r| at its largest with k = 0 or +-1
        2.0**-53, -(2.0**-54), 2.0**-1022, 5e-324,
    ]
    assert_bit_for_bit(engine, [x for edge in edges for x in neighbours(edge)])
