"""A figure's fingerprint: the same whether each module is read once for many figures or not."""

from __future__ import annotations

from descent.pages import manifest
from descent.pages.registry import FIGURES


def test_the_memoised_reader_gives_every_figure_its_plain_fingerprint():
    tools, reader = manifest.tool_versions(), manifest.Reader()
    for figure in FIGURES.values():
        plain = manifest.fingerprint(figure, tools)
        assert manifest.fingerprint(figure, tools, reader.depends, reader.source) == plain
    # Each module was read once, though figures share them.
    assert reader.source.cache_info().misses == len(
        {name for figure in FIGURES.values() for name in figure.depends})


def test_a_changed_source_changes_the_fingerprint():
    figure = next(iter(FIGURES.values()))
    tools, reader = manifest.tool_versions(), manifest.Reader()
    before = manifest.fingerprint(figure, tools, reader.depends, reader.source)
    edited = lambda name: reader.source(name) + (b"# edited\n" if name == figure.module_name else b"")
    assert manifest.fingerprint(figure, tools, reader.depends, edited) != before
