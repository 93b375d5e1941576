"""What the Explore alpha page says in words is what the build computed.

Each test pairs a sentence of docs/explore-alpha.md with the data it describes, so that a change
to the experiments that makes the prose wrong fails here, not silently on the site.
"""

from __future__ import annotations

import sys

import numpy as np
import pytest

from descent.pages.values import explore, formats
from descent.runs import basins as runs_basins, descents as alpha_slider_frame, studies
from descent.network import ALPHAS
from site_html import ROOT

sys.path.insert(0, str(ROOT / "tests"))
import curve_reading  # noqa: E402

pytestmark = pytest.mark.claims  # prose and pins held to the runs (the same bits on every machine)

PAGE = ROOT / "docs" / "explore-alpha.md"


@pytest.fixture(scope="module")
def prose() -> str:
    return " ".join(PAGE.read_text(encoding="utf-8").split())  # line breaks as spaces


def test_slider_claims(prose):
    alphas = alpha_slider_frame.ALPHAS
    assert "fifteen alphas" in prose and len(alphas) == 15
    assert "multiplies alpha by √2" in prose
    assert "differ by a factor of 128" in prose and alphas[-1] / alphas[0] == pytest.approx(128)


def test_the_curve_falls_steadily_then_flattens(prose):
    assert "From 0.001 up to about {{ explore.steady_until }} every increase of alpha lowers" \
        in prose and "beyond that the curve flattens out" in prose
    about = float(explore.steady_until())
    curves = [studies.learning_rate(hidden) for hidden in (4, 32)]
    for found in curves:
        falling = found.errors[found.alphas <= about]
        assert len(falling) > 20 and np.all(np.diff(falling) < 0), found.hidden
        flat = (found.alphas > about) & (found.alphas <= found.best[0])
        assert np.all(found.errors[flat] < 2 * found.best[1]), "then it flattens out"
    # "about": at one size at least, the fall ends within a notch and a half past the number.
    soon = about * 10 ** 0.15
    assert any(np.any(np.diff(found.errors[found.alphas <= soon]) >= 0) for found in curves)


def test_the_cliff_and_the_best_alpha_are_the_curves(prose):
    small, big = studies.learning_rate(4), studies.learning_rate(32)
    assert "Here are 61, ten per factor of ten from 0.001 to 1000" in prose
    assert len(small.alphas) == 61
    assert ("With 4 hidden units the cliff is at alpha {{ explore.cliff_4 }}, with 32 at alpha "
            "{{ explore.cliff_32 }}. The best alpha sits just before it: {{ explore.best_4 }} for "
            "4 hidden units, {{ explore.best_32 }} for 32") in prose
    shown = {4: (explore.cliff_4(), explore.best_4()), 32: (explore.cliff_32(), explore.best_32())}
    for found in (small, big):
        cliff = curve_reading.cliff(found.alphas, found.errors)  # read a second way
        best = curve_reading.best_before(found.alphas, found.errors, cliff)
        assert shown[found.hidden] == (formats.alpha(cliff), formats.alpha(best))
        assert cliff / best < 10 ** 0.35, "just before it: within three notches"
    assert big.breakdown < small.breakdown and big.best[0] <= small.best[0]  # steeper, smaller


def test_past_the_cliff_most_runs_get_stuck_and_a_few_win(prose):
    assert ("the final error jumps by more than two orders of magnitude, to between 0.125 and "
            "0.5: one to four outputs stuck") in prose
    assert "An alpha beyond it can still converge (a diamond)" in prose
    assert "its neighbours on both sides fail" in prose
    lucky = 0
    for found in (studies.learning_rate(4), studies.learning_rate(32)):
        assert found.error_at(found.breakdown) / found.best[1] > 100, "two orders of magnitude"
        wins = curve_reading.converged_past(found.alphas, found.errors, found.breakdown)
        for alpha, error in zip(found.alphas, found.errors):
            if alpha >= found.breakdown and alpha not in wins:
                assert curve_reading.stuck_outputs(error) in (1, 2, 3, 4), alpha
                assert abs(8 * error - curve_reading.stuck_outputs(error)) < 0.05, alpha
        for alpha in wins:
            at = list(found.alphas).index(alpha)
            assert min(found.errors[at - 1], found.errors[at + 1]) >= curve_reading.STUCK
        assert len(wins) < 0.25 * np.sum(found.alphas >= found.breakdown), "a few dips"
        lucky += len(wins)
    assert lucky >= 1, "can still converge"


def test_the_best_of_the_articles_alphas(prose):
    assert "{{ explore.best_of_seven }} is the best of its seven at both sizes" in prose
    for hidden in (4, 32):
        found = studies.learning_rate(hidden)
        errors = [found.error_at(alpha) for alpha in ALPHAS]
        assert formats.alpha(ALPHAS[int(np.argmin(errors))]) == explore.best_of_seven(), hidden


def test_seed_variance_claims(prose):
    found = studies.seed_variance(20, 4)
    ten = ALPHAS.index(10.0)
    assert "from 20 starts, seeds 1 to 20: 140 networks" in prose
    assert list(found.seeds) == list(range(1, 21)) and found.final.size == 140
    assert ("Yes: alpha 10 ends with the lowest error of the seven in {{ explore.seed_wins }} "
            "starts, and its band is narrow") in prose
    wins = int(np.sum(np.argmin(found.final, axis=1) == ten))
    assert explore.seed_wins() == formats.all_of(wins, 20) and wins > 15  # "Yes"
    assert found.final[:, ten].max() < 2 * found.final[:, ten].min(), "a narrow band"
    assert "At alpha 100, the first of the article's alphas past the 4-unit cliff above" in prose
    assert min(a for a in ALPHAS if a >= studies.learning_rate(4).breakdown) == 100
    final_100 = found.final[:, ALPHAS.index(100.0)]
    assert "its final errors range from 0.125 (one output stuck) to 0.5 (all four)" in prose
    assert round(final_100.min(), 3) == 0.125 and round(final_100.max(), 3) == 0.5


def test_the_seed_variance_picture_is_described_truly(prose):
    assert ("alpha 10 is lowest throughout with a narrow band; alpha 100 has a wide band between "
            "0.125 and 0.5; the medians of alpha 0.001 and 1000 stay near 0.5") in prose
    found = studies.seed_variance(20, 4)
    medians = np.median(found.errors, axis=0)  # (alphas, samples)
    assert np.all(np.argmin(medians[:, 1:], axis=0) == ALPHAS.index(10.0))  # after the start
    hundred = found.final[:, ALPHAS.index(100.0)]
    assert hundred.max() / hundred.min() > 3, "a wide band"
    for alpha in (0.001, 1000.0):
        assert np.all(np.abs(medians[ALPHAS.index(alpha)] - 0.5) < 0.05), alpha


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
