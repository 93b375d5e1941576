"""Every number the 2015 post printed, compared with ours at the precision the post printed it.

The post's console blocks are data in the package (descent.readings.post_output, credited there), or a
JSON file laid out the same way; ours come from the stored runs. A *block* is one alpha's share of one kind of printout: its six
sweep errors at 4 or at 32 hidden units, its 16 final weights, or its 16 direction counts.
Numbers are compared as printed strings: errors as Python 2's str() (12 significant digits),
weights as numpy's 8-decimal array print, counts as whole numbers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from . import post_output, printed
from ..network import ALPHAS
from ..runs import sweeps

POST_URL = post_output.POST_URL
STEPS = tuple(range(0, sweeps.ITERATIONS, sweeps.LOG_EVERY))  # the six errors each block printed
KINDS = ("errors-4", "errors-32", "weights", "counts")
SIZES = {"synapse_0": 12, "synapse_1": 4, "synapse_0_direction_changes": 12,
         "synapse_1_direction_changes": 4}
NAMES = {"errors-4": "errors at 4 hidden", "errors-32": "errors at 32 hidden",
         "weights": "weights", "counts": "direction counts"}  # a block's kind, as pages say it
HIDDEN = {"errors-4": 4, "errors-32": 32, "weights": 4, "counts": 4}  # the run that printed it

class PrintedError(ValueError):
    """The printed-output file is missing, not JSON, or not laid out as expected."""


@dataclass(frozen=True)
class Result:
    """One block compared: how many numbers, how many match as printed, and how closely the rest agree."""

    kind: str
    alpha: float
    numbers: int
    exact: int
    digits: int | None  # fewest leading significant digits a differing number shares; None if none differ


def _block_key(alpha: float) -> str:
    return "%g" % alpha  # the JSON names alphas as the post printed them: "0.001", ..., "1000"


def _numbers(value, count: int, where: str) -> list[float]:
    if (not isinstance(value, list) or len(value) != count
            or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value)):
        raise PrintedError(f"{where}: expected a list of {count} numbers")
    return [float(v) for v in value]


def post() -> dict[tuple[str, float], list[str]]:
    """The post's numbers per block, as the post printed them, from the package's own copy."""
    return parse({"sweep_hidden_4": post_output.SWEEP_HIDDEN_4,
                  "sweep_hidden_32": post_output.SWEEP_HIDDEN_32,
                  "closer_look_hidden_4": post_output.CLOSER_LOOK_HIDDEN_4})


def load_printed(path: Path | str) -> dict[tuple[str, float], list[str]]:
    """The numbers of a JSON file laid out as the post's (see post_output); PrintedError on bad input."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PrintedError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise PrintedError(f"{path}: cannot read it ({error})") from None
    except json.JSONDecodeError as error:
        raise PrintedError(f"{path}: not JSON ({error.msg}, line {error.lineno})") from None
    return parse(data)


def parse(data) -> dict[tuple[str, float], list[str]]:
    """Printed numbers per block from the post's layout; PrintedError names what is wrong."""
    blocks = {}
    for alpha in ALPHAS:
        key = _block_key(alpha)
        for hidden in (4, 32):
            errors = _section(data, f"sweep_hidden_{hidden}", key)
            if not isinstance(errors, dict):
                raise PrintedError(f"sweep_hidden_{hidden}.{key}: expected iterations -> error")
            values = _numbers([errors.get(str(j)) for j in STEPS], len(STEPS),
                              f"sweep_hidden_{hidden}.{key} (iterations {STEPS[0]}..{STEPS[-1]})")
            blocks[(f"errors-{hidden}", alpha)] = [printed.error(v) for v in values]
        look = _section(data, "closer_look_hidden_4", key)
        if not isinstance(look, dict):
            raise PrintedError(f"closer_look_hidden_4.{key}: expected an object")
        found = {name: _numbers(look.get(name), size, f"closer_look_hidden_4.{key}.{name}")
                 for name, size in SIZES.items()}
        blocks[("weights", alpha)] = [printed.weight(v) for v in
                                      found["synapse_0"] + found["synapse_1"]]
        counts = found["synapse_0_direction_changes"] + found["synapse_1_direction_changes"]
        if any(v != int(v) or v < 0 for v in counts):
            raise PrintedError(f"closer_look_hidden_4.{key}: direction counts must be whole numbers")
        blocks[("counts", alpha)] = [printed.count(v) for v in counts]
    return blocks


