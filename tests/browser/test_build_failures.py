"""A figure that raises stops `mkdocs build` and `make site`, naming it, and built figures stay;
a notebook that raises stops the build too.

Failures are injected into a copy of the checkout, never into this one.
"""

import os
import subprocess

import pytest

from browsing import build_site, copy_checkout, in_copy
from site_build import session_runs

BROKEN = "divergence"  # no other figure depends on its module, so it alone becomes stale
INJECTED = '''

def render(*args, **kwargs):  # injected by tests/browser/test_build_failures.py
    raise RuntimeError("injected failure")
'''


def snapshot(folder):
    return {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file()}


@pytest.fixture(scope="module")
def broken_checkout(built_site, tmp_path_factory):
    """A copy holding every figure already built (by built_site), with one figure module broken."""
    copy = copy_checkout(tmp_path_factory.mktemp("broken") / "checkout")
    with open(copy / "src/descent/figures" / f"{BROKEN.replace('-', '_')}.py", "a") as module:
        module.write(INJECTED)
    return copy


def assert_failed_naming_the_figure(done, copy, before):
    output = done.stdout + done.stderr
    assert done.returncode != 0, output[-3000:]
    assert f"'{BROKEN}'" in output and "injected failure" in output, output[-3000:]
    assert "Traceback" not in output, "a clear error, not a traceback"
    assert snapshot(copy / "figures") == before, "the figures already built were changed"


def test_mkdocs_build_stops_and_names_the_figure(broken_checkout, tmp_path):
    before = snapshot(broken_checkout / "figures")
    done = build_site(tmp_path / "site", cwd=broken_checkout,
                      env={**in_copy(broken_checkout), **session_runs()})
    assert_failed_naming_the_figure(done, broken_checkout, before)


def test_make_site_stops_and_names_the_figure(broken_checkout):
    before = snapshot(broken_checkout / "figures")
    # -o: the copy uses this venv as it is; make must not try to reinstall it.
    done = subprocess.run(["make", "-o", ".venv/.ready", "site"], cwd=broken_checkout,
                          env={**os.environ, **in_copy(broken_checkout), **session_runs()},
                          capture_output=True, text=True, timeout=300)
    assert_failed_naming_the_figure(done, broken_checkout, before)


def test_a_failing_notebook_stops_the_build_and_is_named(built_site, tmp_path):
    copy = copy_checkout(tmp_path / "checkout")
    with open(copy / "docs/notebooks/alpha-sweep.py", "a") as notebook:
        notebook.write('\n# %%\nraise RuntimeError("injected notebook failure")\n')
    done = build_site(tmp_path / "site", cwd=copy, env={**in_copy(copy), **session_runs()})
    output = done.stdout + done.stderr
    assert done.returncode != 0, output[-3000:]
    assert "notebooks/alpha-sweep.py" in output and "injected notebook failure" in output, output[-3000:]
