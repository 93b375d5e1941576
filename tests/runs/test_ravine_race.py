"""runs.ravine_race: Part 3's ravine run by every rule, each at the alpha that brings it lowest."""

from __future__ import annotations

import numpy as np
import pytest

from descent import landscapes
from descent.runs import ravine_race

pytestmark = pytest.mark.claims  # prose and pins held to the runs (the same bits on every machine)


def test_plain_descent_in_the_ravine_is_part_3s_path_bit_for_bit():
    paths = ravine_race.descend("gradient descent", [0.185])
    expected = landscapes.descend(landscapes.ravine_df, ravine_race.START, 0.185, ravine_race.STEPS)
    assert np.array_equal(paths[:, 0], expected)


def test_turning_the_valley_by_a_full_circle_changes_nothing_that_matters():
    straight = ravine_race.descend("Adam", [0.3, 3.0])
    around = ravine_race.descend("Adam", [0.3, 3.0], turn=360.0)
    assert np.allclose(straight, around, atol=1e-9)
    assert np.allclose(ravine_race.turning(90.0) @ [1.0, 0.0], [0.0, 1.0])


def test_the_ravines_best_alpha_is_the_lowest_that_stays_in_the_valley():
    found = ravine_race.ravine_path("RMSprop")
    paths = ravine_race.descend("RMSprop", ravine_race.ALPHAS)
    inside = ravine_race.stays_inside(paths)
    assert inside[list(ravine_race.ALPHAS).index(found.alpha)]
    assert found.final == pytest.approx(np.min(found.heights[inside]))


def test_plain_descents_best_alpha_is_the_one_its_closed_form_picks():
    """Plain descent on the ravine multiplies each axis by its own factor 1 - alpha * curvature
    at every step, so every iterate of every alpha is known without running it: the heights,
    which paths stay in the valley, and so the best alpha, by a second method."""
    found = ravine_race.ravine_path("gradient descent")
    alphas, k = ravine_race.ALPHAS[:, None], np.arange(ravine_race.STEPS + 1)[None, :]
    (x0, y0), (width, height) = ravine_race.START, ravine_race.BOX
    flat, steep = landscapes.RAVINE_FLAT, landscapes.RAVINE_STEEP
    along = x0 * (1 - alphas * flat) ** k  # (alphas, steps + 1)
    across = y0 * (1 - alphas * steep) ** k
    ends = (flat * along[:, -1] ** 2 + steep * across[:, -1] ** 2) / 2
    assert found.heights == pytest.approx(ends, rel=1e-9, abs=1e-12)
    inside = np.all(np.abs(along) <= width, axis=1) & np.all(np.abs(across) <= height, axis=1)
    best = np.argmin(np.where(inside, ends, np.inf))
    assert found.alpha == ravine_race.ALPHAS[best] and found.final == pytest.approx(ends[best])
    start_height = (flat * x0 ** 2 + steep * y0 ** 2) / 2  # 20.9
    assert np.array_equal(found.working_alphas(), ravine_race.ALPHAS[ends < 0.01 * start_height])


def test_a_path_stays_inside_only_if_every_iterate_is_in_the_box_and_a_number():
    start = [-9.0, 1.6]
    paths = np.array([[start, start, start, start],
                      [[10.0, -2.2], [10.001, 0.0], [np.nan, 0.0], [0.0, -2.3]]])
    # On the box's edge is inside; past it, or not a number, is not.
    assert ravine_race.stays_inside(paths).tolist() == [True, False, False, False]


def test_unknown_names_are_one_clear_error():
    with pytest.raises(ValueError, match="unknown optimizer"):
        ravine_race.descend("sgd", [0.1])
