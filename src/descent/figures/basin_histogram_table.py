"""The numbers behind the histogram: each valley's basin, the balls it caught, and the chance spread to expect."""

from __future__ import annotations

from ..runs import basins
from .tables import markdown

HEADER = ("valley", "floor x", "f(x)", "basin [left, right)", "width", "balls", "share",
          "s.e.", "z")
ALIGN = "<>><>>>>>"


def runs(balls: int = 10_000, seed: int = 1):
    return [basins.drop.call(balls, seed)]


def rows(found: basins.Drop) -> list[tuple[str, ...]]:
    """One row of formatted cells per valley, left to right."""
    return [(str(index + 1), f"{found.minima[index]:.4f}", f"{found.floors[index]:.4f}",
             f"[{found.edges[index]:.4f}, {found.edges[index + 1]:.4f})",
             f"{found.widths[index]:.4f}", str(found.counts[index]),
             f"{found.fractions[index]:.4f}", f"{found.stderr[index]:.4f}",
             f"{found.z[index]:+.2f}")
            for index in range(len(found.minima))]


def text(balls: int = 10_000, seed: int = 1) -> str:
    """The table as the page shows it: Markdown, a sentence before it and notes after."""
    found = basins.drop(balls, seed)
    body = rows(found)
    total = ("all", "", "", "", f"{found.widths.sum():.4f}", str(found.counts.sum()),
             f"{found.fractions.sum():.4f}", "", "")
    deepest = found.deepest
    return "\n".join([
        f"{found.balls} balls dropped uniformly at random on [{found.edges[0]:g}, "
        f"{found.edges[-1]:g}) (seed {found.seed}); "
        f"descent with alpha {basins.ALPHA} for {basins.STEPS} steps.",
        "",
        *markdown([HEADER, *body, total], ALIGN),
        "",
        f"Deepest valley: {deepest + 1}, floor at x = {found.minima[deepest]:.4f} "
        f"(f = {found.floors[deepest]:.4f}); {found.counts[deepest]} of {found.balls} balls "
        f"({100 * found.fractions[deepest]:.1f}%) found it.",
        "",
        "*width* = basin width / domain width, the chance that a uniform start lands in the"
        f" basin; *share* = balls / total; *s.e.* = sqrt(width × (1 − width) / total), with"
        f" total = all {found.balls} balls, the share's binomial standard error if each ball"
        " lands in the basin with that chance;"
        " *z* = (share − width) / s.e.",
    ]) + "\n"
