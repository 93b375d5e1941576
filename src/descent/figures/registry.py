"""The figures in article order: what each one is called, writes, and depends on."""

from __future__ import annotations

import importlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

TEMP_SUFFIX = ".partial"


@dataclass(frozen=True)
class Figure:
    """One output file: an image or a console log, rendered by its own module."""

    slug: str
    kind: str  # "image" or "log"
    path_name: str
    module: ModuleType
    depends: tuple[str, ...]  # package modules (relative to `descent`) whose source shapes it
    params: dict = field(default_factory=dict)  # keyword arguments of the module's render

    @property
    def caption(self) -> str:
        return (self.module.__doc__ or "").strip().splitlines()[0]

    def render(self, path: Path | str) -> None:
        """Render into a temp file beside `path`, then rename: readers never see half a file."""
        path = Path(path)
        # The pid in the name lets a later build tell an orphan (its writer was killed) from
        # the work of a build still running.
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}.",
                                        suffix=TEMP_SUFFIX)
        os.close(handle)
        try:
            self.module.render(temp, **self.params)
            with open(temp, "rb") as written:
                os.fsync(written.fileno())
            os.chmod(temp, 0o644)  # mkstemp makes it private; the site must be able to serve it
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise


_BALLS = ("figures.panels", "figures.style", "landscapes")
_SWEEP = ("figures.shared", "experiments", "batched", "network")
_PLOT = ("figures.style", *_SWEEP)
_LOG = ("logs", *_SWEEP)


def _figure(slug: str, kind: str, extension: str, depends=(), **params) -> Figure:
    name = slug.replace("-", "_")
    module = importlib.import_module(f"{__package__}.{name}")
    return Figure(slug, kind, f"{slug}.{extension}", module, (f"figures.{name}", *depends), params)


FIGURES: dict[str, Figure] = {figure.slug: figure for figure in (
    _figure("bucket", "image", "png", _BALLS),
    _figure("bucket-slopes", "image", "png", ("figures.bucket", *_BALLS)),
    _figure("divergence", "image", "png", _BALLS),
    _figure("local-minimum", "image", "png", _BALLS),
    _figure("basins", "image", "png", _BALLS, balls=100, seed=1),
    _figure("small-alpha-stuck", "image", "png", _BALLS),
    _figure("small-alpha-slow", "image", "png", _BALLS),
    _figure("ravine", "image", "png", ("figures.style", "landscapes")),
    _figure("error-plane", "image", "gif", ("figures.style", "two_weight", "network"),
            frames=36, points=41),
    _figure("alpha-sweep", "image", "png", _PLOT),
    _figure("direction-changes", "image", "png", _PLOT),
    _figure("hidden-size", "image", "png", _PLOT, hidden=(4, 32)),
    _figure("sweep-log", "log", "txt", _LOG, hidden=4),
    _figure("closer-look-log", "log", "txt", _LOG, hidden=4),
    _figure("hidden-size-log", "log", "txt", ("figures.sweep_log", *_LOG), hidden=32),
)}
