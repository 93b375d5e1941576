"""Without chromium the browser tests say how to get it: skipped locally, failed under CI."""

import os
import shutil
import subprocess
import sys

import pytest

from site_pages import REPO

HINT = "apt-get install -y chromium"


def pytest_without_chromium(**env):
    """Run one browser test in a fresh pytest, as if chromium were not installed."""
    env = {key: value for key, value in os.environ.items() if key != "CI"} | env
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider",
         str(REPO / "tests/browser/test_search.py")],
        env={**env, "CHROMIUM": "no-such-chromium"}, cwd=REPO, capture_output=True, text=True,
        timeout=120)


def test_browser_tests_skip_with_the_install_hint():
    done = pytest_without_chromium()
    assert done.returncode == 0, done.stdout[-2000:]
    assert "skipped" in done.stdout and HINT in done.stdout, done.stdout[-2000:]


def test_browser_tests_fail_under_ci():
    done = pytest_without_chromium(CI="1")
    assert done.returncode != 0, done.stdout[-2000:]
    assert HINT in done.stdout and "error" in done.stdout, done.stdout[-2000:]


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_test_says_how_to_get_chromium(tmp_path):
    make = shutil.which("make")
    # An empty PATH: no chromium to be found.
    done = subprocess.run([make, "--no-print-directory", "browser-check"], cwd=REPO,
                          env={**os.environ, "PATH": str(tmp_path)}, capture_output=True, text=True)
    assert done.returncode == 0 and HINT in done.stderr, done.stderr
    planned = subprocess.run([make, "-n", "-o", ".venv/.ready", "test"], cwd=REPO,
                             capture_output=True, text=True).stdout
    assert planned.index("command -v") < planned.index("pytest"), "make test checks for chromium first"
