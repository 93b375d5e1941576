"""What Part 3 says about its ball pictures, basins, ripple, slope and ravine is what the runs do.

Each test quotes docs/part-3-sometimes-it-breaks.md (flattened by whitespace) and checks the
words against runs.paths, runs.descents and runs.basins. Expected values come from hand
calculation (step factors 1 − curvature·alpha) or a second reading of the same descents.
"""

from __future__ import annotations

import re
import sys

import numpy as np
import pytest

from descent import landscapes, optimizers
from descent.network import ALPHAS
from descent.pages.values import ball, ravine_live
from descent.runs import basins, descents, paths, ravine_race, studies
from site_html import ROOT
from site_values import value

pytestmark = pytest.mark.claims  # prose and pins held to the runs (the same bits on every machine)

PAGE = ROOT / "docs" / "part-3-sometimes-it-breaks.md"


@pytest.fixture(scope="module")
def prose() -> str:
    return " ".join(PAGE.read_text(encoding="utf-8").split())


def test_the_diverging_ball(prose):
    assert ("descended at alpha {{ ball.diverging_alpha }} (step factor "
            "{{ ball.diverging_factor }}); each iterate lands farther from the bottom on the "
            "opposite wall, with a steeper tangent, until in the last panel the ball is outside "
            "the bucket") in prose
    x = paths.diverging()
    assert value("ball.diverging_alpha") == "1.3" and value("ball.diverging_factor") == "\u22121.6"
    assert np.allclose(x[1:] / x[:-1], 1 - 2 * 1.3)
    assert np.all(np.diff(np.abs(x)) > 0) and np.all(np.sign(x[1:]) == -np.sign(x[:-1]))
    assert abs(x[-1]) > landscapes.bucket.high and np.all(np.abs(x[:-1]) < landscapes.bucket.high)
    assert "Overshooting the bottom a little is harmless — the bucket pictures do it on every step" in prose
    b = descents.bucket_iterates()
    assert np.all(np.sign(b[1:]) == -np.sign(b[:-1])) and np.all(np.diff(np.abs(b)) < 0)


def test_four_problems_and_where_their_remedies_reappear(prose):
    assert ("gradient descent fails on them in four typical ways. Each failure comes with a "
            "standard remedy. The first three remedies reappear as knobs on the network in "
            "[Part 5](part-5-improving-our-network.md): alpha, and the number of hidden units; "
            "the fourth's are raced in the follow-up [The ravine, remedied](follow-up/ravine.md)"
            ) in prose
    assert len(re.findall(r"## Problem \d", prose)) == 4
    part_5 = (ROOT / "docs" / "part-5-improving-our-network.md").read_text(encoding="utf-8")
    assert "alpha" in part_5 and "hidden" in part_5
    ravine = (ROOT / "docs" / "follow-up" / "ravine.md").read_text(encoding="utf-8")
    assert "AdaGrad" in ravine and "omentum" in ravine


def test_alpha_is_defined_before_its_first_number(prose):
    definition = prose.index("each slope is multiplied by alpha before the ball steps")
    assert definition < prose.index("{{ ball.diverging_alpha }}")
    assert ("Our bucket is just on the edge: with the plain rule, alpha 1, the ball only bounces "
            "between two walls, as Part 2 showed") in prose
    assert "the picture multiplies the slope by an alpha above 1" in prose
    assert np.all(np.abs(descents.iterates(1.0)) == abs(descents.START)), "alpha 1 bounces"
    assert paths.DIVERGING_ALPHA > 1
    steeper = landscapes.descend(lambda x: 3 * x, -1.0, 1.0, 4)  # f = 1.5 x²: alpha 1 tips over
    assert np.all(np.diff(np.abs(steeper)) > 0)


def test_solution_1_names_part_2s_alpha(prose):
    assert ("as in the bucket of Part 2, whose alpha is {{ ball.bucket_alpha }} (its start and three steps "
            "again, now with the slope at each ball)") in prose
    assert ("The bucket again, at alpha {{ ball.bucket_alpha }}: the start, three iterates and their "
            "tangents settle towards the bottom, crossing it at every step") in prose


