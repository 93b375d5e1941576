"""The command line's values: each checked on its own, so a bad one is one line naming it."""

from __future__ import annotations

import argparse
import math
from pathlib import Path

# Options that take a value: a value starting with '-' is joined to them (see join_values).
VALUE_OPTIONS = frozenset({"--hidden", "--alphas", "--iterations", "--every", "--seed",
                           "--out", "--jobs", "--arithmetic"})


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be greater than 0, got {value}")
    return value


def seed(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if not 0 <= value < 2 ** 32:
        raise argparse.ArgumentTypeError(f"must be between 0 and 2**32 - 1, got {value}")
    return value


def alphas(text: str) -> tuple[float, ...]:
    values = []
    for part in text.split(","):
        try:
            value = float(part)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected numbers separated by commas, got {part!r}") from None
        if not math.isfinite(value) or value <= 0:
            raise argparse.ArgumentTypeError(f"every alpha must be a finite number > 0, got {part!r}")
        values.append(value)
    return tuple(values)


def folder(text: str) -> Path:
    if not text.strip():  # Path('') is '.', which would quietly fill the current folder
        raise argparse.ArgumentTypeError("expected a folder, got an empty name")
    return Path(text)


def join_values(argv: list[str]) -> list[str]:
    """`--alphas -inf` -> `--alphas=-inf`.

    argparse takes a word starting with '-' for an option unless it looks like a plain
    negative number, so `--alphas -inf` or `--alphas -1e3` ended in 'expected one argument'.
    Joined, the value reaches its own check and gets the usual one-line reason.
    """
    joined = []
    for i, arg in enumerate(argv):
        if arg == "--":
            return joined + argv[i:]
        if joined and joined[-1] in VALUE_OPTIONS and arg.startswith("-") \
                and not arg.startswith("--") and arg != "-":
            joined[-1] = f"{joined[-1]}={arg}"
        else:
            joined.append(arg)
    return joined
