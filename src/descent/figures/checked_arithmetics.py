"""The post's numbers as each arithmetic this machine can simulate computes them: how many match, and which move from this build."""

from __future__ import annotations

from .. import arithmetics, compare
from ..network import ALPHAS
from ..runs import arithmetic_sweeps, sweeps
from .tables import markdown

NOT_RUN = "This comparison was not run where this site was built: {reason}."


def runs():
    return ([arithmetic_sweeps.blocks.call(a.kernel, a.exp) for a in arithmetics.available()]
            + [sweeps.article_sweep.call(hidden) for hidden in (4, 32)])


def moved(theirs: dict, ours: dict) -> list[str]:
    """Per block whose printout differs from ours: "errors at 32 hidden, alpha 10: 5 numbers"."""
    found = []
    for alpha in ALPHAS:
        for kind in compare.KINDS:
            n = sum(a != b for a, b in zip(theirs[(kind, alpha)], ours[(kind, alpha)]))
            if n:
                found.append(f"{compare.NAMES[kind]}, alpha {alpha:g}: "
                             f"{n} number{'' if n == 1 else 's'}")
    return found


def _exact(computed: dict) -> int:
    return sum(r.exact for r in compare.compare(compare.post(), computed))


def text() -> str:
    found = arithmetics.available()
    if not found:
        reason = arithmetics.unavailable() or "its CPU has none of the kernel families' features"
        return NOT_RUN.format(reason=reason) + "\n"
    ours, this = compare.ours(), arithmetic_sweeps.this_build()
    total = sum(len(numbers) for numbers in ours.values())
    rows = [["arithmetic", f"match (of {total})", "numbers that move from this build"]]
    counts = []
    for arithmetic in found:
        theirs = arithmetic_sweeps.blocks(arithmetic.kernel, arithmetic.exp)
        counts.append(_exact(theirs))
        name = arithmetic.label + (" (this build)" if arithmetic == this else "")
        rows.append([name, str(counts[-1]), "; ".join(moved(theirs, ours)) or "none"])
    here = (f"This build ran with {this.label}" if this
            else "This build let OpenBLAS choose its kernels")
    spread = (f"every one matches {counts[0]}" if min(counts) == max(counts)
              else f"the count runs from {min(counts)} to {max(counts)}")
    return "\n".join([f"{here} and matches {_exact(ours)}. Under the {len(found)} arithmetics "
                      f"this machine can simulate, {spread}:", "",
                      *markdown(rows, align="<><")]) + "\n"
