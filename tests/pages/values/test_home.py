"""pages.values.home: what the post's thirteen lines print when the site is built, held to the
package's own loop run again in numpy's arithmetic and to the targets the lines learn."""

from __future__ import annotations

import re

import numpy as np
import pytest

from descent import network
from descent.pages.values import home

TARGETS = [0.0, 1.0, 1.0, 0.0]  # the thirteen lines' y, the XOR of the first two inputs


@pytest.fixture(scope="module")
def printed() -> str:
    return home.numbers()["thirteen_lines_printed"]


def test_home_names_one_value():
    assert list(home.numbers()) == ["thirteen_lines_printed"]


def test_the_printout_is_the_last_pass_of_the_loop_rounded_to_three_decimals(printed):
    """The script prints layer_2 of its last pass, computed from the weights after 59 999
    updates: the package's loop (alpha 0.5, 4 hidden units, seed 1, numpy's arithmetic) run to
    there, one forward pass, numpy's print of it rounded."""
    _, synapse_0, synapse_1, _, _ = network.train(0.5, 4, 59_999, 60_000, 1, arithmetic="numpy")
    layer_2 = network.sigmoid(network.sigmoid(network.X @ synapse_0) @ synapse_1)
    assert printed == str(layer_2.round(3))


def test_the_printout_is_four_rows_each_within_a_hundredth_of_its_target(printed):
    rows = printed.splitlines()
    assert len(rows) == 4 and rows[0].startswith("[[") and rows[-1].endswith("]]")
    assert not printed.endswith("\n")  # the script's last newline is not part of the value
    outputs = np.array([float(n) for n in re.findall(r"\d+\.\d+", printed)])
    assert outputs.shape == (4,) and np.all(np.abs(outputs - TARGETS) < 0.01)