def test_the_bumpy_curve_reads_as_its_alt_says(prose):
    assert ("a wide shallow one at the left that rises to a long plateau, a small valley under a "
            "tall peak, a valley with a shoulder on its right wall, a deeper one where the red ball, "
            "descending at alpha {{ ball.resting_alpha }}, rests with a flat tangent, and past one more ridge, at the right edge, the deepest of "
            "all: a narrow well") in prose
    found = basins.drop(10_000, 1)
    floors = found.floors
    assert len(floors) == 5 and np.argmin(floors) == 4, "the deepest at the right edge"
    assert np.argmax(found.widths) == 0 and np.argmin(found.widths) == 4, "wide left, narrow well"
    rest = descents.resting_place()
    assert np.argmin(np.abs(found.minima - rest)) == 3 and abs(landscapes.bumpy.df(rest)) < 1e-9
    assert floors[3] < floors[:3].min(), "a deeper one"
    # Shallow: measured from its lower rim, the left valley is the shallowest of the five.
    x = np.linspace(0, 9.5, 9501)
    f = landscapes.bumpy.f(x)
    depths = []
    for i, (left, right) in enumerate(zip(found.edges[:-1], found.edges[1:])):
        inside = (x >= left) & (x <= right)
        depths.append(min(f[inside][0], f[inside][-1]) - floors[i])
    assert np.argmin(depths) == 0


def test_a_hundred_balls_end_in_as_many_places_as_valleys(prose):
    assert "They do not end up in 100 places — only in as many places as there are valleys" in prose
    found = basins.drop(100, 1)
    assert len(np.unique(np.round(found.ends, 4))) == len(found.minima) == 5
    assert "any ball starting inside it ends at that valley's bottom" in prose
    many = basins.drop(10_000, 1)
    interval = np.searchsorted(many.edges, many.starts, side="right") - 1
    # The edges are read off a grid of starts: a ball within a grid step of one is unsettled.
    spacing = (many.edges[-1] - many.edges[0]) / (basins.GRID - 1)
    clear = np.min(np.abs(many.starts[:, None] - many.edges[None, 1:-1]), axis=1) > spacing
    assert np.sum(~clear) < 100 and np.all(interval[clear] == many.valley[clear])


def test_the_basins_shares(prose):
    assert ("the wide, shallow valley on the left drains about a third of the line, while the "
            "narrow well on the right, the lowest point of the whole curve, drains only about a "
            "tenth. Nine random starts in ten end somewhere else") in prose
    widths = basins.drop(10_000, 1).widths
    assert abs(widths[0] - 1 / 3) < 0.02 and abs(widths[4] - 0.1) < 0.01
    assert round(1 - widths[4], 1) == 0.9


def test_each_start_costs_a_descent(prose):
    assert ("at alpha {{ ball.basin_alpha }}, the figure's median ball takes "
            "{{ ball.settle_median }} steps to come within 0.01 of its valley's floor, and the "
            "slowest {{ ball.settle_most }}") in prose
    found = basins.drop(100, 1)
    # A second method: step each ball by hand until it stays within 0.01 of its floor.
    steps = []
    for start, valley in zip(found.starts, found.valley):
        path = landscapes.descend(landscapes.bumpy.df, start, basins.ALPHA, basins.STEPS)
        far = np.flatnonzero(np.abs(path - found.minima[valley]) >= 0.01)
        steps.append(far[-1] + 1 if len(far) else 0)
    assert value("ball.settle_median") == str(round(float(np.median(steps))))
    assert value("ball.settle_most") == str(max(steps))
    assert max(steps) > 100, "not a few iterations"


def test_the_stuck_ball(prose):
    assert ("after {{ ball.stuck_steps }} steps of alpha {{ ball.stuck_alpha }} the red ball has "
            "stopped in a ripple close to where it started, far above the floor of the big valley"
            ) in prose
    path = paths.stuck()
    curve = landscapes.rippled
    assert abs(path[-1] - path[0]) < 0.05 * (curve.high - curve.low)
    assert np.ptp(path[-100:]) < 1e-9 and abs(curve.df(path[-1])) < 1e-9
    floor = paths.rippled_floor()
    assert curve.f(path[-1]) - curve.f(floor) > 0.5 * (curve.f(0.0) - curve.f(floor))


