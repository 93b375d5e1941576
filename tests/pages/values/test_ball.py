"""pages.values.ball: the alphas of Parts 2 and 3's ball pictures and what their descents do,
held to the descents worked a second way: step factors by hand (x is multiplied by 1 - alpha *
curvature on every step of a parabola), and the rippled curve's descent run again for every alpha
of the grid at once, read with criteria of its own."""

from __future__ import annotations

import math

import numpy as np
import pytest

from descent import landscapes
from descent.pages.values import ball, formats
from descent.runs import basins, descents, paths, sweeps

SQRT2 = math.sqrt(2)
MINUS = "\u2212"


@pytest.fixture(scope="module")
def named() -> dict[str, str]:
    return ball.numbers()


@pytest.fixture(scope="module")
def rippled() -> np.ndarray:
    """Descent on 0.01 (x - 10)^2 + 0.06 sin(5x) from 1.5, every alpha of the grid at once:
    (steps + 1, alphas)."""
    x = np.full(len(ball.ESCAPE_GRID), 1.5)
    found = [x]
    for _ in range(ball.ESCAPE_STEPS):
        x = x - ball.ESCAPE_GRID * (0.02 * (x - 10) + 0.3 * np.cos(5 * x))
        found.append(x)
    return np.array(found)


def crests_and_floor() -> tuple[np.ndarray, float]:
    """The rippled curve's local tops, and its lowest point, on a grid 100 times finer than
    the module's."""
    x = np.linspace(0, 20, 200_001)
    f = 0.01 * (x - 10) ** 2 + 0.06 * np.sin(5 * x)
    tops = np.flatnonzero((f[1:-1] > f[:-2]) & (f[1:-1] > f[2:])) + 1
    return x[tops], float(x[np.argmin(f)])


def test_the_bucket_pictures_factors_are_the_ratios_of_their_iterates(named):
    bucket = descents.bucket_iterates()
    assert named["bucket_alpha"] == "0.625"
    assert named["bucket_factor"] == MINUS + "0.25" == formats.minus(f"{bucket[1] / bucket[0]:.2g}")
    diverging = paths.diverging()
    assert named["diverging_alpha"] == "1.3"
    assert named["diverging_factor"] == MINUS + "1.6" == formats.minus(
        f"{diverging[2] / diverging[1]:.2g}")


def test_the_slow_ball_covers_one_minus_0_9999_to_the_1000th(named):
    """On the gentle slope f' = 0.002 (x - 20): each step keeps 1 - 0.002 alpha of the way."""
    assert named["slow_alpha"] == "0.05" and named["slow_steps"] == "1000"
    assert len(paths.slow()) == 1000 + 1
    assert named["slow_share"] == f"{1 - (1 - 0.002 * 0.05) ** 1000:.1%}" == "9.5%"
    assert named["slow_alpha_10"] == "0.5"
    assert named["slow_share_10"] == f"{1 - (1 - 0.002 * 0.5) ** 1000:.1%}" == "63.2%"
    assert named["gentle_limit"] == "1000"  # 2 / 0.002
    assert ball.gentle_curvature() == pytest.approx(0.002, rel=1e-9)


def test_the_slider_values_by_hand(named):
    """The slider's alphas are 0.5 * 2^(k / 2); its ball starts at -1.2 and takes 12 steps."""
    assert named["slider_start"] == MINUS + "1.2" and named["slider_start_opposite"] == "1.2"
    assert named["crawl_alpha"] == "0.0156" and named["crawl_alpha_exact"] == "0.015625"  # 1/64
    assert named["crawl_left"] == f"{(1 - 2 / 64) ** 12:.1%}"
    assert named["first_diverging"] == "1.41"  # 0.5 * 2^1.5; alpha 1 bounces, factor -1
    assert named["first_diverging_factor"] == MINUS + f"{2 * SQRT2 - 1:.3g}"
    assert named["first_diverging_end"] == str(round((2 * SQRT2 - 1) ** 12))
    assert named["mid_alpha"] == "0.707" and named["mid_factor"] == MINUS + f"{SQRT2 - 1:.3g}"
    assert named["mid_left"] == f"{100 * (SQRT2 - 1) ** 12:.2g}%"


def test_the_ravine_factors_by_hand_and_from_its_path(named):
    """Flat curvature 0.2, steep 10: at alpha 0.185 the factors are 0.963 and -0.85."""
    path = paths.ravine()
    along, across = path[1] / path[0]
    assert named["ravine_alpha"] == "0.185"
    assert named["ravine_along_factor"] == f"{1 - 0.185 * 0.2:.3g}" == f"{along:.3g}"
    assert named["ravine_across_factor"] == MINUS + "0.85" == formats.minus(f"{across:.2g}")
    # The best single alpha makes both factors equal in size: 1 - 0.2 a = -(1 - 10 a).
    best = 2 / 10.2
    assert named["ravine_best_alpha"] == f"{best:.3g}" == "0.196"
    assert named["ravine_best_factor"] == f"{1 - 0.2 * best:.2g}" == f"{-(1 - 10 * best):.2g}"


