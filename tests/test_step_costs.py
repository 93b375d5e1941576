"""The counted cost of a training step, against a count by hand."""

import numpy as np
import pytest

from descent import step_costs


def by_hand(hidden: int) -> int:
    """Floating-point operations of one full-batch step, 4 examples, 3 inputs, counted by hand:
    a product of k-long rows is k multiplications and k - 1 additions per number; a sigmoid is
    4 per number (negate, exp, add 1, divide)."""
    forward = 4 * hidden * 5 + 4 * 4 * hidden + 4 * (2 * hidden - 1) + 4 * 4
    output_delta = 4 * 4  # error, 1 - out, out * (1 - out), error * that
    hidden_delta = 4 * hidden * 1 + 3 * 4 * hidden  # product with synapse_1.T, slope, times
    slopes = hidden * 7 + 3 * hidden * 7  # layer_1.T @ delta, X.T @ delta
    updates = 2 * (hidden + 3 * hidden)  # alpha * slope, then subtract, for both synapses
    return forward + output_delta + hidden_delta + slopes + updates


@pytest.mark.parametrize("hidden", [1, 4, 32])
def test_step_flops_match_the_count_by_hand(hidden):
    found = step_costs.step_cost(hidden)
    assert found.flops == by_hand(hidden)
    assert found.calls == 24
    assert found.largest == 4 * hidden if hidden > 1 else found.largest == 4


def test_the_step_is_the_articles_operations_in_order():
    names = [call.name for call in step_costs.step_calls(4)]
    sigmoid = ["negative", "exp", "add", "divide"]
    assert names[:10] == ["matmul", *sigmoid, "matmul", *sigmoid]
    assert names.count("matmul") == 5


def test_counted_matmul_and_reduction():
    a = np.ones((2, 3)).view(step_costs._Counted)
    step_costs._Counted.log = []
    _ = a @ np.ones((3, 4))
    _ = a.sum(axis=1)
    matmul, total = step_costs._Counted.log
    assert (matmul.name, matmul.numbers, matmul.flops) == ("matmul", 8, 8 * 5)
    assert (total.name, total.numbers, total.flops) == ("add", 2, 6 - 2)
    step_costs._Counted.log = []


def test_switches_cost_more_calls():
    from descent.switched import Switches
    assert len(step_costs.step_calls(4, Switches(batch_norm=True))) > 24


def test_bad_hidden_is_a_value_error():
    with pytest.raises(ValueError):
        step_costs.step_cost(0)
