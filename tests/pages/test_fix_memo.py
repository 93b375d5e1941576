"""The page fixes' results kept between builds: the same page and inputs are fixed once."""

from __future__ import annotations

import os

from descent.pages.fix_memo import FixMemo


def counting(calls: list):
    def fix(page: str) -> str:
        calls.append(page)
        return page.upper()
    return fix


def test_a_page_is_fixed_once_and_the_next_build_reads_the_result(tmp_path):
    figures, kept, calls = tmp_path / "figures", tmp_path / "page-fixes.json", []
    figures.mkdir()
    (figures / "a.png").write_bytes(b"png")
    first = FixMemo(kept, figures)
    assert first.apply("readable", "<p>one</p>", counting(calls)) == "<P>ONE</P>"
    assert first.apply("readable", "<p>one</p>", counting(calls)) == "<P>ONE</P>"
    assert first.apply("content", "<p>one</p>", counting(calls)) == "<P>ONE</P>"  # another kind
    assert len(calls) == 2 and first.fixed == 2
    first.save()

    second = FixMemo(kept, figures)
    assert second.apply("readable", "<p>one</p>", counting(calls)) == "<P>ONE</P>"
    assert len(calls) == 2 and second.fixed == 0
    assert second.apply("readable", "<p>two</p>", counting(calls)) == "<P>TWO</P>"
    second.save()
    # Only what the last build used is kept.
    third = FixMemo(kept, figures)
    assert len(third.kept) == 2


def test_a_changed_figure_file_or_fix_code_means_fixing_again(tmp_path, monkeypatch):
    figures, kept, calls = tmp_path / "figures", tmp_path / "page-fixes.json", []
    figures.mkdir()
    (figures / "a.png").write_bytes(b"png")
    memo = FixMemo(kept, figures)
    memo.apply("readable", "<p>one</p>", counting(calls))
    memo.save()

    (figures / "a.png").write_bytes(b"png, redrawn")
    FixMemo(kept, figures).apply("readable", "<p>one</p>", counting(calls))
    assert len(calls) == 2
    os.utime(figures / "a.png", ns=(5, 5))  # the same size, another time: drawn again
    FixMemo(kept, figures).apply("readable", "<p>one</p>", counting(calls))
    assert len(calls) == 3

    memo = FixMemo(kept, figures)
    memo.apply("readable", "<p>one</p>", counting(calls))
    memo.save()
    from descent import sources
    real = sources.digest
    monkeypatch.setattr(sources, "digest", lambda names: real(names) + "edited")
    FixMemo(kept, figures).apply("readable", "<p>one</p>", counting(calls))
    assert len(calls) == 5


def test_a_damaged_file_is_no_memo(tmp_path):
    kept = tmp_path / "page-fixes.json"
    kept.write_text("{not json")
    calls = []
    assert FixMemo(kept, tmp_path).apply("readable", "x", counting(calls)) == "X" and calls == ["x"]
