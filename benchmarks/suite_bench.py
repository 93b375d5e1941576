"""The test suite's and the build's speed as ratios to the article's plain per-alpha loop, in one run.

The suite runs in a fresh clone of HEAD (commit first: uncommitted edits are not in it), the
build in a fresh copy of the working tree; neither has figures, stored runs or caches, and both
use this venv. Each is a ratio to the loop timed at the start of the same run:
  make test   all of it, as CI runs it (.ci/run), from a fresh clone     target <= 40x
  make check  the edit loop's lane, with the runs stored (warm)          target <= 5x
  cold, no-op, restyle: the site build (benchmarks/build_bench.py)       <= 10x, 0.25x, 0.3x
`make check` is timed warm, as a contributor runs it again and again: after `make test` in the
same copy, or with --skip-test after one untimed `make check` that stores the runs it reads.
Each line also gives the command's CPU seconds (its processes', user + system) against the loop's,
and how many of the machine's cores were busy on average while it ran (/proc/stat: chromium too):
on a shared machine the times stretch with the load; the targets are on the times. Cores busy
near all of them mean the command cannot be packed tighter: only less work makes it faster.
Exit status 1 when a target is missed. Run: .venv/bin/python benchmarks/suite_bench.py [--skip-test]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from build_bench import ROOT, build_ratios, loop_seconds, run, verdict

TARGETS = {"make test": 40.0, "make check": 5.0}
# The copy uses this venv as it is: make must not try to reinstall it.
MAKE = ["make", "--no-print-directory", "-o", ".venv/.ready"]


def summary(done) -> str:
    """pytest's last line ('… passed in … s'), or why make stopped."""
    lines = (done.stdout.strip() or done.stderr.strip()).splitlines()
    return lines[-1] if lines else f"exit {done.returncode}"


def make(target: str, copy: Path, plain: float, timed: bool = True) -> bool:
    seconds, done = run([*MAKE, target], copy)
    print(f"      make {target}: {summary(done)}")
    if not timed:
        return done.returncode == 0
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-40:])
        print(f"{tail}\nFAIL  make {target} exited {done.returncode}: its tests must pass for its"
              f" time to count")
        return False
    return verdict(f"make {target}", seconds, plain, TARGETS[f"make {target}"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-test", action="store_true",
                        help="leave out `make test` (the whole suite, as CI runs it)")
    args = parser.parse_args()
    if shutil.which("make") is None:
        print("make is not installed: the suite's lanes are make targets", file=sys.stderr)
        return 2
    plain = loop_seconds()
    ok = True
    with tempfile.TemporaryDirectory() as temp:
        copy = Path(temp) / "checkout"
        subprocess.run(["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(copy)],
                       check=True)
        (copy / ".venv").symlink_to(Path(sys.prefix), target_is_directory=True)
        if args.skip_test:
            print("      make test: skipped (--skip-test)")
            make("check", copy, plain, timed=False)  # stores the runs the lane reads
        else:
            os.environ["CI"] = "1"  # as .ci/run: the browser tests are required
            ok &= make("test", copy, plain)
            del os.environ["CI"]
        ok &= make("check", copy, plain)
    ok &= build_ratios(plain)
    if not ok:
        print("FAILED: a target is missed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
