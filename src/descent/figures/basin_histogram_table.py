"""The numbers behind the histogram: each valley's basin, the balls it caught, and the chance spread to expect."""

from __future__ import annotations

from . import basin_histogram, basins

HEADER = ("valley", "floor x", "f(x)", "basin [left, right)", "width", "balls", "share",
          "s.e.", "z")
ALIGN = ("<", ">", ">", "<", ">", ">", ">", ">", ">")


def rows(found: basin_histogram.Histogram) -> list[tuple[str, ...]]:
    """One row of formatted cells per valley, left to right."""
    return [(str(index + 1), f"{found.minima[index]:.4f}", f"{found.floors[index]:.4f}",
             f"[{found.edges[index]:.4f}, {found.edges[index + 1]:.4f})",
             f"{found.widths[index]:.4f}", str(found.counts[index]),
             f"{found.fractions[index]:.4f}", f"{found.stderr[index]:.4f}",
             f"{found.z[index]:+.2f}")
            for index in range(len(found.minima))]


def text(balls: int = basin_histogram.BALLS, seed: int = basin_histogram.SEED) -> str:
    """The table as `render` writes it."""
    found = basin_histogram.histogram(balls, seed)
    body = rows(found)
    total = ("all", "", "", "", f"{found.widths.sum():.4f}", str(found.counts.sum()),
             f"{found.fractions.sum():.4f}", "", "")
    sizes = [max(len(row[column]) for row in (HEADER, *body, total))
             for column in range(len(HEADER))]

    def line(cells) -> str:
        return "  ".join(f"{cell:{align}{size}}"
                         for cell, align, size in zip(cells, ALIGN, sizes)).rstrip()

    rule = "  ".join("-" * size for size in sizes)
    deepest = found.deepest
    return "\n".join([
        f"{found.balls} balls dropped uniformly at random on [{found.edges[0]:g}, "
        f"{found.edges[-1]:g}) (seed {found.seed}); "
        f"descent with alpha {basins.ALPHA} for {basins.STEPS} steps.",
        "",
        line(HEADER), rule, *(line(row) for row in body), rule, line(total),
        "",
        f"Deepest valley: {deepest + 1}, floor at x = {found.minima[deepest]:.4f} "
        f"(f = {found.floors[deepest]:.4f}); {found.counts[deepest]} of {found.balls} balls "
        f"({100 * found.fractions[deepest]:.1f}%) found it.",
        "width = basin width / domain width, the chance that a uniform start lands in the basin.",
        "share = balls / total; s.e. = sqrt(width * (1 - width) / balls), its binomial standard",
        "error if each ball lands in a basin with that chance; z = (share - width) / s.e.",
    ]) + "\n"


def render(path, balls: int = basin_histogram.BALLS, seed: int = basin_histogram.SEED) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(text(balls, seed))