def test_no_single_alpha_escapes_the_ripple_and_settles(prose):
    assert ("We descended from the stuck ball's start with every alpha from 0.1 to 5, in steps of "
            "0.1, for {{ ball.stuck_steps }} steps each. Up to {{ ball.stuck_up_to }} the ball "
            "never leaves its ripple (above {{ ball.rests_up_to }} it does not even rest there, "
            "but bounces inside it). From {{ ball.escaping_alpha }} on, the steps are long enough "
            "to jump out, and then too long to come to rest anywhere: after all "
            "{{ ball.stuck_steps }} steps the ball is still bouncing, lower than the ripple it "
            "left. Below {{ ball.floor_alpha }} it bounces inside a lower ripple on the big "
            "valley's wall; from {{ ball.floor_alpha }} on, back and forth across the valley's floor, "
            "and the largest alphas across most of the valley") in prose
    grid = ball.ESCAPE_GRID
    assert grid[0] == 0.1 and grid[-1] == 5.0 and len(grid) == 50
    escape = ball.escape_alpha()
    first_pit = paths.stuck()[-1]
    curve = landscapes.rippled
    # A second reading of the ripples: the crests are where the slope turns from up to down.
    x = np.linspace(curve.low, curve.high, 200_001)
    rising = curve.df(x) > 0
    crests = x[1:][rising[:-1] & ~rising[1:]]
    left, right = crests[crests < first_pit].max(), crests[crests > first_pit].min()
    floor = paths.rippled_floor()
    floor_alpha = float(value("ball.floor_alpha"))
    for alpha in grid:
        path = paths.stuck(alpha=alpha, steps=ball.ESCAPE_STEPS)
        tail = path[-500:]
        if alpha < escape:
            assert np.all((path > left) & (path < right)), f"{alpha} never leaves its ripple"
            assert (np.ptp(tail) < 1e-9) == (alpha <= float(value("ball.rests_up_to"))), alpha
        else:
            assert np.any(path > right), f"{alpha} jumps out"
            assert np.ptp(tail) > 0.1, f"{alpha} still bouncing at the end"
            assert np.all(curve.f(tail) < curve.f(first_pit)), f"{alpha}: lower than its ripple"
            if alpha < floor_alpha:  # inside one lower ripple, between two crests, off the floor
                between = crests[(crests > tail.min()) & (crests < tail.max())]
                assert len(between) == 0 and tail.max() < floor and tail.min() > right, alpha
            else:
                assert tail.min() <= floor <= tail.max(), f"{alpha} bounces about the floor"
    assert escape < floor_alpha
    widest = paths.stuck(alpha=grid[-1], steps=ball.ESCAPE_STEPS)[-500:]
    assert np.ptp(widest) > 0.5 * (curve.high - curve.low)  # alpha 5: most of the valley
    assert value("ball.stuck_up_to") == f"{grid[grid < escape][-1]:g}"


def test_the_slow_ball(prose):
    assert ("after {{ ball.slow_steps }} steps of alpha {{ ball.slow_alpha }} the red ball has "
            "covered only {{ ball.slow_share }} of the way to the bottom") in prose
    # By hand: each step keeps 1 − 0.002·alpha of the distance to the bottom.
    assert paths.share_covered() == pytest.approx(1 - (1 - 0.002 * 0.05) ** 1000)
    assert ("descent on it would not diverge until alpha passed {{ ball.gentle_limit }}"
            in prose) and value("ball.gentle_limit") == "1000"
    assert ("ten times the alpha, {{ ball.slow_alpha_10 }}, covers {{ ball.slow_share_10 }} of the "
            "way in the same {{ ball.slow_steps }} steps") in prose
    assert paths.share_covered(alpha=0.5) == pytest.approx(1 - (1 - 0.002 * 0.5) ** 1000)


def test_above_one_is_what_the_network_needs(prose):
    assert "It may even be worth going above 1" in prose
    assert float(value("explore.best_of_seven")) > 1 and studies.learning_rate(4).best[0] > 1


