"""The batched engine must give exactly the plain loop's numbers, bit for bit."""

import numpy as np
import pytest

from descent.runs import sweeps
from descent.batched import train_batch
from descent.network import ALPHAS, init_weights


def assert_sweeps_identical(batched, plain):
    assert [r.alpha for r in batched.runs] == [r.alpha for r in plain.runs]
    for fast, slow in zip(batched.runs, plain.runs):
        assert fast.errors == slow.errors  # float ==, so bitwise for non-NaN values
        for name in ("synapse_0", "synapse_1", "synapse_0_direction_changes",
                     "synapse_1_direction_changes"):
            assert np.array_equal(getattr(fast, name), getattr(slow, name)), (fast.alpha, name)


@pytest.mark.parametrize("hidden", [4, 32])
def test_batched_sweep_equals_per_alpha_loop_bitwise(hidden):
    # 3 000 steps reach every regime (alpha 1000 has saturated, alpha 10 is converging);
    # the benchmark checks the full 60 000-step sweep.
    args = dict(alphas=ALPHAS, hidden=hidden, iterations=3_000, every=500, seed=1)
    assert_sweeps_identical(sweeps.sweep(**args), sweeps.sweep_plain(**args))


def test_batch_can_mix_seeds_as_well_as_alphas():
    starts = [init_weights(3, 4, seed) for seed in (1, 2, 3)]
    result = train_batch([0.5, 0.5, 10.0], np.stack([s[0] for s in starts]),
                         np.stack([s[1] for s in starts]), iterations=400, every=200)
    for i, (seed, alpha) in enumerate([(1, 0.5), (2, 0.5), (3, 10.0)]):
        plain = sweeps.sweep_plain([alpha], 4, 400, 200, seed).runs[0]
        assert np.array_equal(result.synapse_0[i], plain.synapse_0)
        assert [result.errors[j][i] for j in (0, 200)] == list(plain.errors.values())


def test_batched_run_leaves_the_starting_weights_untouched():
    synapse_0, synapse_1 = init_weights(3, 4, 1)
    before = synapse_0.copy()
    train_batch([1.0], synapse_0[None], synapse_1[None], iterations=10)
    assert np.array_equal(synapse_0, before)


def test_sweep_reproduces_the_article_shape_of_results():
    result = sweeps.sweep(iterations=60_000)
    final = {run.alpha: run.errors[50_000] for run in result.runs}
    assert min(final, key=final.get) == 10.0  # the article's surprise: alpha 10 is best
    assert "%.12g" % final[10.0] == "0.00131274062834"
    assert final[1000.0] == 0.5  # diverged and saturated: "hardlining at 0.5"
    assert final[0.001] > 0.48  # hardly moved
    magnitude = {run.alpha: np.abs(run.synapse_0).max() for run in result.runs}
    assert magnitude[1000.0] > 10 * magnitude[0.001]
