"""What Parts 3 and 4 say about the bumpy curve is what the curve and its runs hold.

Like test_explore_claims.py, each test pairs words of a page (prose or a figure's alt text) with
the data they describe. The valleys and ridges are found from the sign of df, without descent.
"""

from __future__ import annotations

import sys

import numpy as np
import pytest

from descent import landscapes
from descent.runs import basins as runs_basins
from descent.runs.descents import resting_place
from site_html import ROOT

sys.path.insert(0, str(ROOT / "tests"))
from curve_points import critical_points  # noqa: E402

pytestmark = pytest.mark.claims  # prose and pins held to the runs (the same bits on every machine)

CURVE = landscapes.bumpy


def _prose(name: str) -> str:
    return " ".join((ROOT / "docs" / name).read_text(encoding="utf-8").split())


@pytest.fixture(scope="module")
def part_3() -> str:
    return _prose("part-3-sometimes-it-breaks.md")


@pytest.fixture(scope="module")
def points():
    return critical_points(CURVE)


def test_the_local_minimum_picture_is_described_truly(part_3, points):
    assert "A wide bumpy curve with five irregular valleys" in part_3
    assert len(points.minima) == 5
    widths, floors = points.widths, CURVE.f(points.minima)
    rims = np.array([min(CURVE.f(left), CURVE.f(right)) - floor
                     for left, right, floor in zip(points.edges[:-1], points.edges[1:], floors)])
    assert "a wide shallow one at the left that rises to a long plateau" in part_3
    assert np.argmax(widths) == 0 and np.argmin(rims) == 0
    plateau = np.linspace(points.maxima[0] - 0.7, points.maxima[0], 701)  # its ridge's left side
    assert np.ptp(CURVE.f(plateau)) < 0.03 * np.ptp(CURVE.f(np.linspace(CURVE.low, CURVE.high, 9501)))
    assert "a small valley under a tall peak" in part_3
    assert np.argmax(CURVE.f(points.maxima)) == 1  # the highest ridge closes valley 2 ...
    assert widths[1] < min(widths[0], widths[2], widths[3])  # ... whose basin is small
    assert "a valley with a shoulder on its right wall" in part_3
    wall = np.linspace(points.minima[2], points.maxima[2], 2001)[1:-1]
    slope = CURVE.df(wall)
    # The wall climbs all the way (slope > 0), yet steep, nearly level (< 0.1), steep again.
    steep_before = np.maximum.accumulate(slope) > 0.5
    steep_after = np.maximum.accumulate(slope[::-1])[::-1] > 0.5
    assert np.all(slope > 0) and np.any((slope < 0.1) & steep_before & steep_after)
    assert ("a deeper one where the red ball, descending at alpha {{ ball.resting_alpha }}, rests "
            "with a flat tangent") in part_3
    rest = resting_place()
    assert rest == pytest.approx(points.minima[3], abs=1e-9) and floors[3] < floors[:3].min()
    assert "past one more ridge, at the right edge, the deepest of all: a narrow well" in part_3
    assert np.argmin(floors) == 4 == np.argmin(widths)
    assert np.sum((points.maxima > rest) & (points.maxima < points.minima[4])) == 1


def test_the_basins_are_described_truly(part_3, points):
    small, large = runs_basins.drop(100, 1), runs_basins.drop(10_000, 1)
    assert "They do not end up in 100 places — only in as many places as there are valleys" in part_3
    assert len(np.unique(np.round(small.ends, 6))) == len(points.minima)
    assert ("the wide, shallow valley on the left drains about a third of the line, while the "
            "narrow well on the right, the lowest point of the whole curve, drains only about a "
            "tenth") in part_3
    assert abs(points.widths[0] - 1 / 3) < 0.03 and abs(points.widths[-1] - 1 / 10) < 0.02
    assert small.deepest == large.deepest == len(points.minima) - 1
    assert "Nine random starts in ten end somewhere else" in part_3
    for found in (small, large):
        assert round(10 * (1 - found.fractions[found.deepest])) == 9


def test_part_4_reads_the_same_curve_with_the_ball_out_of_the_deepest_valley():
    prose = _prose("part-4-sgd-in-neural-networks.md")
    assert "the red ball rests with a flat tangent in a valley that is not the deepest" in prose
    rest = resting_place()
    assert abs(CURVE.df(rest)) < 1e-9 and CURVE.f(rest) > CURVE.f(runs_basins.deepest_valley())
