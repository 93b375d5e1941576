"""The lab's engine, docs/javascripts/network.js, run in chromium and held to the package.

The module is served from docs/javascripts by a tiny local server (no site build needed) and
imported into a page. Expected values come from the package (network, optimizers, engine,
two_weight) and from the stored article sweeps; the post's first error from post_output.

Everything is asserted equal, bit for bit: the engine trains in the package's arithmetic (the
post's 2015 summation orders, no fused multiply-add, a correctly rounded exp), and +, *, / and
sqrt round the same in both languages. Adam's bias corrections need beta ** t, where V8's pow
and glibc's differ in the last bit for some t; the engine keeps the power as a double-double
instead, which rounds 1 - beta ** t as Python (glibc) does for every t of a 60 000-step run
(tested below; another libm's pow could differ).
"""

import numpy as np
import pytest

from descent import engine as package_engine, network, optimizers, post_arithmetic
from descent.readings import post_output
from descent import two_weight
from descent.runs import sweeps
from network_js_page import network_js


@pytest.fixture(scope="module")
def engine(browser):
    """A page that has imported network.js as window.net."""
    with network_js(browser) as page:
        yield page


def relative(found, expected) -> float:
    """The largest |found - expected| / |expected| (0 where both are 0)."""
    found, expected = np.asarray(found, dtype=float), np.asarray(expected, dtype=float)
    scale = np.maximum(np.abs(found), np.abs(expected))
    gap = np.abs(found - expected)
    return float(np.max(np.where(gap == 0, 0.0, gap / np.where(scale == 0, 1.0, scale))))


def js_train(engine, **settings) -> dict:
    return engine.evaluate("settings => net.train(settings)", settings)


SEEDS = [0, 1, 2, 42, 2**31, 2**32 - 1, *np.random.default_rng(21).integers(0, 2**32, 50).tolist()]


def test_starting_weights_are_randomstates_bit_for_bit(engine):
    for hidden in (4, 32):
        for seed in SEEDS:
            start = js_train(engine, alpha=1, hidden=hidden, seed=seed, iterations=0)
            synapse_0, synapse_1 = network.init_weights(3, hidden, seed)
            assert [[w.hex() for w in row] for row in start["synapse_0"]] == \
                [[w.hex() for w in row] for row in synapse_0.tolist()], (hidden, seed)
            assert [[w.hex() for w in row] for row in start["synapse_1"]] == \
                [[w.hex() for w in row] for row in synapse_1.tolist()], (hidden, seed)
            assert start["errors"] == {} and np.all(np.array(start["changes_0"]) == 0)


def test_the_generator_is_randomstates_past_its_first_twist(engine):
    # 2000 samples use 4000 words: six regenerations of the 624-word state.
    for seed in (0, 1, 2**32 - 1):
        drawn = engine.evaluate(
            "seed => { const r = net.randomState(seed); return Array.from({length: 2000}, r); }", seed)
        assert drawn == np.random.RandomState(seed).random_sample(2000).tolist()


def test_the_first_error_prints_as_the_post_did(engine):
    printed = post_output.SWEEP_HIDDEN_4["1"]["0"]
    first = js_train(engine, alpha=0.5, hidden=4, seed=1, iterations=1)["errors"]["0"]
    assert f"{first:.12g}" == f"{printed:.12g}" == "0.496410031903"


def hexes(values) -> list[str]:
    """Every number of a nested list or array as its exact bits."""
    return [float(v).hex() for v in np.ravel(np.asarray(values, dtype=float))]


@pytest.mark.parametrize("hidden", [4, 32])
def test_the_article_sweep_is_the_stored_runs_bit_for_bit(engine, hidden):
    # Chaotic runs included (alpha 10, 100, 1000): one differing bit would grow into the digits.
    stored = sweeps.article_sweep(hidden)
    for run in stored.runs:
        found = js_train(engine, alpha=run.alpha, hidden=hidden, seed=stored.seed,
                         iterations=stored.iterations, every=sweeps.CURVE_EVERY)
        errors = {int(j): e for j, e in found["errors"].items()}
        assert list(errors) == list(run.errors)
        assert hexes(list(errors.values())) == hexes(list(run.errors.values())), run.alpha
        assert hexes(found["synapse_0"]) == hexes(run.synapse_0), run.alpha
        assert hexes(found["synapse_1"]) == hexes(run.synapse_1), run.alpha
        assert found["changes_0"] == run.synapse_0_direction_changes.tolist(), run.alpha
        assert found["changes_1"] == run.synapse_1_direction_changes.tolist(), run.alpha


