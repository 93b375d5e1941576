"""Our printed blocks again from every one-ulp-nudged start of runs.ulp: what stays fixed.

Blocks, printouts and STEPS are those of descent.readings.compare, so each number here lines up with the
number the post printed in the same place.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from . import printed
from .compare import STEPS
from ..runs import ulp


def _block_lists(hidden: int, errors, synapse_0, synapse_1, synapse_0_direction_changes,
                 synapse_1_direction_changes, alpha: float):
    blocks = {(f"errors-{hidden}", alpha): [printed.error(e) for e in errors]}
    if hidden == 4:  # the post's closer look trained 4 hidden units
        blocks[("weights", alpha)] = [printed.weight(v) for v in
                                      list(synapse_0.ravel()) + list(synapse_1.ravel())]
        blocks[("counts", alpha)] = [printed.count(v) for v in
                                     list(synapse_0_direction_changes.ravel())
                                     + list(synapse_1_direction_changes.ravel())]
    return blocks


def blocks() -> list[dict[tuple[str, float], list[str]]]:
    """Our blocks again from each one-ulp-nudged start (runs.ulp), printed like the post."""
    found = {hidden: ulp.nudged(hidden, direction_changes=hidden == 4) for hidden in (4, 32)}
    columns = [list(found[4].steps).index(j) for j in STEPS]
    starts = []
    for n in range(ulp.NUDGES):
        blocks = {}
        for hidden, run in found.items():
            changes = (run.synapse_0_direction_changes, run.synapse_1_direction_changes)
            for a, alpha in enumerate(run.alphas):
                counts = [None if counted is None else counted[n, a] for counted in changes]
                blocks.update(_block_lists(hidden, run.errors[n, a, columns], run.synapse_0[n, a],
                                           run.synapse_1[n, a], *counts, alpha))
        starts.append(blocks)
    return starts


@dataclass(frozen=True)
class Spread:
    """One block over ours and every nudged start: what stays fixed, and each number's range."""

    fixed: list[int | None]  # per number: leading digits all printouts share (None: all)
    low: list[str]  # per number: the lowest and highest printout
    high: list[str]


def spread(block: tuple[str, float], computed: dict, starts: list[dict]) -> Spread:
    columns = list(zip(computed[block], *(start[block] for start in starts)))
    return Spread([printed.fixed_digits(c) for c in columns],
                  [min(c, key=Decimal) for c in columns], [max(c, key=Decimal) for c in columns])


def fewest(digits: list[int | None]) -> int | None:
    """The fewest digits in a list where None means all: None only if every entry is None."""
    known = [d for d in digits if d is not None]
    return min(known) if known else None
