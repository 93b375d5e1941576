"""Figures only draw: their numbers come from descent.runs, where tests and pages read them too.

The rule, for every public function (no leading underscore) defined in a module of
descent.figures that reads anything of the package outside descent.figures:

- it is `render` (draws an image), `text` (writes a log, a table or a page fragment) or `runs`
  (declares the stored runs the output reads, so a build computes them first); or
- it draws: its first parameter is the axes or figure it draws on (`ax`, `fig`); or
- it formats: its return annotation is text, `str` alone or inside lists, tuples and dicts
  (a table's rows, the slider's page data); or
- it is one of the drawing helpers named in DRAWING, each with what it draws.

Anything else returns numbers or arrays, which is data: it belongs in descent.runs (a `@stored`
run, or a plain function reading one). A module that reads nothing of the package outside
descent.figures (style, panels, labels, grid, tables) can only shape what it is given, so it is
a drawing helper as a whole and the rule leaves it alone.

Tests and the pages' values never import a figure module for a number: values import none at
all, and a test may use a figure module's outputs (render, text and the text helpers above),
its drawing helpers and its constants, which the rule above limits to drawing.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import sys
from pathlib import Path

import pytest

import descent.figures
import descent.pages.values
from descent.files import sources

OUTPUTS = {"render", "text", "runs"}
DRAWS_ON = {"ax", "fig"}
TEXT = {"str", "list", "tuple", "dict", "None"}
DRAWING = {"error_plane.azimuths": "the camera's angle in each frame of the animation"}

MODULES = sorted(info.name for info in pkgutil.iter_modules(descent.figures.__path__))


def reads_outside(name: str) -> bool:
    """Whether a figure module reaches, through its imports, a package module outside figures."""
    path = next(Path(folder) / f"{name}.py" for folder in descent.figures.__path__
                if (Path(folder) / f"{name}.py").is_file())
    return any(not reached.startswith("figures.")
               for reached in sources.reached(path.read_text(encoding="utf-8"), f"figures.{name}"))


def returns_text(annotation: str) -> bool:
    """Whether a return annotation names only text: str, in lists, tuples or dicts of it."""
    if annotation is inspect.Signature.empty:
        return False
    if not isinstance(annotation, str):
        annotation = inspect.formatannotation(annotation)
    names = [node.id for node in ast.walk(ast.parse(annotation, mode="eval"))
             if isinstance(node, ast.Name)]
    constants = [node.value for node in ast.walk(ast.parse(annotation, mode="eval"))
                 if isinstance(node, ast.Constant)]
    return bool(names) and set(names) <= TEXT and all(c in (None, Ellipsis) for c in constants)


def breaks_the_rule(module_name: str) -> list[str]:
    """The public functions of a figure module that return data (see the module docstring)."""
    module = importlib.import_module(f"descent.figures.{module_name}")
    found = []
    for name, function in vars(module).items():
        if (not inspect.isfunction(function) or function.__module__ != module.__name__
                or name.startswith("_") or name in OUTPUTS
                or f"{module_name}.{name}" in DRAWING):
            continue
        signature = inspect.signature(function)
        first = next(iter(signature.parameters), None)
        if first in DRAWS_ON or returns_text(signature.return_annotation):
            continue
        found.append(f"{module_name}.{name}{signature}")
    return found


@pytest.mark.parametrize("module_name", [name for name in MODULES if reads_outside(name)])
def test_a_figure_module_only_draws_formats_or_declares_its_runs(module_name):
    assert breaks_the_rule(module_name) == []


def test_the_rule_finds_a_data_function(tmp_path, monkeypatch):
    # A figure module that computes a path itself, as ravine.py once did, breaks the rule.
    source = ('from .. import landscapes\n\n\ndef path(steps: int = 3):\n'
              '    return landscapes.descend(landscapes.bucket.df, 1.0, 0.1, steps)\n\n\n'
              'def label(alpha: float) -> str:\n    return f"{alpha:g}"\n\n\n'
              'def render(path) -> None:\n    pass\n')
    (tmp_path / "computing_figure.py").write_text(source, encoding="utf-8")
    monkeypatch.setattr(descent.figures, "__path__", [str(tmp_path), *descent.figures.__path__])
    try:
        assert reads_outside("computing_figure")
        assert breaks_the_rule("computing_figure") == ["computing_figure.path(steps: int = 3)"]
    finally:
        sys.modules.pop("descent.figures.computing_figure", None)
    assert returns_text("list[tuple[str, ...]]") and not returns_text("tuple[float, float]")


def test_every_drawing_exception_names_a_function_that_exists():
    for dotted in DRAWING:
        module_name, name = dotted.split(".")
        assert inspect.isfunction(getattr(importlib.import_module(f"descent.figures.{module_name}"), name))


def test_the_pages_values_import_no_figure_module():
    for path in sorted(Path(descent.pages.values.__path__[0]).glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
        assert not [name for name in imported if name.split(".")[0] == "figures"
                    or name.startswith("descent.figures")], path.name
