"""Values of the follow-up's GPU paragraph: one training step at 4 hidden units, counted.

Counts, not timings (descent.costs): the same on every machine, but a run of the step made
them, so the page names them instead of typing them. The largest array's 16 numbers stay typed:
they are the 4 examples times the 4 hidden units, a product of the post's parameters.
"""

from __future__ import annotations

from ... import costs
from . import formats, value


@value
def calls() -> str:
    """Numpy operations in one full-batch step."""
    return formats.count(costs.step_cost(4).calls)


@value
def flops() -> str:
    """Floating-point operations in one step."""
    return formats.count(costs.step_cost(4).flops)


@value
def flops_per_call() -> str:
    """Floating-point operations per numpy operation, on average, to the nearest whole one."""
    return formats.count(round(costs.step_cost(4).flops_per_call))
