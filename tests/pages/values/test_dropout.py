"""pages.values.dropout: how alike the hidden units end up with and without dropout (medians over
the seeds of the redundancy study), the price in final error, and the lab's pair of near twins."""

from __future__ import annotations

import statistics
from itertools import combinations

import numpy as np
import pytest

from descent import engine
from descent.network import X
from descent.pages.values import dropout as values
from descent.pages.values import formats
from descent.runs import dropout

SEEDS = tuple(range(1, 21))


@pytest.fixture(scope="module")
def numbers() -> dict[str, str]:
    return values.numbers()


@pytest.fixture(scope="module")
def found() -> dict[int, dropout.Redundancy]:
    return {hidden: dropout.redundancy(hidden) for hidden in (4, 32)}


def cosines(synapse_0: np.ndarray) -> list[float]:
    """|cosine| of every two columns (hidden units) of one network's 3-by-hidden synapse_0."""
    units = [column / np.sqrt(column @ column) for column in synapse_0.T]
    return [abs(float(a @ b)) for a, b in combinations(units, 2)]


@pytest.fixture(scope="module")
def starts() -> dict[int, list[list[float]]]:
    """Per hidden size, each seed's pairwise |cosine| at the start, from the seeded weights."""
    return {hidden: [cosines(w) for w in engine.starts(SEEDS, hidden)[0]] for hidden in (4, 32)}


def median(values) -> float:
    return statistics.median(float(v) for v in values)


def of(chosen) -> str:
    return formats.of(int(np.count_nonzero(chosen)), len(SEEDS))


def all_of(chosen) -> str:
    return formats.all_of(int(np.count_nonzero(chosen)), len(SEEDS), "seeds")


@pytest.mark.parametrize("hidden", [4, 32])
def test_the_start_is_the_seeded_weights_measured_again(numbers, starts, hidden):
    assert numbers[f"start_{hidden}"] == formats.significant(
        median(median(pairs) for pairs in starts[hidden]), 3)


def test_near_twins_at_the_start_counted_from_the_seeded_weights(numbers, starts):
    shares = [np.mean(np.array(pairs) > 0.99) for pairs in starts[32]]
    assert numbers["near_start_32"] == formats.share(median(shares))
    twinned = sum(any(c > 0.99 for c in pairs) for pairs in starts[4])
    assert numbers["twinned_start_4"] == formats.count(twinned)


@pytest.mark.parametrize("hidden", [4, 32])
@pytest.mark.parametrize("variant", ["plain", "dropout"])
def test_the_typical_pair_after_training(numbers, found, hidden, variant):
    assert numbers[f"{variant}_{hidden}"] == formats.significant(
        median(found[hidden].trained[variant].median), 3)


@pytest.mark.parametrize("variant", ["plain", "dropout", "dropconnect"])
def test_the_closest_pair_and_the_near_twins_after_training(numbers, found, variant):
    digits = 4 if variant == "dropconnect" else 3  # 0.9996 would be written 1 to three digits
    assert numbers[f"largest_{variant}_4"] == formats.significant(
        median(found[4].trained[variant].largest), digits)
    assert numbers[f"near_{variant}_32"] == formats.share(median(found[32].trained[variant].near))


def test_dropconnects_closest_pair_needs_its_fourth_digit(numbers):
    assert numbers["largest_dropconnect_4"] != "1"


@pytest.mark.parametrize("hidden", [4, 32])
@pytest.mark.parametrize("variant", ["plain", "dropout", "dropconnect"])
def test_the_median_final_error(numbers, found, hidden, variant):
    assert numbers[f"error_{variant}_{hidden}"] == formats.significant(
        median(found[hidden].final[variant]), 3)


def test_seed_by_seed_counts(numbers, found):
    for hidden in (4, 32):
        it = found[hidden]
        assert it.seeds == SEEDS
        assert numbers[f"spread_{hidden}"] == of(it.trained["dropout"].median < it.trained["plain"].median)
        assert numbers[f"twins_grow_{hidden}"] == of(it.trained["plain"].near > it.start.near)
    final_4, final_32 = found[4].final, found[32].final
    assert numbers["masks_worse_4"] == all_of((final_4["dropout"] > final_4["plain"])
                                              & (final_4["dropconnect"] > final_4["plain"]))
    assert numbers["dropout_better_32"] == all_of(final_32["dropout"] < final_32["plain"])
    assert numbers["dropconnect_better_32"] == all_of(final_32["dropconnect"] < final_32["plain"])
    assert numbers["twinned_plain_4"] == formats.count(np.count_nonzero(found[4].trained["plain"].near))


def test_the_labs_twins_are_seed_5_trained_again(numbers):
    """One network of 4 hidden units, seed 5, alpha 1, 10 000 steps, trained here a second time."""
    synapse_0 = engine.starts([5], 4)[0][0]
    trained = engine.train([1.0], *engine.starts([5], 4), 10_000).synapse_0[0]
    pairs = list(combinations(range(4), 2))
    after = cosines(trained)
    closest = int(np.argmax(after))
    first, second = pairs[closest]
    assert (numbers["lab_first"], numbers["lab_second"]) == (str(first + 1), str(second + 1))
    assert numbers["lab_start"] == formats.significant(cosines(synapse_0)[closest], 2)
    assert numbers["lab_trained"] == formats.significant(after[closest], 3)
    layer_1 = 1 / (1 + np.exp(-(X @ trained)))
    assert numbers["lab_cells"] == formats.significant(
        np.abs(layer_1[:, first] - layer_1[:, second]).max(), 2)


def test_numbers_names_nothing_else(numbers):
    by_size = {f"{kind}_{hidden}" for kind in ("start", "plain", "dropout", "spread", "twins_grow")
               for hidden in (4, 32)}
    errors = {f"error_{v}_{hidden}" for v in dropout.VARIANTS for hidden in (4, 32)}
    rest = {"near_start_32", "near_plain_32", "near_dropout_32", "near_dropconnect_32",
            "largest_plain_4", "largest_dropout_4", "largest_dropconnect_4", "masks_worse_4",
            "dropout_better_32", "dropconnect_better_32", "twinned_start_4", "twinned_plain_4",
            "lab_first", "lab_second", "lab_start", "lab_trained", "lab_cells"}
    assert set(numbers) == by_size | errors | rest


# -- The helpers.

def test_similarity_reads_the_start_or_a_variant_and_nothing_else(found):
    it = found[4]
    assert values.similarity(it, "start") is it.start
    assert values.similarity(it, "dropconnect") is it.trained["dropconnect"]
    with pytest.raises(KeyError):
        values.similarity(it, "batch norm")


def test_median_of_an_even_count_is_the_mean_of_the_middle_two():
    assert values.median([4, 1, 3, 2]) == 2.5
    assert values.median(np.array([7.0])) == 7.0
    assert isinstance(values.median(np.arange(3)), float)
