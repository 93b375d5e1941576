"""Numbers the runs produced, written into the pages' prose by the build.

A page names a value where its number goes, `{{ race.rmsprop_passes }}`, and `fill` puts the
number there when the site is built, from the stored run, so the page states what the machine
that built it computed. It is the idea of Quarto's inline code and MyST-NB's `glue`, in one plain
function that any site generator can call (the MkDocs hook does).

A name is `<module>.<function>`: a function of a module in this package, marked with `@value`,
that reads stored runs and returns its number formatted by `formats` (the one place numbers
are formatted). The post's own fixed parameters (60 000 steps, seed 1, its seven alphas, 4 and 32
hidden units) stay literal in the prose.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from typing import Callable

PLACEHOLDER = re.compile(r"\{\{\s*([a-z_][a-z0-9_]*)\.([a-z_][a-z0-9_]*)\s*\}\}")
_MARK = "_descent_value"


class UnknownValue(KeyError):
    """A page names a value that no module here defines."""

    def __str__(self) -> str:
        return self.args[0]


def value(function: Callable[[], str]) -> Callable[[], str]:
    """Mark a function as a value pages may name."""
    setattr(function, _MARK, True)
    return function


def modules() -> list[str]:
    """The modules that define values, by name."""
    return sorted(info.name for info in pkgutil.iter_modules(__path__) if info.name != "formats")


def lookup(name: str) -> Callable[[], str]:
    """The function behind `module.function`; UnknownValue when there is none."""
    module_name, _, function_name = name.partition(".")
    if module_name not in modules():
        raise UnknownValue(f"no module of values named {module_name!r} (in {name!r})")
    module = importlib.import_module(f"{__name__}.{module_name}")
    function = getattr(module, function_name, None)
    if not getattr(function, _MARK, False):
        raise UnknownValue(f"no value named {name!r}")
    return function


def names() -> list[str]:
    """Every value pages may name."""
    found = []
    for module_name in modules():
        module = importlib.import_module(f"{__name__}.{module_name}")
        found += [f"{module_name}.{key}" for key, item in vars(module).items()
                  if getattr(item, _MARK, False)]
    return sorted(found)


def named_in(text: str) -> list[str]:
    """The values a page names, in order of appearance."""
    return [f"{module}.{function}" for module, function in PLACEHOLDER.findall(text)]


def fill(text: str, where: str = "page") -> str:
    """The text with each `{{ module.function }}` replaced by its value; UnknownValue names the page."""
    def one(match: re.Match) -> str:
        name = f"{match[1]}.{match[2]}"
        try:
            return lookup(name)()
        except UnknownValue as error:
            raise UnknownValue(f"{where}: {error}") from None

    filled = PLACEHOLDER.sub(one, text)
    leftover = re.search(r"\{\{.*?\}\}", filled)
    if leftover:
        raise UnknownValue(f"{where}: {leftover[0]!r} is not a value name (module.function)")
    return filled
