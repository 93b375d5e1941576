"""A drawn ball figure read back: its curve, its balls and where each one touches the curve, its
tangents. The figure tests compare these readings with the descents the figures draw."""

from __future__ import annotations

import numpy as np
from matplotlib.colors import same_color
from matplotlib.transforms import Affine2D


def to_points(ax):
    """Data -> points on the drawn canvas (the axes are linear, so this is affine)."""
    return ax.transData + Affine2D().scale(72.0 / ax.figure.dpi)


def curves(ax, colour) -> list:
    """The lines of `colour` with many points: the drawn curve (and its dashed extensions)."""
    return [line for line in ax.lines
            if len(line.get_xdata()) > 100 and same_color(line.get_color(), colour)]


def balls(ax) -> list:
    """The balls of a panel: single-point lines drawn with a round marker."""
    return [line for line in ax.lines
            if line.get_marker() == "o" and len(line.get_xdata()) == 1]


def tangents(ax, colour) -> list[np.ndarray]:
    """The tangent segments of a panel, each as its two ends in data coordinates, shape (2, 2)."""
    return [np.column_stack([line.get_xdata(), line.get_ydata()]).astype(float)
            for line in ax.lines
            if len(line.get_xdata()) == 2 and same_color(line.get_color(), colour)]


def touching(ax, landscape, ball, curve_width: float) -> float:
    """The x where `ball` (a line from `balls`) touches the landscape's curve.

    The ball's centre lies on the curve's normal at that x, above the curve, one ball radius plus
    half the curve's line width away (in points): the x is found as a root, on the axes' span,
    of the centre's offset along the curve's tangent, the one at that distance.
    """
    points = to_points(ax)
    origin = points.transform((0.0, 0.0))
    sx = points.transform((1.0, 0.0))[0] - origin[0]
    sy = points.transform((0.0, 1.0))[1] - origin[1]
    centre = points.transform((float(ball.get_xdata()[0]), float(ball.get_ydata()[0])))

    def along(x):
        x = np.asarray(x, dtype=float)
        foot = np.stack([sx * x, sy * landscape.f(x)], axis=-1) + origin
        tangent = np.stack([np.full_like(x, sx), sy * landscape.df(x)], axis=-1)
        tangent /= np.linalg.norm(tangent, axis=-1, keepdims=True)
        offset = centre - foot
        return np.sum(offset * tangent, axis=-1), offset, tangent

    # The offset along the tangent vanishes at the foot; where the curve bends about as tightly
    # as the ball is big (a knot where f'' jumps) it may touch zero without changing sign, so
    # each grid minimum of its size is refined, not each sign change.
    low, high = ax.get_xlim()
    x = np.linspace(low, high, 40_001)
    size = np.abs(along(x)[0])
    dips = np.flatnonzero((size[1:-1] <= size[:-2]) & (size[1:-1] <= size[2:])
                          & (size[1:-1] < 0.1)) + 1
    roots = []
    for i in dips:
        left, right = x[i - 1], x[i + 1]
        for _ in range(70):  # ternary search for the smallest offset, to ~1e-16 of the span
            one, two = left + (right - left) / 3, right - (right - left) / 3
            if abs(along(one)[0]) <= abs(along(two)[0]):
                right = two
            else:
                left = one
        shift, offset, tangent = along(left)
        normal = np.array([-tangent[1], tangent[0]])  # points up: the tangent runs rightwards
        if abs(shift) < 1e-6:
            roots.append((float(np.linalg.norm(offset)), float(offset @ normal), float(left)))
    # Resting on the line, not sunk into it: at least a radius plus half the line's width away,
    # and at most half a point more. In a tight valley the feet of other normals, on the walls,
    # lie a little nearer: the ball touches at the farthest.
    near = gap(ball, curve_width)
    resting = [root for root in roots if root[1] > 0 and near <= root[0] <= near + 0.5]
    assert resting, f"the ball's centre lies on no normal {near:.2f} pt above the curve: {roots}"
    _, _, x_touch = max(resting)
    return float(x_touch)


def gap(ball, curve_width: float) -> float:
    """Centre to curve, in points, for a ball resting on a line of `curve_width` points."""
    return ball.get_markersize() / 2 + curve_width / 2
