"""L2 regularization: the final error and the largest weight for each lambda, at a good alpha and a huge one."""

from __future__ import annotations

import numpy as np

from ..runs import switch_studies
from .tables import markdown


def runs():
    return [switch_studies.l2.call()]


def cell(value: float) -> str:
    return "overflows" if not np.isfinite(value) else f"{value:.3g}"


def text() -> str:
    found = switch_studies.l2()
    rows = [["lambda", *(f"alpha {a:g}: final error" for a in found.alphas),
             *(f"alpha {a:g}: largest |weight|" for a in found.alphas)]]
    for k, decay in enumerate(found.lambdas):
        rows.append([f"{decay:g}", *(cell(found.final[i, k]) for i in range(len(found.alphas))),
                     *(cell(found.largest[i, k]) for i in range(len(found.alphas)))])
    head = [f"Seed 1, {found.hidden} hidden units, {found.iterations:,} steps; each step's "
            "derivative of a synapse gains lambda × that synapse.", ""]
    return "\n".join(head + markdown(rows, ">" * len(rows[0]))) + "\n"
