"""How soon the command line answers when it must stop: a refused sweep and a Ctrl-C, as ratios to
the article's plain per-alpha loop timed in the same run.

  a sweep too big for this machine, refused (from start to exit)   target <= 0.15x the loop
  Ctrl-C during a long sweep (from the signal to exit)             target <= 0.05x
  Ctrl-C during the figure build, to the whole group (idem)        target <= 0.1x

The tests (tests/cli/test_cli_robust.py, tests/figure_build/test_build_interrupts.py) hold what the
command does then: the exit status, the one line, nothing half written. Exit status 1 when a
target is missed. Run: .venv/bin/python benchmarks/stop_bench.py
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from build_bench import CPU, children_cpu, loop_seconds, verdict

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
COMMAND = [sys.executable, "-m", "descent"]
TOO_BIG = [["--hidden", "100000000"], ["--iterations", "1000000000000"], ["--hidden", "100000"]]
TARGETS = {"refused": 0.15, "sweep Ctrl-C": 0.05, "figures Ctrl-C": 0.1}


def refusal_seconds(args: list[str]) -> tuple[float, float]:
    began, cpu = time.perf_counter(), children_cpu()
    done = subprocess.run([*COMMAND, "sweep", *args], capture_output=True, text=True, env=ENV,
                          timeout=600)
    seconds = time.perf_counter() - began
    if done.returncode != 1:
        raise SystemExit(f"sweep {' '.join(args)} was not refused (exit {done.returncode})")
    return seconds, children_cpu() - cpu


def stop_seconds(command: list[str], started: str, group: bool) -> float:
    """Seconds from SIGINT to exit, sent once the command's first line says it is working."""
    cpu = children_cpu()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=ENV, start_new_session=group)
    stream = process.stdout if started == "[" else process.stderr
    line = stream.readline()
    if not line.startswith(started) and started not in line:
        process.kill()
        raise SystemExit(f"{' '.join(command)} did not start as expected: {line!r}")
    time.sleep(0.5)
    sent = time.perf_counter()
    if group:
        os.killpg(process.pid, signal.SIGINT)  # what a terminal's Ctrl-C does
    else:
        process.send_signal(signal.SIGINT)
    process.communicate(timeout=600)
    seconds = time.perf_counter() - sent
    CPU["last"] = children_cpu() - cpu  # the whole command's, not only its stopping
    if process.returncode != 130:
        raise SystemExit(f"{' '.join(command)} exited {process.returncode} after Ctrl-C, not 130")
    return seconds


def main() -> int:
    plain = loop_seconds()
    fits = True
    slowest, CPU["last"] = max(refusal_seconds(args) for args in TOO_BIG)
    fits &= verdict("refused", slowest, plain, TARGETS["refused"])
    sweep = [*COMMAND, "sweep", "--iterations", "600000"]
    fits &= verdict("sweep Ctrl-C", stop_seconds(sweep, "steps, about", group=False), plain,
                    TARGETS["sweep Ctrl-C"])
    with tempfile.TemporaryDirectory() as folder:
        figures = [*COMMAND, "figures", "--force", "--out", folder]
        fits &= verdict("figures Ctrl-C", stop_seconds(figures, "[", group=True), plain,
                        TARGETS["figures Ctrl-C"])
    return 0 if fits else 1


if __name__ == "__main__":
    sys.exit(main())
