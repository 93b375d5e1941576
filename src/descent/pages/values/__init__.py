"""Numbers the runs produced, written into the pages' prose by the build.

A page names a value where its number goes, `{{ race.rmsprop_passes }}`, and `fill` puts the
number there when the site is built, from the stored run, so the page states what the machine
that built it computed. It is the idea of Quarto's inline code and MyST-NB's `glue`, in one plain
function that any site generator can call (the MkDocs hook does).

A name is `<module>.<name>`: a module of this package (one per page or study) whose one function
`numbers()` reads stored runs and returns every number the page names, together, as a mapping of
name to text formatted by `formats` (the one place numbers are formatted). `common` holds what
several of those modules read off runs alike. The post's own fixed parameters (60 000 steps,
seed 1, its seven alphas, 4 and 32 hidden units) stay literal in the prose.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

PLACEHOLDER = re.compile(r"\{\{\s*([a-z_][a-z0-9_]*)\.([a-z_][a-z0-9_]*)\s*\}\}")
HELPERS = ("common", "formats")  # modules of this package that name no values


class UnknownValue(KeyError):
    """A page names a value that no module here defines."""

    def __str__(self) -> str:
        return self.args[0]


def modules() -> list[str]:
    """The modules that define values, by name."""
    return sorted(info.name for info in pkgutil.iter_modules(__path__) if info.name not in HELPERS)


def numbers(module_name: str) -> dict[str, str]:
    """One module's values by name, computed now; UnknownValue when there is no such module."""
    if module_name not in modules():
        raise UnknownValue(f"no module of values named {module_name!r}")
    return importlib.import_module(f"{__name__}.{module_name}").numbers()


def _find(name: str, computed: dict[str, dict[str, str]]) -> str:
    """The text of `module.name`, its module's numbers kept in `computed` once computed."""
    module_name, _, key = name.partition(".")
    if module_name not in computed:
        try:
            computed[module_name] = numbers(module_name)
        except UnknownValue as error:
            raise UnknownValue(f"{error} (in {name!r})") from None
    if key not in computed[module_name]:
        raise UnknownValue(f"no value named {name!r}")
    return computed[module_name][key]


def lookup(name: str) -> str:
    """The text of the value `module.name`; UnknownValue when there is none."""
    return _find(name, {})


def every() -> dict[str, str]:
    """Every value pages may name, `module.name` -> its text, each module computed once."""
    return {f"{module_name}.{key}": text for module_name in modules()
            for key, text in numbers(module_name).items()}


def names() -> list[str]:
    """Every value pages may name."""
    return sorted(every())


def named_in(text: str) -> list[str]:
    """The values a page names, in order of appearance."""
    return [f"{module}.{name}" for module, name in PLACEHOLDER.findall(text)]


def fill(text: str, where: str = "page", computed: dict | None = None) -> str:
    """The text with each `{{ module.name }}` replaced by its value (each module it names
    computed once, kept in `computed` when given: a build passes one for all its pages);
    UnknownValue names the page."""
    computed = {} if computed is None else computed

    def one(match: re.Match) -> str:
        try:
            return _find(f"{match[1]}.{match[2]}", computed)
        except UnknownValue as error:
            raise UnknownValue(f"{where}: {error}") from None

    filled = PLACEHOLDER.sub(one, text)
    leftover = re.search(r"\{\{.*?\}\}", filled)
    if leftover:
        raise UnknownValue(f"{where}: {leftover[0]!r} is not a value name (module.name)")
    return filled
