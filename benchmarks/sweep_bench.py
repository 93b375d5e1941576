"""Benchmark: the batched alpha sweep against the plain per-alpha loop, in one process.

Prints both times, their ratio, and whether every number is bitwise identical.
Usage: python benchmarks/sweep_bench.py [--hidden N] [--iterations N]
"""

import argparse
import time

import numpy as np

from descent import experiments


def timed(function, **kwargs):
    start = time.perf_counter()
    result = function(**kwargs)
    return result, time.perf_counter() - start


def identical(fast, slow) -> bool:
    return all(
        a.errors == b.errors
        and all(np.array_equal(getattr(a, n), getattr(b, n))
                for n in ("synapse_0", "synapse_1", "synapse_0_direction_changes",
                          "synapse_1_direction_changes"))
        for a, b in zip(fast.runs, slow.runs, strict=True))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hidden", type=int, nargs="+", default=[4])
    parser.add_argument("--iterations", type=int, default=60_000)
    args = parser.parse_args()
    for hidden in args.hidden:
        settings = dict(hidden=hidden, iterations=args.iterations)
        plain, plain_s = timed(experiments.sweep_plain, **settings)
        batched, batched_s = timed(experiments.sweep, **settings)
        print(f"alpha sweep, 7 alphas, hidden {hidden}, {args.iterations} iterations")
        print(f"  per-alpha loop : {plain_s:7.2f} s")
        print(f"  batched engine : {batched_s:7.2f} s")
        print(f"  speed-up       : {plain_s / batched_s:7.2f} x")
        print(f"  bitwise identical: {identical(batched, plain)}")


if __name__ == "__main__":
    main()
