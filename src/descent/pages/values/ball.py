"""Values of Parts 2 and 3: the ball pictures' alphas and what their descents do.

The bucket, the diverging ball, the small-alpha curves and the ravine are `runs.descents` and
`runs.paths` (cheap, computed on every call); the random starts are `runs.basins`.
"""

from __future__ import annotations

import numpy as np

from ... import landscapes
from ...runs import basins, descents, paths, studies
from . import formats

ESCAPE_GRID = np.round(np.arange(0.1, 5.01, 0.1), 2)  # alphas tried from the stuck ball's start
ESCAPE_STEPS = 1000
MID = 2 ** -0.5  # the slider's notch between alpha 0.5 and alpha 1


def factor(curvature: float, alpha: float) -> str:
    """A step factor as the pages write it: signed, with a true minus."""
    return formats.step_factor(landscapes.step_factor(curvature, alpha))


def escapes(alpha: float) -> bool:
    """Whether descent from the stuck ball's start ever reaches the big valley's half of the
    curve (past the middle of the way to its floor) within ESCAPE_STEPS steps."""
    path = paths.stuck(alpha=alpha, steps=ESCAPE_STEPS)
    return bool(np.any(path > (paths.STUCK_START + paths.rippled_floor()) / 2))


def escape_alpha() -> float:
    """The smallest alpha of ESCAPE_GRID with which the ball leaves its ripple."""
    first = next((a for a in ESCAPE_GRID if escapes(a)), None)
    if first is None:
        raise ValueError("no alpha of the escape grid takes the ball out of its ripple")
    return float(first)


def rests_up_to() -> float:
    """The largest alpha of ESCAPE_GRID with which the ball comes to rest."""
    resting = [a for a in ESCAPE_GRID if rests(a)]
    if not resting:
        raise ValueError("the ball comes to rest at no alpha of the escape grid")
    return float(resting[-1])


def rests(alpha: float, tail: int = 500) -> bool:
    """Whether the ball from the stuck ball's start has come to rest: its last `tail` iterates
    of ESCAPE_STEPS all within 1e-9 of each other."""
    path = paths.stuck(alpha=alpha, steps=ESCAPE_STEPS)[-tail:]
    return bool(np.ptp(path) < 1e-9)


def floor_alpha_value() -> float:
    """The smallest alpha of ESCAPE_GRID from which the escaped ball's last 500 iterates of
    ESCAPE_STEPS straddle the rippled curve's lowest point: it bounces about the floor itself."""
    floor = paths.rippled_floor()
    for alpha in ESCAPE_GRID[ESCAPE_GRID >= escape_alpha()]:
        tail = paths.stuck(alpha=alpha, steps=ESCAPE_STEPS)[-500:]
        if tail.min() <= floor <= tail.max():
            return float(alpha)
    raise ValueError("no alpha of the grid bounces about the floor")


def gentle_curvature() -> float:
    """The gentle slope is a parabola: its second derivative, the same everywhere."""
    return float(landscapes.gentle.df(1.0) - landscapes.gentle.df(0.0))


def settle_steps(balls: int = 100, seed: int = 1, within: float = 0.01) -> np.ndarray:
    """For each of the basins figure's balls, the first step from which it stays within `within`
    of the floor it ends at."""
    found = basins.drop(balls, seed)
    path = landscapes.descend(landscapes.bumpy.df, found.starts, basins.ALPHA, basins.STEPS)
    floors = found.minima[found.valley]
    far = np.abs(path - floors[None, :]) >= within
    last_far = np.where(far.any(axis=0), far.shape[0] - 1 - np.argmax(far[::-1], axis=0), -1)
    return last_far + 1


def first_diverging_alpha() -> float:
    """The slider's smallest alpha whose ball diverges."""
    return min(a for a in descents.ALPHAS if landscapes.step_factor(descents.CURVATURE, a) < -1)


def best_ravine_alpha() -> tuple[float, float]:
    """The single alpha that does best in the ravine's worse direction, and its step factor
    there: 2 / (flat + steep), where the two directions' factors are equal and opposite."""
    alpha = 2 / (landscapes.RAVINE_FLAT + landscapes.RAVINE_STEEP)
    return alpha, landscapes.step_factor(landscapes.RAVINE_FLAT, alpha)


def mid() -> float:
    return min(descents.ALPHAS, key=lambda a: abs(a - MID))


def network_error(alpha: float) -> float:
    """The 4-unit network's final error at one of the article's alphas, seed 1 (the
    learning-rate curve's run)."""
    return float(studies.learning_rate(4).error_at(alpha))


def left(alpha: float) -> float:
    """The share of its starting distance the slider's ball has left after its steps at alpha."""
    path = descents.iterates(alpha)
    return abs(path[-1] / path[0])


