"""Locks that work on every platform: filelock's, never fcntl (which Windows does not have), and
declared as a dependency of the wheel a reader installs."""

import ast
import importlib.metadata
import re
import sys
import threading
import tomllib
from pathlib import Path

import filelock
import pytest

from descent.files import locks

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "descent"


def imported(path: Path) -> set[str]:
    """The top-level names a module imports (absolute imports; relative ones are the package)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            names.add(node.module.split(".")[0])
        elif (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
              and isinstance(node.func, (ast.Name, ast.Attribute))
              and getattr(node.func, "id", getattr(node.func, "attr", "")) in
              ("__import__", "import_module")):
            names.add(str(node.args[0].value).split(".")[0])
    return names


def test_the_scan_sees_every_way_of_importing(tmp_path):
    module = tmp_path / "m.py"
    for source in ("import fcntl", "import fcntl as f", "from fcntl import flock",
                   "import os, fcntl", "importlib.import_module('fcntl')", "__import__('fcntl')",
                   "def f():\n    import fcntl"):
        module.write_text(source)
        assert "fcntl" in imported(module), source
    module.write_text("from . import fcntl_free\nx = 'fcntl'")
    assert "fcntl" not in imported(module)


def test_no_module_in_src_imports_fcntl():
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 50  # the scan reads the package, not an empty folder
    assert [str(path.relative_to(PACKAGE)) for path in modules if "fcntl" in imported(path)] == []


def test_what_the_wheel_imports_outside_the_site_layer_it_declares():
    """The wheel's dependencies (pyproject's [project] dependencies) cover every third-party
    import of the package except the site layer's (pages/, built with the `site` extras)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = {re.split(r"[ <>=!~;\[]", requirement)[0].lower().replace("_", "-")
                for requirement in project["dependencies"]}
    distributions = importlib.metadata.packages_distributions()
    needed = {}
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).parts[0] == "pages":
            continue
        for name in imported(path) - set(sys.stdlib_module_names) - {"descent"}:
            for distribution in distributions.get(name, [name]):
                needed.setdefault(distribution.lower().replace("_", "-"), set()).add(path.name)
    assert "filelock" in needed and "numpy" in needed
    assert {name: sorted(where) for name, where in needed.items() if name not in declared} == {}


def test_filelock_is_pinned_in_the_lock_file():
    pins = [line for line in (ROOT / "requirements.lock").read_text().splitlines()
            if line.lower().startswith("filelock==")]
    assert pins == [f"filelock=={importlib.metadata.version('filelock')}"]


def test_held_takes_filelocks_lock_on_the_path(tmp_path, filelocks_taken):
    taken = filelocks_taken
    with locks.held(tmp_path / "x.lock") as lock:
        assert isinstance(lock, filelock.FileLock) and lock.is_locked
        with pytest.raises(filelock.Timeout):  # another holder is refused while this one holds it
            filelock.FileLock(tmp_path / "x.lock").acquire(timeout=0)
    assert not lock.is_locked
    assert taken[0] is lock and Path(lock.lock_file) == tmp_path / "x.lock"
    with filelock.FileLock(tmp_path / "x.lock").acquire(timeout=0):  # free again
        pass


def test_a_second_holder_is_told_once_and_waits_its_turn(tmp_path):
    path, order, told = tmp_path / "x.lock", [], threading.Event()

    def second():
        with locks.held(path, lambda: (order.append("told"), told.set())):
            order.append("second")

    with locks.held(path, lambda: order.append("first was told")):
        order.append("first")
        thread = threading.Thread(target=second)
        thread.start()
        assert told.wait(60), "the second holder was never told to wait"
        order.append("first done")
    thread.join(60)
    assert order == ["first", "told", "first done", "second"]


def test_a_failure_inside_releases_the_lock(tmp_path):
    with pytest.raises(ZeroDivisionError), locks.held(tmp_path / "x.lock"):
        1 / 0
    with locks.held(tmp_path / "x.lock", lambda: pytest.fail("still held")):
        pass
