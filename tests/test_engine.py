"""The one engine: network.train's numbers bit for bit, any rule, the switches, one check."""

import numpy as np
import pytest

from descent import engine, network, optimizers, switched
from descent.runs import sweeps
from descent.switched import Switches

# The plain pass (no switch), and the pass with a switch that can never bite (clipping at
# infinity returns every slope as it is).
PATHS = {"plain": Switches(), "switched": Switches(clip=np.inf)}


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("hidden", [4, 32])
def test_the_engine_is_network_train_bit_for_bit(hidden, path):
    # 2 000 steps reach every regime (alpha 1000 has saturated, alpha 10 is converging) and
    # cross a chunk of the direction counts; seeds and alphas mixed in one stack.
    runs = [(1, 0.5), (2, 10.0), (3, 1000.0), (1, 10.0)]
    found = engine.train([alpha for _, alpha in runs], *engine.starts([s for s, _ in runs], hidden),
                         2_000, switches=PATHS[path], logged=range(0, 2_000, 500),
                         direction_changes=True)
    assert found.steps.tolist() == [0, 500, 1000, 1500]
    for i, (seed, alpha) in enumerate(runs):
        # One step longer: the plain loop logs the trained network's error at step 2 000.
        errors, synapse_0, synapse_1, changes_0, changes_1 = network.train(alpha, hidden, 2_000,
                                                                           500, seed)
        longer = network.train(alpha, hidden, 2_001, 2_000, seed)[0]
        assert found.errors[i].tolist() == list(errors.values())  # float ==: bitwise here
        assert found.final[i] == longer[2_000]
        for name, plain in [("synapse_0", synapse_0), ("synapse_1", synapse_1),
                            ("synapse_0_direction_changes", changes_0),
                            ("synapse_1_direction_changes", changes_1)]:
            assert np.array_equal(getattr(found, name)[i], plain), (seed, alpha, name)


def test_sweeps_reproduce_the_article_shape_of_results():
    result = sweeps.sweep(iterations=60_000)
    final = {run.alpha: run.errors[50_000] for run in result.runs}
    assert min(final, key=final.get) == 10.0  # the article's surprise: alpha 10 is best
    assert "%.12g" % final[10.0] == "0.00131274062834"
    assert final[1000.0] == 0.5  # diverged and saturated: "hardlining at 0.5"
    assert final[0.001] > 0.48  # hardly moved
    magnitude = {run.alpha: np.abs(run.synapse_0).max() for run in result.runs}
    assert magnitude[1000.0] > 10 * magnitude[0.001]


@pytest.mark.parametrize("rule, switches", [("Adam", Switches()),
                                            ("momentum", Switches(dropout=0.2)),
                                            ("gradient descent", Switches(dropconnect=0.3))])
def test_a_stack_trains_each_network_as_if_alone(rule, switches):
    alphas, seeds = [0.01, 0.3, 2.0], [1, 2, 3]
    together = engine.train(alphas, *engine.starts(seeds), 300, rule=rule, switches=switches,
                            seeds=seeds, logged=[0, 299])
    for b, (alpha, seed) in enumerate(zip(alphas, seeds)):
        alone = engine.train([alpha], *engine.starts([seed]), 300, rule=rule, switches=switches,
                             seeds=[seed], logged=[0, 299])
        assert np.array_equal(together.synapse_0[b], alone.synapse_0[0])
        assert np.array_equal(together.errors[b], alone.errors[0])
        assert together.final[b] == alone.final[0]


def test_the_final_error_is_the_next_steps_logged_error():
    found = engine.train([1.0], *engine.starts([1]), 101, rule="momentum")
    longer = engine.train([1.0], *engine.starts([1]), 102, rule="momentum", logged=[101])
    assert found.final[0] == longer.errors[0, 0]


def test_counting_direction_changes_and_watching_progress_change_no_number():
    args = ([0.5, 100.0], *engine.starts([1, 2]), 2_500)  # crosses a count chunk boundary
    seen = []
    counted = engine.train(*args, logged=range(0, 2_500, 500), direction_changes=True,
                           progress=seen.append, progress_every=1_000)
    skipped = engine.train(*args, logged=range(0, 2_500, 500))
    assert seen == [1_000, 2_000]
    assert skipped.synapse_0_direction_changes is None
    assert skipped.synapse_1_direction_changes is None
    assert counted.synapse_0_direction_changes.shape == (2, 3, 4)
    assert counted.synapse_0_direction_changes.max() > 0
    for name in ("errors", "final", "synapse_0", "synapse_1"):
        assert np.array_equal(getattr(counted, name), getattr(skipped, name)), name


