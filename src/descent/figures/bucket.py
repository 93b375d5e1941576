"""A ball in a bucket: each step of gradient descent swings it across the bottom and lands it closer."""

from __future__ import annotations

from .. import landscapes
from ..runs.descents import BUCKET_ALPHA, CURVATURE, bucket_iterates
from . import panels, style

POST_PICTURE = "sgd_no_lines.png"  # the post's picture this one recomputes


def render(path, alpha: float = BUCKET_ALPHA) -> None:
    fig = panels.four_panels(landscapes.bucket, bucket_iterates(alpha=alpha),
                              title=panels.alpha_words(alpha, CURVATURE))
    style.save_png(fig, path)
