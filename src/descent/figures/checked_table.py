"""How many of the post's printed numbers ours match, per alpha and block, and how many digits the rest share."""

from __future__ import annotations

from ..readings import compare
from ..network import ALPHAS
from ..runs import sweeps
from .tables import markdown

HEADER = {"errors-4": "errors, 4 hidden", "errors-32": "errors, 32 hidden", "weights": "weights",
          "counts": "direction counts"}


def runs():
    return [sweeps.article_sweep.call(hidden) for hidden in (4, 32)]


def rows(results: list[compare.Result]) -> list[list[str]]:
    """One row per alpha, one column per kind of block, in the order of compare.KINDS."""
    found = {(r.kind, r.alpha): r for r in results}
    table = [["alpha", *(HEADER[kind] for kind in compare.KINDS)]]
    for alpha in ALPHAS:
        table.append([f"{alpha:g}"] + [compare.cell(found[(kind, alpha)].exact,
                                                    found[(kind, alpha)].numbers,
                                                    found[(kind, alpha)].digits)
                                       for kind in compare.KINDS])
    return table


def text() -> str:
    return "\n".join(markdown(rows(compare.compare(compare.post())), align="><<<<")) + "\n"
