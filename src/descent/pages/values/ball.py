"""Values of Parts 2 and 3: the ball pictures' alphas and what their descents do.

The bucket, the diverging ball, the small-alpha curves and the ravine are `runs.descents` and
`runs.paths` (cheap, computed on every call); the random starts are `runs.basins`.
"""

from __future__ import annotations

import numpy as np

from ... import landscapes
from ...runs import basins, descents, paths, studies
from . import formats, value


def factor(curvature: float, alpha: float) -> str:
    """A step factor as the pages write it: signed, with a true minus."""
    r = landscapes.step_factor(curvature, alpha)
    return "0" if r == 0 else f"{r:+.3g}".replace("+", "").replace("-", "\u2212")


@value
def bucket_alpha() -> str:
    """The alpha of Part 2's bucket pictures."""
    return formats.alpha(descents.BUCKET_ALPHA)


@value
def bucket_factor() -> str:
    """What one step at the bucket pictures' alpha multiplies x by."""
    return factor(descents.CURVATURE, descents.BUCKET_ALPHA)


@value
def diverging_alpha() -> str:
    """The alpha of Part 3's diverging ball."""
    return formats.alpha(paths.DIVERGING_ALPHA)


@value
def diverging_factor() -> str:
    return factor(descents.CURVATURE, paths.DIVERGING_ALPHA)


@value
def stuck_alpha() -> str:
    """The alpha of the ball stuck in a ripple."""
    return formats.alpha(paths.STUCK_ALPHA)


@value
def stuck_steps() -> str:
    return formats.count(paths.STUCK_STEPS)


ESCAPE_GRID = np.round(np.arange(0.1, 5.01, 0.1), 2)  # alphas tried from the stuck ball's start
ESCAPE_STEPS = 1000


def escapes(alpha: float) -> bool:
    """Whether descent from the stuck ball's start ever reaches the big valley's half of the
    curve (past the middle of the way to its floor) within ESCAPE_STEPS steps."""
    path = paths.stuck(alpha=alpha, steps=ESCAPE_STEPS)
    return bool(np.any(path > (paths.STUCK_START + paths.rippled_floor()) / 2))


def escape_alpha() -> float:
    """The smallest alpha of ESCAPE_GRID with which the ball leaves its ripple."""
    return float(next(a for a in ESCAPE_GRID if escapes(a)))


@value
def stuck_up_to() -> str:
    """Every alpha of the grid below this one stops in the same ripple as the picture's ball."""
    grid = ESCAPE_GRID[ESCAPE_GRID < escape_alpha()]
    return formats.alpha(float(grid[-1]))


@value
def escaping_alpha() -> str:
    return formats.alpha(escape_alpha())


@value
def slow_alpha() -> str:
    """The alpha of the ball on the gentle slope."""
    return formats.alpha(paths.SLOW_ALPHA)


@value
def slow_steps() -> str:
    return formats.count(paths.SLOW_STEPS)


@value
def slow_share() -> str:
    """How much of the way to the bottom the slow ball covers."""
    return formats.share(paths.share_covered())


def gentle_curvature() -> float:
    """The gentle slope is a parabola: its second derivative, the same everywhere."""
    return float(landscapes.gentle.df(1.0) - landscapes.gentle.df(0.0))


@value
def gentle_limit() -> str:
    """The alpha above which descent on the gentle slope would diverge: 2 / curvature."""
    return formats.alpha(2 / gentle_curvature())


def _start_share(index: int) -> float:
    return float(basins.drop(10_000, 1).widths[index])


def settle_steps(balls: int = 100, seed: int = 1, within: float = 0.01) -> np.ndarray:
    """For each of the basins figure's balls, the first step from which it stays within `within`
    of the floor it ends at."""
    found = basins.drop(balls, seed)
    path = landscapes.descend(landscapes.bumpy.df, found.starts, basins.ALPHA, basins.STEPS)
    floors = found.minima[found.valley]
    far = np.abs(path - floors[None, :]) >= within
    last_far = np.where(far.any(axis=0), far.shape[0] - 1 - np.argmax(far[::-1], axis=0), -1)
    return last_far + 1


@value
def basin_alpha() -> str:
    return formats.alpha(basins.ALPHA)


@value
def settle_median() -> str:
    """The median number of steps a ball of the basins figure takes to reach its floor."""
    return formats.count(round(float(np.median(settle_steps()))))


@value
def settle_most() -> str:
    """The most steps any of them takes."""
    return formats.count(int(settle_steps().max()))


@value
def slider_start() -> str:
    """Where the alpha slider's ball starts."""
    return formats.significant(descents.START, 2).replace("-", "\u2212")


@value
def crawl_alpha() -> str:
    """The slider's smallest alpha."""
    return descents.alpha_label(descents.ALPHAS[0])


@value
def crawl_left() -> str:
    """The share of the distance to the bottom still left after the slider's steps at its
    smallest alpha."""
    path = descents.iterates(descents.ALPHAS[0])
    return formats.share(abs(path[-1] / path[0]))