def test_the_ravine(prose):
    assert ("descended at alpha {{ ball.ravine_alpha }}; the descent path zig-zags from one steep "
            "wall to the other while creeping slowly along the flat axis") in prose
    path = paths.ravine()
    assert np.all(np.sign(path[1:, 1]) == -np.sign(path[:-1, 1])), "zig-zag across"
    assert np.all(np.diff(path[:, 0]) > 0) and abs(path[-1, 0]) > 0.25 * abs(path[0, 0]), "creeping"
    assert ("No single alpha fixes both: the best one in the long run, alpha {{ ball.ravine_best_alpha }}, "
            "makes the two directions equally bad, and every step then keeps "
            "{{ ball.ravine_best_factor }} of the ball's distance to the lowest point along each axis") in prose
    alphas = np.linspace(0.001, 0.3, 30_000)  # a second method: search by brute force
    worst = np.maximum(np.abs(1 - 0.2 * alphas), np.abs(1 - 10 * alphas))
    assert f"{worst.min():.2g}" == value("ball.ravine_best_factor") == "0.96"
    assert f"{alphas[np.argmin(worst)]:.3g}" == value("ball.ravine_best_alpha") == "0.196"
    assert ("The figure's alpha, {{ ball.ravine_alpha }}, is a little below that best one: across "
            "the valley its overshoots die away faster (each is {{ ball.ravine_across_factor }} "
            "times the last), and along the floor each step keeps {{ ball.ravine_along_factor }} "
            "of the distance, hardly more") in prose
    assert value("ball.ravine_alpha") == "0.185" and paths.RAVINE_ALPHA < float(value("ball.ravine_best_alpha"))
    assert value("ball.ravine_across_factor") == "\u22120.85" and 1 - 10 * 0.185 == pytest.approx(-0.85)
    assert value("ball.ravine_along_factor") == "0.963" and 1 - 0.2 * 0.185 == pytest.approx(0.963)
    across = path[1:, 1] / path[:-1, 1]
    assert np.allclose(across, -0.85) and abs(-0.85) < worst.min() < 0.963
    # each axis's distance to the lowest point (0, 0) shrinks by the best factor's size per step
    best = paths.ravine(alpha=ball.best_ravine_alpha()[0])
    assert np.allclose(np.abs(best[1:] / best[:-1]), float(value("ball.ravine_best_factor")), atol=0.005)
    # "in the long run": over the figure's steps, the best alpha is not the one that ends lowest
    assert ("Over the figure's few steps that pays: it ends lower than the long run's best alpha "
            "would") in prose
    assert landscapes.ravine_f(path[-1]) < landscapes.ravine_f(best[-1])
    # and the slider cannot set it (a notch of 0.005): the page calls it the long run's, no more
    assert ball.best_ravine_alpha()[0] not in slider_alphas()


def slider_alphas() -> list[float]:
    """Every notch of the live ravine's alpha slider, as the browser reads it (a short decimal)."""
    low, high, notch = ravine_live.ALPHAS
    return [float(f"{low + k * notch:.10g}") for k in range(round((high - low) / notch) + 1)]


