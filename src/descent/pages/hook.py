"""MkDocs hook: render stale figures, serve them from figures/, and keep every page offline.

It also publishes what a reader takes home (descent.pages.publish): the wheel, and each notebook with
an install cell, executed to .ipynb.
"""

from __future__ import annotations

import html
import logging
import re
import shutil
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from descent.pages import notebook_assets, page_fixes

log = logging.getLogger("mkdocs.hooks.descent")
_published = None  # descent.pages.publish.Published of the current build, from on_pre_build
_fixes = None  # descent.pages.fix_memo.FixMemo of the current build, from on_pre_build

# A paragraph that is only an image of figures/ becomes a <figure> with the registry caption.
FIGURE_LINE = re.compile(
    r"^!\[(?P<alt>[^\]]*)\]\((?P<path>(?:\.\./)*figures/(?P<name>[^)\s]+))\)[ \t]*$", re.MULTILINE)


def repo_root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def publish_dir(config: MkDocsConfig) -> Path:
    return repo_root(config) / ".cache" / "publish"


def imports_file(config: MkDocsConfig) -> Path:
    """Where the package's import graph is kept between builds (descent.sources)."""
    return repo_root(config) / ".cache" / "imports.json"


def figures_dir(config: MkDocsConfig) -> Path:
    return repo_root(config) / "figures"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Resolve the snippet base paths against the repo, so builds work from any directory."""
    snippets = config.mdx_configs.setdefault("pymdownx.snippets", {})
    root = repo_root(config)
    snippets["base_path"] = [str(root / p) for p in snippets.get("base_path", ["."])]
    # A build's output is our own progress and real warnings: not a line per cached notebook,
    # not a kernel's warning per notebook run.
    for name in ("mkdocs.plugins.mkdocs_jupyter", "mkdocs.mkdocs-jupyter"):
        logging.getLogger(name).setLevel(logging.WARNING)
    from descent.pages import publish

    publish.quiet_kernels(root / ".cache")
    return config


def on_pre_build(config: MkDocsConfig) -> None:
    """Render the stale figures (and logs) into figures/; a failing one stops the build."""
    from descent import sources
    from descent.pages.rebuild import FigureError, build
    from descent.pages.pool import default_jobs

    sources.remember_imports(imports_file(config))
    out_dir = figures_dir(config)
    try:
        build(out_dir=out_dir, force=False, report=log.info, jobs=default_jobs())
    except FigureError as error:
        raise PluginError(f"figure build failed: {error}") from error
    _key_notebook_cache(config)
    from descent.pages import fix_memo, publish

    global _published, _fixes
    _fixes = fix_memo.FixMemo(repo_root(config) / ".cache" / "page-fixes.json", out_dir)
    try:
        _published = publish.prepare(repo_root(config), sorted(Path(config.docs_dir).glob("notebooks/*.py")),
                                     publish_dir(config), config.site_url)
    except publish.PublishError as error:
        raise PluginError(str(error)) from error


def source_digest(config: MkDocsConfig) -> str:
    """A hash of the package source the notebooks import: it is part of their output."""
    from descent import sources

    docs = Path(config.docs_dir)
    reached: set[str] = set()
    for notebook in sorted(docs.glob("notebooks/*.py")):
        reached |= sources.reached(notebook.read_text(encoding="utf-8"))
    return sources.digest(reached)[:16]


def _key_notebook_cache(config: MkDocsConfig) -> None:
    """mkdocs-jupyter keys its cache on the notebook file only: add our source to the key.

    Each source version gets its own directory; directories of older versions are removed.
    """
    plugin = config.plugins.get("mkdocs-jupyter")
    if plugin is None or not plugin.config["cache"]:
        return
    base = repo_root(config) / ".cache" / "mkdocs-jupyter"
    current = base / source_digest(config)
    if base.is_dir():
        for old in base.iterdir():
            if old.is_dir() and old != current:
                shutil.rmtree(old, ignore_errors=True)
    plugin.config["cache_dir"] = str(current)


def on_env(env, config: MkDocsConfig, files: Files):
    """Keep the theme's templates compiled between builds (.cache/jinja), as Jinja offers: a
    build that changes nothing spent a tenth of its time compiling the same templates again."""
    from jinja2 import FileSystemBytecodeCache

    folder = repo_root(config) / ".cache" / "jinja"
    folder.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(str(folder))
    return env


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
    from descent.pages.registry import FIGURES

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

    try:
        markdown = values.fill(markdown, where=page.file.src_uri)
    except values.UnknownValue as error:
        raise PluginError(str(error)) from error
    captions = _captions()

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
    """Serve figures in the reader's look; on notebook pages drop nbconvert's CDN script tags
    and number the cells."""
    from descent.pages.registry import FIGURES

    known = {figure.base for figure in FIGURES.values()}
    notebook = page.file.src_uri.endswith(".py")
    return _fixes.apply(f"content notebook={notebook} known={sorted(known)}", content,
                        lambda html: page_fixes.content(html, figures_dir(config), known, notebook))


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Name the search dialog, let the keyboard reach notebook cells, size images; keep the
    header's repository link from asking GitHub's API for star counts."""
    return _fixes.apply("readable", output, lambda html: page_fixes.readable(html, figures_dir(config)))


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    """The theme's own pages (404.html) get the whole-page fixes a page gets (not the sitemap)."""
    if not template_name.endswith(".html"):
        return output_content
    return _fixes.apply("readable", output_content,
                        lambda html: page_fixes.readable(html, figures_dir(config)))


def on_post_build(config: MkDocsConfig) -> None:
    """Keep for the next build what this one learned (the page fixes' results, the package's
    import graph: a build that changes nothing then parses no page and no module); serve the
    notebook pages' inlined styles once, as a shared stylesheet, and their inlined plots as files."""
    _fixes.save()
    from descent import sources

    sources.save_imports(imports_file(config))
    notebook_assets.share_notebook_styles(Path(config.site_dir), repo_root(config) / ".cache" / "notebook-css")
    notebook_assets.serve_notebook_images(Path(config.site_dir))
