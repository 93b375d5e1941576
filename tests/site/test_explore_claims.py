"""What the Explore alpha page says in words is what the build computed.

Each test pairs a sentence of docs/explore-alpha.md with the data it describes, so that a change
to the experiments that makes the prose wrong fails here, not silently on the site.
"""

from __future__ import annotations

import numpy as np
import pytest

from descent.runs import basins as runs_basins, descents as alpha_slider_frame, studies
from descent.network import ALPHAS
from site_html import ROOT

pytestmark = pytest.mark.claims  # held under every arithmetic: tests/test_arithmetics.py

PAGE = ROOT / "docs" / "explore-alpha.md"


@pytest.fixture(scope="module")
def prose() -> str:
    return " ".join(PAGE.read_text(encoding="utf-8").split())  # line breaks as spaces


def test_slider_claims(prose):
    alphas = alpha_slider_frame.ALPHAS
    assert "fifteen alphas" in prose and len(alphas) == 15
    assert "multiplies alpha by √2" in prose
    assert "differ by a factor of 128" in prose and alphas[-1] / alphas[0] == pytest.approx(128)


def test_learning_rate_claims(prose):
    small, big = studies.learning_rate(4), studies.learning_rate(32)
    assert "Here are 61, ten per factor of ten from 0.001 to 1000" in prose
    assert len(small.alphas) == 61
    for found in (small, big):
        rising = found.alphas <= 6.5
        assert np.all(np.diff(found.errors[rising]) < 0), "up to about 6 every increase lowers it"
        flat = (found.alphas > 6.5) & (found.alphas <= found.best[0])
        assert np.all(found.errors[flat] < 2 * found.best[1]), "then it flattens out"
        jump = found.error_at(found.breakdown) / found.best[1]
        assert jump > 100, "more than two orders of magnitude"
        assert round(found.error_at(found.breakdown) * 8) in (1, 3, 4)  # 0.125, 0.375 or 0.5
    assert (f"With 4 hidden units the cliff is at alpha {small.breakdown:.3g}, with 32 at alpha "
            f"{big.breakdown:.3g}") in prose
    assert (f"The best alpha sits just before it: {small.best[0]:.2g} for 4 hidden units, "
            f"{big.best[0]:.2g} for 32") in prose
    assert big.breakdown < small.breakdown
    assert "Now and then an alpha beyond it still converges" in prose
    assert len(small.lucky + big.lucky) >= 1
    for found in (small, big):  # the lucky ones have failing neighbours on both sides
        for alpha, _ in found.lucky:
            at = list(found.alphas).index(alpha)
            assert min(found.errors[at - 1], found.errors[at + 1]) > 0.1
    assert "10 is the best of its seven at both sizes" in prose
    for found in (small, big):
        assert min(ALPHAS, key=found.error_at) == 10


def test_seed_variance_claims(prose):
    found = studies.seed_variance(20, 4)
    verdict = studies.verdict(found)
    assert "from 20 starts, seeds 1 to 20: 140 networks" in prose
    assert list(found.seeds) == list(range(1, 21)) and found.final.size == 140
    assert "alpha 10 ends with the lowest error of the seven in all 20 starts" in prose
    assert verdict.wins == 20
    final_100 = found.final[:, ALPHAS.index(100.0)]
    assert "its final errors range from 0.125 (one output stuck) to 0.5 (all four)" in prose
    assert round(final_100.min(), 3) == 0.125 and round(final_100.max(), 3) == 0.5


def test_basin_claims(prose):
    found = runs_basins.drop(10_000, 1)
    assert "on a curve with five valleys" in prose and "the five-valley curve" in prose
    assert len(found.minima) == 5
    assert "the deepest valley a narrow well at the right" in prose
    assert found.deepest == len(found.minima) - 1 and found.widths[found.deepest] < 0.15
    assert "With 10 000 balls" in prose and found.balls == 10_000
    assert "The deepest valley owns the narrowest basin, so fewer balls find it than any other" \
        in prose
    assert np.argmin(found.widths) == found.deepest == np.argmin(found.counts)
    assert np.all(np.abs(found.z) < 4), "the bars meet the ticks within chance"
