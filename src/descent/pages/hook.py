"""MkDocs hook: a thin caller of the plain functions of descent.pages, stage by stage.

- on_config: the snippets' folders made absolute; figures served in the reader's look by a
  Markdown extension (descent.pages.pictures); mkdocs-jupyter's renderings kept in the
  notebooks' store.
- on_pre_build: the stale figures rendered into figures/ (a failing one stops the build); what a
  reader takes home made (descent.pages.publish): the wheel, and each notebook with an install
  cell, executed to .ipynb.
- on_files: figures/ and the wheel served; notebook pages rendered from their executed copy.
- on_page_markdown: the runs' numbers written into the prose (descent.pages.values); each lone
  figure image wrapped in a <figure> with the registry's caption.
- on_page_content: the fixes of nbconvert's HTML on notebook pages (descent.pages.page_fixes).
- on_post_build: the notebook pages' inlined styles and plots served as files
  (descent.pages.notebook_assets).

Three stores keep work between builds, keyed by descent.files.sources.fingerprint: the runs
(.cache/runs), the figures (figures/ and its manifest) and the notebooks (.cache/publish: the
wheel they install, their executed copies, and what is made from those: mkdocs-jupyter's
renderings, which it keys on the executed copy, and their pruned stylesheet).
"""

from __future__ import annotations

import html
import logging
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from descent.pages import notebook_assets, page_fixes, pictures

log = logging.getLogger("mkdocs.hooks.descent")
_published = None  # descent.pages.publish.Published of the current build, from on_pre_build
# Kept for one build (on_pre_build starts them afresh): each values module's numbers, computed
# once however many pages name them, and the figures' captions.
_computed: dict[str, dict[str, str]] = {}
_figure_captions: dict[str, tuple[str, str]] | None = None

# A paragraph that is only an image of figures/ becomes a <figure> with the registry caption.
FIGURE_LINE = re.compile(
    r"^!\[(?P<alt>[^\]]*)\]\((?P<path>(?:\.\./)*figures/(?P<name>[^)\s]+))\)[ \t]*$", re.MULTILINE)


def repo_root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def publish_dir(config: MkDocsConfig) -> Path:
    return repo_root(config) / ".cache" / "publish"


def figures_dir(config: MkDocsConfig) -> Path:
    return repo_root(config) / "figures"


def figure_names() -> set[str]:
    """The names the pages give figures by: each one's light desktop rendering."""
    from descent.figure_build.registry import FIGURES

    return {figure.base for figure in FIGURES.values()}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Resolve the snippet base paths against the repo, so builds work from any directory;
    serve figures as pictures at the Markdown stage; keep notebook renderings with the notebooks."""
    snippets = config.mdx_configs.setdefault("pymdownx.snippets", {})
    root = repo_root(config)
    snippets["base_path"] = [str(root / p) for p in snippets.get("base_path", ["."])]
    # A build's output is our own progress and real warnings: not a line per cached notebook,
    # not a kernel's warning per notebook run.
    for name in ("mkdocs.plugins.mkdocs_jupyter", "mkdocs.mkdocs-jupyter"):
        logging.getLogger(name).setLevel(logging.WARNING)
    from descent.pages import publish

    publish.quiet_kernels(root / ".cache")
    config.markdown_extensions.append(pictures.Pictures(figures_dir(config), figure_names))
    # The plugin keys a rendering on the executed notebook it renders (on_files), which changes
    # with the source it runs: its renderings belong with the notebooks.
    plugin = config.plugins.get("mkdocs-jupyter")
    if plugin is not None:
        plugin.config["cache_dir"] = str(publish_dir(config) / "notebooks" / "rendered")
    return config


def on_pre_build(config: MkDocsConfig) -> None:
    """Render the stale figures (and logs) into figures/; a failing one stops the build."""
    from descent.figure_build.rebuild import FigureError, build
    from descent.figure_build.pool import default_jobs

    out_dir = figures_dir(config)
    try:
        build(out_dir=out_dir, force=False, report=log.info, jobs=default_jobs())
    except FigureError as error:
        raise PluginError(f"figure build failed: {error}") from error
    from descent.pages import publish

    global _published, _computed, _figure_captions
    _computed, _figure_captions = {}, None
    try:
        _published = publish.prepare(repo_root(config), sorted(Path(config.docs_dir).glob("notebooks/*.py")),
                                     publish_dir(config), config.site_url)
    except publish.PublishError as error:
        raise PluginError(str(error)) from error


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Publish every file of figures/ at figures/<name>, straight from figures/ (never docs/)."""
    for path in sorted(figures_dir(config).iterdir()):
        if path.is_file() and path.name != "README.md" and not path.name.startswith("."):
            files.append(File.generated(config, f"figures/{path.name}", abs_src_path=str(path)))
    # Notebook pages render (and offer) the executed notebook; the wheel and source are served beside.
    for file in files:
        if file.src_uri in _published.sources:
            file.abs_src_path = str(_published.sources[file.src_uri])
    for uri, path in _published.downloads.items():
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files


POST_PICTURES = "https://iamtrask.github.io/img/"  # where the post's own pictures live


def _captions() -> dict[str, tuple[str, str]]:
    """Each figure's caption, as HTML, with a link to the post's picture it recomputes."""
    from descent.figure_build.registry import FIGURES

    captions = {}
    for entry in FIGURES.values():
        if entry.look:
            continue
        caption = html.escape(entry.caption)
        if entry.post_picture:
            caption += (f' <a href="{POST_PICTURES}{entry.post_picture}">The post\'s '
                        f"picture</a>.")
        captions[entry.path_name] = (entry.slug, caption)
    return captions


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Write the runs' numbers into the prose (descent.pages.values); wrap each lone figure
    image in a <figure> whose caption is the registry's."""
    from descent.pages import values

    global _figure_captions
    if _figure_captions is None:
        _figure_captions = _captions()
    try:
        markdown = values.fill(markdown, where=page.file.src_uri, computed=_computed)
    except values.UnknownValue as error:
        raise PluginError(str(error)) from error
    captions = _figure_captions

    def figure(match: re.Match) -> str:
        name, alt = match["name"], match["alt"].strip()
        if name not in captions:
            raise PluginError(f"{page.file.src_uri}: no figure named {name!r} in the registry")
        if not alt:
            raise PluginError(f"{page.file.src_uri}: figure {name!r} has no alt text")
        slug, caption = captions[name]
        return (f'<figure markdown="span" id="figure-{slug}">\n'
                f"![{alt}]({match['path']})\n"  # no indent: it would add a <br>
                f"<figcaption>{caption}</figcaption>\n"
                f"</figure>")

    return FIGURE_LINE.sub(figure, markdown)


def on_page_content(content: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """On notebook pages, fix what nbconvert writes: no CDN scripts, numbered cells, code cells
    the keyboard reaches, the plots' alt texts."""
    return page_fixes.notebook(content) if page.file.src_uri.endswith(".py") else content


def on_post_build(config: MkDocsConfig) -> None:
    """Serve the notebook pages' inlined styles once, as a shared stylesheet (its pruning kept
    in the notebooks' store), and their inlined plots as files."""
    site = Path(config.site_dir)
    notebook_assets.share_notebook_styles(site, publish_dir(config) / "notebooks" / "styles")
    notebook_assets.serve_notebook_images(site)
