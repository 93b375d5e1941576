"""figure_build.rebuild: the build renders only what is stale, the same bytes on one core or
many, writes atomically, names the figure that failed, and takes turns with another build on its
output folder's lock (filelock's), the second saying once that it waits; temp files left by a
killed build go while the lock is held."""

import filecmp
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import filelock
import pytest
from PIL import Image

from descent.files import sources
from descent.files.atomic import SUFFIX
from descent.figure_build import rebuild as build, manifest, pool
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
    with pytest.raises(build.FigureError, match=r"figure 'divergence' failed: .*test_rebuild.py, "
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


def first_of_each_kind() -> list[str]:
    """Every module once per file type, in the first look the registry lists (a look only
    restyles): the whole set again would cost a second full render for nothing more."""
    kinds: dict[tuple[str, str], str] = {}
    for slug, figure in FIGURES.items():
        kinds.setdefault((figure.module_name, Path(figure.path_name).suffix), slug)
    return list(kinds.values())


EACH_MODULE = first_of_each_kind()


def test_a_parallel_build_in_another_process_writes_the_same_bytes(built, tmp_path):
    """Determinism and parallel == serial at once: the session's build ran on every core; this
    one runs on one, in another process with another hash seed, so neither set or dict order
    nor the scheduling may reach the bytes."""
    serial = tmp_path / "figures"
    result = subprocess.run([sys.executable, "-m", "descent", "figures", *EACH_MODULE,
                             "--jobs", "1", "--out", str(serial)], capture_output=True,
                            text=True, env={**os.environ, "PYTHONHASHSEED": "4242"}, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "workers" not in result.stdout
    names = sorted(FIGURES[slug].path_name for slug in EACH_MODULE)
    assert sorted(p.name for p in serial.iterdir() if not p.name.startswith(".")) == names
    _, mismatch, errors = filecmp.cmpfiles(built[0], serial, names, shallow=False)
    assert mismatch == [] and errors == [], f"differ between two builds: {mismatch + errors}"


def test_a_failing_figure_in_a_worker_is_named_and_the_rest_kept(built, tmp_path, monkeypatch):
    def fake_run(tasks, jobs, on_done):
        for name, task in tasks:
            if name == "ravine":
                on_done(name, 0.0, "ravine.py, line 3: ZeroDivisionError: division by zero", "tb")
            else:
                (tmp_path / FIGURES[name].path_name).write_bytes(
                    (built[0] / FIGURES[name].path_name).read_bytes())
                on_done(name, 0.0, "", "")

    monkeypatch.setattr(pool, "run", fake_run)
    with pytest.raises(build.FigureError, match=r"figure 'ravine' failed: ravine.py, line 3: "
                                                r"ZeroDivisionError"):
        build.build(["ravine", "bucket", "divergence"], tmp_path, jobs=2)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == \
        ["bucket.png", "divergence.png"]
    assert build.stale(FIGURES.values(), tmp_path)[0].slug != "bucket"
    assert "ZeroDivisionError" in build.log_path().read_text()


def test_failures_are_named_in_registry_order_whichever_worker_reports_first(tmp_path,
                                                                           monkeypatch):
    """Workers finish in any order; the one line names the same figure in every build."""
    first, second = sorted(["divergence", "bucket"], key=list(FIGURES).index)

    def later_first(tasks, jobs, on_done):
        for name, _ in reversed(list(tasks)):
            on_done(name, 0.0, f"{name}.py, line 1: ValueError: broken", f"traceback of {name}")

    monkeypatch.setattr(pool, "run", later_first)
    with pytest.raises(build.FigureError) as failed:
        build.build([second, first], tmp_path, force=True, jobs=2)
    assert str(failed.value) == (f"figure '{first}' failed: {first}.py, line 1: ValueError: "
                                 f"broken (and 1 more); full traceback in {build.log_path()}")
    log = build.log_path().read_text()
    assert log.index(f"traceback of {first}") < log.index(f"traceback of {second}")

def test_the_lock_is_filelocks_on_the_folders_lock_file(tmp_path, filelocks_taken):
    taken = filelocks_taken
    with build.locked(tmp_path, print):
        with pytest.raises(filelock.Timeout):
            filelock.FileLock(tmp_path / build.LOCK).acquire(timeout=0)
    ours = taken[0]
    assert isinstance(ours, filelock.FileLock) and not ours.is_locked
    assert Path(ours.lock_file) == tmp_path / build.LOCK


def test_two_builds_take_turns_and_the_second_says_it_waits(tmp_path):
    lines, order, told = [], [], threading.Event()

    def report(line):
        lines.append(line)
        told.set()

    def second_build():
        with build.locked(tmp_path, report):
            order.append("second")

    with build.locked(tmp_path, report):
        order.append("first")
        thread = threading.Thread(target=second_build)
        thread.start()
        assert told.wait(60), "the second build never said it waits"
        order.append("first done")
    thread.join(60)
    assert order == ["first", "first done", "second"]
    assert lines == [f"figures: waiting for another build of {tmp_path} to finish"]


def test_temp_files_go_under_the_lock_before_and_after_a_build(tmp_path):
    orphan = tmp_path / f".bucket.png.k1ll3d{SUFFIX}"
    orphan.write_bytes(b"half a figure")
    kept = tmp_path / "bucket.png"
    kept.write_bytes(b"a figure")
    with build.locked(tmp_path, print):
        assert not orphan.exists()
        (tmp_path / f".ravine.png.1nterrupted{SUFFIX}").write_bytes(b"half")
    assert list(tmp_path.glob(f"*{SUFFIX}")) == [] and kept.read_bytes() == b"a figure"


def test_temp_files_go_even_when_the_build_fails(tmp_path):
    with pytest.raises(RuntimeError), build.locked(tmp_path, print):
        (tmp_path / f".ravine.png.x{SUFFIX}").write_bytes(b"half")
        raise RuntimeError("a figure failed")
    assert list(tmp_path.glob(f"*{SUFFIX}")) == []
    with build.locked(tmp_path, lambda line: pytest.fail("the lock is still held")):
        pass