def numbers() -> dict[str, str]:
    """The numbers Parts 2 and 3 name, by name."""
    escaping, settled, diverging = escape_alpha(), settle_steps(), first_diverging_alpha()
    ravine_best, ravine_best_factor = best_ravine_alpha()
    return {
        # The alpha of Part 2's bucket pictures.
        "bucket_alpha": formats.alpha(descents.BUCKET_ALPHA),
        # What one step at the bucket pictures' alpha multiplies x by.
        "bucket_factor": factor(descents.CURVATURE, descents.BUCKET_ALPHA),
        # The alpha of Part 3's diverging ball.
        "diverging_alpha": formats.alpha(paths.DIVERGING_ALPHA),
        "diverging_factor": factor(descents.CURVATURE, paths.DIVERGING_ALPHA),
        "stuck_alpha": formats.alpha(paths.STUCK_ALPHA),  # the alpha of the ball stuck in a ripple
        "stuck_steps": formats.count(paths.STUCK_STEPS),
        # Every alpha of the grid below this one stops in the same ripple as the picture's ball.
        "stuck_up_to": formats.alpha(float(ESCAPE_GRID[ESCAPE_GRID < escaping][-1])),
        "escaping_alpha": formats.alpha(escaping),
        "slow_alpha": formats.alpha(paths.SLOW_ALPHA),  # the alpha of the ball on the gentle slope
        "slow_steps": formats.count(paths.SLOW_STEPS),
        # How much of the way to the bottom the slow ball covers.
        "slow_share": formats.share(paths.share_covered()),
        # The alpha above which descent on the gentle slope would diverge: 2 / curvature.
        "gentle_limit": formats.alpha(2 / gentle_curvature()),
        "basin_alpha": formats.alpha(basins.ALPHA),
        # The median number of steps a ball of the basins figure takes to reach its floor.
        "settle_median": formats.count(round(float(np.median(settled)))),
        "settle_most": formats.count(int(settled.max())),  # the most steps any of them takes
        # Where the alpha slider's ball starts.
        "slider_start": formats.minus(formats.significant(descents.START, 2)),
        "crawl_alpha": descents.alpha_label(descents.ALPHAS[0]),  # the slider's smallest alpha
        # The share of the distance to the bottom still left after the slider's steps at its
        # smallest alpha.
        "crawl_left": formats.share(left(descents.ALPHAS[0])),
        "first_diverging": descents.alpha_label(diverging),  # the slider's first to diverge
        "first_diverging_factor": factor(descents.CURVATURE, diverging),
        # How far from the bottom that ball is after the slider's steps, as a multiple of its start.
        "first_diverging_end": formats.count(round(left(diverging))),
        "ravine_best_factor": formats.significant(ravine_best_factor, 2),
        # The largest alpha of the grid with which the ball comes to rest in its ripple.
        "rests_up_to": formats.alpha(rests_up_to()),
        # Where one step at alpha 1 takes the slider's ball: the same point on the other wall.
        "slider_start_opposite": formats.minus(formats.significant(
            descents.iterates(1.0, steps=1)[1], 2)),
        "mid_alpha": descents.alpha_label(mid()),
        "mid_factor": factor(descents.CURVATURE, mid()),
        # The share of its starting distance left after the slider's steps at that alpha.
        "mid_left": formats.percent(left(mid())),
        "slow_alpha_10": formats.alpha(10 * paths.SLOW_ALPHA),
        # How much of the way the slow ball covers with ten times its alpha, in as many steps.
        "slow_share_10": formats.share(paths.share_covered(alpha=10 * paths.SLOW_ALPHA)),
        "ravine_alpha": formats.alpha(paths.RAVINE_ALPHA),
        "network_small_error": formats.significant(network_error(0.001), 2),
        "network_ten_error": formats.significant(network_error(10.0), 2),
        # The alpha of the ball resting in the bumpy curve's second-deepest valley.
        "resting_alpha": formats.alpha(descents.RESTING_ALPHA),
        "floor_alpha": formats.alpha(floor_alpha_value()),
        # The best single alpha in the ravine, 2 / (flat + steep).
        "ravine_best_alpha": formats.alpha(ravine_best),
        # What one step at the ravine figure's alpha multiplies the distance across the valley by.
        "ravine_across_factor": factor(landscapes.RAVINE_STEEP, paths.RAVINE_ALPHA),
        # What one step at the ravine figure's alpha multiplies the distance along the floor by.
        "ravine_along_factor": factor(landscapes.RAVINE_FLAT, paths.RAVINE_ALPHA),
        # The slider's smallest alpha written out in full (it is 1/64, shown as three digits).
        "crawl_alpha_exact": formats.full(descents.ALPHAS[0]),
    }
