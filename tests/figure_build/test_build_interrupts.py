"""The figure build under Ctrl-C, a closed pipe and a broken figure module: one line, a clear
exit status, and no temp file left behind — tried on the real command in a subprocess. How soon
it stops is measured by `make bench` (benchmarks/stop_bench.py); the timeouts here only keep a
hung build from hanging the suite."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from descent.files import sources

ROOT = sources.PACKAGE_DIR.parents[1]
COMMAND = [sys.executable, "-m", "descent", "figures"]


def _copy_of_the_package(tmp_path: Path) -> Path:
    """src/ and mkdocs.yml in a folder of their own, so a module can be broken on purpose."""
    shutil.copytree(ROOT / "src", tmp_path / "src", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / ".cache" / "runs", tmp_path / ".cache" / "runs", dirs_exist_ok=True) \
        if (ROOT / ".cache" / "runs").is_dir() else None
    return tmp_path


def _ignore_ctrl_c() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _start(out_dir: Path, *extra: str, group: bool = False,
           started_ignoring: bool = False) -> subprocess.Popen:
    """started_ignoring: SIGINT ignored when the command starts, as a shell starts a background
    job (and as CI started it, where a Ctrl-C raised inside the pool's wait() hung the exit)."""
    return subprocess.Popen([*COMMAND, "--force", "--out", str(out_dir), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=group,
                            preexec_fn=_ignore_ctrl_c if started_ignoring else None)


def _wait_for_first_figure(process: subprocess.Popen) -> None:
    line = process.stdout.readline()  # "[1/N] …": the workers are busy rendering
    assert line.startswith("["), line


def _interrupted_cleanly(process: subprocess.Popen, out_dir: Path) -> None:
    try:
        _, err = process.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        process.kill()  # leave no hung build behind the failure
        _, err = process.communicate()
        pytest.fail(f"still running 2 minutes after Ctrl-C; it printed: {err!r}")
    assert process.returncode == 130, err
    assert err.strip().endswith("interrupted") and err.count("\n") == 1, err
    assert "Traceback" not in err
    assert list(out_dir.glob(".*.partial")) == []


@pytest.mark.parametrize("started_ignoring", [False, True], ids=["foreground", "background"])
def test_ctrl_c_on_the_whole_group_stops_at_once_and_leaves_no_temp_file(tmp_path,
                                                                          started_ignoring):
    out_dir = tmp_path / "figures"
    process = _start(out_dir, group=True, started_ignoring=started_ignoring)
    _wait_for_first_figure(process)
    os.killpg(process.pid, signal.SIGINT)  # what a terminal's Ctrl-C does
    _interrupted_cleanly(process, out_dir)


@pytest.mark.parametrize("started_ignoring", [False, True], ids=["foreground", "background"])
def test_ctrl_c_to_the_parent_alone_also_stops_the_workers(tmp_path, started_ignoring):
    out_dir = tmp_path / "figures"
    process = _start(out_dir, started_ignoring=started_ignoring)
    _wait_for_first_figure(process)
    process.send_signal(signal.SIGINT)
    _interrupted_cleanly(process, out_dir)


def test_a_closed_pipe_leaves_no_temp_file(tmp_path):
    out_dir = tmp_path / "figures"
    pipeline = subprocess.run(f"{' '.join(COMMAND)} --force --out {out_dir} bucket bucket-slopes "
                              f"divergence bucket-dark divergence-dark | head -1",
                              shell=True, capture_output=True, text=True, timeout=300)
    assert pipeline.stdout.count("\n") == 1
    assert "Traceback" not in pipeline.stderr
    time.sleep(0.5)  # the writer has exited by the time head's pipeline returns; be sure
    assert list(out_dir.glob(".*.partial")) == []


def test_a_broken_figure_module_is_one_line_naming_file_and_line_with_a_build_log(tmp_path):
    copy = _copy_of_the_package(tmp_path / "copy")
    broken = copy / "src" / "descent" / "figures" / "ravine.py"
    broken.write_text(broken.read_text() + "\nraise RuntimeError('broken on purpose')\n")
    line = len(broken.read_text().splitlines())
    result = subprocess.run([*COMMAND, "ravine", "bucket", "--out", str(tmp_path / "out")],
                            capture_output=True, text=True, timeout=300,
                            env={**os.environ, "PYTHONPATH": str(copy / "src")})
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert f"ravine.py, line {line}: RuntimeError: broken on purpose" in result.stderr
    log = Path(result.stderr.rsplit("full traceback in ", 1)[1].strip())
    assert log.is_file() and "Traceback" in log.read_text()
