"""Runs stored on disk under the digest of the source they reach and their arguments.

A stored run is computed once per change of its code, by whichever process asks first: the
others wait on the entry's lock and then read it. Entries are pickles written to a temp file
and renamed, so a reader never sees half of one; a damaged entry is computed again.
"""

from __future__ import annotations

import functools
import inspect
import os
import pickle
from dataclasses import dataclass, fields, is_dataclass
from importlib import metadata
from pathlib import Path

import numpy as np

from ..files import locks, sources
from ..files.atomic import atomic

ENVIRONMENT = "DESCENT_RUNS"  # a folder to store runs in, instead of the default


def root() -> Path:
    """Where runs are stored: $DESCENT_RUNS, else the checkout's .cache/runs, else ~/.cache."""
    if os.environ.get(ENVIRONMENT):
        return Path(os.environ[ENVIRONMENT])
    checkout = sources.PACKAGE_DIR.parents[1]
    if (checkout / "mkdocs.yml").is_file():
        return checkout / ".cache" / "runs"
    return Path.home() / ".cache" / "descent" / "runs"


def _plain(value):
    """Arguments as JSON-ready values: the same numbers give the same key however passed."""
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, (tuple, list, range)):
        return [_plain(item) for item in value]
    if isinstance(value, (np.integer, np.floating)):
        return value.item()
    return value


def _freeze(value):
    """Make a result's arrays read-only: one object is shared by every caller in a process."""
    if isinstance(value, np.ndarray):
        value.setflags(write=False)
    elif is_dataclass(value):
        for field in fields(value):
            _freeze(getattr(value, field.name))
    elif isinstance(value, (tuple, list)):
        for item in value:
            _freeze(item)
    elif isinstance(value, dict):
        for item in value.values():
            _freeze(item)
    return value


@dataclass(frozen=True)
class Call:
    """One stored run with its arguments: what a figure reads, named so a build can compute it first."""

    run: "Stored"
    args: tuple
    kwargs: dict

    def ready(self) -> bool:
        return self.run.ready(*self.args, **self.kwargs)

    def __call__(self):
        return self.run(*self.args, **self.kwargs)

    @property
    def label(self) -> str:
        arguments = [repr(a) for a in self.args] + [f"{k}={v!r}" for k, v in self.kwargs.items()]
        return f"{self.run.name}({', '.join(arguments)})"

    @property
    def name(self) -> str:
        return self.run.path(*self.args, **self.kwargs).name

    def __reduce__(self):  # sent to worker processes by name, not by value
        return (_call_by_name, (self.run.module, self.run.function.__name__, self.args, self.kwargs))


def _call_by_name(module: str, function: str, args: tuple, kwargs: dict) -> Call:
    import importlib

    return getattr(importlib.import_module(module), function).call(*args, **kwargs)


@functools.cache
def _numpy_version() -> str:
    return metadata.version("numpy")  # read once per process: every key holds it


class Stored:
    """A function whose results are kept on disk, one entry per source version and arguments."""

    def __init__(self, function):
        functools.update_wrapper(self, function)
        self.function = function
        self.module = function.__module__
        self.name = f"{function.__module__.removeprefix(sources.PACKAGE + '.')}.{function.__qualname__}"
        self.signature = inspect.signature(function)
        self.memory: dict[str, object] = {}

    def key(self, *args, **kwargs) -> str:
        bound = self.signature.bind(*args, **kwargs)
        bound.apply_defaults()
        module = self.name.rsplit(".", 1)[0]
        return sources.fingerprint([module], {"run": self.name, "numpy": _numpy_version(),
                                              "arguments": _plain(dict(bound.arguments))})[:32]

    def path(self, *args, **kwargs) -> Path:
        return root() / f"{self.name}.{self.key(*args, **kwargs)}.pickle"

    def call(self, *args, **kwargs) -> Call:
        """This run with these arguments, to compute later (see Call)."""
        return Call(self, args, kwargs)

    def ready(self, *args, **kwargs) -> bool:
        """Whether this call's result is already stored (in this process or on disk)."""
        path = self.path(*args, **kwargs)
        return path.name in self.memory or path.is_file()

    def __call__(self, *args, **kwargs):
        path = self.path(*args, **kwargs)
        if path.name not in self.memory:
            self.memory[path.name] = _freeze(self._load_or_compute(path, args, kwargs))
        return self.memory[path.name]

    def _load_or_compute(self, path: Path, args, kwargs):
        result = _load(path)
        if result is not None:
            return result
        path.parent.mkdir(parents=True, exist_ok=True)
        with locks.held(path.with_suffix(".lock")):  # another process may be computing it now
            result = _load(path)
            if result is None:
                result = self.function(*args, **kwargs)
                _save(path, result)
        return result


def _load(path: Path):
    try:
        with open(path, "rb") as entry:
            return pickle.load(entry)
    except FileNotFoundError:
        return None
    except Exception:  # noqa: BLE001 - damaged or from another version: compute it again
        return None


def _save(path: Path, result) -> None:
    with atomic(path) as temp, open(temp, "wb") as out:
        pickle.dump(result, out, protocol=pickle.HIGHEST_PROTOCOL)


def stored(function) -> Stored:
    """Decorator: keep the function's results on disk (see the module's docstring)."""
    return Stored(function)
