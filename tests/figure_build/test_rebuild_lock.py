"""The figure build's lock on its output folder: filelock's; two builds take turns, the second
saying once that it waits; temp files left by a killed build go while the lock is held."""

import threading
from pathlib import Path

import filelock
import pytest

from descent.files.atomic import SUFFIX
from descent.figure_build import rebuild


def test_the_lock_is_filelocks_on_the_folders_lock_file(tmp_path, filelocks_taken):
    taken = filelocks_taken
    with rebuild.locked(tmp_path, print):
        with pytest.raises(filelock.Timeout):
            filelock.FileLock(tmp_path / rebuild.LOCK).acquire(timeout=0)
    ours = taken[0]
    assert isinstance(ours, filelock.FileLock) and not ours.is_locked
    assert Path(ours.lock_file) == tmp_path / rebuild.LOCK


def test_two_builds_take_turns_and_the_second_says_it_waits(tmp_path):
    lines, order, told = [], [], threading.Event()

    def report(line):
        lines.append(line)
        told.set()

    def second_build():
        with rebuild.locked(tmp_path, report):
            order.append("second")

    with rebuild.locked(tmp_path, report):
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
    with rebuild.locked(tmp_path, print):
        assert not orphan.exists()
        (tmp_path / f".ravine.png.1nterrupted{SUFFIX}").write_bytes(b"half")
    assert list(tmp_path.glob(f"*{SUFFIX}")) == [] and kept.read_bytes() == b"a figure"


def test_temp_files_go_even_when_the_build_fails(tmp_path):
    with pytest.raises(RuntimeError), rebuild.locked(tmp_path, print):
        (tmp_path / f".ravine.png.x{SUFFIX}").write_bytes(b"half")
        raise RuntimeError("a figure failed")
    assert list(tmp_path.glob(f"*{SUFFIX}")) == []
    with rebuild.locked(tmp_path, lambda line: pytest.fail("the lock is still held")):
        pass
