"""The registry: article order, captions from docstrings, and honest dependency lists."""

import ast
from pathlib import Path

from descent.figures import build
from descent.figures.registry import FIGURES

ARTICLE_ORDER = ["bucket", "bucket-slopes", "divergence", "local-minimum", "basins",
                 "small-alpha-stuck", "small-alpha-slow", "ravine", "error-plane", "alpha-sweep",
                 "direction-changes", "hidden-size"]
LOGS = ["sweep-log", "closer-look-log", "hidden-size-log"]


def test_images_in_article_order_then_the_logs():
    images = [slug for slug, figure in FIGURES.items() if figure.kind == "image"]
    logs = [slug for slug, figure in FIGURES.items() if figure.kind == "log"]
    assert images == ARTICLE_ORDER
    assert logs == LOGS


def test_each_entry_is_named_after_its_module_and_captioned_by_its_docstring():
    for slug, figure in FIGURES.items():
        assert figure.module.__name__.rsplit(".", 1)[-1] == slug.replace("-", "_")
        assert figure.path_name.startswith(slug + ".")
        assert figure.caption == figure.module.__doc__.strip().splitlines()[0]
        assert figure.caption and len(figure.caption) < 140
    assert FIGURES["error-plane"].path_name == "error-plane.gif"
    assert FIGURES["sweep-log"].path_name == "sweep-log.txt"


def _package_imports(dependency: str) -> set[str]:
    """Package modules a module imports, named relative to `descent` like the registry does."""
    path = build.PACKAGE_DIR / (dependency.replace(".", "/") + ".py")
    package = dependency.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[:len(package) - (node.level - 1)]
            if node.module:
                found.add(".".join([*base, *node.module.split(".")]))
            else:
                found.update(".".join([*base, alias.name]) for alias in node.names)
    return {name for name in found
            if (build.PACKAGE_DIR / (name.replace(".", "/") + ".py")).exists()}


def test_declared_dependencies_cover_every_package_module_a_figure_reaches():
    for figure in FIGURES.values():
        reached, todo = set(), [figure.depends[0]]
        while todo:
            module = todo.pop()
            if module not in reached:
                reached.add(module)
                todo.extend(_package_imports(module))
        missing = reached - set(figure.depends)
        assert not missing, f"{figure.slug} does not declare {sorted(missing)}"


def test_every_figure_module_has_one_public_render_and_stays_small():
    for figure in FIGURES.values():
        assert callable(figure.module.render)
        assert len(Path(figure.module.__file__).read_text().splitlines()) <= 200
