"""A ball in a bucket: each step of gradient descent swings it to the other wall, a little lower."""

from __future__ import annotations

from .. import landscapes
from ..runs.descents import bucket_iterates
from . import panels, style

POST_PICTURE = "sgd_no_lines.png"  # the post's picture this one recomputes


def render(path) -> None:
    style.save_png(panels.four_panels(landscapes.bucket, bucket_iterates()), path)
