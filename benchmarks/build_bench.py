"""The build's speed as ratios to the article's plain per-alpha loop, timed in this same run.

Absolute seconds are noise on a shared machine; a ratio to work timed alongside is not. In a
fresh copy of the checkout (no figures, no stored runs, no caches; this venv):
  cold    `mkdocs build` from nothing                                   target <= 2.5x
  restyle append a comment to figures/learning_rate.py, `descent figures` target <= 0.3x
  no-op   `mkdocs build` again, nothing changed                          target <= 0.25x
Exit status 1 when a target is missed.
Run: .venv/bin/python benchmarks/build_bench.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from descent.runs import sweeps

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
TARGETS = {"cold": 2.5, "restyle": 0.3, "no-op": 0.25}
SKIP = {".venv", ".cache", "site", ".git", "node_modules"}


def copy_checkout(to: Path) -> Path:
    """The tracked files of this checkout, without any built output."""
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True,
                           check=True).stdout.split()
    for name in files:
        if (ROOT / name).is_file():
            (to / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, to / name)
    return to


def timed(command: list[str], cwd: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(cwd / "src"), "NO_MKDOCS_2_WARNING": "1"}
    env.pop("DESCENT_RUNS", None)
    began = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, env=env, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - began


def main() -> int:
    began = time.perf_counter()
    sweeps.sweep_plain(hidden=4)
    plain = time.perf_counter() - began
    print(f"the article's plain per-alpha loop (7 alphas x 60 000 steps): {plain:6.2f} s = 1x")
    ok = True
    with tempfile.TemporaryDirectory() as temp:
        copy = copy_checkout(Path(temp))
        site = [str(BIN / "mkdocs"), "build", "--strict", "--site-dir", str(Path(temp) / "out")]
        cold = timed(site, copy)
        (copy / "src/descent/figures/learning_rate.py").open("a").write("# restyled\n")
        restyle = timed([str(BIN / "python"), "-m", "descent", "figures"], copy)
        noop = timed(site, copy)
        for name, seconds in (("cold", cold), ("restyle", restyle), ("no-op", noop)):
            ratio = seconds / plain
            fits = ratio <= TARGETS[name]
            ok &= fits
            print(f"{name:<8} {seconds:7.2f} s = {ratio:5.2f}x  (target <= {TARGETS[name]}x)"
                  f"{'' if fits else '  MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
