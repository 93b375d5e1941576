"""pages.values.common: what several modules of values read off runs alike (a median over the
starts that got somewhere, how many never did, where a median curve first dips below a line, a
curve's cliff), worked by hand, each missing reading one line of error."""

from __future__ import annotations

import numpy as np
import pytest

from descent.pages.values import common


def test_the_shared_readings_say_what_is_missing_in_one_line():
    counts = np.array([3.0, np.inf, 5.0, 4.0])
    assert common.median_reached(counts, "Adam", 0.01) == 4.0
    assert common.never_reached(counts) == 1
    with pytest.raises(ValueError, match="^no start of Adam reached 0.01: there is no median"):
        common.median_reached(np.array([np.inf]), "Adam", 0.01)
    assert common.first_below(np.array([1, 2, 3]), np.array([0.5, 0.2, 0.05]), 0.3, "Adam") == 2.0
    with pytest.raises(ValueError, match="^the median curve of Adam never gets below 0.01$"):
        common.first_below(np.array([1, 2]), np.array([0.5, 0.2]), 0.01, "Adam")
    assert common.cliff(39.8, "plain curve") == 39.8
    with pytest.raises(ValueError, match="^the plain curve has no cliff to name$"):
        common.cliff(None, "plain curve")


def test_the_median_leaves_out_only_the_starts_that_never_arrived():
    # An even number of arrivals: the median falls halfway, (2 + 6) / 2.
    assert common.median_reached(np.array([6.0, np.inf, 2.0, np.inf]), "SGD", 0.01) == 4.0
    assert common.median_reached(np.array([7.0]), "SGD", 0.01) == 7.0
    assert common.never_reached(np.array([np.inf, np.inf])) == 2
    assert common.never_reached(np.array([1.0, 2.0])) == 0
    assert common.never_reached(np.array([])) == 0
    with pytest.raises(ValueError,
                       match="^no start of SGD reached 0.5: there is no median to name$"):
        common.median_reached(np.array([]), "SGD", 0.5)


def test_first_below_is_strictly_below_and_the_first_of_several_dips():
    where = np.array([10, 20, 30, 40])
    # Touching the line is not below it; the curve dips at 30, rises, dips again at 40.
    assert common.first_below(where, np.array([0.5, 0.3, 0.1, 0.2]), 0.3, "RMSprop") == 30.0
    assert common.first_below(where, np.array([0.5, 0.3, 0.1, 0.05]), 0.3, "RMSprop") == 30.0
    assert common.first_below(where, np.array([0.1, 0.5, 0.5, 0.5]), 0.3, "RMSprop") == 10.0
    with pytest.raises(ValueError, match="^the median curve of RMSprop never gets below 0.3$"):
        common.first_below(where, np.array([0.5, 0.3, 0.4, 0.3]), 0.3, "RMSprop")


def test_a_cliff_is_a_float_even_when_found_as_a_numpy_number():
    found = common.cliff(np.float64(12.6), "curve")
    assert found == 12.6 and type(found) is float
    assert common.cliff(0.0, "curve") == 0.0  # a cliff at zero is a cliff, not a missing one
