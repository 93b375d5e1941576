"""What Part 6 says about the follow-up's remedies is what the follow-up's runs show.

Part 6 only points at the follow-up; these tests read the same runs its pages read
(descent.runs.ravine_race, descent.runs.dropout), so that a change to either study cannot leave
Part 6 promising what the follow-up no longer finds.
"""

from __future__ import annotations

import numpy as np
import pytest

from descent import optimizers
from descent.runs import dropout, ravine_race
from site_html import ROOT

pytestmark = pytest.mark.claims  # prose and pins held to the runs (the same bits on every machine)

PAGE = ROOT / "docs" / "part-6-conclusion.md"


@pytest.fixture(scope="module")
def prose() -> str:
    return " ".join(PAGE.read_text(encoding="utf-8").split())


def test_the_ravine_remedies(prose):
    paths = {rule: ravine_race.ravine_path(rule) for rule in optimizers.RULES}
    turned = {rule: ravine_race.ravine_path(rule, ravine_race.TURNED) for rule in optimizers.RULES}
    plain = paths["gradient descent"].final
    assert "Momentum helps along the ravine of" in prose
    assert paths["momentum"].final < plain
    assert ("per-weight step sizes, which are not on the post's list, fix it outright when the "
            "ravine runs along the weights") in prose
    for rule in ("AdaGrad", "AdaDelta", "RMSprop"):
        assert paths[rule].final < 1e-4 < plain  # along the weights: fixed
        assert turned[rule].final > 3 * paths[rule].final  # turned 45°: not


def test_dropout_is_aimed_at_a_problem_this_network_does_not_have(prose):
    assert ("Dropout is meant to keep hidden units from converging to the same answer, though the "
            "follow-up finds that this network's units do not do that in the first place, with "
            "or without it") in prose
    for hidden in (4, 32):
        found = dropout.redundancy(hidden)
        # Without dropout the units end no more alike than they started.
        assert np.median(found.trained["plain"].median) >= np.median(found.start.median) - 0.01


def test_the_exercise_points_at_the_posts_thirteen_lines(prose):
    assert "The post's own program, thirteen lines, is on the [home page](index.md#thirteen-lines)" \
        in prose
    assert "index.md#the-code" not in prose
