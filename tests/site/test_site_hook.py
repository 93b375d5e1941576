"""The hook: a failing figure stops the build by name; figures reach the site, never docs/."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files

from descent.pages.registry import FIGURES
from site_html import ROOT

HOOK = "src/descent/pages/hook.py"


@pytest.fixture
def config():
    return load_config(str(ROOT / "mkdocs.yml"))


@pytest.fixture
def hook(config):
    """The hook module exactly as MkDocs loaded it for this configuration."""
    return config.plugins[HOOK]


@pytest.fixture
def figures_copy(built_site, hook, tmp_path, monkeypatch):
    """A copy of the built figures/ that the hook is pointed at."""
    copy = tmp_path / "figures"
    shutil.copytree(ROOT / "figures", copy)
    monkeypatch.setattr(hook, "figures_dir", lambda config: copy)
    return copy


def test_failing_figure_stops_the_build_naming_it_and_keeps_the_old_files(
        config, figures_copy, monkeypatch):
    manifest = figures_copy / ".manifest.json"
    stamps = json.loads(manifest.read_text())
    stamps["divergence"] = "stale"  # its source 'changed': it must be rendered again
    manifest.write_text(json.dumps(stamps))
    before = {path.name: path.read_bytes() for path in figures_copy.iterdir() if path.is_file()}

    def broken(path, **params):
        raise ValueError("the ball fell out of the plot")

    monkeypatch.setattr(FIGURES["divergence"].module, "render", broken)
    with pytest.raises(PluginError, match="divergence"):
        config.plugins.on_pre_build(config=config)
    after = {path.name: path.read_bytes() for path in figures_copy.iterdir() if path.is_file()}
    for name, content in before.items():
        if name != ".manifest.json":
            assert after[name] == content, f"{name} changed"
    assert not [name for name in after if name.endswith(".partial")]


def test_figures_are_added_under_figures_without_touching_docs(config, hook, figures_copy,
                                                               monkeypatch):
    from descent.pages import publish

    # What on_pre_build would have published: nothing here (the site was built in a subprocess).
    monkeypatch.setattr(hook, "_published", publish.Published(wheel=Path("descent.whl")))
    docs_before = sorted(p for p in (ROOT / "docs").rglob("*"))
    files = config.plugins.on_files(Files([]), config=config)
    added = {file.dest_uri for file in files}
    for figure in FIGURES.values():
        assert f"figures/{figure.path_name}" in added
    assert not [uri for uri in added if uri.startswith("figures/.")]  # manifest, temp files
    assert sorted(p for p in (ROOT / "docs").rglob("*")) == docs_before


def test_notebook_cache_is_keyed_on_the_package_source(config, hook, tmp_path, monkeypatch):
    """mkdocs-jupyter keys its cache on the notebook alone; a change to src/ must re-execute."""
    plugin = config.plugins["mkdocs-jupyter"]
    monkeypatch.setattr(hook, "repo_root", lambda config: tmp_path)
    hook._key_notebook_cache(config)
    first = plugin.config["cache_dir"]
    assert first.endswith(hook.source_digest(config))
    Path(first).mkdir(parents=True)  # as the plugin does when it caches a notebook
    monkeypatch.setattr(hook, "source_digest", lambda config: "after-an-edit")
    hook._key_notebook_cache(config)
    assert plugin.config["cache_dir"].endswith("after-an-edit")
    assert not Path(first).exists()  # the old source's outputs are dropped


@pytest.mark.parametrize("module, reruns", [("network", True), ("two_weight", True),
                                            ("figures.ravine", False), ("landscapes", False)])
def test_only_an_edit_to_code_the_notebooks_import_reruns_them(config, hook, tmp_path,
                                                               monkeypatch, module, reruns):
    from descent import sources

    before = hook.source_digest(config)
    real = sources.module_path
    edited = tmp_path / "edited.py"
    edited.write_bytes(real(module).read_bytes() + b"# an edit\n")
    monkeypatch.setattr(sources, "module_path",
                        lambda name: edited if name == module else real(name))
    assert (hook.source_digest(config) != before) == reruns


def test_every_html_file_gets_the_whole_page_fixes_the_404_page_too(built_site):
    """The theme renders 404.html outside the pages (on_post_template): it is fixed the same way,
    so it names its search dialog and asks GitHub's API for nothing either."""
    from descent.pages.html_rewrite import tokens

    texts = {page: page.read_text(encoding="utf-8") for page in built_site.pages()}
    documents = [page for page, text in texts.items() if text.lstrip()[:15].lower() == "<!doctype html>"]
    assert built_site.dir / "404.html" in documents and len(documents) > 20
    for page in documents:  # not the figures' HTML fragments
        found = tokens(texts[page])
        starts = [token for token in found if token.kind == "start"]
        dialogs = [token for token in starts if token.is_start("div") and "md-search" in token.classes()
                   and token.get("role") == "dialog"]
        assert [token.get("aria-label") for token in dialogs] == ["Search"], page
        assert not [token for token in starts if token.get("data-md-component") == "source"], page
