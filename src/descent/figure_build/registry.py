"""The figures in article order: what each one is called, writes, and depends on.

Adding a figure: one module in descent/figures/ (its first docstring line is the caption) and
one line here. A module draws with `render(path, **params)` or, for text, `text(**params)`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import ModuleType

from ..files.atomic import atomic, write_text
from ..files.sources import PACKAGE, module_closure, module_path
from ..figures import style


@dataclass(frozen=True)
class Figure:
    """One output file, rendered by its own module of descent.figures."""

    slug: str
    path_name: str
    module_name: str  # relative to descent, e.g. "figures.bucket"
    params: dict = field(default_factory=dict)  # keyword arguments of its render or text
    look: str = ""  # an image's rendering: "", "-dark", "-phone" or "-phone-dark"

    @property
    def base(self) -> str:
        """The slug of the light desktop rendering: the one the pages name."""
        return self.slug.removesuffix(self.look)

    @property
    def source(self) -> Path:
        return module_path(self.module_name)

    @property
    def depends(self) -> tuple[str, ...]:
        """Its module and every package module that one imports, transitively."""
        return module_closure(self.module_name)

    @cached_property
    def module(self) -> ModuleType:
        # Imported when first needed, so that a broken module fails its own figure only.
        return importlib.import_module(f"{PACKAGE}.{self.module_name}")

    @property
    def post_picture(self) -> str | None:
        """The file name of the post's picture this figure recomputes, if it recomputes one."""
        return getattr(self.module, "POST_PICTURE", None)

    @property
    def caption(self) -> str:
        return (self.module.__doc__ or "").strip().splitlines()[0]

    def runs(self) -> list:
        """The stored runs it reads (runs.store.Call), if its module names them."""
        declared = getattr(self.module, "runs", None)
        return list(declared(**self.params)) if declared else []

    def render(self, path: Path | str) -> None:
        """Write the output to `path` atomically: readers never see half a file."""
        if hasattr(self.module, "text"):
            write_text(path, self.module.text(**self.params))
            return
        which = next(look for look in style.LOOKS if look.suffix == self.look)
        with atomic(path) as temp, style.drawing(which):
            self.module.render(temp, **self.params)


LOOKS = tuple(look.suffix for look in style.LOOKS)  # style imports matplotlib only to draw


def _figure(slug: str, extension: str, module: str | None = None, looks: tuple[str, ...] = LOOKS,
            **params) -> list[Figure]:
    """One entry per output: text once, an image in each of its looks (all four by default)."""
    name = f"figures.{module or slug.replace('-', '_')}"
    looks = looks if extension in ("png", "gif", "webp") else ("",)
    return [Figure(f"{slug}{look}", f"{slug}{look}.{extension}", name, params, look)
            for look in looks]


def _slider_frames() -> list[Figure]:
    """The alpha slider's pictures: one entry per alpha, all drawn by one module."""
    from ..runs.descents import ALPHAS

    # Named as figures.alpha_slider.frame_name names them for the page.
    return [figure for index in range(len(ALPHAS))
            for figure in _figure(f"alpha-slider-{index + 1:02d}", "png",
                                  module="alpha_slider_frame", frame=index)]


FIGURES: dict[str, Figure] = {figure.slug: figure for entries in (
    _figure("bucket", "png"),
    _figure("bucket-slopes", "png"),
    _figure("divergence", "png"),
    _figure("local-minimum", "png"),
    _figure("basins", "png", balls=100, seed=1),
    _figure("small-alpha-stuck", "png"),
    _figure("small-alpha-slow", "png"),
    _figure("ravine", "png"),
    _figure("local-minimum-weights", "png"),  # Part 4 reads the bumpy curve as an error curve
    # The animation in light and dark only: a phone shows the same frames scaled to its column.
    _figure("error-plane", "gif", looks=("", "-dark"), frames=30, points=81),
    _figure("error-plane-still", "png"),
    # The same frames as an animated WebP, a fraction of the GIF's bytes; the GIF is the fallback.
    _figure("error-plane-anim", "webp", module="error_plane", looks=("", "-dark"), frames=30,
            points=81, format="webp"),
    _figure("alpha-sweep", "png"),
    _figure("direction-changes", "png"),
    _figure("hidden-size", "png", hidden=(4, 32)),
    _figure("sweep-log", "txt", hidden=4),
    _figure("closer-look-log", "txt", hidden=4),
    _figure("hidden-size-log", "txt", hidden=32),
    # Beyond the article: the "Explore alpha" page.
    _slider_frames(),
    _figure("alpha-slider", "html"),
    _figure("learning-rate", "png", hidden=(4, 32)),
    _figure("learning-rate-table", "txt", hidden=(4, 32)),
    _figure("seed-variance", "png", seeds=20, hidden=4),
    _figure("seed-variance-table", "txt", seeds=20, hidden=4),
    _figure("basin-histogram", "png", balls=10_000, seed=1),
    _figure("basin-histogram-table", "txt", balls=10_000, seed=1),
    # "Checked against the post": the post's numbers beside ours; the candidate arithmetics the
    # post's own was told apart from; the article's runs from one-ulp-nudged starts.
    _figure("checked-table", "txt"),
    _figure("checked-numbers", "txt"),
    _figure("checked-orders", "txt"),
    _figure("ulp-spread", "png"),
    _figure("ulp-spread-table", "txt"),
    # The follow-up page: the optimizers of Part 1's list on the 13-line network.
    _figure("optimizer-race", "png"),
    _figure("optimizer-race-table", "txt"),
    _figure("optimizer-ravine", "png"),
    _figure("optimizer-ravine-table", "txt"),
    _figure("optimizer-alpha-range", "png"),
    # The follow-up page: dropout and the future-work switches
    _figure("dropout-redundancy", "png", hidden=(4, 32)),
    _figure("dropout-redundancy-table", "txt", hidden=(4, 32)),
    _figure("output-bias-table", "txt", hidden=(4, 32)),
    _figure("mini-batches", "png"),
    _figure("cliff-switches", "png", hidden=(4, 32)),
    _figure("cliff-switches-table", "txt", hidden=(4, 32)),
    _figure("weight-decay-table", "txt"),
    _figure("step-costs-table", "txt", hidden=(4, 32)),
) for figure in entries}
