"""Command line: `python -m descent sweep …`, `… figures …` and `… compare PRINTED.json`."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from . import arguments, folders, budget
from ..readings import logs
from ..runs import sweeps
from ..network import ALPHAS, ARITHMETICS
from .progress import Progress

class UsageError(Exception):
    """Bad input from the command line: reported in one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        # No abbreviations: `--alpha 0.1` must be an error, not quietly `--alphas 0.1`.
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message):  # argparse prints usage + message; we want one clear line
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m descent", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    sweep = commands.add_parser("sweep", help="train the alpha sweep and print its log")
    sweep.add_argument("--hidden", type=arguments.positive_int, default=4, help="hidden units (4)")
    sweep.add_argument("--alphas", type=arguments.alphas, default=ALPHAS, help="comma-separated alphas")
    sweep.add_argument("--iterations", type=arguments.positive_int, default=60_000, help="steps (60000)")
    sweep.add_argument("--every", type=arguments.positive_int, default=10_000, help="log interval (10000)")
    sweep.add_argument("--seed", type=arguments.seed, default=1, help="RandomState seed (1)")
    arithmetic = {"choices": tuple(ARITHMETICS), "default": "2015",
                  "help": "2015: the post's computer's arithmetic, the same on every machine "
                          "(the site's); numpy: the post's code as written, on this machine"}
    sweep.add_argument("--arithmetic", **arithmetic)
    output = sweep.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="one JSON object, full precision")
    output.add_argument("--closer-look", action="store_true",
                        help="also print final weights and update-direction changes")
    figures = commands.add_parser("figures", help="render the stale figures into a folder")
    figures.add_argument("slugs", nargs="*", metavar="SLUG", help="only these figures (all)")
    figures.add_argument("--force", action="store_true", help="render even if up to date")
    figures.add_argument("--list", action="store_true", help="list the figures and exit")
    figures.add_argument("--out", type=arguments.folder, default=None,
                         help="folder (the project's figures/)")
    figures.add_argument("--jobs", type=arguments.positive_int, default=None, metavar="N",
                         help="worker processes (one per core)")
    compare = commands.add_parser("compare", help="compare our numbers with the post's printout")
    compare.add_argument("printed", type=Path, metavar="PRINTED.json", nargs="?", default=None,
                         help="numbers laid out like the post's (default: the package's copy "
                              "of what the post printed)")
    compare.add_argument("--arithmetic", **arithmetic)
    return parser


def _figures(args) -> int:
    # Imported here so that `sweep` never pays for the figures' imports.
    from ..figure_build import pool, rebuild

    if args.jobs is None:
        args.jobs = pool.default_jobs()
    else:
        # No more worker processes than the cores this process may run on: more only share them.
        asked, args.jobs = args.jobs, min(args.jobs, pool.default_jobs())
        if args.jobs < asked:
            print(f"python -m descent figures: --jobs {asked}: using {args.jobs}, "
                  "one per core", file=sys.stderr)
    try:
        chosen = rebuild.select(args.slugs or None)
    except ValueError as error:
        print(f"python -m descent figures: error: {error}", file=sys.stderr)
        return 2
    if args.out is None:
        args.out = folders.default_figures_folder()
    problem = folders.problem(args.out, will_write=not args.list)
    if problem:
        print(f"python -m descent figures: error: {problem}", file=sys.stderr)
        return 1
    if args.list:
        outdated = {figure.slug for figure in rebuild.stale(chosen, args.out)}
        for figure in chosen:
            state = "stale" if figure.slug in outdated else "ok"
            try:
                caption = figure.caption
            except Exception as error:  # noqa: BLE001 - a broken module: say so, list the rest
                caption = f"cannot import {figure.module_name}: {type(error).__name__}: {error}"
            print(f"{figure.slug:<18} {figure.path_name:<22} {state:<5} {caption}")
        return 0
    try:
        rebuild.build(args.slugs or None, args.out, args.force, report=print, jobs=args.jobs)
    except rebuild.FigureError as error:
        print(f"python -m descent figures: error: {error}", file=sys.stderr)
        return 1
    return 0


def _sweep(args) -> int:
    cost = budget.estimate(len(args.alphas), args.hidden, args.iterations, args.every,
                           json=args.json)
    refusal = budget.refusal(cost, budget.available_memory())
    if refusal:
        print(f"python -m descent sweep: error: {refusal}", file=sys.stderr)
        return 1
    progress = None
    if cost.seconds > budget.PROGRESS_AFTER_SECONDS:
        progress = Progress("python -m descent sweep", args.iterations, cost.seconds)
    if args.arithmetic == "numpy":  # the post's code as written: one plain loop per alpha
        result = sweeps.sweep_plain(args.alphas, args.hidden, args.iterations, args.every,
                                    args.seed, arithmetic="numpy")
    else:
        result = sweeps.sweep(args.alphas, args.hidden, args.iterations, args.every, args.seed,
                              progress=progress,
                              progress_every=progress.every() if progress else 1000)
    # The article logs each error before that step's update, so its last line is one step
    # short of the trained network; the CLI adds the error after the last update.
    if args.json:
        text = json.dumps(logs.sweep_json(result, result.final)) + "\n"
    elif args.closer_look:
        text = logs.closer_look_log(result, result.final)
    else:
        text = logs.sweep_log(result, result.final)
    # Written whole and flushed here, so a full disk is reported below, not at exit.
    sys.stdout.write(text)
    sys.stdout.flush()
    return 0


def _silence_stdout() -> None:
    """Point stdout at /dev/null so Python's flush at exit cannot fail a second time."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _compare(args) -> int:
    from ..readings import compare

    try:
        table = compare.report(args.printed, args.arithmetic)
    except compare.PrintedError as error:
        print(f"python -m descent compare: error: {error}", file=sys.stderr)
        return 2
    sys.stdout.write(table)
    return 0


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        args = build_parser().parse_args(arguments.join_values(argv))
    except UsageError as error:
        print(f"python -m descent: error: {error}", file=sys.stderr)
        return 2
    command = {"sweep": _sweep, "figures": _figures, "compare": _compare}[args.command]
    name = f"python -m descent {args.command}"
    try:
        return command(args)
    except KeyboardInterrupt:
        # Ctrl-C: one line, no traceback; a sweep has written nothing (stdout comes at the end).
        print(f"{name}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`… | head`): stop quietly, as other command-line tools do.
        _silence_stdout()
        return 1
    except OSError as error:  # a full disk, a folder that went away mid-build, …
        if error.filename is not None:
            print(f"{name}: error: {error.strerror or error}: {error.filename}", file=sys.stderr)
        else:  # no file named: it was stdout (e.g. `> /dev/full`)
            print(f"{name}: error: cannot write the output: {error.strerror or error}",
                  file=sys.stderr)
            _silence_stdout()
        return 1
    except MemoryError:  # the estimate is an estimate: other programs may have taken memory
        print(f"{name}: error: not enough memory for this run; try a smaller --hidden or "
              "fewer alphas", file=sys.stderr)
        return 1
