"""What one training step costs, counted: numpy operations, floating-point operations, the largest array."""

from __future__ import annotations

from .. import step_costs
from .tables import markdown


def text(hidden=(4, 32)) -> str:
    found = [step_costs.step_cost(units) for units in hidden]
    rows = [["per full-batch step", *(f"{c.hidden} hidden units" for c in found)],
            ["numpy operations", *(str(c.calls) for c in found)],
            ["floating-point operations", *(f"{c.flops:,}" for c in found)],
            ["per operation, on average", *(f"{c.flops_per_call:.0f}" for c in found)],
            ["numbers in the largest array", *(str(c.largest) for c in found)]]
    head = ["Counted by running one step on arrays that log every numpy operation; a matrix "
            "product of k-long rows counts k multiplications and k − 1 additions per number, "
            "an exp or a division one.", ""]
    return "\n".join(head + markdown(rows, "<" + ">" * len(found))) + "\n"
