"""Benchmark: the batched alpha sweep against the plain per-alpha loop, in one process.

Prints the article's loop (the post's code as written: numpy's BLAS and exp), the same loop in
the post's 2015 arithmetic and the batched engine, their ratios, and whether every number of the
batched run is bitwise identical to the 2015 loop; then the same
for the "Explore alpha" studies (61-alpha learning-rate curve, 20-seed sweep): there the plain
loop is timed on the article's 7 alphas only (once per hidden size, reused by every section),
so the speed-up is per network.
Usage: python benchmarks/sweep_bench.py [--hidden N] [--iterations N] [--lr-hidden N] [--seeds N]
"""

import argparse
import sys
import time

import numpy as np

from descent.runs import studies, sweeps as experiments
from descent.network import ALPHAS, X, y
from descent.post_arithmetic import inputs_dot, lanes_dot, mean_abs, sigmoid


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


_plain = {}  # (hidden, arithmetic) -> (seconds, Sweep) of the plain loop over the 7 alphas


def plain_sweep(hidden, iterations, arithmetic="2015"):
    """The plain per-alpha loop (network.train), timed once per hidden size and arithmetic in
    this run: "2015" is the reference every batched run must equal bit for bit; "numpy" is the
    post's code as written, the article's loop every ratio of `make bench` is to."""
    if (hidden, arithmetic) not in _plain:
        sweep, seconds = timed(experiments.sweep_plain, hidden=hidden, iterations=iterations,
                               arithmetic=arithmetic)
        _plain[(hidden, arithmetic)] = seconds, sweep
    return _plain[(hidden, arithmetic)]


def article_loop(hidden=4, iterations=60_000):
    """Seconds of the article's loop: the post's code as written, 7 alphas, one after another."""
    return plain_sweep(hidden, iterations, "numpy")[0]


def plain_final_error(run) -> float:
    """The plain loop's mean |error| of a trained network (after its last update)."""
    layer_1 = sigmoid(inputs_dot(X, run.synapse_0))
    return float(mean_abs(sigmoid(lanes_dot(layer_1, run.synapse_1)) - y))


def per_network(label, batch, batched_s, hidden, iterations, same):
    plain_s = article_loop(hidden, iterations)
    fast, slow = batched_s / batch, plain_s / len(ALPHAS)
    print(f"  {f'batched engine, {batch} networks':<30}: {batched_s:7.2f} s"
          f"  ({fast:.4f} s per network)")
    print(f"  {f'article loop, {len(ALPHAS)} alphas':<30}: {plain_s:7.2f} s"
          f"  ({slow:.4f} s per network)")
    print(f"  {'speed-up per network':<30}: {slow / fast:7.2f} x  (measured in this one run)")
    print(f"  {label} bitwise identical to the plain loop: {same}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hidden", type=int, nargs="+", default=[4])
    parser.add_argument("--iterations", type=int, default=60_000)
    parser.add_argument("--lr-hidden", type=int, nargs="+", default=[4, 32])
    parser.add_argument("--seeds", type=int, default=20)
    args = parser.parse_args()
    all_same = True
    for hidden in args.hidden:
        settings = dict(hidden=hidden, iterations=args.iterations)
        plain_s, plain = plain_sweep(hidden, args.iterations)
        written_s = article_loop(hidden, args.iterations)
        batched, batched_s = timed(experiments.sweep, **settings)
        print(f"alpha sweep, 7 alphas, hidden {hidden}, {args.iterations} iterations")
        print(f"  article loop (the post's code, numpy's BLAS and exp): {written_s:7.2f} s = 1x")
        print(f"  per-alpha loop, 2015 arithmetic : {plain_s:7.2f} s = "
              f"{plain_s / written_s:5.2f}x")
        print(f"  batched engine, 2015 arithmetic : {batched_s:7.2f} s = "
              f"{batched_s / written_s:5.2f}x  ({plain_s / batched_s:.2f}x faster than its loop)")
        same = identical(batched, plain)
        all_same &= same
        print(f"  bitwise identical: {same}")

    alphas = studies.LEARNING_RATE_ALPHAS
    for hidden in args.lr_hidden:
        curve, batched_s = timed(studies.learning_rate_curve, hidden=hidden, alphas=alphas,
                                 iterations=args.iterations)
        _, plain = plain_sweep(hidden, args.iterations)
        same = all(curve[list(alphas).index(run.alpha)] == plain_final_error(run)
                   for run in plain.runs)
        print(f"learning-rate curve, {len(alphas)} alphas, hidden {hidden},"
              f" {args.iterations} iterations")
        all_same &= same
        per_network(label="final errors at the article's alphas", batch=len(alphas),
                    batched_s=batched_s, hidden=hidden, iterations=args.iterations, same=same)

    seeds = range(1, args.seeds + 1)
    found, batched_s = timed(studies.seed_sweep, alphas=ALPHAS, seeds=seeds, hidden=4,
                             iterations=args.iterations, every=500)
    _, plain = plain_sweep(4, args.iterations)
    steps = list(found.steps)
    same = all(found.final[0, i] == plain_final_error(run)
               and all(found.errors[0, i, steps.index(j)] == e for j, e in run.errors.items())
               for i, run in enumerate(plain.runs))
    print(f"seed variance, {len(ALPHAS)} alphas x {len(seeds)} seeds, hidden 4,"
          f" {args.iterations} iterations")
    all_same &= same
    per_network(label="seed-1 rows", batch=len(ALPHAS) * len(seeds), batched_s=batched_s,
                hidden=4, iterations=args.iterations, same=same)
    if not all_same:
        print("FAILED: a batched result differs from the plain loop")
    return 0 if all_same else 1


if __name__ == "__main__":
    sys.exit(main())