def test_every_alpha_up_to_stuck_up_to_stays_in_the_pictures_ripple(named, rippled):
    """The ripple is the stretch between the two tops around where the picture's ball ends."""
    tops, _ = crests_and_floor()
    end = paths.stuck()[-1]
    left, right = tops[tops < end][-1], tops[tops > end][0]
    inside = np.all((rippled > left) & (rippled < right), axis=0)
    staying = ball.ESCAPE_GRID[:np.argmin(inside)]  # the grid's alphas up to the first that leaves
    assert not inside[len(staying)] and len(staying) > 1
    assert named["stuck_up_to"] == formats.alpha(staying[-1])
    assert named["escaping_alpha"] == formats.alpha(ball.ESCAPE_GRID[len(staying)])
    assert named["stuck_alpha"] == "0.2" and named["stuck_steps"] == "1000"
    assert 0.2 <= staying[-1] and len(paths.stuck()) == 1000 + 1


def test_the_ball_rests_up_to_the_last_alpha_below_two_over_the_pits_curvature(named):
    """Near the pit's floor the curve is a parabola of curvature c = f'' there: descent settles
    when |1 - alpha c| < 1, that is below alpha 2 / c."""
    floor = paths.stuck()[-1]
    curvature = 0.02 - 0.06 * 25 * math.sin(5 * floor)
    rests = float(named["rests_up_to"])
    assert rests < 2 / curvature < rests + 0.1  # the grid's step


def test_floor_alpha_is_the_first_escaping_alpha_that_bounces_about_the_floor(named, rippled):
    _, floor = crests_and_floor()
    tail = rippled[-500:]
    straddles = (tail.min(axis=0) <= floor) & (floor <= tail.max(axis=0))
    escaped = ball.ESCAPE_GRID >= float(named["escaping_alpha"])
    assert named["floor_alpha"] == formats.alpha(ball.ESCAPE_GRID[np.argmax(straddles & escaped)])


def test_the_basin_balls_settle_counts_are_read_again_ball_by_ball(named):
    found = basins.drop(100, 1)
    path = landscapes.descend(landscapes.bumpy.df, found.starts, basins.ALPHA, basins.STEPS)
    settled = []
    for ball_path, end in zip(path.T, found.ends):
        far = np.flatnonzero(np.abs(ball_path - end) >= 0.01)
        settled.append(far[-1] + 1 if len(far) else 0)
    assert named["basin_alpha"] == named["resting_alpha"] == "0.02"
    assert named["settle_median"] == formats.median_count(float(np.median(settled)))
    assert named["settle_most"] == formats.count(max(settled))


def test_the_network_errors_are_the_article_sweeps(named):
    final = {run.alpha: run.final for run in sweeps.article_sweep(4).runs}
    assert named["network_small_error"] == formats.significant(final[0.001])
    assert named["network_ten_error"] == formats.significant(final[10.0])


def test_the_step_factor_helper_writes_zero_and_a_true_minus():
    assert ball.factor(2.0, 0.5) == "0"
    assert ball.factor(2.0, 1.0) == MINUS + "1"
    assert ball.factor(2.0, 0.25) == "0.5"


def test_the_small_helpers_by_hand():
    assert ball.first_diverging_alpha() == pytest.approx(SQRT2)
    assert ball.mid() == pytest.approx(1 / SQRT2)
    assert ball.left(0.5) == 0.0 and ball.left(1.0) == 1.0  # on the bottom; bounced back to -1.2
    alpha, factor = ball.best_ravine_alpha()
    assert alpha == pytest.approx(2 / 10.2) and factor == pytest.approx(1 - 0.4 / 10.2)
    assert ball.escapes(5.0) and not ball.escapes(0.2)
    assert ball.rests(0.2) and not ball.rests(3.0)


def test_floor_alpha_says_in_one_line_when_no_alpha_bounces_about_the_floor(monkeypatch):
    monkeypatch.setattr(ball, "ESCAPE_GRID", np.array([0.2, 2.4]))  # 2.4 escapes, short of it
    with pytest.raises(ValueError, match="^no alpha of the grid bounces about the floor$"):
        ball.floor_alpha_value()


def test_the_grid_readings_say_in_one_line_when_no_alpha_of_it_escapes_or_rests(monkeypatch):
    monkeypatch.setattr(ball, "ESCAPE_GRID", np.array([0.2]))  # rests in its ripple, never leaves
    with pytest.raises(ValueError, match="^no alpha of the escape grid takes the ball out of its ripple$"):
        ball.escape_alpha()
    assert ball.rests_up_to() == 0.2
    monkeypatch.setattr(ball, "ESCAPE_GRID", np.array([3.0]))  # bounces on: never at rest
    with pytest.raises(ValueError, match="^the ball comes to rest at no alpha of the escape grid$"):
        ball.rests_up_to()


def test_the_module_names_exactly_the_values_checked_here(named):
    checked = {
        "bucket_alpha", "bucket_factor", "diverging_alpha", "diverging_factor", "stuck_alpha",
        "stuck_steps", "stuck_up_to", "escaping_alpha", "slow_alpha", "slow_steps", "slow_share",
        "gentle_limit", "basin_alpha", "settle_median", "settle_most", "slider_start",
        "crawl_alpha", "crawl_left", "first_diverging", "first_diverging_factor",
        "first_diverging_end", "ravine_best_factor", "rests_up_to", "slider_start_opposite",
        "mid_alpha", "mid_factor", "mid_left", "slow_alpha_10", "slow_share_10", "ravine_alpha",
        "network_small_error", "network_ten_error", "resting_alpha", "floor_alpha",
        "ravine_best_alpha", "ravine_across_factor", "ravine_along_factor", "crawl_alpha_exact"}
    assert set(named) == checked
