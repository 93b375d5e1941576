"""The numbers behind the basin histogram, as the page's Markdown table: each valley's floor, its
basin and width, the balls it caught, and how far that share lies from the width in standard
errors."""

from __future__ import annotations

import math

import numpy as np
import pytest

from descent.figures import basin_histogram_table
from descent.runs import basins

HEADER = ["valley", "floor x", "f(x)", "basin [left, right)", "width", "balls", "share",
          "s.e.", "z"]


@pytest.fixture(scope="module")
def found():
    return basins.drop(10_000, 1)


@pytest.fixture(scope="module")
def text():
    return basin_histogram_table.text()


def _table(text: str) -> list[list[str]]:
    """The Markdown table's rows as lists of cells, the header and the rule included."""
    return [[cell.strip() for cell in line.strip("|").split(" | ")]
            for line in text.splitlines() if line.startswith("| ")]


def test_the_table_holds_the_functions_numbers(found, text):
    assert text == basin_histogram_table.text(10_000, 1)
    assert text.endswith("\n") and not text.endswith("\n\n")
    # Markdown table rows: "| 1 | 1.0398 | ... |"; the basin cell "[a, b)" splits in two.
    rows = [line.replace("|", " ").split() for line in text.splitlines()
            if line.startswith("| ") and line[2:3].isdigit()]
    assert [int(row[0]) for row in rows] == list(range(1, len(found.minima) + 1))
    for index, row in enumerate(rows):
        numbers = [float(cell.strip("[,)")) for cell in row[1:]]
        expected = [found.minima[index], found.floors[index], found.edges[index],
                    found.edges[index + 1], found.widths[index], found.counts[index],
                    found.fractions[index], found.stderr[index], found.z[index]]
        assert numbers == pytest.approx(expected, abs=0.006)  # z is printed to 2 decimals
        assert numbers[:8] == pytest.approx(expected[:8], abs=5.1e-5)  # the rest to 4
        assert int(row[6]) == found.counts[index]
    deepest = found.deepest
    assert (f"Deepest valley: {deepest + 1}, floor at x = {found.minima[deepest]:.4f}" in text)
    assert f"{found.counts[deepest]} of {found.balls} balls" in text


def test_the_table_has_its_header_a_row_per_valley_and_a_total(found, text):
    table = _table(text)
    assert table[0] == HEADER
    assert table[1] == [":---"] + ["---:"] * 2 + [":---"] + ["---:"] * 5
    assert len(table) == 2 + len(found.minima) + 1
    total = table[-1]
    assert total[0] == "all" and total[1:4] == ["", "", ""] and total[7:] == ["", ""]
    assert float(total[4]) == pytest.approx(1.0, abs=5e-5)
    assert int(total[5]) == 10_000 == sum(int(row[5]) for row in table[2:-1])
    assert total[6] == "1.0000"


def test_each_rows_standard_error_and_z_follow_from_its_printed_width_and_share(text):
    # By hand from the printed cells: s.e. = sqrt(w (1 - w) / 10 000), z = (share - w) / s.e.
    for row in _table(text)[2:-1]:
        width, share, stderr, z = (float(row[k]) for k in (4, 6, 7, 8))
        assert stderr == pytest.approx(math.sqrt(width * (1 - width) / 10_000), abs=6e-5)
        # The width and the s.e. are printed to 4 decimals (each off by at most 5e-5), z to 2.
        slack = 5e-5 / stderr * (1 + abs(z)) + 0.005
        assert z == pytest.approx((share - width) / stderr, abs=slack)
        assert share == pytest.approx(int(row[5]) / 10_000, abs=5e-5)


def test_the_sentences_around_the_table_name_the_drop_and_the_deepest_valley(found, text):
    first = text.splitlines()[0]
    assert first == ("10000 balls dropped uniformly at random on [0, 9.5) (seed 1); descent "
                     "with alpha 0.02 for 3000 steps.")
    deepest = found.deepest
    assert (f"Deepest valley: {deepest + 1}, floor at x = 9.0200 (f = -1.5500); "
            f"{found.counts[deepest]} of 10000 balls ({100 * found.fractions[deepest]:.1f}%) "
            "found it.") in text  # the narrow well's floor is its knot (9.02, -1.55)


def test_rows_format_a_drop_worked_by_hand():
    # Two basins of widths 0.2 and 0.8 catching 30 and 70 of 100 balls: each s.e. is
    # sqrt(0.2 * 0.8 / 100) = 0.04, so z = (0.3 - 0.2) / 0.04 = +2.5 and -2.5.
    two = [1.0, 3.0]
    drop = basins.Drop(100, 1, np.array(two), np.array([0.0, -1.0]), np.array([0.0, 2.0, 10.0]),
                       np.array([0.2, 0.8]), np.array(two), np.array(two), np.array([0, 1]),
                       np.array([30, 70]))
    assert basin_histogram_table.rows(drop) == [
        ("1", "1.0000", "0.0000", "[0.0000, 2.0000)", "0.2000", "30", "0.3000", "0.0400", "+2.50"),
        ("2", "3.0000", "-1.0000", "[2.0000, 10.0000)", "0.8000", "70", "0.7000", "0.0400",
         "-2.50"),
    ]


def test_a_smaller_drop_prints_its_own_count_and_seed():
    small = basin_histogram_table.text(100, 2)
    assert small.startswith("100 balls dropped uniformly at random on [0, 9.5) (seed 2);")
    assert int(_table(small)[-1][5]) == 100
