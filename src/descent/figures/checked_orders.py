"""Candidate arithmetics for the post's 2015 computer: how many of the chaotic runs' numbers, and of all 308, each prints as the post."""

from __future__ import annotations

from ..readings import order_readings
from .tables import markdown


def runs():
    return order_readings.candidate_runs()


def rows(found: list[order_readings.Matches]) -> list[list[str]]:
    """One row per candidate, in the page's order."""
    table = [["arithmetic", "chaotic runs' numbers", "all numbers", "fewest digits shared"]]
    for m in found:
        table.append([m.label, f"{m.chaotic} of {m.chaotic_total}", f"{m.exact} of {m.total}",
                      "-" if m.digits is None else str(m.digits)])
    return table


def text() -> str:
    return "\n".join(markdown(rows(order_readings.matches()), align="<>>>")) + "\n"
