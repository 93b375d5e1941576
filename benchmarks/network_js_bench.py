"""Benchmark: the lab's JavaScript engine (docs/javascripts/network.js, run by Node) against the
package's plain per-alpha loop (network.train), for the same run, timed in this one run.

The run: 60 000 steps at 4 hidden units, alpha 1, seed 1, errors every 10 000 steps. Each of
three fresh Node processes times its first call (cold: what a reader's first run costs, JIT
compilation included; on a busy machine the compiler thread waits, so cold times vary) and the
best of the next five; the ratio is taken against the median cold call. The two runs' errors are
compared, so the ratio is between two runs of the same numbers: bit for bit (both train in the
post's 2015 arithmetic; tests/browser/test_network_js.py holds them to it), or exit 1. Needs Node (20 or later): without it
the benchmark says so and exits 1.

Then the lab's caps (docs/javascripts/lab-settings.js: the most hidden units and steps a reader
can ask for), for each of the lab's update rules, one fresh Node process each, cold: the
slowest must finish within CAPS_BUDGET (issue 31), or exit 1.
Usage: python benchmarks/network_js_bench.py
"""

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from descent import network

ENGINE = Path(__file__).resolve().parents[1] / "docs" / "javascripts" / "network.js"
RUN = dict(alpha=1.0, hidden=4, iterations=60_000, every=10_000, seed=1)
AIM = 20.0
PROCESSES = 3
CAPS_BUDGET = 1.0  # seconds for a run at the lab's caps, in Node on this machine
SETTINGS = ENGINE.with_name("lab-settings.js")
CAPS_JS = """
import { train } from %s;
import { FIELDS } from %s;
const rule = %s;
const start = performance.now();
train({ alpha: 1, hidden: FIELDS.hidden.max, seed: 1, iterations: FIELDS.steps.max, every: 1, rule });
console.log(JSON.stringify({ seconds: (performance.now() - start) / 1000, hidden: FIELDS.hidden.max,
  steps: FIELDS.steps.max, rules: FIELDS.rule.choices }));
"""
TIMING_JS = """
import { train } from %s;
const run = %s;
let start = performance.now();
const first = train(run);
const cold = performance.now() - start;
let best = Infinity;
for (let i = 0; i < 5; i++) {
  start = performance.now();
  train(run);
  best = Math.min(best, performance.now() - start);
}
console.log(JSON.stringify({ cold, best, errors: first.errors }));
"""


def main() -> int:
    node = shutil.which("node")
    if node is None:
        print("network_js_bench: node not found; the JavaScript engine cannot be timed "
              "(install Node 20 or later, e.g. apt-get install -y nodejs)", file=sys.stderr)
        return 1
    start = time.perf_counter()
    errors, *_ = network.train(RUN["alpha"], RUN["hidden"], RUN["iterations"], RUN["every"],
                               RUN["seed"])
    plain_s = time.perf_counter() - start
    script = TIMING_JS % (json.dumps(ENGINE.as_uri()), json.dumps(RUN))
    runs = []
    for _ in range(PROCESSES):
        done = subprocess.run([node, "--input-type=module", "-e", script], capture_output=True,
                              text=True, timeout=300)
        if done.returncode != 0:
            print(f"network_js_bench: node failed:\n{done.stderr}", file=sys.stderr)
            return 1
        runs.append(json.loads(done.stdout))
    found = runs[0]
    version = subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip()
    colds = sorted(run["cold"] / 1000 for run in runs)
    cold_s, best_s = colds[len(colds) // 2], min(run["best"] / 1000 for run in runs)
    js_errors = np.array([found["errors"][str(j)] for j in errors])
    py_errors = np.array(list(errors.values()))
    same = [float(v).hex() for v in js_errors] == [float(v).hex() for v in py_errors]
    print(f"one network, {RUN['iterations']} steps, {RUN['hidden']} hidden units, "
          f"alpha {RUN['alpha']}, seed {RUN['seed']}")
    print(f"  package's plain loop (network.train) : {plain_s * 1000:9.1f} ms")
    print(f"  network.js in Node {version}, cold     : {cold_s * 1000:9.1f} ms  (median of "
          f"{', '.join(f'{c * 1000:.0f}' for c in colds)})")
    print(f"  network.js, best warm run            : {best_s * 1000:9.1f} ms")
    ratio = plain_s / cold_s
    print(f"  speed-up, cold run                   : {ratio:9.1f} x  "
          f"(aim >= {AIM:.0f} x: {'met' if ratio >= AIM else 'NOT met'}; "
          f"warm {plain_s / best_s:.1f} x; measured in this one run)")
    print(f"  logged errors bit for bit the package's: {same}")
    return 0 if same and caps(node) else 1


def caps(node: str) -> bool:
    """Each lab rule at the lab's caps, cold, in a fresh process; True if all are in budget."""
    def timed(rule: str) -> dict:
        script = CAPS_JS % (json.dumps(ENGINE.as_uri()), json.dumps(SETTINGS.as_uri()), json.dumps(rule))
        done = subprocess.run([node, "--input-type=module", "-e", script], capture_output=True,
                              text=True, timeout=300)
        if done.returncode != 0:
            raise SystemExit(f"network_js_bench: node failed:\n{done.stderr}")
        return json.loads(done.stdout)

    first = timed("gradient descent")
    times = {"gradient descent": first["seconds"]}
    times.update({rule: timed(rule)["seconds"] for rule in first["rules"][1:]})
    slowest = max(times, key=times.get)
    print(f"the lab's caps: {first['hidden']} hidden units, {first['steps']} steps, one cold run per rule")
    for rule, seconds in times.items():
        print(f"  {rule:<28}: {seconds * 1000:9.1f} ms")
    within = times[slowest] <= CAPS_BUDGET
    print(f"  slowest ({slowest}) within {CAPS_BUDGET:.0f} s: {within}")
    return within


if __name__ == "__main__":
    sys.exit(main())
