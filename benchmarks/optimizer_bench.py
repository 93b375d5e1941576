"""Benchmark: the follow-up's optimizer runs against the article's plain per-alpha loop.

The reference is the article's sweep as a plain loop (network.train, 7 alphas x 60 000 steps),
timed in this same run. Each rule's two batched runs (its 36-alpha range and its 20-seed race,
10 000 steps each) and scipy's three methods are timed uncached, and printed as ratios to it,
both in all and per network-step; plain descent through the engine is checked against
network.train bit for bit.
Usage: python benchmarks/optimizer_bench.py
"""

import sys
import time

import numpy as np

from descent import engine, network
from descent.optimizers import RULES
from descent.runs import quasi_newton, race, ravine_race, sweeps


def timed(function, *args, **kwargs):
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return result, time.perf_counter() - start


def main() -> int:
    _, plain_s = timed(sweeps.sweep_plain, arithmetic="numpy")  # the post's code as written
    plain_step = plain_s / (len(network.ALPHAS) * sweeps.ITERATIONS)
    print(f"article loop, 7 alphas x {sweeps.ITERATIONS} steps: {plain_s:7.2f} s "
          f"({plain_step * 1e6:.1f} us per network-step)")
    total = 0.0
    steps = race.STEPS
    for rule in RULES:
        _, range_s = timed(race.alpha_range.function, rule)
        _, race_s = timed(race.race.function, rule)
        networks = len(race.RANGE_ALPHAS) + race.SEEDS
        per_step = (range_s + race_s) / (networks * steps)
        total += range_s + race_s
        print(f"  {rule:<17} range + race {range_s + race_s:6.2f} s = {(range_s + race_s) / plain_s:5.2f}x"
              f" the loop; per network-step {per_step / plain_step:5.2f}x")
    for method in quasi_newton.METHODS:
        _, search_s = timed(quasi_newton.search.function, method)
        total += search_s
        print(f"  {method + ' (scipy)':<17} 20 starts    {search_s:6.2f} s = {search_s / plain_s:5.2f}x the loop")
    ravine_s = sum(timed(ravine_race.ravine_path.function, rule, turn)[1]
                   for rule in RULES for turn in (0.0, ravine_race.TURNED))
    total += ravine_s
    print(f"  ravine, 7 rules x 2 valleys x 61 alphas {ravine_s:6.2f} s")
    print(f"all follow-up optimizer runs: {total:6.2f} s = {total / plain_s:5.2f}x the article loop")
    errors, synapse_0, synapse_1, _, _ = network.train(10.0, iterations=2000, every=1000)
    found = engine.train([10.0], *engine.starts([1]), 2000, rule="gradient descent",
                         logged=list(errors))
    same = (np.array_equal(found.synapse_0[0], synapse_0)
            and np.array_equal(found.synapse_1[0], synapse_1)
            and found.errors[0].tolist() == list(errors.values()))
    print(f"plain descent through the engine bitwise identical to network.train: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
