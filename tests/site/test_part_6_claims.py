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
    assert ("per-weight step sizes, which are not on this list (the post names such rules, "
            "AdaGrad, AdaDelta and Adam, among the methods of its Part 1), fix it outright when "
            "the ravine runs along the weights, all but Adam, which ends higher") in prose
    fixed = max(paths[rule].final for rule in ("AdaGrad", "AdaDelta", "RMSprop"))
    assert paths["Adam"].final > 10 * fixed
    # This list as the page copies it from the post's Part 6, and the post's Part 1 methods as
    # Part 1 of the site lists them (the expectations come from the post, not from our code).
    future = prose[prose.index("The post lists what to add next"):prose.index("whatever else")]
    assert not any(name in future for name in ("AdaGrad", "AdaDelta", "Adam", "RMSprop"))
    part_1 = (ROOT / "docs" / "part-1-optimization.md").read_text(encoding="utf-8")
    assert all(f"[{name}](" in part_1 for name in ("AdaGrad", "AdaDelta"))
    assert "AdaGrad" in optimizers.RULES and "AdaDelta" in optimizers.RULES
    for rule in ("AdaGrad", "AdaDelta", "RMSprop"):
        assert paths[rule].final < 1e-4 < plain  # along the weights: fixed
        assert turned[rule].final > 3 * paths[rule].final  # turned 45°: not


def test_dropout_is_aimed_at_a_problem_this_network_has_only_at_its_closest_pairs(prose):
    assert ("On this network the follow-up finds that the typical pair of units does not "
            "converge, with or without it, while at 32 hidden units the closest pairs do, a "
            "little, and dropout does not stop them") in prose
    for hidden in (4, 32):
        found = dropout.redundancy(hidden)
        # Without dropout the typical pair ends no more alike than it started.
        assert np.median(found.trained["plain"].median) >= np.median(found.start.median) - 0.01
    found = dropout.redundancy(32)
    start, plain = found.start.near, found.trained["plain"].near
    # The closest pairs do drift together at 32 units: near twins grow in most seeds ...
    assert np.mean(plain > start) > 0.5 and np.mean(plain) > np.mean(start)
    # ... and with dropout there are more near twins than at the start, not fewer: not stopped.
    assert np.mean(found.trained["dropout"].near) > np.mean(start)
    assert np.mean(found.trained["dropout"].near > start) > 0.5


def test_the_exercise_points_at_the_posts_thirteen_lines(prose):
    assert "The post's own program, thirteen lines, is on the [home page](index.md#thirteen-lines)" \
        in prose
    assert "index.md#the-code" not in prose
    assert ("write your own, seeded as it is; what yours prints, the four outputs, should match "
            "what the home page shows") in prose
    thirteen = (ROOT / "docs" / "code" / "thirteen_lines.py").read_text(encoding="utf-8")
    assert "np.random.seed(1)" in thirteen and "print(layer_2.round(3))" in thirteen
    assert "alpha,hidden_dim = (0.5,4)" in thirteen  # not one of Part 5's alphas: to be changed
    assert ("make your loop print the mean absolute error every 10 000 steps, as Part 5's does, "
            "set alpha to each of its seven values from 0.001 to 1000 in turn") in prose
    from descent.network import ALPHAS
    from descent.runs import sweeps
    assert ALPHAS == (0.001, 0.01, 0.1, 1, 10, 100, 1000) and sweeps.LOG_EVERY == 10_000
    assert sweeps.article_sweep(4).seed == 1  # the thirteen lines' seed
    assert "It may sound excessive; the post's case for it is that" in prose
    assert "fastest" not in prose  # the post does not say so
