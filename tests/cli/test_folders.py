"""`figures --out` and `--jobs`: checked before any work, one line naming the folder."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from descent.cli import folders
from descent.cli.command import main

ROOT = Path(__file__).resolve().parents[2]


def stop_at_the_folder_check(monkeypatch):
    """Record the folder `figures` would use, and stop there (the build itself is not ours)."""
    seen = []

    def problem(folder, will_write):
        seen.append(folder)
        return "stopped by the test"

    monkeypatch.setattr(folders, "problem", problem)
    return seen


def test_the_default_folder_is_the_projects_figures_wherever_the_command_runs(
        monkeypatch, tmp_path, capsys):
    monkeypatch.chdir(tmp_path)
    seen = stop_at_the_folder_check(monkeypatch)
    assert main(["figures", "bucket"]) == 1
    assert seen == [ROOT / "figures"] and not (tmp_path / "figures").exists()
    assert folders.default_figures_folder() == ROOT / "figures"


def test_without_a_project_around_the_package_the_default_is_the_current_folder(
        monkeypatch, tmp_path):
    monkeypatch.setattr(folders, "project_root", lambda: None)
    monkeypatch.chdir(tmp_path)
    assert folders.default_figures_folder() == tmp_path / "figures"


def test_an_empty_out_is_refused_instead_of_filling_the_current_folder(tmp_path):
    result = subprocess.run([sys.executable, "-m", "descent", "figures", "bucket", "--out", ""],
                            capture_output=True, text=True, cwd=tmp_path, timeout=60,
                            env=dict(os.environ, PYTHONPATH=str(ROOT / "src")))
    assert result.returncode == 2 and list(tmp_path.iterdir()) == []
    assert result.stderr.count("\n") == 1 and "--out" in result.stderr


def test_a_file_is_not_a_folder(tmp_path):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("precious")
    assert folders.problem(a_file, will_write=True) == f"{a_file} is not a folder"
    assert folders.problem(a_file, will_write=False) == f"{a_file} is not a folder"
    assert a_file.read_text() == "precious"


def a_folder_nobody_may_write(tmp_path):
    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o555)
        return locked
    # root writes through permissions; /proc takes no new files from anyone
    if not Path("/proc/self").exists():
        pytest.skip("needs /proc when run as root")
    return Path("/proc")


def test_a_read_only_folder_is_named_up_front(tmp_path, capsys):
    locked = a_folder_nobody_may_write(tmp_path)
    assert main(["figures", "bucket", "--out", str(locked)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"python -m descent figures: error: cannot write into the folder "
                          f"{locked}: ") and err.count("\n") == 1
    assert folders.problem(locked, will_write=False) is None  # --list only reads


def test_a_missing_folder_is_created_and_a_writable_one_passes(tmp_path):
    deep = tmp_path / "a" / "b"
    assert folders.problem(deep, will_write=True) is None
    assert deep.is_dir() and list(deep.iterdir()) == []  # the probe leaves nothing behind
    assert folders.problem(tmp_path / "c", will_write=False) is None
    assert not (tmp_path / "c").exists()  # --list creates nothing


def test_a_folder_that_cannot_be_created_is_one_line(tmp_path):
    a_file = tmp_path / "file"
    a_file.write_text("")
    problem = folders.problem(a_file / "sub", will_write=True)
    assert problem.startswith(f"cannot create the folder {a_file / 'sub'}: ")


def test_jobs_are_capped_at_the_cores_with_one_line(monkeypatch, capsys):
    cores = len(os.sched_getaffinity(0))
    stop_at_the_folder_check(monkeypatch)
    assert main(["figures", "bucket", "--jobs", "1000"]) == 1
    note = capsys.readouterr().err.splitlines()[0]
    assert note == f"python -m descent figures: --jobs 1000: using {cores}, one per core"
