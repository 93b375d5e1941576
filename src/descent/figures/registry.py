"""The figures in article order: what each one is called, writes, and depends on."""

from __future__ import annotations

import importlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from ..sources import PACKAGE, module_closure

TEMP_SUFFIX = ".partial"


@dataclass(frozen=True)
class Figure:
    """One output file: an image or a console log, rendered by its own module."""

    slug: str
    kind: str  # "image", "log" (article console), "frame" (of the slider), "html", "table"
    path_name: str
    module: ModuleType
    depends: tuple[str, ...]  # its module and every package module it imports, transitively
    params: dict = field(default_factory=dict)  # keyword arguments of the module's render

    @property
    def caption(self) -> str:
        return (self.module.__doc__ or "").strip().splitlines()[0]

    def render(self, path: Path | str) -> None:
        """Render into a temp file beside `path`, then rename: readers never see half a file."""
        place(self.render_temp(Path(path).parent, Path(path).name), path)

    def render_temp(self, directory: Path | str, name: str | None = None) -> Path:
        """Render into a new temp file in directory (named after `name`) and return its path."""
        # The pid in the name lets a later build tell an orphan (its writer was killed) from
        # the work of a build still running.
        handle, temp = tempfile.mkstemp(dir=directory, prefix=f".{name or self.path_name}."
                                        f"{os.getpid()}.", suffix=TEMP_SUFFIX)
        os.close(handle)
        try:
            self.module.render(temp, **self.params)
            with open(temp, "rb") as written:
                os.fsync(written.fileno())
            os.chmod(temp, 0o644)  # mkstemp makes it private; the site must be able to serve it
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        return Path(temp)


def place(temp: Path | str, path: Path | str) -> None:
    """Move a finished temp file into place in one step; on failure nothing is left behind."""
    try:
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _figure(slug: str, kind: str, extension: str, module: str | None = None, **params) -> Figure:
    name = f"figures.{module or slug.replace('-', '_')}"
    loaded = importlib.import_module(f"{PACKAGE}.{name}")
    return Figure(slug, kind, f"{slug}.{extension}", loaded, module_closure(name), params)


def _slider_frames() -> list[Figure]:
    """The alpha slider's pictures: one entry per alpha, all drawn by one module."""
    from . import alpha_slider, alpha_slider_frame

    return [_figure(alpha_slider.frame_name(index).rsplit(".", 1)[0], "frame", "png",
                    module="alpha_slider_frame", frame=index)
            for index in range(len(alpha_slider_frame.ALPHAS))]


FIGURES: dict[str, Figure] = {figure.slug: figure for figure in (
    _figure("bucket", "image", "png"),
    _figure("bucket-slopes", "image", "png"),
    _figure("divergence", "image", "png"),
    _figure("local-minimum", "image", "png"),
    _figure("basins", "image", "png", balls=100, seed=1),
    _figure("small-alpha-stuck", "image", "png"),
    _figure("small-alpha-slow", "image", "png"),
    _figure("ravine", "image", "png"),
    _figure("error-plane", "image", "gif", frames=36, points=41),
    _figure("alpha-sweep", "image", "png"),
    _figure("direction-changes", "image", "png"),
    _figure("hidden-size", "image", "png", hidden=(4, 32)),
    _figure("sweep-log", "log", "txt", hidden=4),
    _figure("closer-look-log", "log", "txt", hidden=4),
    _figure("hidden-size-log", "log", "txt", hidden=32),
    # Beyond the article: the "Explore alpha" page.
    *_slider_frames(),
    _figure("alpha-slider", "html", "html"),
    _figure("learning-rate", "image", "png", hidden=(4, 32)),
    _figure("learning-rate-table", "table", "txt", hidden=(4, 32)),
    _figure("seed-variance", "image", "png", seeds=20, hidden=4),
    _figure("seed-variance-table", "table", "txt", seeds=20, hidden=4),
    _figure("basin-histogram", "image", "png", balls=10_000, seed=1),
    _figure("basin-histogram-table", "table", "txt", balls=10_000, seed=1),
)}
