"""Where the learning-rate curve breaks down, plain, clipped and with batch normalization, and the best alpha before it."""

from __future__ import annotations

from ..runs import studies, switch_studies
from .tables import markdown


def runs(hidden=(4, 32)):
    return [switch_studies.cliff.call(units, name) for units in hidden
            for name in switch_studies.CLIFF_SWITCHES]


def cell(value: float) -> str:
    return f"{value:.3g}"


def text(hidden=(4, 32)) -> str:
    # One column names the run (hidden units and switch), so that on a phone it can stay in
    # place while the numbers scroll beside it.
    rows = [["hidden units, switch", "cliff (breakdown alpha)", "best alpha before it",
             "its final error"]]
    for units in hidden:
        for name in switch_studies.CLIFF_SWITCHES:
            found = switch_studies.cliff(units, name)
            rows.append([f"{units}, {name}", cell(found.breakdown) if found.breakdown else "none",
                         cell(found.best[0]), cell(found.best[1])])
    alphas = switch_studies.CLIFF_ALPHAS
    head = [f"Seed 1, {switch_studies.cliff(hidden[0], 'plain').iterations:,} steps, {len(alphas)} "
            f"alphas from {alphas.min():g} to {alphas.max():g} (5 per decade); clipped: every "
            f"derivative limited to ±{switch_studies.CLIP:g} before the step. Breakdown: "
            f"{studies.BREAKDOWN_RULE}.", ""]
    return "\n".join(head + markdown(rows, "<>>>")) + "\n"
