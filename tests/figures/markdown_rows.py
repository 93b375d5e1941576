"""The cells of the Markdown tables a table module writes: what the table tests parse."""

from __future__ import annotations


def markdown_tables(text: str) -> list[list[list[str]]]:
    """Each Markdown table of `text` (runs of lines starting with "|"), as rows of stripped
    cells, its header first and its rule of dashes dropped; an escaped "\\|" stays in its cell."""
    tables, current = [], []
    for line in text.splitlines() + [""]:
        if line.startswith("|"):
            cells = line.strip().strip("|").replace("\\|", "\0").split("|")
            current.append([cell.strip().replace("\0", "|") for cell in cells])
        elif current:
            tables.append([current[0]] + current[2:])
            current = []
    return tables