def slope_sequence() -> np.ndarray:
    """40 steps of 6 slopes: signs that flip, sizes from 1e-9 to 1e3, and an exact zero."""
    rng = np.random.default_rng(2015)
    slopes = rng.standard_normal((40, 6)) * 10.0 ** rng.integers(-9, 4, (40, 6))
    slopes[::7, 2] = 0.0
    return slopes


@pytest.mark.parametrize("name", list(optimizers.RULES))
def test_each_rule_steps_as_optimizers_py(engine, name):
    slopes = slope_sequence()
    for alpha in (0.001, 0.5, 10.0):
        memory, expected = {}, []
        for slope in slopes:
            expected.append(optimizers.rule(name)(slope.copy(), memory, alpha).tolist())
        found = engine.evaluate("""([name, slopes, alpha]) => {
          const memory = {};
          return slopes.map(slope => net.step(name, slope, memory, alpha));
        }""", [name, slopes.tolist(), alpha])
        assert found == expected, (alpha, relative(found, expected))


@pytest.mark.parametrize("name", ["momentum", "Nesterov"])
def test_a_given_beta_steps_as_optimizers_py(engine, name):
    """step's optional beta is the rule's own (Part 3's live ravine slides it); 0 keeps nothing."""
    slopes = slope_sequence()
    for beta in (0.0, 0.5, 0.95):
        for alpha in (0.001, 0.185, 10.0):
            memory, expected = {}, []
            for slope in slopes:
                expected.append(optimizers.rule(name)(slope.copy(), memory, alpha, beta).tolist())
            found = engine.evaluate("""([name, slopes, alpha, beta]) => {
              const memory = {};
              return slopes.map(slope => net.step(name, slope, memory, alpha, beta));
            }""", [name, slopes.tolist(), alpha, beta])
            assert found == expected, (beta, alpha, relative(found, expected))


def test_adams_bias_corrections_round_as_pythons_pow(engine):
    found = engine.evaluate("""() => {
      const memory = {}, corrections = [[], []];
      for (let t = 1; t <= 60000; t++) {
        net.step("Adam", [1], memory, 1);
        corrections[0].push(1 - memory.powers[0]);
        corrections[1].push(1 - memory.powers[2]);
      }
      return corrections;
    }""")
    beta_1, beta_2 = optimizers.ADAM_BETAS
    assert found[0] == [1 - beta_1 ** t for t in range(1, 60_001)]
    assert found[1] == [1 - beta_2 ** t for t in range(1, 60_001)]


@pytest.mark.parametrize("name", list(optimizers.RULES))
def test_each_rule_trains_as_the_package(engine, name):
    alpha, steps = 0.05, 3000
    expected = package_engine.train([alpha], *package_engine.starts([1]), steps, rule=name,
                                    logged=range(0, steps, 50))
    found = js_train(engine, alpha=alpha, rule=name, iterations=steps, every=50)
    assert hexes(list(found["errors"].values())) == hexes(expected.errors[0])
    assert hexes(found["synapse_0"]) == hexes(expected.synapse_0[0])
    assert hexes(found["synapse_1"]) == hexes(expected.synapse_1[0])


def test_a_long_rmsprop_run_is_the_package_bit_for_bit(engine):
    # RMSprop divides each slope by its own recent size: near a zero slope its step is about
    # +-alpha whatever the slope, so one differing bit of a slope's sign flips a whole step.
    steps = 60_000
    expected = package_engine.train([0.01], *package_engine.starts([1]), steps, rule="RMSprop",
                                    logged=range(0, steps, 10_000))
    found = js_train(engine, alpha=0.01, rule="RMSprop", iterations=steps, every=10_000)
    assert hexes(list(found["errors"].values())) == hexes(expected.errors[0])
    assert hexes(found["synapse_0"]) == hexes(expected.synapse_0[0])


def test_outputs_are_the_forward_pass(engine):
    run = sweeps.article_sweep(4).runs[network.ALPHAS.index(10.0)]
    found = engine.evaluate("([s0, s1]) => net.outputs(s0, s1)",
                            [run.synapse_0.tolist(), run.synapse_1.tolist()])
    layer_1 = post_arithmetic.sigmoid(post_arithmetic.inputs_dot(network.X, run.synapse_0))
    expected = post_arithmetic.sigmoid(post_arithmetic.lanes_dot(layer_1, run.synapse_1))[:, 0]
    assert hexes(found) == hexes(expected)


