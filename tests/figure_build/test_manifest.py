"""A figure's fingerprint: the one fingerprint (descent.files.sources) of its module, parameters and tools."""

from __future__ import annotations

import dataclasses

from descent.files import sources
from descent.figure_build import manifest
from descent.figure_build.registry import FIGURES


def test_a_figure_is_keyed_by_its_module_its_parameters_and_the_tools():
    figure = FIGURES["basins"]
    tools = manifest.tool_versions()
    key = manifest.fingerprint(figure, tools)
    assert key == manifest.fingerprint(figure) == sources.fingerprint(
        [figure.module_name], {"slug": "basins", "path": "basins.png", "params": figure.params,
                               "tools": tools})
    assert manifest.fingerprint(dataclasses.replace(figure, params={"balls": 99, "seed": 1}), tools) != key
    assert manifest.fingerprint(figure, tools.replace("numpy=", "numpy=0")) != key
    assert manifest.fingerprint(FIGURES["basins-dark"], tools) != key


def test_a_changed_source_changes_the_fingerprint(monkeypatch, tmp_path):
    figure = FIGURES["bucket"]
    before = manifest.fingerprint(figure)
    style = "figures.style"  # not the figure's own module: one it reaches
    assert style in figure.depends
    edited = tmp_path / "style.py"
    edited.write_bytes(sources.module_path(style).read_bytes() + b"# edited\n")
    real = sources.module_path
    monkeypatch.setattr(sources, "module_path", lambda name: edited if name == style else real(name))
    assert manifest.fingerprint(figure) != before
