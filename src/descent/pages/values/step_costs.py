"""Values of the follow-up's GPU paragraph: one training step at 4 hidden units, counted.

Counts, not timings (descent.step_costs): the same on every machine, but a run of the step made
them, so the page names them instead of typing them. The largest array's 16 numbers stay typed:
they are the 4 examples times the 4 hidden units, a product of the post's parameters.
"""

from __future__ import annotations

from ... import step_costs
from . import formats


def numbers() -> dict[str, str]:
    """The numbers the GPU paragraph names, by name."""
    step = step_costs.step_cost(4)
    return {
        "calls": formats.count(step.calls),  # numpy operations in one full-batch step
        "flops": formats.count(step.flops),  # floating-point operations in one step
        # Floating-point operations per numpy operation, on average, to the nearest whole one.
        "flops_per_call": formats.count(round(step.flops_per_call)),
    }