def test_reached_is_the_first_step_whose_error_is_below_the_target():
    found = engine.train([1.0, 10.0, 0.001], *engine.starts([1, 1, 1]), 3_000,
                         logged=range(3_000), target=0.05)
    for b in range(3):
        below = np.flatnonzero(found.errors[b] < 0.05)
        assert found.reached[b] == (below[0] if len(below) else -1)
    assert found.reached[2] == -1 and 0 < found.reached[1] < found.reached[0]


def test_the_starting_weights_are_left_untouched():
    synapse_0, synapse_1 = engine.starts([1])
    before = synapse_0.copy(), synapse_1.copy()
    engine.train([1.0], synapse_0, synapse_1, 10)
    engine.train([1.0], synapse_0, synapse_1, 10, rule="Adam", switches=Switches(l2=0.1))
    assert np.array_equal(synapse_0, before[0]) and np.array_equal(synapse_1, before[1])


def test_clipping_bounds_every_step():
    synapse_0, synapse_1 = engine.starts([1])
    found = engine.train([1000.0], synapse_0, synapse_1, 1, switches=Switches(clip=0.01))
    assert np.max(np.abs(found.synapse_0 - synapse_0)) <= 1000.0 * 0.01
    plain = engine.train([1000.0], synapse_0, synapse_1, 1)
    assert np.max(np.abs(plain.synapse_0 - synapse_0)) > 1000.0 * 0.01  # it did bite


def dropout_slopes_by_hand(synapse_0, synapse_1, keep, p):
    """The first step's slopes of one network with dropout, written out as the post would."""
    layer_1 = network.sigmoid(network.X @ synapse_0)
    dropped = layer_1 * keep / (1 - p)
    layer_2 = network.sigmoid(dropped @ synapse_1)
    layer_2_delta = (layer_2 - network.y) * layer_2 * (1 - layer_2)
    layer_1_delta = (layer_2_delta @ synapse_1.T) * keep / (1 - p) * layer_1 * (1 - layer_1)
    return network.X.T @ layer_1_delta, dropped.T @ layer_2_delta


@pytest.mark.parametrize("rule", ["gradient descent", "Adam"])
def test_a_dropout_step_by_hand_with_any_rule(rule):
    p, hidden = 0.2, 4
    synapse_0, synapse_1 = engine.starts([5], hidden)
    found = engine.train([0.1], synapse_0, synapse_1, 1, rule=rule,
                         switches=Switches(dropout=p), seeds=[5])
    # The mask of step 0: the first draw of seed 5's own stream, not of the weights' stream.
    keep = np.random.RandomState([5, switched.MASK_STREAM]).random_sample((4, hidden)) >= p
    slope_0, slope_1 = dropout_slopes_by_hand(synapse_0[0], synapse_1[0], keep, p)
    step = optimizers.RULES[rule]
    np.testing.assert_allclose(found.synapse_0[0], synapse_0[0] - step(slope_0, {}, 0.1),
                               rtol=1e-13)
    np.testing.assert_allclose(found.synapse_1[0], synapse_1[0] - step(slope_1, {}, 0.1),
                               rtol=1e-13)


def test_a_mini_batch_of_one_steps_through_the_examples_in_order():
    synapse_0, synapse_1 = engine.starts([1])
    found = engine.train([1.0], synapse_0, synapse_1, 5, switches=Switches(batch_size=1))
    s0, s1 = synapse_0[0].copy(), synapse_1[0].copy()
    for j in range(5):
        inputs, targets = network.X[j % 4:j % 4 + 1], network.y[j % 4:j % 4 + 1]
        layer_1 = network.sigmoid(inputs @ s0)
        layer_2 = network.sigmoid(layer_1 @ s1)
        layer_2_delta = (layer_2 - targets) * layer_2 * (1 - layer_2)
        layer_1_delta = (layer_2_delta @ s1.T) * layer_1 * (1 - layer_1)
        s1 -= layer_1.T @ layer_2_delta
        s0 -= inputs.T @ layer_1_delta
    np.testing.assert_allclose(found.synapse_0[0], s0, rtol=1e-13)


