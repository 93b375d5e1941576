"""pages.values.part_5: what each of the article's alphas does beyond its final error, held to
the same networks read from other stored runs (the two halves, the seed sweep, the stored final
outputs) and to alpha 100's run trained again here in numpy's arithmetic, its sign changes
counted anew."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from descent.network import ALPHAS, X, init_weights, sigmoid, y
from descent.pages.values import formats, part_5
from descent.readings import post_output
from descent.runs import stalls, studies, stuck, sweeps

TARGETS = y[:, 0]
MINUS = "\u2212"


@pytest.fixture(scope="module")
def named() -> dict[str, str]:
    return part_5.numbers()


def plain_sigmoid(x: np.ndarray) -> np.ndarray:
    """The post's sigmoid with numpy's exp (the package's is correctly rounded, and slower)."""
    return 1 / (1 + np.exp(-x))


@pytest.fixture(scope="module")
def hundred() -> dict:
    """Alpha 100 from seed 1's start, 60 000 steps of the post's loop in numpy's arithmetic
    (alpha 100 keeps nine digits under a one-ulp nudge, so the arithmetic does not matter here):
    how many slope signs changed up to steps 49, 30 000 and 59 999, and the weights after 30 000
    and after 60 000 steps."""
    synapse_0, synapse_1 = init_weights(3, 4, 1)
    before, changes, found = None, 0, {}
    for j in range(60_000):
        layer_1 = plain_sigmoid(X @ synapse_0)
        layer_2 = plain_sigmoid(layer_1 @ synapse_1)
        delta_2 = (layer_2 - y) * layer_2 * (1 - layer_2)
        delta_1 = delta_2 @ synapse_1.T * layer_1 * (1 - layer_1)
        slope_1, slope_0 = layer_1.T @ delta_2, X.T @ delta_1
        signs = np.concatenate([(slope_0 < 0).ravel(), (slope_1 < 0).ravel()])
        changes += 0 if before is None else int(np.sum(signs != before))
        before = signs
        if j in (49, 30_000, 59_999):
            found[j] = changes
        if j == 30_000:
            found["half"] = np.concatenate([synapse_0.ravel(), synapse_1.ravel()])
        synapse_1 = synapse_1 - 100.0 * slope_1
        synapse_0 = synapse_0 - 100.0 * slope_0
    found["end"] = np.concatenate([synapse_0.ravel(), synapse_1.ravel()])
    found["hidden_of_ones"] = sigmoid(synapse_0.sum(axis=0))  # the hidden layer for (1, 1, 1)
    return found


def halves_weights(alpha: float, hidden: int = 4) -> tuple[np.ndarray, np.ndarray]:
    """One alpha's weights after 60 000 steps trained in two halves (runs.stalls)."""
    found = stalls.halves(hidden)
    i = found.index(alpha)
    return found.second.synapse_0[i], found.second.synapse_1[i]


def outputs(synapse_0: np.ndarray, synapse_1: np.ndarray) -> np.ndarray:
    return sigmoid(sigmoid(X @ synapse_0) @ synapse_1)[:, 0]


def seed_errors() -> np.ndarray:
    """(seeds, alphas) final mean |error| from the seed sweep's stored final outputs."""
    return np.abs(stuck.seed_outputs(20, 4) - TARGETS).mean(axis=2)


def test_the_first_error_is_the_seed_1_networks_and_the_posts(named):
    start = init_weights(3, 4, 1)
    first = float(np.abs(outputs(*start) - TARGETS).mean())
    assert named["first_error"] == f"{first:.3g}" == f"{post_output.SWEEP_HIDDEN_4['1']['0']:.3g}"
    assert named["sooner"] == "0.002"


def test_the_small_alphas_ends_and_how_far_their_weights_moved(named):
    finals = stalls.halves(4).second.final
    for alpha, suffix, digits in [(0.001, "0001", 3), (0.01, "001", 2), (0.1, "01", 2)]:
        assert named[f"end_{suffix}"] == formats.significant(finals[ALPHAS.index(alpha)], digits)
    start = np.concatenate([w.ravel() for w in init_weights(3, 4, 1)])
    for alpha, suffix, digits in [(0.001, "0001", 2), (0.01, "001", 1)]:
        moved = np.abs(np.concatenate([w.ravel() for w in halves_weights(alpha)]) - start).max()
        assert named[f"moved_{suffix}"] == formats.significant(moved, digits)


def test_alpha_0_1_at_10_000_steps_is_the_seed_sweeps_seed_1(named):
    found = studies.seed_variance(20, 4)
    at = list(found.steps).index(10_000)
    assert named["at_10k_01"] == formats.significant(found.errors[0, ALPHAS.index(0.1), at])


def test_alpha_100s_outputs_are_the_seed_sweeps_seed_1(named, hundred):
    seed_1 = stuck.seed_outputs(20, 4)[0, ALPHAS.index(100.0)]
    assert named["outputs_100"] == ", ".join(f"{o:.4g}" for o in seed_1)
    assert named["hidden_100"] == formats.significant(hundred["hidden_of_ones"].max())


def test_alpha_100s_sign_changes_and_late_moves_counted_again(named, hundred):
    assert named["flips_100_early"] == str(hundred[49])
    assert named["flips_100_all"] == str(hundred[59_999])
    assert named["flips_100"] == str(hundred[59_999] - hundred[30_000])  # the second half's
    assert named["moved_100"] == formats.significant(np.abs(hundred["end"] - hundred["half"]).max())


def test_alpha_1000_is_frozen_from_early_on(named):
    """Its weights do not move at all over the second half; its error is exactly 0.5 from a
    sampled step on."""
    found = sweeps.article_sweep(4).runs[ALPHAS.index(1000.0)]
    first = stalls.halves(4).first
    i = list(first.alphas).index(1000.0)
    assert np.array_equal(found.synapse_0, first.synapse_0[i])
    assert np.array_equal(found.synapse_1, first.synapse_1[i])
    assert named["moved_1000"] == "0"
    weights = np.concatenate([w.ravel() for w in halves_weights(1000.0)])
    largest = weights[np.argsort(np.abs(weights))[-1]]
    assert named["largest_1000"] == MINUS + str(round(-largest)) and largest < 0
    assert named["outputs_1000"] == formats.significant(outputs(*halves_weights(1000.0)).max())
    errors = studies.seed_variance(20, 4).errors[0, ALPHAS.index(1000.0)]
    k = len(errors)
    while k and errors[k - 1] == 0.5:
        k -= 1
    assert named["exact_1000"] == formats.count(studies.seed_variance(20, 4).steps[k])


def test_how_soon_4_and_32_hidden_units_reach_0_002_at_alpha_10(named):
    seeds = studies.seed_variance(20, 4)
    errors_4 = seeds.errors[0, ALPHAS.index(10.0)]
    assert named["steps_4"] == formats.count(seeds.steps[np.flatnonzero(errors_4 < 0.002)[0]])
    trained = sweeps.article_sweep(32).trained
    errors_32 = trained.errors[ALPHAS.index(10.0)]
    assert named["steps_32"] == formats.count(trained.steps[np.flatnonzero(errors_32 < 0.002)[0]])


@pytest.mark.parametrize("hidden", [4, 32])
def test_the_tuned_alpha_is_the_best_below_the_curves_cliff(named, hidden):
    alphas = studies.learning_rate(hidden).alphas
    errors = np.abs(stuck.curve_outputs(hidden) - TARGETS).mean(axis=1)
    cliff = next(k for k in range(1, len(errors)) if errors[k] >= 10 * errors[:k].min())
    best = int(np.argmin(errors[:cliff]))
    assert named[f"tuned_alpha_{hidden}"] == formats.alpha(alphas[best])
    assert named[f"tuned_error_{hidden}"] == formats.significant(errors[best])


def test_two_and_three_hidden_units_at_alpha_10(named):
    errors = {h: float(np.abs(outputs(*halves_weights(10.0, h)) - TARGETS).mean()) for h in (2, 3)}
    assert named["end_3"] == f"{errors[3]:.3g}" and named["end_2"] == f"{errors[2]:.2g}"
    assert named["outputs_2"] == ", ".join(f"{o:.3g}" for o in outputs(*halves_weights(10.0, 2)))


def test_alpha_100_from_twenty_seeds(named):
    errors = seed_errors()[:, ALPHAS.index(100.0)]
    assert named["seed_2_100"] == formats.significant(errors[1])
    assert named["stalled_100"] == formats.all_of(int(np.sum(errors > 0.1)), 20, "seeds")


def faked(errors: dict[int, float]):
    return lambda alpha, hidden=4: SimpleNamespace(errors=errors)


def test_exactly_half_from_is_the_first_step_of_the_last_stretch_at_0_5(monkeypatch):
    monkeypatch.setattr(part_5, "run", faked({0: 0.4, 500: 0.5, 1000: 0.3, 1500: 0.5, 2000: 0.5}))
    assert part_5.exactly_half_from(1000.0) == 1500


def test_exactly_half_from_is_the_first_step_when_the_error_is_0_5_throughout(monkeypatch):
    monkeypatch.setattr(part_5, "run", faked({0: 0.5, 500: 0.5}))
    assert part_5.exactly_half_from(1000.0) == 0


def test_exactly_half_from_says_in_one_line_when_the_error_does_not_end_at_0_5(monkeypatch):
    monkeypatch.setattr(part_5, "run", faked({0: 0.5, 500: 0.4}))
    with pytest.raises(ValueError, match="^alpha 1000's error does not end at 0.5: there is no step to name$"):
        part_5.exactly_half_from(1000.0)


def test_first_reaching_says_in_one_line_when_no_logged_error_is_below(monkeypatch):
    monkeypatch.setattr(part_5, "run", faked({0: 0.5, 500: 0.3}))
    with pytest.raises(ValueError, match="^alpha 10 at 4 hidden units never gets below 0.002$"):
        part_5.first_reaching(0.002, 10.0, 4)


def test_first_reaching_is_the_first_logged_step_strictly_below(monkeypatch):
    monkeypatch.setattr(part_5, "run", faked({0: 0.5, 500: 0.002, 1000: 0.0019, 1500: 0.001}))
    assert part_5.first_reaching(0.002, 10.0, 4) == 1000


def test_the_module_names_exactly_the_values_checked_here(named):
    assert set(named) == {
        "sooner", "first_error", "end_0001", "moved_0001", "moved_001", "end_001", "at_10k_01",
        "end_01", "outputs_100", "hidden_100", "moved_100", "flips_100", "flips_100_all",
        "flips_100_early", "moved_1000", "outputs_1000", "largest_1000", "steps_4", "steps_32",
        "tuned_alpha_4", "tuned_error_4", "tuned_alpha_32", "tuned_error_32", "end_3", "end_2",
        "outputs_2", "seed_2_100", "stalled_100", "exact_1000"}
