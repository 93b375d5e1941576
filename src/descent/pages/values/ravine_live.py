"""Values of Part 3's live ravine: what its script draws with, and what its prose says about
momentum at the figure's alpha (the figure's descent is runs.paths.ravine; the heavy ball's is
optimizers.momentum, as the follow-up's race steps it)."""

from __future__ import annotations

import numpy as np

from ... import landscapes, optimizers
from ...runs import paths, ravine_race
from . import formats

# The sliders, (smallest, largest, notch). The figure's alpha is a notch of the first; past
# 2 / steep plain descent diverges across the valley, and momentum holds out longer.
ALPHAS = (0.005, 0.4, 0.005)
BETAS = (0.0, 0.95, 0.05)  # 0: plain gradient descent
TRIED_BETA = 0.5  # the momentum the page suggests first
SWUNG_BETA = optimizers.MOMENTUM  # the usual constant, 0.9: too much at the figure's alpha
CALM_BETA = 0.8  # a little less, which ends far lower than either


def heavy_ball(alpha: float = paths.RAVINE_ALPHA, beta: float = TRIED_BETA,
               steps: int = landscapes.RAVINE_STEPS) -> np.ndarray:
    """Every iterate of momentum through the ravine from its start, shape (steps + 1, 2)."""
    point, memory = np.array(landscapes.RAVINE_START, dtype=float), {}
    path = [point]
    for _ in range(steps):
        point = point - optimizers.momentum(landscapes.ravine_df(point), memory, alpha, beta)
        path.append(point)
    return np.stack(path)


def rate(curvature: float, alpha: float = paths.RAVINE_ALPHA, beta: float = TRIED_BETA) -> float:
    """How much each step of the heavy ball scales the distance to the floor in the long run,
    along an axis of this curvature: the largest |root| of l^2 - (1 + beta - alpha c) l + beta."""
    return float(np.max(np.abs(np.roots([1.0, -(1 + beta - alpha * curvature), beta]))))


def end_height(beta: float, alpha: float = paths.RAVINE_ALPHA) -> float:
    """The ravine's height where the ball is after the figure's steps (beta 0: the figure's)."""
    path = paths.ravine(alpha=alpha) if beta == 0 else heavy_ball(alpha, beta)
    return float(landscapes.ravine_f(path[-1]))


def height_parts(beta: float, alpha: float = paths.RAVINE_ALPHA) -> tuple[float, float]:
    """The final height's two parts, along the floor and across it (flat x² / 2, steep y² / 2)."""
    path = paths.ravine(alpha=alpha) if beta == 0 else heavy_ball(alpha, beta)
    x, y = path[-1]
    return landscapes.RAVINE_FLAT * x * x / 2, landscapes.RAVINE_STEEP * y * y / 2


def numbers() -> dict[str, str]:
    """The numbers Part 3's live ravine names, by name."""
    along, across = height_parts(SWUNG_BETA)
    plain = end_height(0.0)
    return {
        # The live figure's numbers, for its script (data-settings): the ravine's two
        # curvatures, its start and steps, the figure's alpha, the sliders' ranges, and the
        # picture's reach (the valley as the figures show it: |x| and |y| up to these).
        "settings": formats.data({
            "flat": landscapes.RAVINE_FLAT, "steep": landscapes.RAVINE_STEEP,
            "start": list(landscapes.RAVINE_START), "steps": landscapes.RAVINE_STEPS,
            "alpha": paths.RAVINE_ALPHA, "alphas": list(ALPHAS), "betas": list(BETAS),
            "box": list(ravine_race.BOX)}),
        # The suggested momentum's final height, as a share of the figure's plain descent's.
        "momentum_height": formats.percent(end_height(TRIED_BETA) / plain),
        # The suggested momentum's rate across the valley, at the figure's alpha.
        "momentum_across": formats.significant(rate(landscapes.RAVINE_STEEP), 2),
        # The figure's rate across the valley: the size of its step factor there.
        "plain_across": formats.significant(abs(paths.ravine_step_factors()[1]), 2),
        # The usual momentum's rate across the valley at the figure's alpha (complex roots: √β).
        "swung_across": formats.significant(rate(landscapes.RAVINE_STEEP, beta=SWUNG_BETA), 3),
        # How much of the usual momentum's final height is what is left of the bounces across.
        "swung_across_share": formats.percent(across / (along + across)),
        # The final height with a little less momentum, as a share of the figure's plain descent's.
        "calm_height": formats.percent(end_height(CALM_BETA) / plain),
    }
