"""What Part 4 says about its two-weight network and its error plane, and its exercises'
answers, is what the network does.

Each test pairs words of docs/part-4-sgd-in-neural-networks.md with the data they describe. The
expected values come from a second method where there is one: the error plane's formula worked
out by hand, the slope by finite differences.
"""

from __future__ import annotations

import inspect
import re

import numpy as np
import pytest

from descent import two_weight
from descent.network import sigmoid
from descent.pages.values import formats, part_4
from descent.runs import error_surface
from site_html import ROOT
from site_values import value

pytestmark = pytest.mark.claims  # prose and pins held to the runs (the same bits on every machine)

PAGE = ROOT / "docs" / "part-4-sgd-in-neural-networks.md"


@pytest.fixture(scope="module")
def prose() -> str:
    return " ".join(PAGE.read_text(encoding="utf-8").split())


def by_hand(first, second):
    """The plane's error worked out by hand: the examples (0, 1) give sigmoid(second), target 0,
    the examples (1, 0) give sigmoid(first), target 1, two of each."""
    s = lambda x: 1 / (1 + np.exp(-np.asarray(x, dtype=float)))  # noqa: E731
    return 2 * s(second) ** 2 + 2 * (1 - s(first)) ** 2


def test_the_network_and_its_data_are_as_described(prose):
    assert "two inputs, one sigmoid output, no hidden layer, so exactly two weights" in prose
    assert two_weight.X.shape == (4, 2) and two_weight.y.shape == (4, 1)
    assert "makes the output copy the first input; the second input is always 1 minus the first" \
        in prose
    assert np.array_equal(two_weight.y[:, 0], two_weight.X[:, 0])
    assert np.array_equal(two_weight.X[:, 1], 1 - two_weight.X[:, 0])
    assert "full-batch gradient descent with alpha 1 for 10 000 steps" in prose
    defaults = inspect.signature(two_weight.train).parameters
    assert defaults["iterations"].default == 10_000 and defaults["alpha"].default == 1.0
    assert len(error_surface.descent_path()[0]) == 10_000 + 1
    assert "the post's code, like every run of Parts 2 to 6 here, steps on all four examples at once" \
        in prose  # rows_dot sums the slope over every row of X: no example is sampled
    assert "for the three-layer network of the next part, sixteen" in prose
    assert 3 * 4 + 4 * 1 == 16  # synapse_0 (3, 4) and synapse_1 (4, 1), as network.init_weights


def test_the_plane_is_described_truly(prose):
    first, second, error = error_surface.plane()
    assert np.allclose(error, by_hand(first, second), atol=1e-12)  # the plane is the formula
    assert "the surface runs from 0 to 4" in prose
    assert error.min() >= 0 and error.max() <= 4 and error.min() < 1e-6 and error.max() > 3.99
    assert ("one broad low plateau where the first weight is large and the second small, rising "
            "to high error on the opposite side") in prose
    assert error[0, -1] < 1e-6 and error[-1, 0] > 3.99  # [second index, first index]
    assert (error < 0.1).mean() > 0.15  # a broad plateau: a sixth of the plane and more
    assert ("the error falls as the first weight grows and rises as the second grows, wherever "
            "the other one is") in prose
    assert np.all(np.diff(error, axis=1) <= 0) and np.all(np.diff(error, axis=0) >= 0)
    assert "the surface is lowest where the second weight is strongly negative" in prose
    assert error_surface.lowest_point() == (10.0, -10.0)


def test_the_descent_path_heads_for_the_low_corner(prose):
    trajectory, error = error_surface.descent_path()
    assert ("at every one of its 10 000 steps the first weight grows and the second falls, from "
            "({{ part_4.start_first }}, {{ part_4.start_second }}) to ({{ part_4.end_first }}, "
            "{{ part_4.end_second }}), and the error from {{ part_4.start_error }} to "
            "{{ part_4.end_error }}") in prose
    assert np.all(np.diff(trajectory[:, 0]) > 0) and np.all(np.diff(trajectory[:, 1]) < 0)
    start = 2 * np.random.RandomState(1).random_sample(2) - 1  # the seeded start, drawn again
    assert value("part_4.start_first") == formats.significant(start[0]).replace("-", "\u2212")
    assert value("part_4.start_second") == formats.significant(start[1])
    assert float(value("part_4.end_first")) > 0 > float(value("part_4.end_second").replace("\u2212", "-"))
    assert error[-1] == pytest.approx(by_hand(*trajectory[-1]), rel=1e-9)
    assert "down onto the low plateau, towards its corner" in prose
    from descent.figure_build.registry import FIGURES
    caption = FIGURES["error-plane"].caption
    assert "descent path heading for the lowest corner" in caption  # heading for, not reaching
    assert error_surface.lowest_point() == (10.0, -10.0) and trajectory[-1, 0] < 10
    assert error[-1] < 0.1 and np.all(np.abs(trajectory[-1]) < 10)  # on it, short of the corner


