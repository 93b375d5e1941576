"""Values of the follow-up's dropout section: how alike the hidden units end up, and the price.

Every number is a median over the seeds of descent.runs.dropout.redundancy, at 4 or 32 hidden
units; the figure dropout-redundancy and its table read the same runs.
"""

from __future__ import annotations

import numpy as np

from ...runs import dropout
from . import formats


def similarity(found: dropout.Redundancy, state: str):
    """The pairs' likeness at the start, or after training with `state` (plain, dropout, …)."""
    return found.start if state == "start" else found.trained[state]


def median(values) -> float:
    return float(np.median(values))


def numbers() -> dict[str, str]:
    """The numbers the dropout section names, by name."""
    found = {hidden: dropout.redundancy(hidden) for hidden in (4, 32)}
    twins = dropout.twins()
    first, second = twins.pair

    def cosine(hidden: int, state: str) -> str:
        """The median over the seeds of each network's median pairwise |cosine|."""
        return formats.significant(median(similarity(found[hidden], state).median), 3)

    def largest(variant: str, digits: int = 3) -> str:
        """At 4 hidden units: the median over the seeds of each network's largest |cosine|."""
        return formats.significant(median(found[4].trained[variant].largest), digits)

    def near(state: str) -> str:
        """At 32 hidden units: the median over the seeds of the share of near-twin pairs."""
        return formats.share(median(similarity(found[32], state).near))

    def error(hidden: int, variant: str) -> str:
        """The median final error (measured without masks) over the seeds."""
        return formats.significant(median(found[hidden].final[variant]), 3)

    def seeds(hidden: int, chosen, say=formats.of) -> str:
        """How many seeds `chosen(found)` marks, out of all of them, as `say` words it."""
        return say(int(np.sum(chosen(found[hidden]))), len(found[hidden].seeds))

    def all_seeds(part: int, whole: int) -> str:
        return formats.all_of(part, whole, "seeds")

    def spread(it) -> np.ndarray:
        return it.trained["dropout"].median < it.trained["plain"].median

    def better(variant: str):
        return lambda it: it.final[variant] < it.final["plain"]

    def twins_grow(it) -> np.ndarray:
        return it.trained["plain"].near > it.start.near

    return {
        "start_4": cosine(4, "start"),
        "start_32": cosine(32, "start"),
        "plain_4": cosine(4, "plain"),
        "plain_32": cosine(32, "plain"),
        "dropout_4": cosine(4, "dropout"),
        "dropout_32": cosine(32, "dropout"),
        # Seeds whose typical pair is less alike with dropout than plain, at 4 hidden units.
        "spread_4": seeds(4, spread),
        "spread_32": seeds(32, spread),
        "near_start_32": near("start"),
        "near_plain_32": near("plain"),
        "near_dropout_32": near("dropout"),
        "near_dropconnect_32": near("dropconnect"),
        "largest_plain_4": largest("plain"),
        "largest_dropout_4": largest("dropout"),
        # 0.9996: three digits would round it to 1.
        "largest_dropconnect_4": largest("dropconnect", 4),
        "error_plain_4": error(4, "plain"),
        "error_dropout_4": error(4, "dropout"),
        "error_dropconnect_4": error(4, "dropconnect"),
        "error_plain_32": error(32, "plain"),
        "error_dropout_32": error(32, "dropout"),
        "error_dropconnect_32": error(32, "dropconnect"),
        # Seeds that end worse with dropout and with DropConnect than without masks, at 4 units.
        "masks_worse_4": seeds(4, lambda it: (it.final["dropout"] > it.final["plain"])
                               & (it.final["dropconnect"] > it.final["plain"]), all_seeds),
        # Seeds that end lower with dropout than without masks, at 32 hidden units.
        "dropout_better_32": seeds(32, better("dropout"), all_seeds),
        "dropconnect_better_32": seeds(32, better("dropconnect"), all_seeds),
        # -- The closest pairs under plain training: the share of near twins, seed by seed.
        # Seeds whose share of near-twin pairs is higher after plain training than at the start.
        "twins_grow_4": seeds(4, twins_grow),
        "twins_grow_32": seeds(32, twins_grow),
        # Networks of 4 hidden units with at least one near-twin pair at the start: "2".
        "twinned_start_4": formats.count(int(np.sum(found[4].start.near > 0))),
        # The same after plain training.
        "twinned_plain_4": formats.count(int(np.sum(found[4].trained["plain"].near > 0))),
        # -- The lab's example of near twins (the link from the page's first finding): one
        # network of 4 hidden units, seed 5, trained plain as the study trains it.
        # The first unit of its closest pair, numbered from 1 as the lab numbers them.
        "lab_first": formats.count(first + 1),
        "lab_second": formats.count(second + 1),  # the second unit of that pair
        "lab_start": formats.significant(twins.start, 2),  # that pair's |cosine| at the start
        "lab_trained": formats.significant(twins.trained, 3),  # and after training
        # The largest difference between the pair's outputs over the four examples.
        "lab_cells": formats.significant(
            float(np.abs(twins.layer_1[:, first] - twins.layer_1[:, second]).max()), 2),
    }
