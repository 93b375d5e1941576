"""Values of the follow-up's future-work switches: output bias, mini-batches, L2 regularization.

They read descent.runs.switch_studies, as the tables output-bias and weight-decay and the figure
mini-batches do. The cliffs have their own module (cliffs), and so do the counted step costs.
"""

from __future__ import annotations

import numpy as np

from ...runs import switch_studies
from . import formats


def bias_lower(hidden: int) -> str:
    """Seeds whose final error is lower with an output bias than without."""
    found = switch_studies.output_bias(hidden)
    return formats.of(int(np.sum(found.with_ < found.without)), len(found.seeds))


def numbers() -> dict[str, str]:
    """The numbers the future-work switches' sections name, by name."""
    batches, l2 = switch_studies.mini_batches(), switch_studies.l2()

    def batch_end(size: int) -> str:
        """The median error after the last step with `size` examples per step."""
        return formats.significant(float(batches.median[size][-1]), 3)

    def at_alpha_10(table: str, decay: float) -> str:
        """At alpha 10, lambda `decay`: the largest weight or the final error."""
        cell = getattr(l2, table)[l2.alphas.index(10.0), l2.lambdas.index(decay)]
        return formats.significant(float(cell), 3)

    # The full batch's median error after as many passes as one example per step makes in all.
    passes = batches.epochs(1)[-1]
    at_same_passes = float(batches.median[4][list(batches.steps).index(passes)])
    return {
        # Seeds whose final error is lower with an output bias than without, at 4 hidden units.
        "bias_lower_4": bias_lower(4),
        "bias_lower_32": bias_lower(32),
        # The median error after the last step with all four examples per step.
        "batch_end_4": batch_end(4),
        "batch_end_2": batch_end(2),
        "batch_end_1": batch_end(1),
        "full_batch_at_same_passes": formats.significant(at_same_passes, 3),
        # The largest |weight| at alpha 10 without L2.
        "l2_largest_plain": at_alpha_10("largest", 0.0),
        # The largest |weight| at alpha 10 with lambda 0.001.
        "l2_largest_decayed": at_alpha_10("largest", 1e-3),
        "l2_error_plain": at_alpha_10("final", 0.0),
        "l2_error_decayed": at_alpha_10("final", 1e-3),
    }
