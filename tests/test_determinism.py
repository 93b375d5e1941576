"""Two clean renders of every figure, in separate processes, are byte-identical."""

import filecmp
import os
import subprocess
import sys

from descent.figures.registry import FIGURES


def test_two_clean_figure_builds_are_byte_identical(tmp_path):
    # Both at once (the machine has two cores), with different hash seeds: set or dict order
    # must not reach the bytes.
    builds = {seed: tmp_path / f"figures-{seed}" for seed in ("0", "4242")}
    runs = [subprocess.Popen([sys.executable, "-m", "descent", "figures", "--out", str(out)],
                             env={**os.environ, "PYTHONHASHSEED": seed},
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            for seed, out in builds.items()]
    for run in runs:
        _, errors = run.communicate(timeout=300)
        assert run.returncode == 0, errors[-3000:]
    first, second = builds.values()
    names = sorted(path.name for path in first.iterdir())
    assert names == sorted(path.name for path in second.iterdir())
    assert {figure.path_name for figure in FIGURES.values()} <= set(names)
    _, mismatch, errors = filecmp.cmpfiles(first, second, names, shallow=False)
    assert mismatch == [] and errors == [], f"differ between two builds: {mismatch + errors}"
