"""10 000 random balls on the bumpy curve: each valley's share follows its basin's width."""

import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from descent import landscapes
from descent.figures import basin_histogram, basin_histogram_table, style
from descent.runs import basins as runs_basins

sys.path.insert(0, str(Path(__file__).parents[1]))
from curve_points import critical_points  # noqa: E402

HALF_SPACING = (landscapes.bumpy.high - landscapes.bumpy.low) / (runs_basins.GRID - 1) / 2


@pytest.fixture(scope="module")
def found():
    return runs_basins.drop(10_000, 1)


@pytest.fixture(scope="module")
def points():
    """The curve's floors and ridges found from the sign of df alone, without descent."""
    return critical_points(landscapes.bumpy)


def test_descent_finds_the_floors_and_ridges_that_the_slope_changes_sign_at(found, points):
    # The valleys the runs found by descending a grid are the curve's own minima, and each
    # basin ends at a ridge top, to within the grid's half spacing: descent never carries a
    # ball over a ridge into the next valley.
    assert found.minima == pytest.approx(points.minima, abs=1e-9)
    assert np.all(np.abs(found.edges[1:-1] - points.maxima) <= HALF_SPACING + 1e-12)
    assert found.widths == pytest.approx(points.widths, abs=2 * HALF_SPACING / 9.5 + 1e-12)


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
    distance = np.min(np.abs(wrong[:, None] - found.edges[None, 1:-1]), axis=1)
    assert len(wrong) < 0.002 * found.balls and np.all(distance <= HALF_SPACING + 1e-12)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_each_valleys_share_is_within_four_standard_errors_of_its_basins_width(seed, points):
    # The width comes from the ridges where df changes sign, not from the runs' own map.
    other = runs_basins.drop(10_000, seed)
    stderr = np.sqrt(points.widths * (1 - points.widths) / other.balls)
    assert np.all(np.abs(other.fractions - points.widths) < 4 * stderr), other.z


def test_the_basins_are_unequal_and_the_balls_show_it(found):
    # The widest basin catches more than three times as many balls as the narrowest: a
    # difference of hundreds of standard errors, not chance.
    assert found.counts.max() > 3 * found.counts.min()
    assert np.array_equal(np.argsort(found.counts), np.argsort(found.widths))


def test_the_deepest_valley_is_the_narrow_well_and_catches_the_fewest_balls(found):
    deepest = found.deepest
    x = np.linspace(landscapes.bumpy.low, landscapes.bumpy.high, 95_001)
    lowest = x[np.argmin(landscapes.bumpy.f(x))]  # the global minimum, read off a fine grid
    assert deepest == len(found.minima) - 1 and abs(found.minima[deepest] - lowest) < 1e-3
    assert found.floors[deepest] < np.delete(found.floors, deepest).min() - 1.0
    assert found.widths[deepest] == found.widths.min()
    assert found.fractions[deepest] == found.fractions.min() < 0.15


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


def test_the_basins_figures_counts_are_its_starts_between_ridges(found, points):
    small = runs_basins.drop(100, 1)
    assert np.array_equal(small.edges, found.edges) and np.array_equal(small.minima, found.minima)
    assert np.array_equal(small.starts, found.starts[:100])
    # Each count is how many of the 100 starts lie between two ridge tops of the curve.
    assert np.array_equal(small.counts, np.histogram(small.starts, points.edges)[0])
    # Regression pin (copied from the run, not derived): the counts the basins figure shows
    # for this curve and seed 1. A change here means the figure changed; update it knowingly.
    assert small.counts.tolist() == [35, 15, 24, 15, 11]


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


@pytest.mark.parametrize("look", [style.LIGHT, style.PHONE], ids=["wide", "phone"])
def test_the_width_labels_of_narrow_neighbouring_basins_are_kept_apart(look):
    with style.drawing(look):
        fig, ax = style.pyplot().subplots(figsize=(look.width, 3), dpi=style.DPI)
        ax.set_xlim(0, 10)
        # Five labels as crowded as the narrow basins at the right can make them.
        labels = [ax.annotate("10.5%", (x, 1), (0, -6), textcoords="offset points",
                              ha="center", va="top", fontsize=10, fontweight="bold")
                  for x in (1, 7.6, 8.2, 8.9, 9.9)]
        basin_histogram._keep_apart(ax, labels)
        renderer = fig.canvas.get_renderer()
        boxes = [label.get_window_extent(renderer) for label in labels]
        style.pyplot().close(fig)
    assert all(left.x1 < right.x0 for left, right in zip(boxes[:-1], boxes[1:]))
    assert boxes[-1].x1 <= ax.transAxes.transform((1, 0))[0] + 0.5
    assert labels[0].xy[0] == 1  # a label with room is left where it was