def test_the_delta_is_the_slope_of_half_the_squared_error(prose):
    assert "Training steps down the slope of half this sum" in prose
    assert ("the slope of the error with respect to the weight is `layer_2_error` × sigmoid′ × "
            "`layer_1`") in prose
    # The three-layer network's synapse_1 slope, as the loop computes it, against a finite
    # difference of half the summed squared error (a second method).
    from descent.network import X, init_weights, sigmoid_output_to_derivative, y
    synapse_0, synapse_1 = init_weights(3, 4, 1)
    layer_1 = sigmoid(X @ synapse_0)

    def half_squared(s1):
        return 0.5 * float(np.sum((sigmoid(layer_1 @ s1) - y) ** 2))

    layer_2 = sigmoid(layer_1 @ synapse_1)
    layer_2_delta = (layer_2 - y) * sigmoid_output_to_derivative(layer_2)
    slope = layer_1.T @ layer_2_delta
    for k in range(4):
        step = np.zeros_like(synapse_1)
        step[k] = 1e-6
        numeric = (half_squared(synapse_1 + step) - half_squared(synapse_1 - step)) / 2e-6
        assert slope[k, 0] == pytest.approx(numeric, rel=1e-6)
    # The two-weight network's step is the slope of half its plane's error, too.
    weights = np.array([[0.3], [-0.7]])
    out = sigmoid(two_weight.X @ weights)
    slope = two_weight.X.T @ ((out - two_weight.y) * sigmoid_output_to_derivative(out))
    for k in range(2):
        step = np.zeros(2)
        step[k] = 1e-6
        numeric = (by_hand(*(weights[:, 0] + step)) - by_hand(*(weights[:, 0] - step))) / 4e-6
        assert slope[k, 0] == pytest.approx(numeric, rel=1e-6)


def links(prose: str) -> list[dict[str, str]]:
    """The exercises' links into the lab, as {setting: value}."""
    found = re.findall(r"\]\(train-it-yourself\.md\?([^)#]*)(?:#[^)]*)?\)", prose)
    return [dict(pair.split("=") for pair in query.split("&")) for query in found]


def test_the_exercises_open_the_lab_with_their_settings(prose):
    assert links(prose) == [{"plane-alpha": "1", "w0": "-6", "w1": "6"},
                            {"plane-alpha": "100", "w0": "-6", "w1": "6"}]
    assert part_4.EXERCISE_START == (-6.0, 6.0)
    assert "Start Part 4's network at (−6, 6)" in prose


def test_the_exercises_answers_are_what_the_plane_does(prose):
    assert "up on the high plateau, where every output is wrong" in prose
    out = sigmoid(two_weight.X @ np.array([[-6.0], [6.0]]))
    assert np.all(np.abs(out - two_weight.y) > 0.5)
    one, hundred = error_surface.path_from(-6, 6, 1.0), error_surface.path_from(-6, 6, 100.0)
    assert ("The error starts at {{ part_4.exercise_start_error }} (out of 4) and takes "
            "{{ part_4.high_steps_1 }} steps to fall below 2") in prose
    assert one[1][0] == pytest.approx(by_hand(-6, 6)) and one[1][0] > 3.9
    steps = int(value("part_4.high_steps_1"))
    # one[1][n] is the error after step n (one[1][0] at the start): above 2 after every step
    # before, at or below 2 after step `steps`.
    assert np.all(one[1][:steps] > 2) and one[1][steps] <= 2
    # "up there ... the slopes are tiny and each step is short": the first step against the
    # longest step of the descent, where it leaves the plateau.
    moves = np.abs(np.diff(one[0], axis=0)).max(axis=1)
    assert moves[0] < moves.max() / 10 and moves[steps] > 10 * moves[0]
    for path, end, err in ((one, value("part_4.exercise_end_1"), value("part_4.exercise_error_1")),
                           (hundred, value("part_4.exercise_end_100"),
                            value("part_4.exercise_error_100"))):
        assert formats.significant(path[0][-1, 0]) == end
        assert formats.significant(-path[0][-1, 1]) == end  # the second weight: its negative
        assert err in (formats.significant(path[1][-1]), formats.significant(path[1][-1], 3))
    assert ("It takes only {{ part_4.high_steps_100 }} steps to fall below 2, and after them the "
            "error is already {{ part_4.low_error_100 }}; after 10 000 steps "
            "the weights are at about ({{ part_4.exercise_end_100 }}, "
            "−{{ part_4.exercise_end_100 }}) with an error of {{ part_4.exercise_error_100 }}, "
            "lower than alpha 1's") in prose
    fast = int(value("part_4.high_steps_100"))  # counted as alpha 1's steps are
    assert np.all(hundred[1][:fast] > 2) and hundred[1][fast] <= 2
    assert value("part_4.low_error_100") == formats.significant(hundred[1][fast])
    assert hundred[1][fast] < 1e-4  # not just below 2: all but at the bottom
    assert hundred[1][-1] < one[1][-1]
    assert int(value("part_4.high_steps_100")) < int(value("part_4.high_steps_1"))
    assert "each weight's error only falls one way, so a bigger step only gets further down" in prose
    assert np.all(np.diff(hundred[1]) <= 0)  # at alpha 100 the error never rises
