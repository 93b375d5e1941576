"""The hook: a failing figure stops the build by name; figures reach the site, never docs/."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files

from descent.figure_build.registry import FIGURES
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


def test_notebook_renderings_are_kept_in_the_notebooks_store(config, hook):
    """mkdocs-jupyter keys a rendering on the executed notebook it renders, which the notebooks'
    store keys on the source it runs (publish.notebook_key): the renderings are kept there too."""
    from descent.pages import pictures

    hook.on_config(config)
    cache = Path(config.plugins["mkdocs-jupyter"].config["cache_dir"])
    assert cache.parent == hook.publish_dir(config) / "notebooks"
    assert [type(extension) for extension in config.markdown_extensions
            if isinstance(extension, pictures.Pictures)] == [pictures.Pictures]


def test_every_html_file_names_its_search_dialog_the_404_page_too(built_site):
    """The theme renders 404.html outside the pages: its header comes from the same partials
    (overrides/partials), so it names its search dialog and asks GitHub's API for nothing either."""
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
