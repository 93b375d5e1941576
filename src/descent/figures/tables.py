"""Plain-text tables for the table and log figures: columns padded to their widest cell."""

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
