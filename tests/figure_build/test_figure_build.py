"""The build renders only what is stale, writes atomically and names the figure that failed."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from descent.files import sources
from descent.figure_build import rebuild as build, manifest
from descent.figure_build.pool import default_jobs
from descent.figure_build.registry import FIGURES, LOOKS, Figure
from descent.runs import studies

SRC = sources.PACKAGE_DIR.parent


@pytest.fixture
def copy_of_build(built, tmp_path):
    """A private copy of the session's full build, free to be changed."""
    out_dir = tmp_path / "figures"
    shutil.copytree(built[0], out_dir)
    return out_dir


def _edit(monkeypatch, tmp_path, dependency):
    """Make one module's source look changed, as if someone had edited it."""
    edited = tmp_path / f"edited-{dependency}.py"
    edited.write_bytes(sources.module_path(dependency).read_bytes() + b"\n# edited\n")
    original = sources.module_path
    monkeypatch.setattr(sources, "module_path",
                        lambda name: edited if name == dependency else original(name))


def test_a_second_build_renders_nothing(copy_of_build):
    assert build.build(out_dir=copy_of_build) == []


def test_editing_one_figures_module_rerenders_only_that_figure(copy_of_build, monkeypatch, tmp_path):
    before = (copy_of_build / "bucket.png").stat().st_mtime_ns
    _edit(monkeypatch, tmp_path, "figures.divergence")
    assert build.build(out_dir=copy_of_build) == [f"divergence{look}" for look in LOOKS]
    assert build.build(out_dir=copy_of_build) == []
    assert (copy_of_build / "bucket.png").stat().st_mtime_ns == before


def test_restyling_a_figure_redraws_it_from_the_stored_runs_without_training(copy_of_build,
                                                                           monkeypatch, tmp_path):
    def no_training(*args, **kwargs):
        raise AssertionError("a restyle must not train")

    monkeypatch.setattr(studies, "learning_rate_curve", no_training)
    monkeypatch.setattr(studies.learning_rate, "memory", {})  # not even from this process
    _edit(monkeypatch, tmp_path, "figures.learning_rate")
    assert build.build(out_dir=copy_of_build) == [f"learning-rate{look}" for look in LOOKS]


def test_editing_a_shared_module_rerenders_exactly_its_dependants(copy_of_build, monkeypatch,
                                                                   tmp_path):
    _edit(monkeypatch, tmp_path, "landscapes")
    # Which figures are drawn again is the question, not how: a stand-in draws them.
    monkeypatch.setattr(Figure, "render", lambda self, path: Path(path).write_bytes(b"x"))
    expected = [slug for slug, figure in FIGURES.items() if "landscapes" in figure.depends]
    assert build.build(out_dir=copy_of_build) == expected
    assert "error-plane" not in expected and "bucket" in expected


def test_a_missing_output_or_new_parameters_make_a_figure_stale(copy_of_build, monkeypatch):
    (copy_of_build / "bucket.png").unlink()
    changed = Figure("basins", "basins.png", "figures.basins", {"balls": 100, "seed": 2})
    monkeypatch.setitem(FIGURES, "basins", changed)
    assert [figure.slug for figure in build.stale(FIGURES.values(), copy_of_build)] == \
        ["bucket", "basins"]


def test_force_renders_everything_asked_for(copy_of_build, monkeypatch):
    monkeypatch.setattr(Figure, "render", lambda self, path: Path(path).write_bytes(b"x"))
    assert build.build(out_dir=copy_of_build, force=True) == list(FIGURES)
    assert build.build(["ravine", "bucket"], copy_of_build, force=True) == ["bucket", "ravine"]


def test_a_failure_names_the_figure_and_keeps_what_was_built(copy_of_build, monkeypatch):
    good = (copy_of_build / "divergence.png").read_bytes()
    monkeypatch.setattr(FIGURES["divergence"].module, "render", lambda path: 1 / 0)
    with pytest.raises(build.FigureError, match=r"figure 'divergence' failed: .*test_figure_build.py, "
                       r"line \d+: ZeroDivisionError: .*; full traceback in .*build.log"):
        build.build(["divergence"], copy_of_build, force=True)
    assert (copy_of_build / "divergence.png").read_bytes() == good
    assert not list(copy_of_build.glob(".*.partial"))


def _decodes(path: Path) -> bool:
    if path.suffix in (".txt", ".html"):
        return bool(path.read_text(encoding="utf-8").strip())
    with Image.open(path) as image:
        for frame in range(getattr(image, "n_frames", 1)):
            image.seek(frame)
            image.load()
    return True


# What the killed build renders: a few quick figures, then the GIF, the longest render of all,
# then more after it (every entry would render the whole set twice more than the session does).
KILLED = [slug for slug, figure in FIGURES.items()
          if figure.base in ("bucket", "divergence", "ravine", "error-plane", "alpha-sweep")]


def test_a_killed_build_leaves_no_broken_file_and_the_next_one_finishes(built, tmp_path):
    out_dir = tmp_path / "figures"
    process = subprocess.Popen([sys.executable, "-m", "descent", "figures", *KILLED,
                                "--out", str(out_dir)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env={**os.environ, "PYTHONPATH": str(SRC)})
    # Kill it while it is writing the GIF, the longest render of all.
    deadline = time.monotonic() + 60
    while not (out_dir / "ravine.png").exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.8)
    process.send_signal(signal.SIGKILL)
    process.wait()
    finished = [path for path in out_dir.iterdir() if not path.name.startswith(".")]
    assert finished and len(finished) < len(KILLED), "the build was not killed mid-way"
    assert all(_decodes(path) for path in finished)
    recorded = json.loads((out_dir / manifest.NAME).read_text())
    # A worker may have put its file in place just before the kill, before the parent recorded
    # it: such a file is whole (it decodes, above) and simply rendered again next time.
    assert set(recorded) <= {path.name.rsplit(".", 1)[0] for path in finished}
    rendered = build.build(KILLED, out_dir, jobs=default_jobs())  # on every core, as `make` does
    assert sorted(rendered + list(recorded)) == sorted(KILLED)
    assert not list(out_dir.glob(".*.partial"))
    assert build.build(KILLED, out_dir) == []
    for slug in KILLED:  # what the next build finished is what a build from nothing writes
        assert (out_dir / FIGURES[slug].path_name).read_bytes() == \
            (built[0] / FIGURES[slug].path_name).read_bytes(), slug
