"""Which package modules a piece of code reaches through its imports, their source, and the
one fingerprint every kept result is stored under.

A run, a figure, a notebook or the wheel is stale when the source it runs or the parameters it
is made with have changed; `fingerprint` hashes both, following imports, so nobody has to keep a
list of dependencies by hand.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import json
from pathlib import Path
from typing import Iterable

PACKAGE = "descent"
PACKAGE_DIR = Path(__file__).resolve().parents[1]  # src/descent: this module sits in files/


def module_path(name: str) -> Path:
    """The file of a package module named relative to `descent`, e.g. 'figures.style'."""
    return PACKAGE_DIR / (name.replace(".", "/") + ".py")


def _candidates(node: ast.AST, package: list[str]) -> Iterable[list[str]]:
    if isinstance(node, ast.Import):
        for alias in node.names:
            parts = alias.name.split(".")
            if parts[0] == PACKAGE:
                yield parts[1:]
    elif isinstance(node, ast.ImportFrom):
        if node.level:  # relative: from .network import X, from . import style
            base = package[:len(package) - (node.level - 1)]
        elif node.module and node.module.split(".")[0] == PACKAGE:
            base = []
        else:
            return
        module = [*base, *node.module.split(".")] if node.module else base
        if not node.level:
            module = module[1:]  # drop the leading 'descent'
        yield module
        for alias in node.names:  # `from descent import experiments` imports a module
            yield [*module, alias.name]


def direct_imports(source: str, within: str = "") -> set[str]:
    """Package modules that `source` imports; `within` names its own module for relative imports."""
    package = within.split(".")[:-1] if within else []
    found = set()
    for node in ast.walk(ast.parse(source)):
        for parts in _candidates(node, package):
            name = ".".join(parts)
            if name and module_path(name).is_file():
                found.add(name)
    return found


@functools.lru_cache(maxsize=1024)
def _module_imports(name: str, stamp: tuple[int, int]) -> frozenset[str]:
    """direct_imports of a package module, once per version of its file (its stat stamp):
    a build asks for the same modules for every figure, and `mkdocs serve` sees edits."""
    return frozenset(direct_imports(module_path(name).read_text(encoding="utf-8"), name))


def _imports_of(name: str) -> frozenset[str]:
    stat = module_path(name).stat()
    return _module_imports(name, (stat.st_mtime_ns, stat.st_size))


def _closure(start: Iterable[str]) -> set[str]:
    """The modules named and every package module they reach through imports, transitively."""
    seen: set[str] = set()
    todo = list(start)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(_imports_of(name))
    return seen


def reached(source: str, within: str = "") -> set[str]:
    """Every package module that `source` reaches through imports, transitively."""
    return _closure(direct_imports(source, within))


def module_closure(name: str) -> tuple[str, ...]:
    """A package module and every package module it reaches, sorted. Its own imports are read
    once per version of its file, like every other module's (a build asks for the closure of
    the same few run modules hundreds of times)."""
    return tuple(sorted({name} | _closure(_imports_of(name))))


def digest(names: Iterable[str]) -> str:
    """A hash of the named modules' source (read and hashed once per version of the files:
    every stored run's key asks for it, and a build reads hundreds of runs)."""
    stamps = []
    for name in sorted(set(names)):
        stat = module_path(name).stat()
        stamps.append((name, stat.st_mtime_ns, stat.st_size))
    return _digest(tuple(stamps))


@functools.lru_cache(maxsize=1024)
def _digest(stamped: tuple[tuple[str, int, int], ...]) -> str:
    hashed = hashlib.sha256()
    for name, _, _ in stamped:
        hashed.update(name.encode() + b"\0" + module_path(name).read_bytes() + b"\0")
    return hashed.hexdigest()


def fingerprint(modules: Iterable[str], parameters: dict) -> str:
    """The key of a kept result: a hash of its parameters (as JSON; what JSON cannot say, by
    repr) and of the source of the named package modules and every one they reach."""
    hashed = hashlib.sha256(json.dumps(parameters, sort_keys=True, default=repr).encode())
    hashed.update(digest(_closure(modules)).encode())
    return hashed.hexdigest()
