"""Command line: `python -m descent sweep …`, `… figures …` and `… compare PRINTED.json`."""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from pathlib import Path

from . import logs
from .runs import sweeps
from .network import ALPHAS


class UsageError(Exception):
    """Bad input from the command line: reported in one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse prints usage + message; we want one clear line
        raise UsageError(message)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be greater than 0, got {value}")
    return value


def _seed(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if not 0 <= value < 2 ** 32:
        raise argparse.ArgumentTypeError(f"must be between 0 and 2**32 - 1, got {value}")
    return value


def _alphas(text: str) -> tuple[float, ...]:
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


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m descent", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    sweep = commands.add_parser("sweep", help="train the alpha sweep and print its log")
    sweep.add_argument("--hidden", type=_positive_int, default=4, help="hidden units (4)")
    sweep.add_argument("--alphas", type=_alphas, default=ALPHAS, help="comma-separated alphas")
    sweep.add_argument("--iterations", type=_positive_int, default=60_000, help="steps (60000)")
    sweep.add_argument("--every", type=_positive_int, default=10_000, help="log interval (10000)")
    sweep.add_argument("--seed", type=_seed, default=1, help="RandomState seed (1)")
    output = sweep.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="one JSON object, full precision")
    output.add_argument("--closer-look", action="store_true",
                        help="also print final weights and update-direction changes")
    figures = commands.add_parser("figures", help="render the stale figures into a folder")
    figures.add_argument("slugs", nargs="*", metavar="SLUG", help="only these figures (all)")
    figures.add_argument("--force", action="store_true", help="render even if up to date")
    figures.add_argument("--list", action="store_true", help="list the figures and exit")
    figures.add_argument("--out", type=Path, default=Path("figures"), help="folder (figures)")
    figures.add_argument("--jobs", type=_positive_int, default=None, metavar="N",
                         help="worker processes (one per core)")
    compare = commands.add_parser("compare", help="compare our numbers with the post's printout")
    compare.add_argument("printed", type=Path, metavar="PRINTED.json",
                         help="the post's printed numbers (../shared/article/printed-output.json)")
    return parser


def _figures(args) -> int:
    # Imported here so that `sweep` never pays for the figures' imports.
    from .build import figures as build, pool as parallel

    if args.jobs is None:
        args.jobs = parallel.default_jobs()
    try:
        chosen = build.select(args.slugs or None)
    except ValueError as error:
        print(f"python -m descent figures: error: {error}", file=sys.stderr)
        return 2
    if args.list:
        outdated = {figure.slug for figure in build.stale(chosen, args.out)}
        for figure in chosen:
            state = "stale" if figure.slug in outdated else "ok"
            print(f"{figure.slug:<18} {figure.path_name:<22} {state:<5} {figure.caption}")
        return 0
    try:
        build.build(args.slugs or None, args.out, args.force, report=print, jobs=args.jobs)
    except build.FigureError as error:
        print(f"python -m descent figures: error: {error}", file=sys.stderr)
        return 1
    return 0


def _sweep(args) -> int:
    result = sweeps.sweep(args.alphas, args.hidden, args.iterations, args.every, args.seed)
    if args.json:
        print(json.dumps(logs.sweep_json(result)))
    elif args.closer_look:
        sys.stdout.write(logs.closer_look_log(result))
    else:
        sys.stdout.write(logs.sweep_log(result))
    return 0


def _compare(args) -> int:
    from . import compare

    try:
        table, holds = compare.report(args.printed)
    except compare.PrintedError as error:
        print(f"python -m descent compare: error: {error}", file=sys.stderr)
        return 2
    sys.stdout.write(table)
    return 0 if holds else 1


def main(argv=None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except UsageError as error:
        print(f"python -m descent: error: {error}", file=sys.stderr)
        return 2
    command = {"sweep": _sweep, "figures": _figures, "compare": _compare}[args.command]
    prefix = f"python -m descent {args.command}: error:"
    try:
        return command(args)
    except BrokenPipeError:
        # The reader went away (`… | head`): stop quietly, as other command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as error:  # e.g. --out names a file, or a folder we may not write to
        print(f"{prefix} {error.strerror or error}: {error.filename or args.out}", file=sys.stderr)
        return 1
    except MemoryError:
        print(f"{prefix} not enough memory for this run; try a smaller --hidden or fewer alphas",
              file=sys.stderr)
        return 1
