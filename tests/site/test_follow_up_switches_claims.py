"""What the follow-up page says about dropout and the future-work switches is what the build
computed: each test pairs sentences of docs/follow-up.md with the data they describe."""

from __future__ import annotations

import numpy as np
import pytest

from descent.runs import dropout
from site_html import ROOT

PAGE = ROOT / "docs" / "follow-up.md"


@pytest.fixture(scope="module")
def prose() -> str:
    return " ".join(PAGE.read_text(encoding="utf-8").split())  # line breaks as spaces


@pytest.fixture(scope="module")
def redundancy():
    return {hidden: dropout.redundancy(hidden) for hidden in (4, 32)}


def median(values) -> str:
    return f"{np.median(values):.3g}"


def test_dropout_setup(prose, redundancy):
    found = redundancy[4]
    assert "We use **p = 0.2** for both" in prose and found.p == 0.2
    assert "`np.random.RandomState([seed, 1])`" in prose
    from descent import variants
    assert variants.MASK_STREAM == 1
    assert "from seeds 1 to 20 with alpha 1 for 10 000 steps, at 4 and at 32 hidden units" in prose
    assert found.seeds == tuple(range(1, 21)) and found.alpha == 1 and found.iterations == 10_000
    assert "(|cosine| above 0.99)" in prose and dropout.NEAR == 0.99


def test_plain_training_does_not_pull_units_together(prose, redundancy):
    small, big = redundancy[4], redundancy[32]
    assert (f"the median |cosine| of a typical pair is {median(small.trained['plain'].median)} "
            f"with 4 hidden units and {median(big.trained['plain'].median)} with 32, where it was "
            f"{median(small.start.median)} and {median(big.start.median)} at the random start"
            ) in prose
    for found in (small, big):  # "not towards each other": no drift by more than 0.01
        assert abs(np.median(found.trained["plain"].median)
                   - np.median(found.start.median)) < 0.01


def test_dropout_spreads_the_typical_pair_not_the_closest(prose, redundancy):
    small, big = redundancy[4], redundancy[32]
    lower = [int(np.sum(f.trained["dropout"].median < f.trained["plain"].median))
             for f in (small, big)]
    assert (f"the median falls to {median(small.trained['dropout'].median)} with 4 hidden units "
            f"and {median(big.trained['dropout'].median)} with 32, below plain training in "
            f"{lower[0]} and in {lower[1]} of the 20 seeds") in prose
    for found in (small, big):
        assert np.median(found.trained["dropout"].median) < np.median(found.trained["plain"].median)
    near = {v: f"{np.median(big.trained[v].near):.1%}" for v in dropout.VARIANTS}
    assert (f"the share of near twins is {near['plain']} plain, {near['dropout']} with dropout "
            f"and {near['dropconnect']} with DropConnect") in prose
    assert np.median(big.trained["dropout"].near) >= np.median(big.trained["plain"].near)
    assert f"{np.median(big.start.near):.1%} of the pairs are near twins already at the start" \
        in prose
    largest = {v: f"{np.median(small.trained[v].largest):.3g}" for v in ("plain", "dropout")}
    assert (f"from {largest['plain']} plain to {largest['dropout']} with dropout and "
            f"{np.median(small.trained['dropconnect'].largest):.4g} with DropConnect") in prose


def test_the_price_of_dropout(prose, redundancy):
    small, big = redundancy[4], redundancy[32]
    assert (f"raises the median final error from {median(small.final['plain'])} to "
            f"{median(small.final['dropout'])} (DropConnect: {median(small.final['dropconnect'])})"
            ) in prose
    assert "every one of the 20 seeds ends worse than without masks" in prose
    assert np.all(small.final["dropout"] > small.final["plain"])
    assert np.all(small.final["dropconnect"] > small.final["plain"])
    better = int(np.sum(big.final["dropout"] < big.final["plain"]))
    assert (f"dropout lowers the median from {median(big.final['plain'])} to "
            f"{median(big.final['dropout'])} (in {better} of the 20 seeds), and DropConnect to "
            f"{median(big.final['dropconnect'])} (in all 20)") in prose
    assert np.all(big.final["dropconnect"] < big.final["plain"])


def test_the_verdict(prose, redundancy):
    assert "So the data does **not** support the claim as stated" in prose
    # Both halves of the claim fail: no drift together without masks, and near twins are no
    # rarer with them.
    for found in redundancy.values():
        assert np.median(found.trained["plain"].median) >= np.median(found.start.median) - 0.01
        assert np.median(found.trained["dropout"].near) >= np.median(found.trained["plain"].near)
