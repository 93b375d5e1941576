"""pages.values.step_costs: one training step of the post's network at 4 hidden units, counted in
numpy operations and floating-point operations, against the post's code counted line by line."""

from __future__ import annotations

import pytest

from descent.pages.values import step_costs

# The post's step at 4 examples, 3 inputs and 4 hidden units, call by call: (calls, flops).
# A product of k-long rows is k multiplications and k - 1 additions per number it makes; a
# sigmoid is four calls (negate, exp, add 1, divide), one flop per number each.
HIDDEN = 4
BY_HAND = {
    "layer_1 = sigmoid(X . synapse_0)": (1 + 4, 4 * HIDDEN * (3 + 2) + 4 * 4 * HIDDEN),
    "layer_2 = sigmoid(layer_1 . synapse_1)": (1 + 4, 4 * (2 * HIDDEN - 1) + 4 * 4),
    "layer_2_error = layer_2 - y": (1, 4),
    "layer_2_delta = error * layer_2 * (1 - layer_2)": (3, 3 * 4),
    "layer_1_error = layer_2_delta . synapse_1.T": (1, 4 * HIDDEN * 1),
    "layer_1_delta = error * layer_1 * (1 - layer_1)": (3, 3 * 4 * HIDDEN),
    "synapse_1 slope = layer_1.T . layer_2_delta": (1, HIDDEN * (2 * 4 - 1)),
    "synapse_0 slope = X.T . layer_1_delta": (1, 3 * HIDDEN * (2 * 4 - 1)),
    "synapse_1 -= alpha * slope": (2, 2 * HIDDEN),
    "synapse_0 -= alpha * slope": (2, 2 * 3 * HIDDEN),
}
CALLS = sum(calls for calls, _ in BY_HAND.values())
FLOPS = sum(flops for _, flops in BY_HAND.values())


@pytest.fixture(scope="module")
def numbers() -> dict[str, str]:
    return step_costs.numbers()


def test_calls_are_the_posts_operations_counted_by_hand(numbers):
    assert numbers["calls"] == str(CALLS) == "24"


def test_flops_are_the_posts_arithmetic_counted_by_hand(numbers):
    assert numbers["flops"] == str(FLOPS) == "412"


def test_flops_per_call_is_their_ratio_to_the_nearest_whole_one(numbers):
    assert numbers["flops_per_call"] == str(round(FLOPS / CALLS)) == "17"  # 412 / 24 = 17.2


def test_numbers_names_nothing_else(numbers):
    assert set(numbers) == {"calls", "flops", "flops_per_call"}

