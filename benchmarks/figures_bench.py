"""Figure budgets: cold render of everything, a no-op rerun, each output's size, and the
parallel cold build against the same build on one process.

Run: .venv/bin/python benchmarks/figures_bench.py  (each build runs in a fresh interpreter, as
`make figures` would, so imports and the shared sweeps are paid for honestly).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

SRC = Path(__file__).resolve().parents[1] / "src"
# Sizes are budgets (page weight); times are reported (absolute seconds are noise on a shared
# machine: benchmarks/build_bench.py holds the build's speed as ratios to the plain loop).
BUDGET = {"png_kb": 300, "png_px": 704, "gif_kb": 1500, "gif_px": 1000, "gif_frames": 24}


def timed_build(out_dir: Path, *extra: str) -> float:
    began = time.perf_counter()
    subprocess.run([sys.executable, "-m", "descent", "figures", "--out", str(out_dir), *extra],
                   check=True, stdout=subprocess.DEVNULL,
                   env={**os.environ, "PYTHONPATH": str(SRC)})
    return time.perf_counter() - began


def main() -> int:
    with tempfile.TemporaryDirectory() as temp:
        out_dir = Path(temp)
        cold, warm = timed_build(out_dir), timed_build(out_dir)
        ok = True
        print(f"cold render of everything: {cold:5.2f} s")
        print(f"no-op rerun:               {warm:5.2f} s")
        for path in sorted(out_dir.iterdir()):
            if path.name.startswith("."):
                continue
            kb = path.stat().st_size / 1024
            if path.suffix in (".txt", ".html", ".webp"):
                print(f"  {path.name:<24} {kb:7.1f} KB")
                continue
            with Image.open(path) as image:
                frames = getattr(image, "n_frames", 1)
                width, height = image.size
            kind = "gif" if path.suffix == ".gif" else "png"
            fits = (kb <= BUDGET[f"{kind}_kb"] and width >= BUDGET[f"{kind}_px"]
                    and (kind == "png" or frames >= BUDGET["gif_frames"]))
            ok &= fits
            print(f"  {path.name:<24} {kb:7.1f} KB  {width:>5} x {height:<4} px"
                  f"{f'  {frames} frames' if frames > 1 else ''}{'' if fits else '  OVER BUDGET'}")
        # The same cold build on one process: what the parallel build saves, and that it
        # changes no byte.
        again = Path(temp) / "again"
        serial = timed_build(again, "--jobs", "1")
        same = all((again / path.name).read_bytes() == path.read_bytes()
                   for path in out_dir.iterdir() if path.is_file() and not path.name.startswith("."))
        print(f"cold render on one process: {serial:5.2f} s  (parallel is {serial / cold:.2f}x "
              f"faster on {os.cpu_count()} cores)")
        print(f"the one-process build in a new folder is byte-identical: {same}")
    return 0 if ok and same else 1


if __name__ == "__main__":
    sys.exit(main())
