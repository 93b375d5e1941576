"""Where the learning-rate curve breaks down, plain, clipped and with batch normalization, and the best alpha before it."""

from __future__ import annotations

from ..runs import studies, switches
from .tables import markdown


def runs(hidden=(4, 32)):
    return [switches.cliff.call(units, name) for units in hidden
            for name in switches.CLIFF_SWITCHES]


def cell(value: float) -> str:
    return f"{value:.3g}"


def text(hidden=(4, 32)) -> str:
    # One column names the run (hidden units and switch), so that on a phone it can stay in
    # place while the numbers scroll beside it.
    rows = [["hidden units, switch", "cliff (breakdown alpha)", "best alpha before it",
             "its final error"]]
    for units in hidden:
        for name in switches.CLIFF_SWITCHES:
            found = switches.cliff(units, name)
            rows.append([f"{units}, {name}", cell(found.breakdown) if found.breakdown else "none",
                         cell(found.best[0]), cell(found.best[1])])
    alphas = switches.CLIFF_ALPHAS
    head = [f"Seed 1, {switches.cliff(hidden[0], 'plain').iterations:,} steps, {len(alphas)} "
            f"alphas from {alphas.min():g} to {alphas.max():g} (5 per decade); clipped: every "
            f"derivative limited to ±{switches.CLIP:g} before the step. Breakdown: "
            f"{studies.BREAKDOWN_RULE}.", ""]
    return "\n".join(head + markdown(rows, "<>>>")) + "\n"
