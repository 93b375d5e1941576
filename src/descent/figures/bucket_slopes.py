"""The same four steps with the slope at each ball: the tangent says which way is down, and how steep."""

from __future__ import annotations

from .. import landscapes
from ..runs.descents import bucket_iterates
from . import panels, style

POST_PICTURE = "sgd_optimal.png"  # the post's picture this one recomputes


def render(path) -> None:
    # The very iterates of the bucket figure, so the two pictures show the same descent.
    style.save_png(panels.four_panels(landscapes.bucket, bucket_iterates(), tangents=True), path)
