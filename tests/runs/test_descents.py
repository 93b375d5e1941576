"""runs.descents: the bucket's ball, the alpha slider's frames, the bumpy curve's resting ball."""

import numpy as np
import pytest

from descent import landscapes
from descent.figures.alpha_slider_frame import REACH
from descent.runs import basins, descents


def test_bucket_iterates_swing_between_walls_and_settle():
    x = descents.bucket_iterates(steps=8)
    assert np.all(np.sign(x[1:]) == -np.sign(x[:-1]))
    assert np.all(np.abs(x[1:]) < np.abs(x[:-1]))
    assert -1 < landscapes.step_factor(2, descents.BUCKET_ALPHA) < 0


def test_the_resting_ball_is_in_a_valley_that_is_not_the_deepest():
    curve, rest = landscapes.bumpy, descents.resting_place()
    assert abs(curve.df(rest)) < 1e-6
    deepest = basins.deepest_valley()
    assert curve.f(rest) > curve.f(deepest) + 0.3
    assert deepest > 0.85 * curve.high  # the narrow well near the right edge
    # As in the post's picture: the ball stops in the valley next to the well, the second
    # deepest, one ridge away from the global minimum.
    floors = np.sort(curve.f(basins.basin_map().minima))
    assert curve.f(rest) == pytest.approx(floors[1], abs=1e-9)
    ridges = basins.basin_map().edges
    assert np.sum((ridges > rest) & (ridges < deepest)) == 1


def test_the_fourth_bucket_ball_rests_at_the_bottom_on_a_nearly_flat_tangent():
    x = descents.bucket_iterates()
    assert -1 < landscapes.step_factor(2, descents.BUCKET_ALPHA) < 0
    assert np.degrees(np.arctan(abs(landscapes.bucket.df(x[3])))) < 4
    assert abs(x[0]) > 0.8 * landscapes.bucket.high  # it still starts high on a wall


def test_alphas_are_log_spaced_from_crawling_to_diverging():
    alphas = np.array(descents.ALPHAS)
    assert len(alphas) == 15
    np.testing.assert_allclose(alphas[1:] / alphas[:-1], np.sqrt(2))
    assert 0.5 in descents.ALPHAS and 1.0 in descents.ALPHAS  # one step to the bottom; bouncing
    factors = [landscapes.step_factor(descents.CURVATURE, a) for a in alphas]
    assert factors[0] > 0.95 and factors[-1] < -1 and factors[-2] < -1


@pytest.mark.parametrize("alpha", descents.ALPHAS)
def test_each_frame_moves_the_ball_by_its_step_factor(alpha):
    xs = descents.iterates(alpha)
    r = landscapes.step_factor(descents.CURVATURE, alpha)
    np.testing.assert_allclose(xs[1:], r * xs[:-1], rtol=1e-12, atol=1e-300)
    words = descents.regime(alpha)
    if r > 0:
        assert np.all(xs < 0)  # never crosses the bottom
        assert "crawls" in words if r >= 0.9 else "never crossing" in words
    elif r == 0:
        assert np.all(xs[1:] == 0) and "single step" in words
    elif r > -1:
        assert np.all(np.abs(xs[1:]) < np.abs(xs[:-1])) and "zig-zags" in words
    elif r == -1:
        assert np.all(np.abs(xs) == abs(descents.START)) and "forever" in words
    else:
        assert abs(xs[-1]) > REACH and "diverges" in words


def test_labels_are_the_numbers_rounded():
    assert [descents.alpha_label(a) for a in (descents.ALPHAS[0], 0.25, 1.0)] == ["0.0156", "0.25", "1"]
    assert descents.factor_label(0.25) == "+0.5"
    assert descents.factor_label(0.5) == "0"
    assert descents.factor_label(2.0) == "\u22123"

