"""The update rules, each checked by hand on the simplest curve there is.

On f(x) = x²/2 the slope at x is x itself, so the first steps of every rule can be worked out
on paper; the numbers below were (from x = 1, alpha 0.1 unless said otherwise).
"""

from __future__ import annotations

import numpy as np
import pytest

from descent import optimizers


def descend(rule, x=1.0, steps=3, **kwargs):
    """The iterates of a rule on f(x) = x²/2, whose slope is x."""
    memory, x = {}, np.array([x])
    iterates = []
    for _ in range(steps):
        x = x - rule(x.copy(), memory, **kwargs)
        iterates.append(float(x[0]))
    return iterates


@pytest.mark.parametrize("rule, kwargs, expected", [
    # x <- x - 0.1 x: 0.9, 0.81, 0.729
    (optimizers.gradient_descent, {"alpha": 0.1}, [0.9, 0.81, 0.729]),
    # v = 1 -> 0.9; v = 0.9 + 0.9 = 1.8 -> 0.72; v = 1.62 + 0.72 = 2.34 -> 0.486
    (optimizers.momentum, {"alpha": 0.1}, [0.9, 0.72, 0.486]),
    # v = 1, step 0.1 (1 + 0.9) = 0.19 -> 0.81; v = 0.9 + 0.81 = 1.71,
    # step 0.1 (0.81 + 1.539) = 0.2349 -> 0.5751
    (optimizers.nesterov, {"alpha": 0.1}, [0.81, 0.5751]),
    # G = 1, step 0.1 -> 0.9; G = 1.81, step 0.09 / 1.345362 = 0.0668965 -> 0.8331035
    (optimizers.adagrad, {"alpha": 0.1}, [0.9, 0.8331035]),
    # S = 0.1, step 0.1 / 0.3162278 = 0.3162278 -> 0.6837722
    (optimizers.rmsprop, {"alpha": 0.1}, [0.6837722]),
    # unbiased, the first step is alpha whatever the slope: 0.9; then m = 0.18 / 0.19,
    # v = 0.001809 / 0.001999, step 0.1 * 0.9473684 / 0.9512896 = 0.0995878 -> 0.8004122
    (optimizers.adam, {"alpha": 0.1}, [0.9, 0.8004122]),
    # E[g²] = 0.05, step sqrt(1e-6) / sqrt(0.050001) = 0.0044721 -> 0.9955279
    (optimizers.adadelta, {"alpha": 1.0}, [0.9955279]),
])
def test_first_steps_by_hand(rule, kwargs, expected):
    assert descend(rule, steps=len(expected), **kwargs) == pytest.approx(expected, abs=2e-7)


def test_momentum_reaches_terminal_velocity_of_one_over_one_minus_beta():
    """On a constant slope the velocity tends to slope / (1 - beta): 10 times plain steps."""
    memory, slope = {}, np.array([1.0])
    for _ in range(400):
        step = optimizers.momentum(slope, memory, 0.01)
    assert step[0] == pytest.approx(0.01 / (1 - optimizers.MOMENTUM))


def test_adaptive_rules_step_the_same_whatever_the_scale_of_the_slope():
    """Adam and RMSprop divide the slope by its own size: a 1000 times steeper curve, same steps."""
    for rule in (optimizers.adam, optimizers.rmsprop, optimizers.adagrad):
        gentle = descend(rule, x=1.0, steps=5, alpha=0.1)
        memory, x, steep = {}, np.array([1.0]), []
        for _ in range(5):
            x = x - rule(1000 * x, memory, 0.1)
            steep.append(float(x[0]))
        assert steep == pytest.approx(gentle, rel=1e-6), rule.__name__


def test_rules_work_on_stacks_with_one_alpha_per_network():
    slope = np.arange(1.0, 7.0).reshape(2, 3, 1)
    alpha = np.array([0.1, 0.2]).reshape(2, 1, 1)
    for rule in optimizers.RULES.values():
        both = rule(slope, {}, alpha)
        alone = [rule(slope[b:b + 1], {}, alpha[b:b + 1]) for b in range(2)]
        assert np.array_equal(both, np.concatenate(alone)), rule.__name__


def test_an_unknown_optimizer_is_named_with_the_choices():
    with pytest.raises(ValueError, match="unknown optimizer 'adamw'.*Adam"):
        optimizers.rule("adamw")
    assert optimizers.rule("Adam") is optimizers.adam
