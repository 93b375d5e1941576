"""Tables for the table and log figures: plain text padded to the widest cell, or Markdown."""

from __future__ import annotations

from typing import Sequence


def columns(rows: Sequence[Sequence[str]], align: str | None = None,
            rule_after: Sequence[int] = ()) -> list[str]:
    """One line per row, cells two spaces apart; `align` has one '<' or '>' per column.

    A rule of dashes follows each row index in `rule_after`.
    """
    align = align or "<" * len(rows[0])
    widths = [max(len(row[k]) for row in rows) for k in range(len(align))]
    lines = []
    for index, row in enumerate(rows):
        lines.append("  ".join(f"{cell:{side}{width}}"
                               for cell, side, width in zip(row, align, widths)).rstrip())
        if index in rule_after:
            lines.append("  ".join("-" * width for width in widths))
    return lines


def markdown(rows: Sequence[Sequence[str]], align: str | None = None) -> list[str]:
    """A Markdown table (the first row is the header); `align` has one '<' or '>' per column.

    The site renders it as an HTML table that wraps to the column instead of a block of
    preformatted text that scrolls sideways.
    """
    align = align or "<" * len(rows[0])
    rule = ["---:" if side == ">" else ":---" for side in align]

    def line(cells):
        return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"

    return [line(rows[0]), line(rule), *(line(row) for row in rows[1:])]
