"""pages.hook, as MkDocs loads it: a failing figure stops the build by name; figures reach the
site, never docs/; notebook renderings are kept with the notebooks; a lone figure image becomes a
<figure> captioned from the registry; nbconvert's HTML is fixed on notebook pages only. No site
is built: each stage is called on its own, on a figures/ folder made here."""

from __future__ import annotations

import ast
import html
import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files

from descent.figure_build import manifest
from descent.figure_build.registry import FIGURES

ROOT = Path(__file__).resolve().parents[2]
HOOK = "src/descent/pages/hook.py"


@pytest.fixture
def config():
    return load_config(str(ROOT / "mkdocs.yml"))


@pytest.fixture
def hook(config):
    """The hook module exactly as MkDocs loaded it for this configuration."""
    return config.plugins[HOOK]


@pytest.fixture
def figures_copy(hook, tmp_path, monkeypatch):
    """A figures/ folder as a finished build leaves it, that the hook is pointed at: every
    output (a few bytes standing in for each), a current manifest, the folder's README."""
    copy = tmp_path / "figures"
    copy.mkdir()
    tools = manifest.tool_versions()
    for figure in FIGURES.values():
        (copy / figure.path_name).write_text(f"{figure.slug}, as drawn before\n")
    manifest.write(copy, {slug: manifest.fingerprint(figure, tools)
                          for slug, figure in FIGURES.items()})
    (copy / "README.md").write_text("build output\n")
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

    # What on_pre_build would have published: nothing here (on_pre_build is not run).
    monkeypatch.setattr(hook, "_published", publish.Published(wheel=Path("descent.whl")))
    docs_before = sorted(p for p in (ROOT / "docs").rglob("*"))
    files = config.plugins.on_files(Files([]), config=config)
    added = {file.dest_uri for file in files}
    for figure in FIGURES.values():
        assert f"figures/{figure.path_name}" in added
    assert not [uri for uri in added if uri.startswith("figures/.")]  # manifest, temp files
    assert "figures/README.md" not in added
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


def page(src_uri: str) -> SimpleNamespace:
    """What the hook reads of a page: where its source is."""
    return SimpleNamespace(file=SimpleNamespace(src_uri=src_uri))


def module_facts(name: str) -> tuple[str, str | None]:
    """(the first line of a figure module's docstring, its POST_PICTURE or None), read from its
    source without importing it: a second reading of what the registry reads."""
    tree = ast.parse((ROOT / "src" / "descent" / "figures" / f"{name}.py").read_text())
    picture = next((node.value.value for node in tree.body if isinstance(node, ast.Assign)
                    and [target.id for target in node.targets] == ["POST_PICTURE"]), None)
    return ast.get_docstring(tree).strip().splitlines()[0], picture


def test_a_lone_figure_image_becomes_a_figure_captioned_from_its_module(hook, config):
    caption, picture = module_facts("divergence")
    assert picture is not None  # it recomputes one of the post's pictures: the caption links it
    markdown = ("Alpha too big.\n\n![The ball leaves the bucket](../figures/divergence.png)\n\n"
                "See ![inline](../figures/divergence.png) in a sentence.\n")
    found = hook.on_page_markdown(markdown, page=page("part-2.md"), config=config, files=None)
    assert found == (
        "Alpha too big.\n\n"
        '<figure markdown="span" id="figure-divergence">\n'
        "![The ball leaves the bucket](../figures/divergence.png)\n"
        f"<figcaption>{html.escape(caption)} <a href=\"https://iamtrask.github.io/img/{picture}\">"
        "The post's picture</a>.</figcaption>\n"
        "</figure>\n\n"
        "See ![inline](../figures/divergence.png) in a sentence.\n")  # not alone: left as it is


def test_a_figure_of_our_own_is_captioned_without_a_link_to_the_post(hook, config):
    caption, picture = module_facts("alpha_sweep")
    assert picture is None
    found = hook.on_page_markdown("![Curves](figures/alpha-sweep.png)", page=page("index.md"),
                                  config=config, files=None)
    assert f"<figcaption>{html.escape(caption)}</figcaption>" in found


@pytest.mark.parametrize("markdown, says", [
    ("![A ball](../figures/no-such-figure.png)", "part-2.md: no figure named 'no-such-figure.png'"),
    ("![ ](../figures/divergence.png)", "part-2.md: figure 'divergence.png' has no alt text"),
    ("It took {{ nowhere.steps }} steps.", "nowhere"),
])
def test_a_page_naming_what_does_not_exist_stops_the_build_saying_where(hook, config, markdown,
                                                                        says):
    with pytest.raises(PluginError, match=says):
        hook.on_page_markdown(markdown, page=page("part-2.md"), config=config, files=None)


def test_nbconverts_html_is_fixed_on_notebook_pages_only(hook, config):
    cell = '<div class="highlight-ipynb"><pre>x = 1</pre></div>'
    fixed = '<div class="highlight-ipynb" tabindex="0"><pre>x = 1</pre></div>'
    assert hook.on_page_content(cell, page=page("notebooks/ravine.py"), config=config,
                                files=None) == fixed
    assert hook.on_page_content(cell, page=page("part-3.md"), config=config, files=None) == cell
