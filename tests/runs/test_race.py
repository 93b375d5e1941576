"""runs.race: the follow-up's race of the update rules, and each rule's alpha range."""

from __future__ import annotations

import numpy as np
import pytest

from descent import engine
from descent.runs import race

pytestmark = pytest.mark.claims  # prose and pins held to the runs (the same bits on every machine)


def test_the_race_runs_each_seed_from_its_own_start():
    lap = race.race("momentum")
    alone = engine.train([lap.alpha], *engine.starts([7]), race.STEPS, rule="momentum")
    assert lap.final[6] == alone.final[0]  # seed 7 is row 6, bit for bit
    passes = lap.passes_to_target()
    got = np.isfinite(passes)
    assert np.all(lap.final[~got] > race.TARGET)


def test_alpha_range_marks_a_run_whose_weights_overflowed_as_failed():
    found = race.alpha_range("gradient descent")
    assert np.all(np.isfinite(found.errors)) and found.breakdown < race.RANGE_ALPHAS.max()


@pytest.mark.parametrize("call, message", [
    (lambda: race.alpha_range("sgd"), "unknown optimizer"),
    (lambda: race.race("sgd"), "unknown optimizer"),
])
def test_unknown_names_are_one_clear_error(call, message):
    with pytest.raises(ValueError, match=message):
        call()
