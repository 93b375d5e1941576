"""Every number the post printed against ours, held to what no single CPU decides.

The post's numbers are package data (descent.readings.post_output). What ours must satisfy comes from
independent sources: the data as written, the one-ulp-nudged runs (descent.readings.spreads: a digit that
survives every nudge is one any arithmetic prints), and a hand-made change of one digit.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from decimal import Decimal

import numpy as np
import pytest

from descent.readings import compare, post_output, printed, spreads
from descent.network import ALPHAS, X, init_weights, sigmoid, y

pytestmark = pytest.mark.claims  # prose and pins held to the runs (the same bits on every machine)

SECTIONS = ("sweep_hidden_4", "sweep_hidden_32", "closer_look_hidden_4")


def raw() -> dict:
    """A fresh copy of the post's numbers, laid out as post_output keeps them."""
    return copy.deepcopy({name: getattr(post_output, name.upper()) for name in SECTIONS})


@pytest.fixture(scope="module")
def results(post, ours):
    return compare.compare(post, ours)


def _places(data):
    """(kind, alpha, index in its block, container, key) for every number of the raw layout."""
    for alpha in ALPHAS:
        key = "%g" % alpha
        for hidden in (4, 32):
            errors = data[f"sweep_hidden_{hidden}"][key]
            for index, j in enumerate(compare.STEPS):
                yield f"errors-{hidden}", alpha, index, errors, str(j)
        look, position = data["closer_look_hidden_4"][key], {"weights": 0, "counts": 0}
        for name in compare.SIZES:
            kind = "counts" if name.endswith("changes") else "weights"
            for item in range(len(look[name])):
                yield kind, alpha, position[kind], look[name], item
                position[kind] += 1


def test_all_308_numbers_in_28_blocks(post, results):
    assert len(list(_places(raw()))) == 308
    assert sum(len(numbers) for numbers in post.values()) == 308
    assert len(post) == 28 == 7 * len(compare.KINDS)
    assert sum(r.numbers for r in results) == 308
    assert [(r.kind, r.alpha) for r in results] == [(k, a) for a in ALPHAS for k in compare.KINDS]


def test_the_post_column_is_the_data_as_written(post):
    # Python's repr of a float is its shortest exact spelling: the literal the data holds.
    for kind, alpha, index, container, key in _places(raw()):
        assert Decimal(post[(kind, alpha)][index]) == Decimal(repr(container[key])), (kind, alpha)


def test_a_json_file_laid_out_like_the_data_reads_the_same(post, tmp_path):
    path = tmp_path / "printed.json"
    path.write_text(json.dumps(raw()), encoding="utf-8")
    assert compare.load_printed(path) == post


def test_what_survives_every_nudge_matches_the_post_and_the_rest_brackets_it(post, ours):
    starts = spreads.blocks()
    assert len(starts) == 40
    stable = 0
    for block in post:
        found = spreads.spread(block, ours, starts)
        for mine, theirs, fixed, low, high in zip(ours[block], post[block], found.fixed,
                                                  found.low, found.high):
            if fixed is None:  # every nudge prints the same number: so must the post have
                assert theirs == mine, block
                stable += 1
            else:  # they share at least the digits every nudge keeps
                assert printed.shared_digits(mine, theirs) >= fixed, block
            assert printed.within(theirs, low, high), block
    assert stable > 0


def _bumped(value: float, kind: str) -> float:
    """The number one unit higher in its last printed digit (12th significant for errors)."""
    if kind == "counts":
        return value + 1
    if kind == "weights":
        return float(Decimal(printed.weight(value)) + Decimal("1e-8"))
    text = "%.11e" % value
    return float(Decimal(text) + Decimal(1).scaleb(Decimal(text).as_tuple().exponent))


def test_one_unit_in_the_last_digit_of_a_matching_number_loses_exactly_that_match(post, ours,
                                                                                  results):
    exact = sum(r.exact for r in results)
    data, bumped = raw(), 0
    for kind, alpha, index, container, key in _places(data):
        if post[(kind, alpha)][index] != ours[(kind, alpha)][index]:
            continue
        original = container[key]
        container[key] = _bumped(original, kind)
        changed = compare.compare(compare.parse(data), ours)
        container[key] = original
        assert sum(r.exact for r in changed) == exact - 1, (kind, alpha, index)
        bumped += 1
    assert bumped == exact > 0


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
    return subprocess.run([sys.executable, "-m", "descent", "compare", *args],
                          capture_output=True, text=True, timeout=300)


def _written(tmp_path, data) -> str:
    path = tmp_path / "printed.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_cli_prints_the_table_and_exits_0(tmp_path, results):
    exact = sum(r.exact for r in results)
    done = _cli(_written(tmp_path, raw()))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1 + 28 + 1
    assert lines[-1] == f"{exact} of 308 printed numbers match to the last digit"
    assert _cli().stdout == done.stdout  # no file: the package's own copy of the post


def test_cli_counts_one_fewer_when_a_matching_number_is_changed(tmp_path, results):
    exact = sum(r.exact for r in results)
    data = raw()
    data["sweep_hidden_4"]["0.1"]["0"] += 1e-6  # the error before any step: it matches anywhere
    done = _cli(_written(tmp_path, data))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == (f"{exact - 1} of 308 printed numbers match to the "
                                            "last digit")


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
    data = raw()
    data["closer_look_hidden_4"]["10"]["synapse_1"] = [1.0, 2.0]
    done = _cli(_written(tmp_path, data))
    assert done.returncode == 2
    assert done.stderr.strip() == ("python -m descent compare: error: "
                                   "closer_look_hidden_4.10.synapse_1: expected a list of 4 numbers")
