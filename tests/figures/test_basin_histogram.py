"""10 000 random balls on the bumpy curve: each valley's share follows its basin's width."""

import numpy as np
import pytest
from PIL import Image

from descent import landscapes
from descent.figures import basin_histogram, basin_histogram_table
from descent.runs import basins as runs_basins


@pytest.fixture(scope="module")
def found():
    return runs_basins.drop(10_000, 1)


def test_every_ball_is_counted_in_one_of_five_valleys(found):
    assert found.balls == 10_000 and found.counts.sum() == 10_000
    assert len(found.minima) == 5 and np.all(found.counts > 0)
    assert np.array_equal(found.counts, np.bincount(found.valley, minlength=5))
    assert found.widths.sum() == pytest.approx(1.0)
    assert np.all(np.abs(landscapes.bumpy.df(found.ends)) < 1e-6)  # every ball came to rest


def test_each_ball_ends_in_the_valley_whose_basin_holds_its_start(found):
    basin = np.searchsorted(found.edges, found.starts, side="right") - 1
    wrong = found.starts[basin != found.valley]
    # The map locates an edge to half its grid spacing; only starts that close may disagree.
    half_spacing = (landscapes.bumpy.high - landscapes.bumpy.low) / 2000 / 2
    distance = np.min(np.abs(wrong[:, None] - found.edges[None, 1:-1]), axis=1)
    assert len(wrong) < 0.002 * found.balls and np.all(distance <= half_spacing + 1e-12)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_each_valleys_share_is_within_four_standard_errors_of_its_basins_width(seed):
    other = runs_basins.drop(10_000, seed)
    assert np.all(np.abs(other.fractions - other.widths) < 4 * other.stderr), other.z


def test_the_deepest_valley_is_the_narrow_well_and_catches_the_fewest_balls(found):
    deepest = found.deepest
    assert deepest == len(found.minima) - 1 and abs(found.minima[deepest] - 8.6) < 0.1
    assert found.floors[deepest] < np.delete(found.floors, deepest).min() - 0.5
    assert found.widths[deepest] == found.widths.min()
    assert found.fractions[deepest] == found.fractions.min() < 0.25


def test_the_computation_is_cached_and_read_only(found):
    assert runs_basins.drop(10_000, 1) is found
    assert runs_basins.drop(balls=10_000, seed=1) is found
    assert not found.counts.flags.writeable and not found.edges.flags.writeable


def test_fast_settling_equals_the_full_descent():
    curve = landscapes.bumpy
    starts = np.random.RandomState(5).uniform(curve.low, curve.high, 400)
    for x0 in (starts, np.linspace(curve.low, curve.high, 301), 4.1):
        full = landscapes.descend(curve.df, x0, runs_basins.ALPHA, runs_basins.STEPS)[-1]
        assert np.array_equal(landscapes.settle(curve.df, x0, runs_basins.ALPHA, runs_basins.STEPS), full)


def test_the_basins_figure_is_unchanged_and_its_balls_are_the_first_hundred(found):
    small = runs_basins.drop(100, 1)
    # Regression pin: the counts the basins figure has shown since it was first drawn.
    assert small.counts.tolist() == [25, 21, 18, 20, 16]
    assert np.array_equal(small.edges, found.edges) and np.array_equal(small.minima, found.minima)
    assert np.array_equal(small.starts, found.starts[:100])


def test_the_figure_renders_readable_small_and_identical_twice(tmp_path):
    first, second = tmp_path / "a.png", tmp_path / "b.png"
    basin_histogram.render(first)
    basin_histogram.render(second)
    with Image.open(first) as image:
        image.load()
        assert image.format == "PNG" and image.width >= 1200
        assert "Software" not in image.info
    assert first.stat().st_size <= 250_000
    assert first.read_bytes() == second.read_bytes()


def test_the_table_holds_the_functions_numbers(found, tmp_path):
    text = basin_histogram_table.text()
    assert text == basin_histogram_table.text(10_000, 1)
    assert text.endswith("\n") and not text.endswith("\n\n")
    # Markdown table rows: "| 1 | 1.0398 | ... |"; the basin cell "[a, b)" splits in two.
    rows = [line.replace("|", " ").split() for line in text.splitlines()
            if line.startswith("| ") and line[2:3].isdigit()]
    assert [int(row[0]) for row in rows] == [1, 2, 3, 4, 5]
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