def test_the_live_ravine(prose):
    """Part 3's live figure (tests/browser/test_ravine_live.py holds the page's paths and factors to
    the package); here, what its paragraph says the sliders show."""
    alphas = slider_alphas()
    assert paths.RAVINE_ALPHA in alphas and alphas[-1] == ravine_live.ALPHAS[1]
    assert ("With JavaScript on, the figure is drawn in your browser and has two sliders. With β at 0, "
            "slide alpha down until the factor across the valley turns positive: the zig-zag is gone, and "
            "the ball crawls along the floor even more slowly") in prose
    calm = [a for a in alphas if paths.ravine_step_factors(a)[1] > 0]
    assert calm and all(a < paths.RAVINE_ALPHA for a in calm)
    for alpha in calm:
        path = paths.ravine(alpha=alpha)
        assert np.all(path[:, 1] >= 0), alpha  # never across the floor's line
        assert paths.ravine_step_factors(alpha)[0] > paths.ravine_step_factors()[0], alpha
        assert abs(path[-1, 0]) > abs(paths.ravine()[-1, 0]), alpha  # less far along the floor
    assert ("Slide it up until that factor is below −1: each bounce is bigger than the last, until "
            "the ball leaves the picture") in prose
    wild = [a for a in alphas if paths.ravine_step_factors(a)[1] < -1]
    assert wild
    for alpha in wild:
        across = np.abs(paths.ravine(alpha=alpha)[:, 1])
        leaves = int(np.argmax(across > ravine_race.BOX[1]))  # the picture's reach across
        assert leaves > 0 and np.all(np.diff(across[: leaves + 1]) > 0), alpha
    assert ("The second slider adds **momentum**, the first remedy below: the ball's velocity keeps β "
            "of itself from one step to the next and adds each new slope, and each step is alpha "
            "times the velocity (β = 0 is the plain rule)") in prose
    memory, slopes = {}, (np.array([3.0]), np.array([-2.0]))
    first, second = (optimizers.momentum(s, memory, 0.1, 0.5) for s in slopes)
    assert first == 0.1 * 3.0 and second == 0.1 * (0.5 * 3.0 - 2.0)
    assert np.array_equal(ravine_live.heavy_ball(beta=0.0), paths.ravine())  # β = 0: the plain rule
    assert ravine_live.TRIED_BETA == 0.5
    assert ("At the figure's alpha, β = 0.5 makes the bounces die away faster (in the long run each "
            "step leaves about {{ ravine_live.momentum_across }} of their size, against "
            "{{ ravine_live.plain_across }} without momentum), and after the same steps the ball ends "
            "only {{ ravine_live.momentum_height }} as high as without it") in prose
    plain, heavy = paths.ravine(), ravine_live.heavy_ball()
    assert value("ravine_live.momentum_across") == "0.71" and value("ravine_live.plain_across") == "0.85"
    assert 0.5 ** 0.5 == pytest.approx(float(value("ravine_live.momentum_across")), abs=0.005)  # complex roots
    assert abs(heavy[-1, 1]) < abs(plain[-1, 1]) / 100  # what is left of the bounces
    share = landscapes.ravine_f(heavy[-1]) / landscapes.ravine_f(plain[-1])
    assert value("ravine_live.momentum_height") == f"{100 * share:.2g}%" == "7.5%"
    assert ("More is not better everywhere: at this alpha, β = 0.9, the usual constant, makes the "
            "bounces across the valley die away more slowly, not faster: they swing, and each step "
            "leaves about {{ ravine_live.swung_across }} of their size. What is left of them makes up "
            "{{ ravine_live.swung_across_share }} of the height the ball ends at, and it ends higher "
            "than with no momentum at all, though along the floor it gets closer to the lowest point "
            "than without momentum. In between, β = 0.8 ends far lower than either: "
            "{{ ravine_live.calm_height }} as high as without momentum") in prose
    swung = ravine_live.heavy_ball(beta=0.9)
    assert optimizers.MOMENTUM == ravine_live.SWUNG_BETA == 0.9
    roots = np.roots([1.0, -(1.9 - paths.RAVINE_ALPHA * landscapes.RAVINE_STEEP), 0.9])  # a second method
    assert np.all(np.abs(roots.imag) > 0), "complex roots across: it swings"
    assert value("ravine_live.swung_across") == f"{np.abs(roots).max():.3g}" == "0.949" == f"{0.9 ** 0.5:.3g}"
    assert float(value("ravine_live.swung_across")) > float(value("ravine_live.plain_across"))  # more slowly
    along, across = swung[-1, 0] ** 2 * landscapes.RAVINE_FLAT / 2, swung[-1, 1] ** 2 * landscapes.RAVINE_STEEP / 2
    assert value("ravine_live.swung_across_share") == f"{100 * across / (along + across):.2g}%" == "84%"
    assert across / (along + across) > 0.5  # most of it
    assert landscapes.ravine_f(swung[-1]) > landscapes.ravine_f(plain[-1])
    assert abs(swung[-1, 0]) < abs(plain[-1, 0])  # along the floor, nearer the lowest point
    calm = ravine_live.heavy_ball(beta=0.8)
    ends = {beta: landscapes.ravine_f(run[-1]) for beta, run in ((0, plain), (0.8, calm), (0.9, swung))}
    assert ends[0.8] < min(ends[0], ends[0.9]) / 100, ends  # far lower than either
    assert ravine_live.CALM_BETA == 0.8
    assert value("ravine_live.calm_height") == f"{100 * ends[0.8] / ends[0]:.2g}%" == "0.016%"
    # The key under the live factors: once they swing, their size is √β whatever alpha
    assert ("swings: it changes side, but not at every step (when a factor swings, its size is √β, "
            "whatever alpha)") in prose
    for beta in (0.9, 0.95):
        for alpha in slider_alphas():
            for curvature in (landscapes.RAVINE_FLAT, landscapes.RAVINE_STEEP):
                roots = np.roots([1.0, -(1 + beta - alpha * curvature), beta])
                if np.any(np.abs(roots.imag) > 0):
                    assert np.abs(roots) == pytest.approx([beta ** 0.5] * 2), (alpha, beta)


