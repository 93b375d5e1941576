"""Values of the follow-up's future-work switches: output bias, mini-batches, L2 regularization.

They read descent.runs.switches, as the tables output-bias and weight-decay and the figure
mini-batches do. The cliffs have their own module (cliffs), and so do the counted step costs.
"""

from __future__ import annotations

import numpy as np

from ...runs import switches
from . import formats, value


def _bias_lower(hidden: int) -> str:
    found = switches.output_bias(hidden)
    return formats.of(int(np.sum(found.with_ < found.without)), len(found.seeds))


@value
def bias_lower_4() -> str:
    """Seeds whose final error is lower with an output bias than without, at 4 hidden units."""
    return _bias_lower(4)


@value
def bias_lower_32() -> str:
    return _bias_lower(32)


def _batch_end(size: int) -> str:
    return formats.significant(float(switches.mini_batches().median[size][-1]), 3)


@value
def batch_end_4() -> str:
    """The median error after the last step with all four examples per step."""
    return _batch_end(4)


@value
def batch_end_2() -> str:
    return _batch_end(2)


@value
def batch_end_1() -> str:
    return _batch_end(1)


@value
def full_batch_at_same_passes() -> str:
    """The full batch's median error after as many passes as one example per step makes in all."""
    found = switches.mini_batches()
    passes = found.epochs(1)[-1]
    return formats.significant(float(found.median[4][list(found.steps).index(passes)]), 3)


def _l2(table: str, decay: float) -> str:
    """At alpha 10, lambda `decay`: the largest weight or the final error."""
    found = switches.l2()
    cell = getattr(found, table)[found.alphas.index(10.0), found.lambdas.index(decay)]
    return formats.significant(float(cell), 3)


@value
def l2_largest_plain() -> str:
    """The largest |weight| at alpha 10 without L2."""
    return _l2("largest", 0.0)


@value
def l2_largest_decayed() -> str:
    """The largest |weight| at alpha 10 with lambda 0.001."""
    return _l2("largest", 1e-3)


@value
def l2_error_plain() -> str:
    return _l2("final", 0.0)


@value
def l2_error_decayed() -> str:
    return _l2("final", 1e-3)
