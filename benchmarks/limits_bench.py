"""Benchmark: the sweep's time model (descent.cli.budget) against the CPU seconds a sweep takes here.

The model must overestimate: a run it lets start must not take much longer than it said. Each
size runs in a fresh process (as `python -m descent sweep` would); the table shows measured CPU
seconds, the estimate and their ratio, and the script exits 1 when an estimate falls below what
was measured. Absolute seconds are noise on a shared machine; the ratio is what to read.
"""

import os
import subprocess
import sys

from descent.cli import budget

MEASURE = """
import contextlib, io, sys, time
from descent.cli import command
started = time.process_time()
with contextlib.redirect_stdout(io.StringIO()):
    assert command.main(["sweep", *sys.argv[1:]]) == 0
print(time.process_time() - started)
"""
SIZES = [("0.1,1,10", 4, 20_000, 10_000, False),  # the article's sizes: per-step overhead
         ("1", 20_000, 1_100, 1_000, False),  # wide: per-unit cost
         ("1", 20_000, 1_100, 1_000, True),
         ("0.5,2", 4, 20_000, 1, False)]  # logged every step


def main() -> int:
    under = 0
    print(f"{'sweep':<64} {'measured':>9} {'estimate':>9} {'estimate/measured':>18}")
    for alphas, hidden, iterations, every, json in SIZES:
        args = ["--alphas", alphas, "--hidden", str(hidden), "--iterations", str(iterations),
                "--every", str(every)] + (["--json"] if json else [])
        done = subprocess.run([sys.executable, "-c", MEASURE, *args], capture_output=True,
                              text=True, env=os.environ, check=True)
        seconds = float(done.stdout)
        cost = budget.estimate(len(alphas.split(",")), hidden, iterations, every, json=json)
        under += cost.seconds < seconds
        print(f"{' '.join(args):<64} {seconds:>8.2f}s {cost.seconds:>8.2f}s "
              f"{cost.seconds / seconds:>17.1f}x")
    if under:
        print(f"the time model underestimates {under} size(s): raise limits' constants")
    return 1 if under else 0


if __name__ == "__main__":
    sys.exit(main())
