"""The article's runs from 40 starts nudged by one unit in the last place: which printed digits stay fixed, and how far the rest spread."""

from __future__ import annotations

from ..readings import compare, spreads
from ..network import ALPHAS
from ..runs import sweeps, ulp
from .tables import columns


def runs():
    # compare.ours() reads the article's sweeps, spreads.blocks() the nudged runs.
    return ([ulp.nudged.call(hidden, direction_changes=hidden == 4) for hidden in (4, 32)]
            + [sweeps.article_sweep.call(hidden) for hidden in (4, 32)])


def _digits(fixed: int | None, every: str = "all") -> str:
    return every if fixed is None else f"{fixed}"


def text() -> str:
    computed, starts = compare.ours(), spreads.blocks()
    head = [f"{ulp.NUDGES} nudged starts: each starting weight moved up, down or not at all",
            "by one unit in the last place (seeded)",
            "digits fixed: leading significant digits our run shares with every nudged one",
            "('all': every printed digit)", ""]
    header = ("hidden", "alpha", "digits fixed", "lowest at 50000", "highest at 50000")
    rows = [header]
    for hidden in (4, 32):
        for alpha in ALPHAS:
            found = spreads.spread((f"errors-{hidden}", alpha), computed, starts)
            rows.append((f"{hidden}", f"{alpha:g}", _digits(spreads.fewest(found.fixed)),
                         found.low[-1], found.high[-1]))
    look = [("alpha", "weights keeping every digit", "fewest digits fixed",
             "counts unchanged")]
    for alpha in ALPHAS:
        weights = spreads.spread(("weights", alpha), computed, starts)
        counts = spreads.spread(("counts", alpha), computed, starts)
        look.append((f"{alpha:g}", f"{weights.fixed.count(None)} of {len(weights.fixed)}",
                     _digits(spreads.fewest(weights.fixed)),
                     f"{counts.fixed.count(None)} of {len(counts.fixed)}"))
    return "\n".join(head + ["Errors (the six printed per run)"]
                     + columns(rows, "<<>>>", rule_after=(0,))
                     + ["", "Closer look, 4 hidden units (16 weights and 16 counts per alpha)"]
                     + columns(look, "<>>>", rule_after=(0,))) + "\n"
