"""What `.ci/run` runs, in order, with stand-ins for make and chromium on PATH: the tests (with CI
set, so the browser tests are required), then the Lighthouse gate (issue 32), and nothing after
a failure."""

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")


def stand_in(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text("#!/bin/sh\n" + body + "\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


def ci_run(tmp_path: Path, failing: str = "") -> tuple[int, list[str]]:
    """Run a copy of .ci/run; each make call is logged as 'CI=<value> <target>'."""
    (tmp_path / ".ci").mkdir()
    shutil.copy(ROOT / ".ci" / "run", tmp_path / ".ci" / "run")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "make.log"
    stand_in(bin_dir, "make", f'echo "CI=${{CI:-}} $*" >> {log}\n'
                              f'[ "$1" = "{failing}" ] && exit 2\nexit 0')
    stand_in(bin_dir, "chromium", "exit 0")
    env = {**os.environ, "PATH": f"{bin_dir}:/usr/bin:/bin"}
    env.pop("CI", None)
    done = subprocess.run(["bash", str(tmp_path / ".ci" / "run")], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60)
    return done.returncode, log.read_text().splitlines() if log.exists() else []


def test_ci_runs_the_tests_then_the_audit(tmp_path):
    status, calls = ci_run(tmp_path)
    assert status == 0
    assert calls == ["CI=1 test", "CI= audit"]


def test_ci_stops_at_failing_tests(tmp_path):
    status, calls = ci_run(tmp_path, failing="test")
    assert status != 0
    assert calls == ["CI=1 test"]


def test_a_failing_audit_fails_ci(tmp_path):
    status, calls = ci_run(tmp_path, failing="audit")
    assert status != 0
    assert calls == ["CI=1 test", "CI= audit"]
