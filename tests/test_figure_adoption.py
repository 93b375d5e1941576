"""The session's site build adopts the figure tests' render instead of drawing the set twice."""

from __future__ import annotations

import json

from descent.figure_build import manifest, rebuild
from site_build import adopt_figures, stale_figures

CHEAP = ["sweep-log", "learning-rate-table"]  # text outputs of stored runs: quick to render


def test_what_a_full_render_holds_current_is_adopted_byte_for_byte(tmp_path):
    built, figures = tmp_path / "built", tmp_path / "figures"
    rebuild.build(CHEAP, out_dir=built)
    before = set(stale_figures(figures))
    assert set(CHEAP) <= before

    assert sorted(adopt_figures(built, figures)) == sorted(CHEAP)
    assert set(stale_figures(figures)) == before - set(CHEAP)  # the rest: the build renders them
    for name in ("sweep-log.txt", "learning-rate-table.txt"):
        assert (figures / name).read_bytes() == (built / name).read_bytes()
    assert adopt_figures(built, figures) == []  # current now: nothing to adopt


def test_an_output_rendered_from_other_source_is_not_adopted(tmp_path):
    built, figures = tmp_path / "built", tmp_path / "figures"
    rebuild.build(CHEAP, out_dir=built)
    recorded = json.loads((built / manifest.NAME).read_text())
    recorded["sweep-log"] = "0" * 64  # as if rendered before an edit
    (built / manifest.NAME).write_text(json.dumps(recorded))

    assert adopt_figures(built, figures) == ["learning-rate-table"]
    assert "sweep-log" in stale_figures(figures) and not (figures / "sweep-log.txt").exists()
