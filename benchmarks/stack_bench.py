"""Benchmark: why a GPU would not pay for the 13-line net. Time per training step against the
number of networks stacked into one batched step (1 ... 10 000).

The engine timed is the one every stored run trains in: the post's 2015 arithmetic, each sum
spelled out in its order and exp correctly rounded, about 120 numpy operations per step on
arrays of at most 16 numbers at 4 hidden units (the post's code as written is 24, descent.step_costs
counts them). If a step's time were arithmetic, 10 000 stacked networks would take 10 000 times
as long. They take far less: the time of one network's step is the cost of calling numpy, not
of the arithmetic, and that is the part a GPU cannot speed up (it adds a kernel launch per call).
Prints, per stack size, the time per step and per network-step and the ratios to one network.
Usage: python benchmarks/stack_bench.py [--hidden N] [--sizes 1 10 ...] [--seconds S]
"""

import argparse
import time

import numpy as np

from descent import step_costs, engine
from descent.network import X, init_weights


def per_step(networks: int, hidden: int, seconds: float) -> float:
    """Seconds per batched step of `networks` stacked copies of the seed-1 network."""
    synapse_0, synapse_1 = init_weights(X.shape[1], hidden, 1)
    stack_0 = np.repeat(synapse_0[None], networks, axis=0)
    stack_1 = np.repeat(synapse_1[None], networks, axis=0)
    alphas = np.full(networks, 0.5)
    steps = 20
    while True:  # grow the run until it lasts long enough to time
        start = time.perf_counter()
        engine.train(alphas, stack_0, stack_1, steps)
        elapsed = time.perf_counter() - start
        if elapsed >= seconds or steps >= 1_000_000:
            return elapsed / steps
        steps *= 4


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hidden", type=int, default=4)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100, 1000, 10_000])
    parser.add_argument("--seconds", type=float, default=0.3)
    args = parser.parse_args()
    cost = step_costs.step_cost(args.hidden)
    print(f"the 2015 engine, networks stacked per step, {args.hidden} hidden units (the post's "
          f"code as written: {cost.calls} numpy operations, {cost.flops} flops, arrays of at most "
          f"{cost.largest} numbers)")
    print(f"  {'networks':>8}  {'us/step':>10}  {'us/network-step':>16}  {'step time / 1 net':>17}"
          f"  {'per network, 1 net / this':>25}")
    single = None
    for networks in args.sizes:
        seconds = per_step(networks, args.hidden, args.seconds)
        single = single or seconds
        print(f"  {networks:>8}  {seconds * 1e6:10.1f}  {seconds / networks * 1e6:16.3f}"
              f"  {seconds / single:16.1f}x  {single / (seconds / networks):24.0f}x")
    print(f"  one network: {single * 1e6:.0f} us per step, the cost of its numpy calls")


if __name__ == "__main__":
    main()
