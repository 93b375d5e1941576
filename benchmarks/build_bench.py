"""The build's speed as ratios to the article's plain per-alpha loop, timed in this same run.

Absolute seconds are noise on a shared machine; a ratio to work timed alongside is not. In a
fresh copy of the checkout (no figures, no stored runs, no caches; this venv):
  cold    `mkdocs build` from nothing                                   target <= 10x
  no-op   `mkdocs build` again, nothing changed                          target <= 0.25x
  restyle append a comment to figures/learning_rate.py, `descent figures` target <= 0.3x
(The no-op comes before the restyle: after it, a source file has changed, and the next build
rebuilds the wheel and recompiles that module: no longer a build of nothing.)
Exit status 1 when a target is missed. benchmarks/suite_bench.py prints these with the suite's.
Run: .venv/bin/python benchmarks/build_bench.py
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sweep_bench import article_loop

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
TARGETS = {"cold": 10.0, "restyle": 0.3, "no-op": 0.25}
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


CPU = {"loop": 0.0}  # CPU seconds (user + system) of the last command run, and of the loop


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def machine_jiffies(stat: str | None = None) -> tuple[int, int] | None:
    """(busy, all) clock ticks of every core since boot, from the first line of /proc/stat
    (Linux); None where there is none. Idle and waiting on disk count as not busy."""
    if stat is None:
        try:
            stat = Path("/proc/stat").read_text(encoding="ascii")
        except OSError:
            return None
    fields = stat.split("\n", 1)[0].split()
    if not fields or fields[0] != "cpu":
        return None
    ticks = [int(value) for value in fields[1:9]]  # user nice system idle iowait irq softirq steal
    return sum(ticks) - ticks[3] - ticks[4], sum(ticks)


def busy_cores(before: tuple[int, int] | None, after: tuple[int, int] | None, cores: int) -> float | None:
    """How many of the machine's cores were busy on average between two readings: whatever ran
    (chromium, which rusage misses, included). Near `cores`, nothing is left to run beside it."""
    if before is None or after is None or after[1] <= before[1]:
        return None
    return cores * (after[0] - before[0]) / (after[1] - before[1])


def run(command: list[str], cwd: Path) -> tuple[float, subprocess.CompletedProcess]:
    """Seconds and outcome of a command in a copy: its own package, its own store of runs."""
    env = {**os.environ, "PYTHONPATH": str(cwd / "src"), "NO_MKDOCS_2_WARNING": "1"}
    env.pop("DESCENT_RUNS", None)
    began, cpu, ticks = time.perf_counter(), children_cpu(), machine_jiffies()
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    CPU["last"] = children_cpu() - cpu
    CPU["busy"] = busy_cores(ticks, machine_jiffies(), os.cpu_count() or 1)
    return time.perf_counter() - began, done


def timed(command: list[str], cwd: Path) -> float:
    seconds, done = run(command, cwd)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed (exit {done.returncode}): "
                         f"{(done.stderr or done.stdout).strip().splitlines()[-1:]}")
    return seconds


def loop_seconds() -> float:
    """The article's plain per-alpha loop (the post's code as written, numpy's BLAS and exp),
    timed in this run: the 1x every ratio is to."""
    cpu = time.process_time()
    seconds = article_loop(4, 60_000)
    CPU["loop"] = time.process_time() - cpu
    print(f"the article's plain per-alpha loop (7 alphas x 60 000 steps): {seconds:6.2f} s = 1x"
          f"  (CPU {CPU['loop']:.2f} s)")
    return seconds


def verdict(name: str, seconds: float, plain: float, target: float) -> bool:
    """One line per target: the time, its ratio to the loop, PASS or FAIL; then, for a loaded
    machine, the CPU seconds of the command and of the loop (the target is on the time)."""
    ratio = seconds / plain
    fits = ratio <= target
    cpu = CPU.get("last", 0.0)
    busy = CPU.get("busy")
    cores = "" if busy is None else f"; the machine's cores busy {busy:.2f} of {os.cpu_count()}"
    print(f"{'PASS' if fits else 'FAIL'}  {name:<11} {seconds:8.2f} s = {ratio:6.2f}x the loop"
          f"  (target <= {target:g}x; CPU {cpu:.1f} s = {cpu / max(CPU['loop'], 1e-9):.2f}x"
          f" the loop's{cores})")
    return fits


def build_ratios(plain: float) -> bool:
    """Cold, restyle and no-op builds in a fresh copy, each against its target."""
    ok = True
    with tempfile.TemporaryDirectory() as temp:
        copy = copy_checkout(Path(temp))
        site = [str(BIN / "mkdocs"), "build", "--strict", "--site-dir", str(Path(temp) / "out")]
        steps = (("cold", site), ("no-op", site),
                 ("restyle", [str(BIN / "python"), "-m", "descent", "figures"]))
        for name, command in steps:
            if name == "restyle":
                (copy / "src/descent/figures/learning_rate.py").open("a").write("# restyled\n")
            ok &= verdict(name, timed(command, copy), plain, TARGETS[name])
    return ok


def main() -> int:
    return 0 if build_ratios(loop_seconds()) else 1


if __name__ == "__main__":
    sys.exit(main())