def _section(data, name: str, key: str):
    if not isinstance(data, dict) or not isinstance(data.get(name), dict):
        raise PrintedError(f"expected an object with a {name!r} section")
    if key not in data[name]:
        raise PrintedError(f"{name}: no entry for alpha {key}")
    return data[name][key]


ARITHMETICS = ("2015", "numpy")  # the post's arithmetic (every machine), or this machine's numpy


def ours(arithmetic: str = "2015") -> dict[tuple[str, float], list[str]]:
    """Our numbers per block, printed as the post printed its own: the site's runs, in the
    post's 2015 arithmetic, or the post's code as written run by this machine's numpy."""
    if arithmetic not in ARITHMETICS:
        raise ValueError(f"arithmetic must be one of {', '.join(ARITHMETICS)}, not {arithmetic!r}")
    return blocks_of(sweeps.article_sweep if arithmetic == "2015" else sweeps.as_written_sweep)


def blocks_of(sweep) -> dict[tuple[str, float], list[str]]:
    """The numbers per block of the article's sweeps, sweep(hidden) for 4 and 32 hidden units,
    printed as the post printed its own."""
    blocks = {}
    for hidden in (4, 32):
        for run in sweeps.as_logged(sweep(hidden)).runs:
            blocks[(f"errors-{hidden}", run.alpha)] = [printed.error(run.errors[j]) for j in STEPS]
            if hidden == 4:  # the post's closer look trained 4 hidden units
                weights = list(run.synapse_0.ravel()) + list(run.synapse_1.ravel())
                counts = (list(run.synapse_0_direction_changes.ravel())
                          + list(run.synapse_1_direction_changes.ravel()))
                blocks[("weights", run.alpha)] = [printed.weight(v) for v in weights]
                blocks[("counts", run.alpha)] = [printed.count(v) for v in counts]
    return blocks


def compare(post: dict, computed: dict | None = None) -> list[Result]:
    """One Result per block, in page order: by alpha, then KINDS."""
    computed = ours() if computed is None else computed
    results = []
    for alpha in ALPHAS:
        for kind in KINDS:
            pairs = list(zip(computed[(kind, alpha)], post[(kind, alpha)]))
            differing = [printed.shared_digits(a, b) for a, b in pairs if a != b]
            results.append(Result(kind, alpha, len(pairs), len(pairs) - len(differing),
                                  min(differing) if differing else None))
    return results


def report(path: Path | str | None = None, arithmetic: str = "2015") -> str:
    """The per-block table for the CLI: the package's copy of the post, or a file laid out like
    it, against our numbers in the arithmetic named (see ours)."""
    results = compare(post() if path is None else load_printed(path), ours(arithmetic))
    lines = [f"{'alpha':>6}  {'block':<9}  {'exact':>7}  others share"]
    for r in results:
        share = "-" if r.digits is None else f"{r.digits} digit{'' if r.digits == 1 else 's'}"
        lines.append(f"{r.alpha:>6g}  {r.kind:<9}  {r.exact:>3} of {r.numbers:<2}  {share}")
    exact, total = sum(r.exact for r in results), sum(r.numbers for r in results)
    lines.append(f"{exact} of {total} printed numbers match to the last digit")
    return "\n".join(lines) + "\n"


def labels(kind: str) -> list[str]:
    """Short names of a block's numbers: the iteration of an error, the place of a weight or of
    its count (s0 i,j is synapse_0[i, j], s1 i is synapse_1[i, 0])."""
    if kind.startswith("errors"):
        return [str(step) for step in STEPS]  # as the post's log wrote them
    return [f"s0 {i},{j}" for i in range(3) for j in range(4)] + [f"s1 {i}" for i in range(4)]


def cell(exact: int, numbers: int, digits: int | None) -> str:
    """A block as the page's table states it."""
    if digits is None:
        return f"{exact} of {numbers}"
    return f"{exact} of {numbers}, the rest to {digits} digit{'' if digits == 1 else 's'}"