@value
def first_diverging() -> str:
    """The slider's smallest alpha whose ball diverges."""
    return descents.alpha_label(min(a for a in descents.ALPHAS
                                    if landscapes.step_factor(descents.CURVATURE, a) < -1))


@value
def first_diverging_factor() -> str:
    alpha = min(a for a in descents.ALPHAS if landscapes.step_factor(descents.CURVATURE, a) < -1)
    return factor(descents.CURVATURE, alpha)


@value
def first_diverging_end() -> str:
    """How far from the bottom that ball is after the slider's steps, as a multiple of its start."""
    alpha = min(a for a in descents.ALPHAS if landscapes.step_factor(descents.CURVATURE, a) < -1)
    path = descents.iterates(alpha)
    return formats.count(round(abs(path[-1] / path[0])))


def best_ravine_alpha() -> tuple[float, float]:
    """The single alpha that does best in the ravine's worse direction, and its step factor
    there: 2 / (flat + steep), where the two directions' factors are equal and opposite."""
    alpha = 2 / (landscapes.RAVINE_FLAT + landscapes.RAVINE_STEEP)
    return alpha, landscapes.step_factor(landscapes.RAVINE_FLAT, alpha)


@value
def ravine_best_factor() -> str:
    return formats.significant(best_ravine_alpha()[1], 2)


def rests(alpha: float, tail: int = 500) -> bool:
    """Whether the ball from the stuck ball's start has come to rest: its last `tail` iterates
    of ESCAPE_STEPS all within 1e-9 of each other."""
    path = paths.stuck(alpha=alpha, steps=ESCAPE_STEPS)[-tail:]
    return bool(np.ptp(path) < 1e-9)


@value
def rests_up_to() -> str:
    """The largest alpha of the grid with which the ball comes to rest in its ripple."""
    return formats.alpha(float(max(a for a in ESCAPE_GRID if rests(a))))


@value
def slider_start_opposite() -> str:
    """Where one step at alpha 1 takes the slider's ball: the same point on the other wall."""
    return formats.significant(descents.iterates(1.0, steps=1)[1], 2).replace("-", "\u2212")


MID = 2 ** -0.5  # the slider's notch between alpha 0.5 and alpha 1


def mid() -> float:
    return min(descents.ALPHAS, key=lambda a: abs(a - MID))


@value
def mid_alpha() -> str:
    return descents.alpha_label(mid())


@value
def mid_factor() -> str:
    return factor(descents.CURVATURE, mid())


@value
def mid_left() -> str:
    """The share of its starting distance left after the slider's steps at that alpha."""
    path = descents.iterates(mid())
    return formats.percent(abs(path[-1] / path[0]))


@value
def slow_alpha_10() -> str:
    return formats.alpha(10 * paths.SLOW_ALPHA)


@value
def slow_share_10() -> str:
    """How much of the way the slow ball covers with ten times its alpha, in as many steps."""
    return formats.share(paths.share_covered(alpha=10 * paths.SLOW_ALPHA))


@value
def ravine_alpha() -> str:
    return formats.alpha(paths.RAVINE_ALPHA)


def network_error(alpha: float) -> float:
    """The 4-unit network's final error at one of the article's alphas, seed 1 (the
    learning-rate curve's run)."""
    return float(studies.learning_rate(4).error_at(alpha))


@value
def network_small_error() -> str:
    return formats.significant(network_error(0.001), 2)


@value
def network_ten_error() -> str:
    return formats.significant(network_error(10.0), 2)


@value
def resting_alpha() -> str:
    """The alpha of the ball resting in the bumpy curve's second-deepest valley."""
    return formats.alpha(descents.RESTING_ALPHA)


def floor_alpha_value() -> float:
    """The smallest alpha of ESCAPE_GRID from which the escaped ball's last 500 iterates of
    ESCAPE_STEPS straddle the rippled curve's lowest point: it bounces about the floor itself."""
    floor = paths.rippled_floor()
    for alpha in ESCAPE_GRID[ESCAPE_GRID >= escape_alpha()]:
        tail = paths.stuck(alpha=alpha, steps=ESCAPE_STEPS)[-500:]
        if tail.min() <= floor <= tail.max():
            return float(alpha)
    raise ValueError("no alpha of the grid bounces about the floor")


@value
def floor_alpha() -> str:
    return formats.alpha(floor_alpha_value())


@value
def ravine_best_alpha() -> str:
    """The best single alpha in the ravine, 2 / (flat + steep)."""
    return formats.alpha(best_ravine_alpha()[0])


@value
def ravine_across_factor() -> str:
    """What one step at the ravine figure's alpha multiplies the distance across the valley by."""
    return factor(landscapes.RAVINE_STEEP, paths.RAVINE_ALPHA)


@value
def ravine_along_factor() -> str:
    """What one step at the ravine figure's alpha multiplies the distance along the floor by."""
    return factor(landscapes.RAVINE_FLAT, paths.RAVINE_ALPHA)


@value
def crawl_alpha_exact() -> str:
    """The slider's smallest alpha written out in full (it is 1/64, shown as three digits)."""
    return f"{descents.ALPHAS[0]:.10g}"
