"""files.atomic: a file is replaced whole or not at all, and no temp file is left behind."""

from __future__ import annotations

import stat

import pytest

from descent.files import atomic


def leftovers(folder) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(atomic.SUFFIX))


def test_a_finished_write_replaces_the_file_and_leaves_no_temp_file(tmp_path):
    path = tmp_path / "out.txt"
    path.write_text("old\n")
    atomic.write_text(path, "new\nlines\n")
    assert path.read_bytes() == b"new\nlines\n"
    assert leftovers(tmp_path) == []


def test_a_failed_write_keeps_the_old_file_whole_and_removes_its_temp_file(tmp_path):
    path = tmp_path / "out.txt"
    path.write_text("old\n")
    with pytest.raises(RuntimeError, match="^half way$"):
        with atomic.atomic(path) as temp:
            temp.write_text("half of the new")
            assert temp.parent == tmp_path and temp.name.endswith(atomic.SUFFIX)
            raise RuntimeError("half way")
    assert path.read_text() == "old\n"
    assert leftovers(tmp_path) == []


def test_an_interrupt_also_leaves_no_temp_file(tmp_path):
    path = tmp_path / "out.txt"
    with pytest.raises(KeyboardInterrupt):
        with atomic.atomic(path) as temp:
            temp.write_text("partial")
            raise KeyboardInterrupt
    assert not path.exists()
    assert leftovers(tmp_path) == []


def test_the_written_file_is_readable_by_others_as_asked(tmp_path):
    path = tmp_path / "page.html"
    atomic.write_text(path, "x")
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    with atomic.atomic(tmp_path / "script", mode=0o755) as temp:
        temp.write_text("#!/bin/sh\n")
    assert stat.S_IMODE((tmp_path / "script").stat().st_mode) == 0o755


def test_text_is_written_as_utf_8_with_newline_line_ends(tmp_path):
    path = tmp_path / "out.txt"
    atomic.write_text(path, "α\nβ\n")
    assert path.read_bytes() == "α\nβ\n".encode("utf-8")
