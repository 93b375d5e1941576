"""Every number the post printed against ours: each block is what the page claims, to the digit.

The expected values are the post's own numbers (read from ../shared, see post_output.py); the
claims in descent.compare.CLAIMS are pins measured on the CI machine type.
"""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal

import numpy as np
import pytest

from descent import compare, printed, spreads
from descent.network import ALPHAS, X, init_weights, sigmoid, y
from post_output import ROOT, printed_path

pytestmark = pytest.mark.claims  # held under every arithmetic: tests/test_arithmetics.py


@pytest.fixture(scope="module")
def post():
    return compare.load_printed(printed_path())


@pytest.fixture(scope="module")
def ours():
    return compare.ours()


@pytest.fixture(scope="module")
def results(post, ours):
    return compare.compare(post, ours)


def test_all_308_numbers_are_compared(post, results):
    assert sum(len(numbers) for numbers in post.values()) == 308
    assert sum(r.numbers for r in results) == 308
    assert {(r.kind, r.alpha) for r in results} == set(compare.CLAIMS)


def test_every_block_is_what_the_page_claims(results):
    wrong = [(r.kind, r.alpha, r.claim, compare.CLAIMS[(r.kind, r.alpha)])
             for r in results if not r.holds()]
    assert wrong == []


def test_exact_matches_do_not_drop_below_the_floor(results):
    # A regression floor measured on the CI machine type: a change in our arithmetic that
    # loses a matching digit anywhere fails here.
    assert sum(r.exact for r in results) >= compare.EXACT_FLOOR


def _bumped(value: float, kind: str) -> float:
    """The number one unit higher in its last printed digit (12th significant for errors)."""
    if kind == "counts":
        return value + 1
    if kind == "weights":
        return float(Decimal(printed.weight(value)) + Decimal("1e-8"))
    text = "%.11e" % value
    return float(Decimal(text) + Decimal(1).scaleb(Decimal(text).as_tuple().exponent))


def _places(raw):
    """(kind, alpha, container, key) for every number of the raw JSON, in block order."""
    for alpha in ALPHAS:
        key = "%g" % alpha
        for hidden in (4, 32):
            errors = raw[f"sweep_hidden_{hidden}"][key]
            for j in compare.STEPS:
                yield f"errors-{hidden}", alpha, errors, str(j)
        look = raw["closer_look_hidden_4"][key]
        for name in compare.SIZES:
            kind = "counts" if name.endswith("changes") else "weights"
            for index in range(len(look[name])):
                yield kind, alpha, look[name], index


def test_one_unit_in_the_last_digit_of_any_matching_number_fails_its_block(post, ours, results,
                                                                          tmp_path):
    raw = json.loads(printed_path().read_text(encoding="utf-8"))
    copy = tmp_path / "printed.json"
    checked, position = 0, {}
    for kind, alpha, container, key in _places(raw):
        index = position[(kind, alpha)] = position.get((kind, alpha), -1) + 1
        original = container[key]
        bumped = _bumped(original, kind)
        shown = {"counts": printed.count, "weights": printed.weight}.get(kind, printed.error)
        assert shown(bumped) != shown(original)
        container[key] = bumped
        copy.write_text(json.dumps(raw), encoding="utf-8")
        container[key] = original
        changed = compare.compare(compare.load_printed(copy), ours)
        block = next(r for r in changed if (r.kind, r.alpha) == (kind, alpha))
        if post[(kind, alpha)][index] == ours[(kind, alpha)][index]:  # the page says it matches
            assert not block.holds(), (kind, alpha, key)
            checked += 1
    assert checked == sum(r.exact for r in results) >= compare.EXACT_FLOOR


def test_post_shares_the_digits_that_survive_every_nudge_and_lies_in_their_range(post, ours):
    starts = spreads.blocks()
    assert len(starts) == 40
    for block in compare.CLAIMS:
        found = spreads.spread(block, ours, starts)
        for ours_number, theirs, fixed, low, high in zip(ours[block], post[block], found.fixed,
                                                         found.low, found.high):
            if fixed is None:  # every nudge prints the same: so did the post
                assert theirs == ours_number, block
            else:
                assert printed.shared_digits(ours_number, theirs) >= fixed, block
            assert printed.within(theirs, low, high), block


def test_direction_rule_cannot_matter_at_alpha_1000():
    # The post tests the sign of the step; a rule on the gradient's sign would differ only on a
    # gradient of exactly 0. The page says our alpha-1000 run (4 hidden units) never has one.
    synapse_0, synapse_1 = init_weights(3, 4, seed=1)
    zeros = 0
    for _ in range(60_000):
        layer_1 = sigmoid(X @ synapse_0)
        layer_2 = sigmoid(layer_1 @ synapse_1)
        layer_2_delta = (layer_2 - y) * layer_2 * (1 - layer_2)
        layer_1_delta = (layer_2_delta @ synapse_1.T) * layer_1 * (1 - layer_1)
        derivative_1, derivative_0 = layer_1.T @ layer_2_delta, X.T @ layer_1_delta
        zeros += np.count_nonzero(derivative_0 == 0) + np.count_nonzero(derivative_1 == 0)
        synapse_1 -= 1000.0 * derivative_1
        synapse_0 -= 1000.0 * derivative_0
    assert zeros == 0


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "descent", "compare", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def test_cli_prints_the_table_and_exits_0_when_every_claim_holds():
    done = _cli(str(printed_path()))
    assert done.returncode == 0, done.stderr
    assert f"{compare.EXACT_FLOOR} of 308 printed numbers match to the last digit" in done.stdout
    assert done.stdout.count("holds") == len(compare.CLAIMS)


def test_cli_exits_1_when_a_block_differs_from_its_claim(tmp_path):
    raw = json.loads(printed_path().read_text(encoding="utf-8"))
    raw["sweep_hidden_4"]["0.1"]["10000"] += 1e-6
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(raw), encoding="utf-8")
    done = _cli(str(changed))
    assert done.returncode == 1
    assert "FAILS" in done.stdout


@pytest.mark.parametrize("content", [None, "{", "[1, 2]", '{"sweep_hidden_4": {}}', "\udcff"])
def test_cli_bad_input_is_one_line_and_exit_2(tmp_path, content):
    path = tmp_path / "printed.json"
    if content == "\udcff":
        path.write_bytes(b"\xff\xfe")
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    done = _cli(str(path))
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith("python -m descent compare: error:")


def test_cli_wrong_layout_names_the_problem(tmp_path):
    raw = json.loads(printed_path().read_text(encoding="utf-8"))
    raw["closer_look_hidden_4"]["10"]["synapse_1"] = [1.0, 2.0]
    path = tmp_path / "printed.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    done = _cli(str(path))
    assert done.returncode == 2
    assert "closer_look_hidden_4.10.synapse_1: expected a list of 4 numbers" in done.stderr