def test_the_ravine_remedies(prose):
    assert ("races them, and RMSprop, another per-weight rule, through this very valley: when the "
            "ravine runs along the weights AdaGrad, AdaDelta and RMSprop fix it (Adam ends higher, "
            "still looping round the centre), and they lose their edge when it is turned") in prose
    plain = ravine_race.ravine_path("gradient descent").final
    for rule in ("AdaGrad", "AdaDelta", "RMSprop"):
        assert ravine_race.ravine_path(rule).final < plain / 10, rule
        assert ravine_race.ravine_path(rule, ravine_race.TURNED).final > plain / 10, rule
    fixed = max(ravine_race.ravine_path(rule).final for rule in ("AdaGrad", "AdaDelta", "RMSprop"))
    assert ravine_race.ravine_path("Adam").final > 10 * fixed


def test_try_it(prose):
    labels = [descents.alpha_label(a) for a in descents.ALPHAS]
    over = [a for a in descents.ALPHAS if 1 - 2 * a < -1]
    assert value("ball.first_diverging") == descents.alpha_label(min(over)) == "1.41"
    assert min(over) == pytest.approx(2 ** 0.5, abs=1e-15)
    assert "alpha {{ ball.first_diverging }}: √2, rounded (each notch is √2 times the last)" in prose
    assert all(b / a == pytest.approx(2 ** 0.5) for a, b in zip(descents.ALPHAS, descents.ALPHAS[1:]))
    assert "alpha √2 has a factor of 1 − 2√2 = {{ ball.first_diverging_factor }}" in prose
    assert f"{1 - 2 * 2 ** 0.5:.3g}" == "-1.83"
    assert value("ball.first_diverging_factor") == "\u22121.83"
    path = descents.iterates(min(over))
    assert value("ball.first_diverging_end") == str(round(abs(path[-1] / path[0])))
    assert round((2 * min(over) - 1) ** 12) == int(value("ball.first_diverging_end"))  # by hand
    assert "One notch down, alpha 1 bounces between two points forever" in prose
    assert labels[labels.index("1.41") - 1] == "1"
    assert value("ball.crawl_alpha") == labels[0]
    left = abs(descents.iterates(descents.ALPHAS[0])[-1] / descents.START)
    assert left == pytest.approx((1 - 2 * descents.ALPHAS[0]) ** 12) and left > 0.5  # "Most of it"
    assert "Most of it: {{ ball.crawl_left }}" in prose
    assert ("1 − 2 · {{ ball.crawl_alpha_exact }} (the notch shown as {{ ball.crawl_alpha }})"
            in prose)
    assert value("ball.crawl_alpha_exact") == "0.015625" and descents.ALPHAS[0] == 1 / 64
    assert f"{(1 - 2 / 64) ** 12:.1%}" == value("ball.crawl_left")  # by hand
    for link in re.findall(r"explore-alpha\.md\?alpha=\{\{ ball\.(\w+) \}\}#drag-alpha", prose):
        assert value(f"ball.{link}") in labels
    assert "[Train it yourself at alpha 0.001.](train-it-yourself.md?alpha=0.001&hidden=4&seed=1&steps=60000)" in prose
    assert ("Nearer 0.5: the site's stored run ends at a mean error of "
            "{{ ball.network_small_error }}, against {{ ball.network_ten_error }} at alpha 10") in prose
    curve = studies.learning_rate(4)
    assert abs(curve.error_at(0.001) - 0.5) < curve.error_at(0.001) and curve.error_at(10.0) < 0.01
    assert 0.001 in ALPHAS and 10.0 in ALPHAS


def test_the_bumpy_pictures_name_their_alpha(prose):
    assert "how many of 100 random starts, descending at alpha {{ ball.basin_alpha }}, ended" in prose
    assert value("ball.basin_alpha") == f"{basins.ALPHA:g}" and value("ball.resting_alpha") == f"{descents.RESTING_ALPHA:g}"
