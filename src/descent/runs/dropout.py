"""Does dropout keep hidden units apart? The 13-line net trained with and without masks.

Similarity of two hidden units: |cosine| between their incoming weight vectors, the columns of
synapse_0 (3 numbers each: the two inputs and the constant third input). Per network we keep the
median over all pairs (how alike a typical pair is), the largest (the closest pair), and the share
of pairs closer than NEAR (|cosine| > 0.99: nearly the same unit, up to scale and sign).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import engine, switched
from ..network import X
from ..post_arithmetic import inputs_dot, rows_dot, sigmoid
from .store import stored

NEAR = 0.99
VARIANTS = ("plain", "dropout", "dropconnect")


def pairwise_cosines(synapse_0) -> np.ndarray:
    """(B, pairs) |cosine| between every two columns of each network's synapse_0."""
    synapse_0 = np.asarray(synapse_0, dtype=float)
    if synapse_0.ndim != 3 or synapse_0.shape[2] < 2:
        raise ValueError("synapse_0 must be (B, n_in, hidden) with at least 2 hidden units")
    unit = synapse_0 / np.linalg.norm(synapse_0, axis=1, keepdims=True)
    cosines = np.abs(rows_dot(unit, unit))  # unit.T @ unit, summed in a fixed order
    first, second = np.triu_indices(synapse_0.shape[2], 1)
    return cosines[:, first, second]


@dataclass(frozen=True)
class Similarity:
    """Per network (seed): how alike its hidden units are."""

    median: np.ndarray  # (seeds,) median pairwise |cosine|
    largest: np.ndarray  # (seeds,) largest pairwise |cosine|
    near: np.ndarray  # (seeds,) share of pairs with |cosine| > NEAR


def similarity(synapse_0) -> Similarity:
    cosines = pairwise_cosines(synapse_0)
    return Similarity(np.median(cosines, axis=1), cosines.max(axis=1),
                      (cosines > NEAR).mean(axis=1))


@dataclass(frozen=True)
class Redundancy:
    """One hidden size: the start, and each variant after training, over the same seeds."""

    hidden: int
    p: float
    alpha: float
    iterations: int
    seeds: tuple[int, ...]
    start: Similarity
    trained: dict[str, Similarity]  # variant -> its similarity after training
    final: dict[str, np.ndarray]  # variant -> (seeds,) final mean |error|, without masks


def switches(p: float, seeds: int) -> switched.Switches:
    """Every variant's seeds in one stack, VARIANTS in order: a mask of p where the variant
    has one, none (p = 0, a mask of exact ones) where it has not."""
    return switched.Switches(**{variant: tuple(p if v == variant else 0.0
                                               for v in VARIANTS for _ in range(seeds))
                                for variant in VARIANTS[1:]})


@stored
def redundancy(hidden: int, p: float = 0.2, alpha: float = 1.0, iterations: int = 10_000,
               seeds: int = 20) -> Redundancy:
    """Seeds 1..seeds, each trained plain, with dropout and with DropConnect (all with p)."""
    if hidden < 2 or seeds < 1:
        raise ValueError("need at least 2 hidden units and 1 seed")
    chosen = tuple(range(1, seeds + 1))
    # All three variants in one stack: each network's numbers are what it would get alone.
    result = engine.train([alpha] * seeds * len(VARIANTS),
                          *engine.starts(chosen * len(VARIANTS), hidden), iterations,
                          switches=switches(p, seeds), seeds=chosen * len(VARIANTS))
    trained = {v: similarity(result.synapse_0[i * seeds:(i + 1) * seeds])
               for i, v in enumerate(VARIANTS)}
    final = {v: result.final[i * seeds:(i + 1) * seeds] for i, v in enumerate(VARIANTS)}
    return Redundancy(hidden, p, alpha, iterations, chosen,
                      similarity(engine.starts(chosen, hidden)[0]), trained, final)


@dataclass(frozen=True)
class Twins:
    """One network trained plain: its closest pair of hidden units, at the start and trained
    (the pair the lab's drawing of the network marks as near twins)."""

    hidden: int
    seed: int
    alpha: float
    iterations: int
    pair: tuple[int, int]  # the two units (from 0) with the largest |cosine| after training
    start: float  # their |cosine| at the start
    trained: float  # and after training
    cosine: float  # after training, with its sign (negative: one unit mirrors the other)
    layer_1: np.ndarray  # (4, hidden) the trained network's hidden outputs on the four examples


@stored
def twins(hidden: int = 4, seed: int = 5, alpha: float = 1.0, iterations: int = 10_000) -> Twins:
    """The closest pair of one plain-trained network, as the redundancy study measures it."""
    synapse_0, synapse_1 = engine.starts([seed], hidden)
    trained = engine.train([alpha], synapse_0, synapse_1, iterations).synapse_0
    first, second = np.triu_indices(hidden, 1)
    closest = int(np.argmax(pairwise_cosines(trained)[0]))
    pair = (int(first[closest]), int(second[closest]))
    a, b = trained[0][:, pair[0]], trained[0][:, pair[1]]
    return Twins(hidden, seed, alpha, iterations, pair,
                 float(pairwise_cosines(synapse_0)[0, closest]),
                 float(pairwise_cosines(trained)[0, closest]),
                 float(a @ b / np.linalg.norm(a) / np.linalg.norm(b)),
                 sigmoid(inputs_dot(X, trained[0])))
