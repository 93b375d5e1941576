"""What the Explore alpha page says in words is what the build computed.

Each test pairs a sentence of docs/explore-alpha.md with the data it describes, so that a change
to the experiments that makes the prose wrong fails here, not silently on the site.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from descent.pages.values import explore, formats
from descent.runs import basins as runs_basins, descents as alpha_slider_frame, studies, stuck
from descent.network import ALPHAS
from site_html import ROOT
from site_values import value

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
        in prose and "beyond that it wobbles, and still falls to the best alpha" in prose
    about = float(value("explore.steady_until"))
    curves = [studies.learning_rate(hidden) for hidden in (4, 32)]
    for found in curves:
        falling = found.errors[found.alphas <= about]
        assert len(falling) > 20 and np.all(np.diff(falling) < 0), found.hidden
        flat = (found.alphas > about) & (found.alphas <= found.best[0])
        assert np.all(found.errors[flat] < 2 * found.best[1]), "then it falls no further than 2x"
        assert found.errors[flat][-1] == found.best[1] == found.errors[flat].min(), "to the best"
    assert any(np.any(np.diff(found.errors[(found.alphas > about) & (found.alphas <= found.best[0])]) > 0)
               for found in curves), "it wobbles"
    # "about": at one size at least, the fall ends within a notch and a half past the number.
    soon = about * 10 ** 0.15
    assert any(np.any(np.diff(found.errors[found.alphas <= soon]) >= 0) for found in curves)


def test_the_cliff_and_the_best_alpha_are_the_curves(prose):
    small, big = studies.learning_rate(4), studies.learning_rate(32)
    assert "Here are 61, ten per factor of ten from 0.001 to 1000" in prose
    assert len(small.alphas) == 61
    assert ("With 4 hidden units the cliff is at alpha {{ explore.cliff_4 }}, with 32 at alpha "
            "{{ explore.cliff_32 }}. The best alpha sits one to three of the curve's points before it: "
            "{{ explore.best_4 }} for 4 hidden units, {{ explore.best_32 }} for 32") in prose
    shown = {4: (value("explore.cliff_4"), value("explore.best_4")), 32: (value("explore.cliff_32"), value("explore.best_32"))}
    for found in (small, big):
        cliff = curve_reading.cliff(found.alphas, found.errors)  # read a second way
        best = curve_reading.best_before(found.alphas, found.errors, cliff)
        assert shown[found.hidden] == (formats.alpha(cliff), formats.alpha(best))
        assert cliff / best < 10 ** 0.35, "a few points before it: within three"
        points = list(found.alphas)
        assert 1 <= points.index(cliff) - points.index(best) <= 3, found.hidden
    assert big.breakdown < small.breakdown and big.best[0] <= small.best[0]  # steeper, smaller


def test_past_the_cliff_most_runs_get_stuck_and_a_few_win(prose):
    assert ("the final error jumps by more than two orders of magnitude, to a plateau between "
            "0.125 and 0.5") in prose
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
        assert formats.alpha(ALPHAS[int(np.argmin(errors))]) == value("explore.best_of_seven"), hidden


def test_seed_variance_claims(prose):
    found = studies.seed_variance(20, 4)
    ten = ALPHAS.index(10.0)
    assert "from 20 starts, seeds 1 to 20: 140 networks" in prose
    assert list(found.seeds) == list(range(1, 21)) and found.final.size == 140
    assert ("Yes: alpha 10 ends with the lowest error of the seven in {{ explore.seed_wins }} "
            "starts, and its band is narrow") in prose
    wins = int(np.sum(np.argmin(found.final, axis=1) == ten))
    assert value("explore.seed_wins") == formats.all_of(wins, 20) and wins > 15  # "Yes"
    assert found.final[:, ten].max() < 2 * found.final[:, ten].min(), "a narrow band"
    assert "At alpha 100, the first of the article's alphas past the 4-unit cliff above" in prose
    assert min(a for a in ALPHAS if a >= studies.learning_rate(4).breakdown) == 100
    final_100 = found.final[:, ALPHAS.index(100.0)]
    assert ("its final errors range from 0.125 (one output pinned at 0.5) to 0.5 (all four "
            "pinned, or all four at one end of the sigmoid, two of them wrong). Most end in "
            "between: {{ explore.hundred_one_wrong }} "
            "leave one output at the wrong end, which alone costs 0.25; "
            "{{ explore.hundred_pinned_2 }} leave two outputs pinned, which costs 0.25 as well; "
            "and {{ explore.hundred_pinned_3 }} leave three pinned, which costs 0.375, the median "
            "of the 20.") in prose
    assert round(final_100.min(), 3) == 0.125 and round(final_100.max(), 3) == 0.5
    readings = [stuck.read(o) for o in stuck.seed_outputs(20, 4)[:, ALPHAS.index(100.0)]]
    for error, reading in zip(final_100, readings):
        if round(error, 3) == 0.125:
            assert (reading.half, reading.right) == (1, 3)
        if round(error, 3) == 0.5:
            assert reading.half == 4 or (reading.same_end and reading.wrong == 2)
    assert {round(e, 3) for e, r in zip(final_100, readings) if r.half == 4} == {0.5}
    assert any(r.same_end and r.wrong == 2 for e, r in zip(final_100, readings))
    one_wrong = [e for e, r in zip(final_100, readings) if r.wrong == 1 and r.half == 0]
    assert one_wrong and all(round(e, 3) == 0.25 for e in one_wrong)  # 1 / 4 of the four errors
    assert value("explore.hundred_one_wrong") == f"{len(one_wrong)} of the 20 starts"
    # The rest of "in between", counted again from the outputs: k outputs pinned cost k / 8.
    between = [(e, r) for e, r in zip(final_100, readings) if 0.13 < e < 0.49]
    assert len(between) > 10 and explore.hundred_between_count() == len(between)  # "Most"
    two = [e for e, r in between if (r.half, r.right) == (2, 2)]
    three = [e for e, r in between if (r.half, r.right) == (3, 1)]
    assert two and all(round(e, 3) == 0.25 for e in two)
    assert three and all(round(e, 3) == 0.375 for e in three)
    assert value("explore.hundred_pinned_2") == str(len(two))
    assert value("explore.hundred_pinned_3") == str(len(three))
    assert len(one_wrong) + len(two) + len(three) == len(between)  # nothing else in between
    assert round(float(np.median(final_100)), 3) == 0.375


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


def test_the_step_factor_is_named_before_the_slider_shows_it(prose):
    before = prose.split('--8<-- "alpha-slider.html"')[0]
    assert ("Beside each alpha the slider shows its *step factor*, the number every step "
            "multiplies the ball's distance from the bottom by") in before
    assert before.index("step factor") == before.index("*step factor*") + 1
    from descent.figures import alpha_slider  # the slider's caption does use the words
    assert "step factor" in Path(alpha_slider.__file__).read_text(encoding="utf-8")


def test_the_basin_table_s_standard_error_divides_by_every_ball():
    from descent.figures import basin_histogram_table
    found = runs_basins.drop(10_000, 1)
    note = basin_histogram_table.text().splitlines()[-1]
    assert ("*s.e.* = sqrt(width × (1 − width) / total), with total = all 10000 balls" in note)
    assert np.allclose(found.stderr, np.sqrt(found.widths * (1 - found.widths) / 10_000))
    assert found.counts.sum() == 10_000


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


def test_the_cliffs_plateaus_are_read_off_the_outputs(prose):
    assert ("Each 0.125 is one output *pinned at 0.5*: for that example every hidden unit outputs "
            "0, so the output is sigmoid(0) = 0.5 and no slope gets through to move it; off by 0.5 "
            "on one example of four, it adds 0.5 / 4 = 0.125 to the mean error. Each error of 0.5 on these curves is either all four outputs pinned so, "
            "or all four at the same end of the sigmoid (all near 0, or all near 1): two of them "
            "right and two wrong") in prose
    kinds = set()
    for hidden in (4, 32):
        found = studies.learning_rate(hidden)
        outputs = stuck.curve_outputs(hidden)
        wins = curve_reading.converged_past(found.alphas, found.errors, found.breakdown)
        for alpha, error, out in zip(found.alphas, found.errors, outputs):
            if alpha < found.breakdown or alpha in wins:
                continue
            reading = stuck.read(out)
            if reading.same_end:
                assert reading.wrong == 2 and round(error, 3) == 0.5, alpha
                kinds.add("same end")
            else:  # every other output right: the error is 0.125 per pinned output
                assert reading.half + reading.right == 4 and reading.wrong == 0, alpha
                assert abs(error - 0.125 * reading.half) < 0.002, alpha
                kinds.add(reading.half)
    assert "same end" in kinds and 1 in kinds and 4 in kinds  # each kind the prose names occurs


def test_pinned_at_half_means_every_hidden_unit_is_off():
    # The 4-unit run at alpha 100, seed 1: the pinned output's example has every hidden unit at 0.
    from descent import engine, switched
    from descent.network import X
    trained = engine.train([100.0], *engine.starts([1], 4), 60_000)
    hidden, _, out = switched.forward(trained.weights, X, engine.PLAIN)[:3]
    pinned = np.flatnonzero(np.abs(out[0, :, 0] - 0.5) < stuck.HALF)
    assert len(pinned) == 1
    assert np.all(hidden[0, pinned[0]] < 1e-6)


def test_the_steeper_network(prose):
    assert ("one step of alpha 1 from seed 1's start moves the 32-unit network's outputs "
            "{{ explore.first_step_ratio }} times as far as the 4-unit one's") in prose
    assert explore.first_step_move(32) > 10 * explore.first_step_move(4)
    # "That points the same way, but only loosely: the cliff lies X times lower with 32 hidden
    # units, not Y": lower, but by far less than the first step's ratio.
    assert ("That points the same way, but only loosely: the cliff lies "
            "{{ explore.cliff_ratio }} times lower with 32 hidden units, not "
            "{{ explore.first_step_ratio }}.") in prose
    small, big = studies.learning_rate(4).breakdown, studies.learning_rate(32).breakdown
    ratio = small / big  # read a second way: from the cliffs the page names
    assert ratio == pytest.approx(float(value("explore.cliff_4")) / float(value("explore.cliff_32")), rel=0.01)
    assert value("explore.cliff_ratio") == formats.factor(ratio) and 1 < ratio
    assert ratio < explore.first_step_move(32) / explore.first_step_move(4) / 5, "only loosely"


def test_the_plot_is_named_by_what_it_shows_not_where_it_is(prose):
    assert "right-hand" not in prose and "left-hand" not in prose
    assert "as the plot of the ball's distance from the bottom shows" in prose
    from descent.figures import alpha_slider
    assert "its distance from the bottom at each step" in alpha_slider.alt_text(0.25)


def test_the_step_factor_table_is_the_sliders_regimes(prose):
    rows = {"crawls": lambda a: 1 - 2 * a >= 0.9, "slides down one wall": lambda a: 0 < 1 - 2 * a < 0.9,
            "lands exactly on the bottom": lambda a: a == 0.5,
            "zig-zags": lambda a: -1 < 1 - 2 * a < 0, "bounces": lambda a: a == 1.0,
            "diverges": lambda a: 1 - 2 * a < -1}
    for alpha in alpha_slider_frame.ALPHAS:
        said = alpha_slider_frame.regime(alpha)
        assert [word for word, holds in rows.items() if holds(alpha)] == \
            [word for word in rows if word in said], alpha
    path = alpha_slider_frame.iterates(0.25)
    assert np.all(path[1:] > path[0]) and np.all(path <= 0), "below 0.5: never crosses"
    assert "| exactly −1 | 1 | bounces between the same two points forever |" in prose


def test_the_address_holds_the_alpha(prose):
    assert "The page's address keeps the alpha shown, so a setting can be linked to" in prose
    for part in ("part-2-gradient-descent.md", "part-3-sometimes-it-breaks.md"):
        assert f"]({part}#try-it)" in prose
        assert "explore-alpha.md?alpha=" in (ROOT / "docs" / part).read_text(encoding="utf-8")


def test_the_lottery_is_not_fragile(prose):
    assert ("An alpha beyond it can still converge (a diamond): here one does, alpha "
            "{{ explore.lucky_alpha }} with 32 hidden units.") in prose
    wins = []  # read a second way: every alpha past a cliff that still converged
    for hidden in (4, 32):
        found = studies.learning_rate(hidden)
        wins += [(hidden, alpha) for alpha in
                 curve_reading.converged_past(found.alphas, found.errors, found.breakdown)]
    assert len(wins) == 1 and wins[0][0] == 32
    assert value("explore.lucky_alpha") == formats.alpha(wins[0][1])
    assert "The win is not fragile, though." in prose
    assert ("We ran every alpha from the cliff up again, adding the terms of each sum in other "
            "orders") in prose
    assert ("and from three starts nudged by one unit in the last place (each starting weight "
            "moved up or down to the next number the computer can store, or left alone, at "
            "random): the same alpha won, and no other.") in prose
    assert ("With 32 hidden units we tried two other orders of adding; with 4 hidden units only "
            "one, every sum added in order, because the other (two running sums, or \"lanes\") is "
            "the site's own order there.") in prose
    four, thirty_two = stuck.past_cliff_redraws(4), stuck.past_cliff_redraws(32)
    base_4 = studies.learning_rate(4).errors[studies.learning_rate(4).alphas
                                              >= studies.learning_rate(4).breakdown]
    base_32 = studies.learning_rate(32).errors[studies.learning_rate(32).alphas
                                                >= studies.learning_rate(32).breakdown]
    sequential, two_lanes = stuck.REDRAW_ORDERS
    assert np.array_equal(four[two_lanes], base_4), "at 4 units two lanes is the site's arithmetic"
    assert not np.array_equal(four[sequential], base_4), "... and the other order is another"
    for name in stuck.REDRAW_ORDERS:  # at 32 units both are other arithmetics
        assert not np.array_equal(thirty_two[name], base_32), name
    assert ("The other orders left every run on its plateau, but from a nudged start "
            "{{ explore.plateau_moved }} failing alphas past the two cliffs ended, at least once, "
            "on another one") in prose
    assert ("Every run on this site is computed in one arithmetic (an order for every sum and a "
            "way to round every operation): the one [Checked against the post]"
            "(checked-against-the-post.md#how-the-posts-arithmetic-was-found) recovered from the "
            "post's printed numbers, the closest of the candidates tried, which matches all but "
            "{{ checked.differing_count }} of its {{ checked.total }}.") in prose
    assert int(value("checked.differing_count")) > 0, "closest, not exact"
    assert int(value("checked.exact")) + int(value("checked.differing_count")) == int(value("checked.total"))
    moved, failing = explore.plateau_moves()
    assert 0 < moved < failing / 2  # some moved; "less firm", not a reshuffle
    assert value("explore.plateau_moved") == f"{moved} of the {failing}"
    # A second count: every run past the 4-unit cliff that failed, from each nudge.
    again = stuck.past_cliff_redraws(4)
    base = studies.learning_rate(4).errors[studies.learning_rate(4).alphas >= studies.learning_rate(4).breakdown]
    nudged = np.stack([again[f"nudge {k}"] for k in (1, 2, 3)])
    assert np.sum(np.any(np.abs(nudged - base) > 0.06, axis=0)) == moved  # 32 units: none moved
    assert len(stuck.REDRAW_ORDERS) == 2 and stuck.NUDGES == 3
    for hidden in (4, 32):
        found = studies.learning_rate(hidden)
        again = stuck.past_cliff_redraws(hidden)
        past = found.alphas >= found.breakdown
        assert np.array_equal(again["alphas"], found.alphas[past])
        assert len(again) == 1 + 2 + 3
        for name, errors in again.items():
            if name == "alphas":
                continue
            won = errors < curve_reading.CONVERGED
            assert np.array_equal(won, found.errors[past] < curve_reading.CONVERGED), (hidden, name)
            if name in stuck.REDRAW_ORDERS:
                assert np.array_equal(np.round(8 * errors), np.round(8 * found.errors[past])), \
                    (hidden, name)


def test_the_small_alphas_have_not_arrived(prose):
    assert "In 60 000 steps the small alphas simply have not arrived yet" in prose
    from descent.runs import sweeps
    for hidden in (4, 32):
        for run in sweeps.article_sweep(hidden).runs:
            if run.alpha <= 0.01:  # still falling at the end, and far above the best
                steps = sorted(run.errors)
                assert run.errors[steps[-1]] < run.errors[steps[-2]], (hidden, run.alpha)
                assert run.errors[steps[-1]] > 10 * studies.learning_rate(hidden).best[1]


def test_the_learning_rate_alt_text(prose):
    assert ("both curves fall steadily as alpha grows, flatten, reach a low point just before a "
            "cliff, then jump to errors between 0.125 and 0.5 with a few isolated dips") in prose
    for hidden in (4, 32):
        found = studies.learning_rate(hidden)
        past = found.errors[found.alphas >= found.breakdown]
        stuck_past = past[past >= curve_reading.STUCK]
        assert stuck_past.min() > 0.12 and stuck_past.max() < 0.51
