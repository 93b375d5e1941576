"""runs.basins: the valleys the bumpy curve drains into, and where 10 000 random balls end.

The valleys and ridges are checked against tests/curve_points.py, a second method that finds them
from the sign of df alone, without descent."""

import numpy as np
import pytest

from curve_points import critical_points
from descent import landscapes
from descent.runs import basins

HALF_SPACING = (landscapes.bumpy.high - landscapes.bumpy.low) / (basins.GRID - 1) / 2


@pytest.fixture(scope="module")
def found():
    return basins.drop(10_000, 1)


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
    other = basins.drop(10_000, seed)
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
    assert basins.drop(10_000, 1) is found
    assert basins.drop(balls=10_000, seed=1) is found
    assert not found.counts.flags.writeable and not found.edges.flags.writeable


def test_the_basins_figures_counts_are_its_starts_between_ridges(found, points):
    small = basins.drop(100, 1)
    assert np.array_equal(small.edges, found.edges) and np.array_equal(small.minima, found.minima)
    assert np.array_equal(small.starts, found.starts[:100])
    # Each count is how many of the 100 starts lie between two ridge tops of the curve.
    assert np.array_equal(small.counts, np.histogram(small.starts, points.edges)[0])
    # Regression pin (copied from the run, not derived): the counts the basins figure shows
    # for this curve and seed 1. A change here means the figure changed; update it knowingly.
    assert small.counts.tolist() == [35, 15, 24, 15, 11]


def test_basins_hold_all_100_balls_in_about_five_valleys():
    found = basins.drop(100, 1)
    assert found.counts.sum() == 100
    assert len(found.minima) == 5
    assert np.all(found.counts > 0)
    assert np.all(np.diff(found.edges) > 0)
    assert np.all((found.edges[:-1] < found.minima) & (found.minima < found.edges[1:]))


def test_each_end_goes_to_its_nearest_floor():
    ends, minima = np.array([0.2, 2.9, 5.0, 4.4]), np.array([0.0, 3.0, 6.0])
    assert basins.valley_of(ends, minima).tolist() == [0, 1, 2, 1]  # 4.4: 1.4 from 3, 1.6 from 6


def test_a_drop_reads_its_shares_against_binomial_errors_worked_by_hand():
    """Two basins of widths 0.2 and 0.8 catching 30 and 70 of 100 balls: each share's standard
    error is sqrt(0.2 * 0.8 / 100) = 0.04, so the shares lie 2.5 of them above and below."""
    two = np.array([1.0, 3.0])
    found = basins.Drop(100, 1, two, np.array([0.0, -1.0]), np.array([0.0, 2.0, 10.0]),
                        np.array([0.2, 0.8]), two, two, np.array([0, 1]), np.array([30, 70]))
    assert found.fractions.tolist() == [0.3, 0.7]
    assert found.stderr == pytest.approx([0.04, 0.04], rel=1e-12)
    assert found.z == pytest.approx([2.5, -2.5], rel=1e-9)
    assert found.deepest == 1
