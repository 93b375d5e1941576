"""Values of the follow-up's dropout section: how alike the hidden units end up, and the price.

Every number is a median over the seeds of descent.runs.dropout.redundancy, at 4 or 32 hidden
units; the figure dropout-redundancy and its table read the same runs.
"""

from __future__ import annotations

import numpy as np

from ...runs import dropout
from . import formats, value


def _median_cosine(hidden: int, state: str) -> str:
    """The median over the seeds of each network's median pairwise |cosine|."""
    found = dropout.redundancy(hidden)
    similarity = found.start if state == "start" else found.trained[state]
    return formats.significant(float(np.median(similarity.median)), 3)


def _largest(variant: str, digits: int) -> str:
    """At 4 hidden units: the median over the seeds of each network's largest |cosine|."""
    return formats.significant(float(np.median(dropout.redundancy(4).trained[variant].largest)),
                               digits)


def _near(hidden: int, state: str) -> str:
    """The median over the seeds of the share of near-twin pairs."""
    found = dropout.redundancy(hidden)
    similarity = found.start if state == "start" else found.trained[state]
    return formats.share(float(np.median(similarity.near)))


def _error(hidden: int, variant: str) -> str:
    """The median final error (measured without masks) over the seeds."""
    return formats.significant(float(np.median(dropout.redundancy(hidden).final[variant])), 3)


def _seeds(hidden: int, chosen, say=formats.of) -> str:
    """How many seeds `chosen(found)` marks, out of all of them, as `say` words it."""
    found = dropout.redundancy(hidden)
    return say(int(np.sum(chosen(found))), len(found.seeds))


def _all_seeds(part: int, whole: int) -> str:
    return formats.all_of(part, whole, "seeds")


def _spread(found) -> np.ndarray:
    return found.trained["dropout"].median < found.trained["plain"].median


def _better(variant: str):
    return lambda found: found.final[variant] < found.final["plain"]


@value
def start_4() -> str:
    return _median_cosine(4, "start")


@value
def start_32() -> str:
    return _median_cosine(32, "start")


@value
def plain_4() -> str:
    return _median_cosine(4, "plain")


@value
def plain_32() -> str:
    return _median_cosine(32, "plain")


@value
def dropout_4() -> str:
    return _median_cosine(4, "dropout")


@value
def dropout_32() -> str:
    return _median_cosine(32, "dropout")


@value
def spread_4() -> str:
    """Seeds whose typical pair is less alike with dropout than plain, at 4 hidden units."""
    return _seeds(4, _spread)


@value
def spread_32() -> str:
    return _seeds(32, _spread)


@value
def near_start_32() -> str:
    return _near(32, "start")


@value
def near_plain_32() -> str:
    return _near(32, "plain")


@value
def near_dropout_32() -> str:
    return _near(32, "dropout")


@value
def near_dropconnect_32() -> str:
    return _near(32, "dropconnect")


@value
def largest_plain_4() -> str:
    return _largest("plain", 3)


@value
def largest_dropout_4() -> str:
    return _largest("dropout", 3)


@value
def largest_dropconnect_4() -> str:
    return _largest("dropconnect", 4)  # 0.9996: three digits would round it to 1


@value
def error_plain_4() -> str:
    return _error(4, "plain")


@value
def error_dropout_4() -> str:
    return _error(4, "dropout")


@value
def error_dropconnect_4() -> str:
    return _error(4, "dropconnect")


@value
def error_plain_32() -> str:
    return _error(32, "plain")


@value
def error_dropout_32() -> str:
    return _error(32, "dropout")


@value
def error_dropconnect_32() -> str:
    return _error(32, "dropconnect")


@value
def masks_worse_4() -> str:
    """Seeds that end worse with dropout and with DropConnect than without masks, at 4 units."""
    return _seeds(4, lambda found: (found.final["dropout"] > found.final["plain"])
                  & (found.final["dropconnect"] > found.final["plain"]), _all_seeds)


@value
def dropout_better_32() -> str:
    """Seeds that end lower with dropout than without masks, at 32 hidden units."""
    return _seeds(32, _better("dropout"), _all_seeds)


@value
def dropconnect_better_32() -> str:
    return _seeds(32, _better("dropconnect"), _all_seeds)


# The closest pairs under plain training: the share of near twins, seed by seed.

def _twins_grow(found) -> np.ndarray:
    return found.trained["plain"].near > found.start.near


@value
def twins_grow_4() -> str:
    """Seeds whose share of near-twin pairs is higher after plain training than at the start."""
    return _seeds(4, _twins_grow)


@value
def twins_grow_32() -> str:
    return _seeds(32, _twins_grow)


@value
def twinned_start_4() -> str:
    """Networks of 4 hidden units with at least one near-twin pair at the start: "2"."""
    return formats.count(int(np.sum(dropout.redundancy(4).start.near > 0)))


@value
def twinned_plain_4() -> str:
    """The same after plain training."""
    return formats.count(int(np.sum(dropout.redundancy(4).trained["plain"].near > 0)))


# The lab's example of near twins (the link from the page's first finding): one network of
# 4 hidden units, seed 5, trained plain as the study trains it.

@value
def lab_first() -> str:
    """The first unit of its closest pair, numbered from 1 as the lab numbers them."""
    return formats.count(dropout.twins().pair[0] + 1)


@value
def lab_second() -> str:
    """The second unit of that pair."""
    return formats.count(dropout.twins().pair[1] + 1)


@value
def lab_start() -> str:
    """That pair's |cosine| at the start."""
    return formats.significant(dropout.twins().start, 2)


@value
def lab_trained() -> str:
    """And after training."""
    return formats.significant(dropout.twins().trained, 3)


@value
def lab_cells() -> str:
    """The largest difference between the pair's outputs over the four examples."""
    found = dropout.twins()
    first, second = found.pair
    return formats.significant(float(np.abs(found.layer_1[:, first] - found.layer_1[:, second]).max()), 2)
