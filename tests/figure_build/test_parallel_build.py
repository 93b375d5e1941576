"""The parallel build: the same bytes as the serial one, failures named, runs computed first."""

import filecmp
import os
import subprocess
import sys
from pathlib import Path

import pytest

from descent.figure_build import rebuild as build, pool
from descent.figure_build.registry import FIGURES


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


def test_runs_are_declared_by_the_figures_that_read_them():
    declared = {call.run.name for figure in FIGURES.values() for call in figure.runs()}
    assert {"runs.sweeps.article_sweep", "runs.studies.learning_rate",
            "runs.studies.seed_variance", "runs.basins.drop"} <= declared
    assert FIGURES["bucket"].runs() == []

