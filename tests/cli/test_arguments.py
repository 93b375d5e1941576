"""cli.arguments: each value of the command line checked on its own, with a reason that names it."""

from __future__ import annotations

import argparse
import math
from pathlib import Path

import pytest

from descent.cli import arguments


def refused(check, text: str) -> str:
    with pytest.raises(argparse.ArgumentTypeError) as error:
        check(text)
    return str(error.value)


def test_a_positive_whole_number_is_read_and_anything_else_refused_with_its_reason():
    assert arguments.positive_int("60000") == 60000
    assert refused(arguments.positive_int, "1.5") == "expected a whole number, got '1.5'"
    assert refused(arguments.positive_int, "0") == "must be greater than 0, got 0"
    assert refused(arguments.positive_int, "-3") == "must be greater than 0, got -3"


def test_a_seed_is_what_numpy_accepts_zero_to_two_to_the_32_minus_one():
    assert arguments.seed("0") == 0
    assert arguments.seed(str(2 ** 32 - 1)) == 2 ** 32 - 1
    assert refused(arguments.seed, str(2 ** 32)) == f"must be between 0 and 2**32 - 1, got {2 ** 32}"
    assert refused(arguments.seed, "-1") == "must be between 0 and 2**32 - 1, got -1"
    assert refused(arguments.seed, "one") == "expected a whole number, got 'one'"


def test_alphas_are_finite_positive_numbers_and_the_bad_one_is_named():
    assert arguments.alphas("0.001,1e3,10") == (0.001, 1000.0, 10.0)
    assert refused(arguments.alphas, "0.1,x,1") == "expected numbers separated by commas, got 'x'"
    for bad in ("0", "-1", "inf", "nan"):
        assert refused(arguments.alphas, f"1,{bad}") == f"every alpha must be a finite number > 0, got {bad!r}"
    assert not any(math.isnan(a) for a in arguments.alphas("1,2"))


def test_an_empty_folder_name_is_refused_not_read_as_the_current_folder():
    assert arguments.folder("out/figures") == Path("out/figures")
    assert refused(arguments.folder, "  ") == "expected a folder, got an empty name"


def test_a_value_starting_with_a_dash_is_joined_to_its_option_and_nothing_else_is():
    assert arguments.join_values(["sweep", "--alphas", "-inf", "--hidden", "4"]) == [
        "sweep", "--alphas=-inf", "--hidden", "4"]
    assert arguments.join_values(["sweep", "--json", "-h"]) == ["sweep", "--json", "-h"]  # no value
    assert arguments.join_values(["sweep", "--alphas", "--json"]) == ["sweep", "--alphas", "--json"]
    assert arguments.join_values(["sweep", "--out", "-"]) == ["sweep", "--out", "-"]
    assert arguments.join_values(["--", "--seed", "-1"]) == ["--", "--seed", "-1"]  # after --: as given
