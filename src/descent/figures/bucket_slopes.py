"""The start and three steps in the bucket, with the slope at each ball: the tangent says which way is down, and how steep."""

from __future__ import annotations

from .. import landscapes
from ..runs.descents import BUCKET_ALPHA, CURVATURE, bucket_iterates
from . import panels, style

POST_PICTURE = "sgd_optimal.png"  # the post's picture this one recomputes


def render(path, alpha: float = BUCKET_ALPHA) -> None:
    # The very iterates of the bucket figure, so the two pictures show the same descent.
    fig = panels.four_panels(landscapes.bucket, bucket_iterates(alpha=alpha), tangents=True,
                              title=panels.alpha_words(alpha, CURVATURE))
    style.save_png(fig, path)
