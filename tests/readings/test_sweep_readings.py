"""readings.sweep_readings: what the sweep figures read off the stored sweeps, checked by hand and
against a second way to the same numbers."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

import numpy as np
import pytest

from descent.network import ALPHAS
from descent.readings import compare, post_output, printed, spreads, sweep_readings
from descent.runs import studies, sweeps

pytestmark = pytest.mark.claims  # prose and pins held to the runs (the same bits on every machine)


def test_the_seed_spread_is_the_five_numbers_of_each_column_worked_by_hand():
    errors = np.array([[3.0, 10.0], [1.0, 10.0], [5.0, 10.0], [2.0, 10.0], [4.0, 10.0]])
    found = sweep_readings.seed_spread(errors)  # five seeds: the quartiles fall on the 2nd and 4th
    assert {name: row.tolist() for name, row in found.items()} == {
        "min": [1, 10], "q1": [2, 10], "median": [3, 10], "q3": [4, 10], "max": [5, 10]}


def test_the_seed_curves_end_with_the_error_after_the_last_update():
    found = SimpleNamespace(steps=np.array([0, 500]), errors=np.array([[[0.5, 0.4]], [[0.6, 0.3]]]),
                            final=np.array([[0.2], [0.1]]))  # two seeds, one alpha, two samples
    steps, errors = sweep_readings.seed_curves(found)
    assert steps.tolist() == [0, 500, sweeps.ITERATIONS]
    assert errors.tolist() == [[[0.5, 0.4, 0.2]], [[0.6, 0.3, 0.1]]]


def test_the_error_curves_are_the_errors_the_post_printed_where_it_printed_them():
    """The post's own log (readings.post_output), typed in from 2015: a second source. Our
    4-unit sweep prints every one of its numbers to the last digit."""
    curves = sweep_readings.error_curves(4)
    assert list(curves) == list(ALPHAS)
    for alpha, (iterations, errors) in curves.items():
        assert iterations.tolist() == list(range(0, sweeps.ITERATIONS, sweeps.CURVE_EVERY))
        logged = post_output.SWEEP_HIDDEN_4["%g" % alpha]
        at = {int(j): errors[iterations.tolist().index(int(j))] for j in logged}
        assert {j: printed.error(e) for j, e in at.items()} == \
            {int(j): printed.error(e) for j, e in logged.items()}


def test_the_weight_readings_are_the_posts_closer_look_in_its_order():
    """The post printed each alpha's final weights and direction counts, synapse_0 row by row
    then synapse_1: our readings are those sizes (to its 8 decimals) and those counts."""
    readings = sweep_readings.weight_readings(4)
    assert list(readings) == list(ALPHAS)
    for alpha, (changes, sizes) in readings.items():
        look = post_output.CLOSER_LOOK_HIDDEN_4["%g" % alpha]
        weights = np.array(look["synapse_0"] + look["synapse_1"])
        counts = look["synapse_0_direction_changes"] + look["synapse_1_direction_changes"]
        assert sizes == pytest.approx(np.abs(weights), abs=5.1e-9)
        assert changes.tolist() == counts


def test_the_final_errors_are_seed_1s_row_of_the_seed_study_too():
    """Two batched runs of the same networks, one over a grid of alphas and one over seeds,
    give the same final error bit for bit."""
    final = sweep_readings.final_errors(4)
    assert list(final) == list(ALPHAS)
    assert list(final.values()) == studies.seed_variance(20, 4).final[0].tolist()


@pytest.mark.parametrize("hidden", [4, 32])
def test_the_ulp_spread_at_50000_is_the_spread_of_the_printed_errors_there(hidden):
    """A second way to the same reading: the nudged runs printed as the post prints them
    (readings.spreads), whose last error is the one at 50 000."""
    assert compare.STEPS[-1] == sweep_readings.ULP_AT
    relative, fixed = sweep_readings.ulp_spreads(hidden)
    ours, starts = compare.ours(), spreads.blocks()
    for index, alpha in enumerate(ALPHAS):
        found = spreads.spread((f"errors-{hidden}", alpha), ours, starts)
        assert fixed[index] == found.fixed[-1]
        mine = Decimal(ours[(f"errors-{hidden}", alpha)][-1])
        spread = (Decimal(found.high[-1]) - Decimal(found.low[-1])) / abs(mine)
        # Each printout is rounded at the 12th digit: at most 5e-12 of its size either way.
        assert abs(relative[index] - float(spread)) <= 1.1e-11
        if relative[index] == 0:
            assert fixed[index] is None  # no spread: every printout the same
