"""Post-style printouts and the digits two printouts share."""

from __future__ import annotations

import pytest

from descent.readings import printed


def test_printouts_look_like_the_posts():
    assert printed.error(0.1) == "0.1"  # trailing zeros dropped, as Python 2's str()
    assert printed.error(1 / 3) == "0.333333333333"
    assert printed.weight(-0.7550616) == "-0.75506160"
    assert printed.count(3.0) == "3"


@pytest.mark.parametrize("a, b, shared", [
    ("0.000936818782175", "0.000942641990774", 1),
    ("0.125476983854", "0.125476983855", 11),
    ("-116.65967806", "-116.60053379", 4),
    ("0.5", "0.500000000001", 11),  # "0.5" stands for 0.500000000000
    ("9.9", "10.1", 0),  # different magnitudes: no digit lines up
    ("-1.5", "1.5", 0),
    ("3", "4", 0),
    ("0.25", "0.25", 2),
])
def test_shared_digits(a, b, shared):
    assert printed.shared_digits(a, b) == shared
    assert printed.shared_digits(b, a) == shared


def test_fixed_digits_and_within():
    assert printed.fixed_digits(["0.5", "0.5"]) is None
    assert printed.fixed_digits(["0.1234", "0.1235", "0.1299"]) == 2
    # Whatever the order: the three share eleven digits, 0.50000000000 (a hand count).
    for order in (["0.5", "0.5", "0.500000000001"], ["0.500000000001", "0.5", "0.5"],
                  ["0.5", "0.500000000001", "0.5"]):
        assert printed.fixed_digits(order) == 11, order
    assert printed.within("0.12", "0.11", "0.13") and not printed.within("0.14", "0.11", "0.13")
