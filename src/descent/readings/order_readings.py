"""What "Checked against the post" reads off the candidate arithmetics (runs.orders): how many of
the post's numbers, and of the chaotic runs' numbers, each candidate prints digit for digit; and
the site's numbers with one exp rounded the other way.

Plain functions of stored runs (orders.candidate_sweep, orders.flipped, sweeps.article_sweep,
sweeps.as_written_sweep through compare.ours): cheap, so not stored themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import compare, printed
from ..runs import orders, sweeps

# The chaotic runs' numbers: every number of alphas 100 and 1000 at 4 hidden units (their
# errors, final weights and direction counts), 2 x (6 + 16 + 16) = 76. One ulp anywhere in
# those runs grows into their printed digits (runs.ulp), so they fingerprint an arithmetic.
CHAOTIC = tuple((kind, alpha) for alpha in (100.0, 1000.0)
                for kind in ("errors-4", "weights", "counts"))

# Every candidate in the page's order, by name, as the table names it. "numpy" and "2015" are
# compare.ours's: the post's code as written, run by today's numpy where the site is built, and
# the site's own runs (four lanes); the others are orders.TRAINED.
LABELS = {
    "numpy": "today's NumPy on the computer that built this page",
    "sequential": "every sum in order, no FMA",
    "sequential-fma": "every sum in order, FMA in each step",
    "2-lanes": "`np.dot(layer_1, synapse_1)` in 2 lanes, no FMA",
    "2015": "`np.dot(layer_1, synapse_1)` in 4 lanes, no FMA (this site's)",
}
NAMES = {"numpy": "today's NumPy", "sequential": "every sum in order",
         "sequential-fma": "every sum in order with FMA", "2-lanes": "two lanes",
         "2015": "four lanes"}  # as prose names them


def printed_blocks(candidate: str) -> dict[tuple[str, float], list[str]]:
    """A candidate's numbers per block, printed as the post printed its own (see compare)."""
    if candidate in compare.ARITHMETICS:
        return compare.ours(candidate)
    return compare.blocks_of(lambda hidden: orders.candidate_sweep(candidate, hidden))


@dataclass(frozen=True)
class Matches:
    """How many of the post's numbers one candidate prints digit for digit."""

    candidate: str
    label: str
    chaotic: int  # of the chaotic runs' numbers (CHAOTIC)
    chaotic_total: int
    exact: int  # of all the post printed
    total: int
    digits: int | None  # the fewest leading digits a differing number shares (None: none differ)


def count(results: list[compare.Result], blocks=None) -> tuple[int, int]:
    """(matching, numbers) over the results of the blocks named (all of them if None)."""
    chosen = [r for r in results if blocks is None or (r.kind, r.alpha) in blocks]
    return sum(r.exact for r in chosen), sum(r.numbers for r in chosen)


def fewest_digits(results: list[compare.Result]) -> int | None:
    differing = [r.digits for r in results if r.digits is not None]
    return min(differing) if differing else None


def matches() -> list[Matches]:
    """Every candidate of LABELS against the post, in the page's order."""
    post, found = compare.post(), []
    for candidate, label in LABELS.items():
        results = compare.compare(post, printed_blocks(candidate))
        found.append(Matches(candidate, label, *count(results, CHAOTIC), *count(results),
                             fewest_digits(results)))
    return found


def candidate_runs() -> list:
    """The stored runs matches() reads, for a figure's runs() (computed first by a build)."""
    return ([orders.candidate_sweep.call(name, hidden)
             for name in orders.TRAINED for hidden in (4, 32)]
            + [run.call(hidden) for run in (sweeps.article_sweep, sweeps.as_written_sweep)
               for hidden in (4, 32)])


def exact_position(argument: float) -> float:
    """Where exp(argument)'s exact value lies between the two doubles around it, in ulps above
    the lower one: 0.5 is the midpoint, where rounding changes sides."""
    true = orders.exact_exp(argument)
    lower = float(true)  # MPFR rounds to nearest; step down if that went up
    lower = lower if lower <= true else float(np.nextafter(lower, -np.inf))
    upper = float(np.nextafter(lower, np.inf))
    return float((true - lower) / (upper - lower))


def flipped_blocks() -> dict[tuple[str, float], list[str]]:
    """The site's printed blocks with alpha 10's 32-hidden errors from orders.flipped."""
    blocks = dict(compare.ours())
    errors = orders.flipped().errors
    blocks[("errors-32", orders.FLIP_ALPHA)] = [printed.error(errors[j]) for j in compare.STEPS]
    return blocks


@dataclass(frozen=True)
class Differing:
    """One printed number of ours that is not the post's."""

    kind: str
    alpha: float
    label: str  # compare.labels: the iteration of an error, the place of a weight or count
    ours: str
    post: str
    digits: int  # leading significant digits the two share


def differing(computed: dict | None = None) -> list[Differing]:
    """Every number of ours (the site's runs unless given) that differs from the post's."""
    computed = compare.ours() if computed is None else computed
    post, found = compare.post(), []
    for (kind, alpha), theirs in post.items():
        for label, mine, its in zip(compare.labels(kind), computed[(kind, alpha)], theirs):
            if mine != its:
                found.append(Differing(kind, alpha, label, mine, its,
                                       printed.shared_digits(mine, its)))
    return found
