"""Every stored run an output reads is declared by its module's `runs()`.

The build computes the declared runs first, on every core, before it draws (figure_build.rebuild); a
run an output reads without declaring it is computed later inside that output's worker, alone.
Each output is drawn once, in its light look (the looks read the same runs) and with its images
not saved; an output whose module reaches no module of stored runs cannot read one, so it is
not drawn.
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import descent.runs
from descent.figures import style
from descent.figure_build.registry import FIGURES
from descent.runs import store


def stored_run_modules() -> set[str]:
    """The modules of descent.runs (named relative to descent) that define a stored run."""
    found = set()
    for info in pkgutil.iter_modules(descent.runs.__path__):
        module = importlib.import_module(f"descent.runs.{info.name}")
        if any(isinstance(value, store.Stored) and value.module == module.__name__
               for value in vars(module).values()):
            found.add(f"runs.{info.name}")
    return found


STORED = stored_run_modules()
READERS = [slug for slug, figure in FIGURES.items()
           if not figure.look and STORED & set(figure.depends)]


def read_by(figure, monkeypatch, tmp_path) -> set[tuple[str, str]]:
    """(run name, key) of every stored run the output calls directly while it is drawn."""
    seen, depth = set(), [0]
    original = store.Stored.__call__

    def recording(self, *args, **kwargs):
        if not depth[0]:
            seen.add((self.name, self.key(*args, **kwargs)))
        depth[0] += 1
        try:
            return original(self, *args, **kwargs)
        finally:
            depth[0] -= 1

    monkeypatch.setattr(store.Stored, "__call__", recording)
    monkeypatch.setattr(style, "save_png", lambda fig, path: style.pyplot().close(fig))
    figure.render(tmp_path / figure.path_name)
    return seen


def test_the_outputs_that_read_runs_are_found():
    assert {"runs.sweeps", "runs.basins", "runs.ulp"} <= STORED
    assert {"local-minimum", "ulp-spread-table", "alpha-sweep"} <= set(READERS)
    assert "bucket" not in READERS


@pytest.mark.parametrize("slug", READERS)
def test_an_output_declares_every_run_it_reads(slug, monkeypatch, tmp_path):
    figure = FIGURES[slug]
    declared = {(call.run.name, call.run.key(*call.args, **call.kwargs)) for call in figure.runs()}
    read = read_by(figure, monkeypatch, tmp_path)
    assert {name for name, key in read - declared} == set()


def test_an_undeclared_run_is_caught(monkeypatch, tmp_path):
    # ulp-spread-table reads the article's sweeps through compare.ours(): with them left out of
    # its declaration, as they once were, the check above fails.
    figure = FIGURES["ulp-spread-table"]
    declared = {(call.run.name, call.run.key(*call.args, **call.kwargs)) for call in figure.runs()
                if call.run.name != "runs.sweeps.article_sweep"}
    read = read_by(figure, monkeypatch, tmp_path)
    assert {name for name, key in read - declared} == {"runs.sweeps.article_sweep"}
