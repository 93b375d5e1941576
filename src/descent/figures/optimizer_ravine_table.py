"""The ravine in numbers: each rule's best alpha, its height after 30 steps, how many of the alphas tried get it within 1% of the floor, and what it keeps per weight."""

from __future__ import annotations

from .. import landscapes
from ..optimizers import RULES
from ..runs import ravine_race
from .tables import markdown


def runs():
    return [ravine_race.ravine_path.call(rule, turn) for rule in RULES
            for turn in (0.0, ravine_race.TURNED)]


def text() -> str:
    """One Markdown table, a row per rule."""
    start = float(landscapes.ravine_f(ravine_race.START))
    tried = len(ravine_race.ALPHAS)
    rows = [["rule", "alpha", f"height after {ravine_race.STEPS} steps (from {start:.3g})",
             f"alphas of {tried} that get below 1%", "kept per weight",
             f"height, valley turned {ravine_race.TURNED:g}°"]]
    for rule in RULES:
        found = ravine_race.ravine_path(rule)
        rows.append([rule, f"{found.alpha:.3g}", f"{found.final:.2g}",
                     str(len(found.working_alphas())), str(found.memory),
                     f"{ravine_race.ravine_path(rule, ravine_race.TURNED).final:.2g}"])
    return "\n".join(markdown(rows, align="<>>>>>")) + "\n"
