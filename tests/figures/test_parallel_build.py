"""The parallel build: work that is shared stays in one worker, and the bytes do not change."""

from pathlib import Path

import pytest

from descent.figures import build, parallel
from descent.figures.registry import FIGURES


def _group_of(slug, groups):
    return next(index for index, group in enumerate(groups) if slug in [f.slug for f in group])


def test_figures_reaching_one_cached_computation_render_in_one_group():
    groups = parallel.groups(FIGURES.values())
    assert sorted(f.slug for group in groups for f in group) == sorted(FIGURES)
    same = [("alpha-sweep", "hidden-size"), ("alpha-sweep", "sweep-log"),
            ("learning-rate", "learning-rate-table"), ("seed-variance", "seed-variance-table"),
            ("basins", "basin-histogram")]
    for one, other in same:
        assert _group_of(one, groups) == _group_of(other, groups), (one, other)
    # seed-variance reads the sweep's constants from figures.shared, not its cached sweep.
    apart = [("bucket", "divergence"), ("ravine", "error-plane"), ("alpha-sweep", "bucket"),
             ("seed-variance", "alpha-sweep"), ("learning-rate", "seed-variance")]
    for one, other in apart:
        assert _group_of(one, groups) != _group_of(other, groups), (one, other)
    # Groups that train networks start first.
    trains = ["batched" in group[0].depends for group in groups]
    assert trains == sorted(trains, reverse=True) and trains[0]


def test_cached_computations_are_found_in_the_source():
    assert parallel.holds_cache("figures.shared") and parallel.holds_cache("figures.learning_rate")
    assert not parallel.holds_cache("figures.style") and not parallel.holds_cache("network")


def test_a_parallel_build_writes_the_same_bytes_as_a_serial_one(built, tmp_path):
    rendered = build.build(out_dir=tmp_path, jobs=2)
    assert rendered == list(FIGURES)  # reported in registry order, whatever finished first
    serial = built[0]
    names = sorted(p.name for p in serial.iterdir())
    assert sorted(p.name for p in tmp_path.iterdir()) == names
    for name in names:
        assert (tmp_path / name).read_bytes() == (serial / name).read_bytes(), name


def test_a_failing_figure_in_a_worker_is_named_and_the_rest_kept(built, tmp_path, monkeypatch):
    def fake_render(groups, out_dir, jobs, on_done):
        for group in groups:
            for figure in group:
                if figure.slug == "ravine":
                    on_done("ravine", None, 0.0, "ZeroDivisionError: division by zero")
                else:
                    temp = Path(out_dir) / f".{figure.path_name}.1.partial"
                    temp.write_bytes((built[0] / figure.path_name).read_bytes())
                    on_done(figure.slug, temp, 0.0, "")

    monkeypatch.setattr(parallel, "render", fake_render)
    with pytest.raises(build.FigureError, match=r"figure 'ravine' failed: ZeroDivisionError"):
        build.build(["ravine", "bucket", "divergence"], tmp_path, jobs=2)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == \
        ["bucket.png", "divergence.png"]
    assert build.stale(FIGURES.values(), tmp_path)[0].slug != "bucket"
    assert not list(tmp_path.glob(".*.partial"))


def test_a_worker_reports_a_failure_instead_of_raising(tmp_path, monkeypatch):
    monkeypatch.setattr(FIGURES["divergence"].module, "render", lambda path: 1 / 0)
    done = parallel._render_group(["bucket", "divergence", "ravine"], str(tmp_path))
    assert [(slug, bool(temp), error.split(":")[0]) for slug, temp, _, error in done] == \
        [("bucket", True, ""), ("divergence", False, "ZeroDivisionError")]  # ravine never started
    assert [p.name for p in tmp_path.iterdir()] == [Path(done[0][1]).name]
