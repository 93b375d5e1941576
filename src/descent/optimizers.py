"""Update rules: how one slope becomes one step, for the optimizers Part 1 of the post lists.

Every rule has the same shape, `rule(slope, memory, alpha) -> step`: the slope (derivative) of
one weight array, a dict the rule may keep its running sums in (one per weight array, empty at
the first step), and alpha; the caller subtracts the step. Plain gradient descent is the rule
that keeps nothing. All of them work on stacked arrays as they are: alpha may have shape
(B, 1, 1) to give each network of a stack its own.
"""

from __future__ import annotations

import numpy as np

# The usual constants, as their papers propose them; the page names them.
MOMENTUM = 0.9  # how much of the last velocity each step keeps (momentum, Nesterov)
RMS_DECAY = 0.9  # how fast RMSprop forgets old squared slopes
ADADELTA_DECAY, ADADELTA_EPSILON = 0.95, 1e-6  # Zeiler (2012)
ADAM_BETAS, ADAM_EPSILON = (0.9, 0.999), 1e-8  # Kingma and Ba (2015)
EPSILON = 1e-8  # keeps the adaptive rules from dividing by zero

# The alphas a rule is tried at: ten per factor of ten from 0.001 to 1000. Each exponent k/10 is
# computed exactly, so the article's seven alphas are in it exactly (== 0.001, 0.01, ..., 1000.0).
ALPHA_GRID = 10.0 ** (np.arange(-30, 31) / 10)
ALPHA_GRID.setflags(write=False)


def _sum_into(memory: dict, name: str, decay: float, value) -> np.ndarray:
    """memory[name] = decay * memory[name] + value, starting from zero."""
    if name not in memory:
        memory[name] = np.zeros_like(value)
    total = memory[name]
    total *= decay
    total += value
    return total


# --8<-- [start:gradient_descent]
def gradient_descent(slope, memory, alpha):
    """The post's rule: alpha times the slope, remembering nothing."""
    return alpha * slope
# --8<-- [end:gradient_descent]


# --8<-- [start:momentum]
def momentum(slope, memory, alpha, beta=MOMENTUM):
    """Heavy ball: step along a running sum of the slopes."""
    velocity = _sum_into(memory, "velocity", beta, slope)
    return alpha * velocity
# --8<-- [end:momentum]


# --8<-- [start:nesterov]
def nesterov(slope, memory, alpha, beta=MOMENTUM):
    """Momentum that looks one step ahead (Sutskever's form)."""
    velocity = _sum_into(memory, "velocity", beta, slope)
    return alpha * (slope + beta * velocity)
# --8<-- [end:nesterov]


# --8<-- [start:adagrad]
def adagrad(slope, memory, alpha):
    """Divide by the root of all the squared slopes so far."""
    squares = _sum_into(memory, "squares", 1.0, slope * slope)
    return alpha * slope / (np.sqrt(squares) + EPSILON)
# --8<-- [end:adagrad]


# --8<-- [start:rmsprop]
def rmsprop(slope, memory, alpha, decay=RMS_DECAY):
    """AdaGrad that forgets: a decaying mean of squared slopes."""
    squares = _sum_into(memory, "squares", decay, (1 - decay) * slope * slope)
    return alpha * slope / (np.sqrt(squares) + EPSILON)
# --8<-- [end:rmsprop]


# --8<-- [start:adadelta]
def adadelta(slope, memory, alpha, decay=ADADELTA_DECAY,
             epsilon=ADADELTA_EPSILON):
    """Steps sized by past steps over past slopes (Zeiler)."""
    squares = _sum_into(memory, "squares", decay, (1 - decay) * slope * slope)
    steps = memory.setdefault("steps", np.zeros_like(slope))
    step = np.sqrt(steps + epsilon) / np.sqrt(squares + epsilon) * slope
    steps *= decay
    steps += (1 - decay) * step * step
    return alpha * step
# --8<-- [end:adadelta]


# --8<-- [start:adam]
def adam(slope, memory, alpha, betas=ADAM_BETAS, epsilon=ADAM_EPSILON):
    """Momentum's mean slope over RMSprop's root mean square."""
    beta_1, beta_2 = betas
    mean = _sum_into(memory, "mean", beta_1, (1 - beta_1) * slope)
    squares = _sum_into(memory, "squares", beta_2, (1 - beta_2) * slope * slope)
    memory["t"] = t = memory.get("t", 0) + 1
    unbiased_mean = mean / (1 - beta_1 ** t)
    unbiased_squares = squares / (1 - beta_2 ** t)
    return alpha * unbiased_mean / (np.sqrt(unbiased_squares) + epsilon)
# --8<-- [end:adam]


# The race's field, in the order Part 1 of the post lists them (RMSprop, which it does not
# list, next to its relatives). Names as the page and the figures print them.
RULES = {
    "gradient descent": gradient_descent,
    "momentum": momentum,
    "Nesterov": nesterov,
    "AdaGrad": adagrad,
    "AdaDelta": adadelta,
    "RMSprop": rmsprop,
    "Adam": adam,
}


def rule(name: str):
    """The update rule called `name` (one of RULES), or a ValueError that lists them."""
    if name not in RULES:
        raise ValueError(f"unknown optimizer {name!r}: choose one of {', '.join(RULES)}")
    return RULES[name]


def kept_per_weight(name: str) -> int:
    """How many numbers the rule keeps for each weight between steps: its cost in memory."""
    memory = {}
    rule(name)(np.ones(3), memory, 0.1)
    return sum(value.size for value in memory.values() if np.ndim(value)) // 3