@pytest.mark.parametrize("seed, alpha", [(1, 1.0), (2, 10.0), (7, 0.1)])
def test_the_two_weight_path_is_part_4s(engine, seed, alpha):
    every = 100
    found = engine.evaluate("s => net.twoWeight(s)", {"seed": seed, "alpha": alpha, "every": every})
    trajectory = two_weight.train(10_000, alpha, seed).trajectory
    assert hexes(found) == hexes(trajectory[::every])


def test_the_two_weight_path_starts_where_it_is_placed(engine):
    found = engine.evaluate("() => net.twoWeight({w0: -8, w1: 9.5, iterations: 250, every: 100})")
    assert found[0] == [-8, 9.5] and len(found) == 4  # 0, 100, 200, 250


PLANE_RULES = ["gradient descent", "momentum", "Nesterov", "RMSprop", "Adam"]  # lab-settings.js RULES


@pytest.mark.parametrize("rule", PLANE_RULES)
@pytest.mark.parametrize("start, alpha", [((-6, 6), 1.0), ((2.5, -4), 3.0), ((-9.7, -0.3), 0.05),
                                          ((8, 9), 100.0)])
def test_the_two_weight_path_by_each_rule_is_the_packages(engine, rule, start, alpha):
    every = 20
    found = engine.evaluate("s => net.twoWeight(s)",
                            {"w0": start[0], "w1": start[1], "alpha": alpha, "rule": rule, "every": every})
    trajectory = two_weight.train(10_000, alpha, rule=rule, start=start).trajectory
    assert hexes(found) == hexes(trajectory[::every])


@pytest.mark.parametrize("seed, alpha", [(1, 1.0), (2, 10.0), (7, 0.1)])
def test_the_packages_two_weight_rules_keep_the_posts_path(seed, alpha):
    """train(rule="gradient descent") through the optimizers' rule has the post's code's bits."""
    posts = two_weight.train(10_000, alpha, seed).trajectory
    run = two_weight.train(10_000, alpha, seed, start=posts[0]).trajectory  # via optimizers.rule
    assert hexes(run) == hexes(posts)


def test_an_unknown_rule_is_refused_on_the_plane(engine):
    name = engine.evaluate("""() => {
      try { net.twoWeight({w0: 1, w1: 1, iterations: 0, rule: "Newton"}); return null; }
      catch (error) { return error.name; }
    }""")
    assert name == "RangeError"
    with pytest.raises(ValueError):
        two_weight.train(1, rule="Newton")


def test_the_plane_is_the_sum_of_squared_errors(engine):
    first, second, error = two_weight.error_grid(points=41)
    found = engine.evaluate("points => points.map(([a, b]) => net.planeError(a, b))",
                            np.stack([first.ravel(), second.ravel()], axis=1).tolist())
    assert hexes(found) == hexes(error.ravel())


def test_progress_is_reported_and_a_run_can_be_cancelled(engine):
    seen = engine.evaluate("""() => {
      const steps = [];
      net.train({alpha: 1, iterations: 9000, onProgress: (done) => steps.push(done)});
      let name = null;
      const signal = {aborted: false};
      try {
        net.train({alpha: 1, signal, onProgress: (done) => { if (done >= 4000) signal.aborted = true; }});
      } catch (error) { name = error.name; }
      return {steps, name};
    }""")
    assert seen["steps"] == sorted(seen["steps"]) and seen["steps"][-1] == 9000 and len(seen["steps"]) > 2
    assert seen["name"] == "AbortError"


@pytest.mark.parametrize("settings", [
    {"alpha": 0}, {"alpha": float("nan")}, {"alpha": -1}, {"alpha": 1, "hidden": 0},
    {"alpha": 1, "hidden": 2.5}, {"alpha": 1, "seed": -1}, {"alpha": 1, "seed": 2**32},
    {"alpha": 1, "iterations": -5}, {"alpha": 1, "rule": "Newton"},
])
def test_settings_out_of_range_are_refused(engine, settings):
    name = engine.evaluate("""settings => {
      try { net.train({...settings, iterations: settings.iterations ?? 10}); return null; }
      catch (error) { return error.name; }
    }""", settings)
    assert name == "RangeError"
