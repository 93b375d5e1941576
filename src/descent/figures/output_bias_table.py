"""A bias on the output unit: the final error of the same 20 starts without and with it."""

from __future__ import annotations

import numpy as np

from ..runs import switch_studies
from .tables import markdown


def runs(hidden=(4, 32)):
    return [switch_studies.output_bias.call(units) for units in hidden]


def cell(value: float) -> str:
    return f"{value:.3g}"


def text(hidden=(4, 32)) -> str:
    found = [switch_studies.output_bias(units) for units in hidden]
    first = found[0]
    rows = [["hidden", "final error without: median (worst)", "with an output bias",
             "seeds lower with it"]]
    for each in found:
        rows.append([str(each.hidden),
                     f"{cell(np.median(each.without))} ({cell(each.without.max())})",
                     f"{cell(np.median(each.with_))} ({cell(each.with_.max())})",
                     f"{int(np.sum(each.with_ < each.without))} of {len(each.seeds)}"])
    head = [f"Seeds 1 to {len(first.seeds)}, alpha {first.alpha:g}, {first.iterations:,} steps; "
            "the output bias starts at 0 and learns with the same alpha.", ""]
    return "\n".join(head + markdown(rows, "<>>>")) + "\n"