def test_log_steps_start_at_zero_and_stay_inside():
    steps = engine.log_steps(10_000)
    assert steps[0] == 0 and steps[-1] == 9_999 and np.all(np.diff(steps) > 0)
    assert 70 <= len(steps) <= 90


def test_the_logged_errors_read_as_a_dictionary_in_step_order():
    found = engine.train([1.0, 2.0], *engine.starts([1, 2]), 30, logged=[20, 0, 10])
    assert list(found.logged()) == [0, 10, 20]
    assert found.logged()[10].tolist() == found.errors[:, 1].tolist()



def test_a_trained_stack_knows_its_alphas_and_iterations_and_keeps_no_caller_array():
    alphas = np.array([1.0, 2.0])
    found = engine.train(alphas, *engine.starts([1, 2]), 30)
    assert found.alphas.tolist() == [1.0, 2.0] and found.iterations == 30
    alphas[0] = 5.0  # the caller's array is the caller's: the result kept a copy
    assert found.alphas.tolist() == [1.0, 2.0]


def test_logged_every_keeps_the_multiples_and_nothing_else():
    found = engine.train([1.0, 2.0], *engine.starts([1, 2]), 30, logged=range(0, 30, 5))
    fewer = found.logged_every(10)
    assert fewer.steps.tolist() == [0, 10, 20]
    assert fewer.errors.tolist() == found.errors[:, [0, 2, 4]].tolist()
    assert fewer.final is found.final and fewer.weights is found.weights


def test_grid_lays_a_stack_out_row_by_row():
    # Three alphas from seed 1's start, then the same three from seed 2's.
    alphas = [0.5, 1.0, 2.0] * 2
    found = engine.train(alphas, *engine.starts([1, 1, 1, 2, 2, 2]), 20, logged=[0, 10],
                         direction_changes=True)
    assert found.grid("alphas", 2).tolist() == [[0.5, 1.0, 2.0]] * 2
    assert found.grid("errors", 2).shape == (2, 3, 2)
    assert found.grid("final", 2)[1, 0] == found.final[3]
    assert np.array_equal(found.grid("synapse_0_direction_changes", 2)[1, 2],
                          found.synapse_0_direction_changes[5])
    assert found.grid("reached", 2) is None

ONE = dict(alphas=[1.0], iterations=100)


@pytest.mark.parametrize("bad, message", [
    ({"rule": "sgd"}, "unknown optimizer 'sgd': choose one of gradient descent, momentum"),
    ({"alphas": [0.0]}, "positive"),
    ({"alphas": [np.inf]}, "positive"),
    ({"alphas": [1.0, 2.0]}, "one row per network"),
    ({"alphas": []}, "at least one network"),
    ({"alphas": [[1.0]]}, "alphas \\(B,\\)"),
    ({"iterations": 0}, "iterations"),
    ({"iterations": 10.5}, "whole numbers"),
    ({"progress_every": 0}, "progress_every"),
    ({"logged": [100]}, "logged steps must lie in 0..99"),
    ({"logged": [-1]}, "logged steps"),
    ({"switches": "dropout"}, "Switches"),
    ({"switches": Switches(l2=(0.1, 0.2))}, "l2, dropout and dropconnect must be one number"),
    ({"switches": Switches(dropout=(0.1, 0.2)), "seeds": [1]}, "one number or one per network"),
    ({"switches": Switches(dropout=0.2)}, "one seed per network"),
    ({"switches": Switches(dropconnect=0.2), "seeds": [1, 2]}, "one seed per network"),
])
def test_bad_input_is_one_value_error_that_names_what_would_do(bad, message):
    arguments = {**ONE, **bad}
    alphas, iterations = arguments.pop("alphas"), arguments.pop("iterations")
    with pytest.raises(ValueError, match=message):
        engine.train(alphas, *engine.starts([1]), iterations, **arguments)


def test_no_seeds_is_a_value_error():
    with pytest.raises(ValueError, match="seed"):
        engine.starts([])
