"""What the site publishes for readers: a reproducible wheel, stamped and executed notebooks."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from descent.pages import publish

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = """\
# %% [markdown]
# # A title

# %%
print("hello")
"""


def small_project(root: Path, body: str = "ANSWER = 42\n") -> Path:
    """A project with the layout build_wheel expects, small enough to build in a second."""
    (root / "src" / "descent").mkdir(parents=True)
    (root / "src" / "descent" / "__init__.py").write_text(body)
    (root / "README.md").write_text("# small\n")
    (root / "pyproject.toml").write_text(
        '[build-system]\nrequires = ["setuptools>=70.1"]\nbuild-backend = "setuptools.build_meta"\n'
        '[project]\nname = "descent-small"\nversion = "1.0"\nreadme = "README.md"\n'
        '[tool.setuptools.packages.find]\nwhere = ["src"]\n')
    return root


def test_two_builds_of_the_real_wheel_are_byte_identical(tmp_path):
    first = publish.build_wheel(ROOT, tmp_path / "one")
    second = publish.build_wheel(ROOT, tmp_path / "two")
    assert first.name == second.name == "descent_reproduced-0.1.0-py3-none-any.whl"
    assert first.read_bytes() == second.read_bytes()
    names = zipfile.ZipFile(first).namelist()
    assert "descent/network.py" in names and names[-1].endswith(".dist-info/RECORD")
    assert not any("__pycache__" in name for name in names)


def test_wheel_entries_carry_the_source_date_and_one_mode(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1438000000")  # 2015-07-27 12:26:40 UTC
    wheel = publish.build_wheel(small_project(tmp_path / "p"), tmp_path / "out")
    entries = zipfile.ZipFile(wheel).infolist()
    assert {entry.date_time for entry in entries} == {(2015, 7, 27, 12, 26, 40)}
    assert {entry.external_attr >> 16 for entry in entries} == {0o100644}
    assert not (tmp_path / "p" / "build").exists(), "built in the checkout"
    assert list((tmp_path / "p" / "src").glob("*.egg-info")) == []


def test_wheel_is_rebuilt_when_the_source_changes_and_only_then(tmp_path):
    project = small_project(tmp_path / "p")
    wheel = publish.build_wheel(project, tmp_path / "out")
    before, inode = wheel.read_bytes(), wheel.stat().st_ino
    assert publish.build_wheel(project, tmp_path / "out").stat().st_ino == inode, "rebuilt needlessly"
    (project / "src" / "descent" / "__init__.py").write_text("ANSWER = 43\n")
    after = publish.build_wheel(project, tmp_path / "out")
    assert after.read_bytes() != before
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [".key", after.name]


def test_wheel_url_needs_the_site_address(tmp_path):
    wheel = tmp_path / "x-1.0-py3-none-any.whl"
    assert publish.wheel_url(None, wheel) is None
    assert publish.wheel_url("", wheel) is None
    for site in ("https://someone.github.io/repo", "https://someone.github.io/repo/"):
        assert publish.wheel_url(site, wheel) == "https://someone.github.io/repo/downloads/" + wheel.name
    assert publish.install_command(wheel, None) == f"pip install {wheel.name}\n"


def test_install_cell_goes_before_the_first_code_cell():
    stamped = publish.stamp_notebook(NOTEBOOK, "x.whl", "https://site/downloads/x.whl")
    assert stamped.index("# # A title") < stamped.index('WHEEL = "https://site/downloads/x.whl"')
    assert stamped.index("WHEEL =") < stamped.index('print("hello")')
    assert stamped.replace(publish.INSTALL_CELL.format(url='"https://site/downloads/x.whl"', name="x.whl"),
                           "") == NOTEBOOK
    with pytest.raises(ValueError):
        publish.stamp_notebook("# %% [markdown]\n# only words\n", "x.whl", None)


def install_cell(url: str | None) -> str:
    """The install cell as stamp_notebook writes it."""
    stamped = publish.stamp_notebook("# %%\n", "x.whl", url)
    return stamped.removesuffix("# %%\n")


def run_install_cell(url: str | None) -> subprocess.CompletedProcess:
    """The install cell in a Python that cannot import descent (-S: no site-packages; -E: no
    PYTHONPATH, which points a copy of the checkout at its own src/), pip faked."""
    cell = install_cell(url)
    fake_pip = "import subprocess\nsubprocess.check_call = lambda args: print('RAN', args[1:])\n"
    return subprocess.run([sys.executable, "-S", "-E", "-c", fake_pip + cell], capture_output=True, text=True)


def test_install_cell_installs_the_wheel_from_the_site_when_descent_is_missing():
    done = run_install_cell("https://site/downloads/x.whl")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "RAN ['-m', 'pip', 'install', 'https://site/downloads/x.whl']\n"


def test_install_cell_without_an_address_says_what_to_run():
    done = run_install_cell(None)
    assert done.returncode != 0
    assert "ModuleNotFoundError" in done.stderr and "pip install x.whl" in done.stderr


def test_install_cell_does_nothing_when_descent_is_installed():
    cell = install_cell("https://site/downloads/x.whl")
    done = subprocess.run([sys.executable, "-c", "import subprocess\nsubprocess.check_call = None\n" + cell],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_executed_notebook_has_outputs_numbered_cells_and_no_timings(tmp_path):
    source = tmp_path / "hello.py"
    source.write_text(NOTEBOOK)
    executed = publish.execute_notebook(source, tmp_path / "hello.ipynb", cwd=tmp_path)
    notebook = json.loads(executed.read_text())
    assert [cell["id"] for cell in notebook["cells"]] == ["cell-1", "cell-2"]
    assert notebook["cells"][1]["outputs"][0]["text"] == ["hello\n"]
    assert "execution" not in notebook["cells"][1]["metadata"]
    assert notebook["metadata"]["kernelspec"]["name"] == "python3"
    mtime = executed.stat().st_mtime_ns
    assert publish.execute_notebook(source, executed, cwd=tmp_path).stat().st_mtime_ns == mtime


@pytest.mark.parametrize("module, reruns", [("network", True), ("two_weight", True),
                                            ("figures.ravine", False), ("landscapes", False)])
def test_only_an_edit_to_code_the_notebooks_import_reruns_them(tmp_path, monkeypatch, module, reruns):
    from descent.files import sources

    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "docs" / "notebooks").glob("*.py"))]
    before = [publish.notebook_key(text) for text in texts]
    real = sources.module_path
    edited = tmp_path / "edited.py"
    edited.write_bytes(real(module).read_bytes() + b"# an edit\n")
    monkeypatch.setattr(sources, "module_path", lambda name: edited if name == module else real(name))
    assert ([publish.notebook_key(text) for text in texts] != before) == reruns


def test_failing_notebook_writes_nothing(tmp_path):
    from nbclient.exceptions import CellExecutionError

    source = tmp_path / "broken.py"
    source.write_text(NOTEBOOK.replace('print("hello")', "1 / 0"))
    with pytest.raises(CellExecutionError):
        publish.execute_notebook(source, tmp_path / "broken.ipynb", cwd=tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.py"]
