"""The cost model of a sweep: it must overestimate what a run takes, but not wildly."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from descent.cli import budget

SRC = str(Path(__file__).resolve().parents[2] / "src")

# Runs a sweep in a fresh process and reports its peak resident memory. Its time is not a test's
# business (a loaded machine stretches it): benchmarks/limits_bench.py holds the time model.
MEASURE = """
import contextlib, io, sys
from descent.cli import command
with contextlib.redirect_stdout(io.StringIO()):
    assert command.main(["sweep", *sys.argv[1:]]) == 0
# VmHWM, the peak of this process's own memory: ru_maxrss would carry the parent's peak over
# the exec (Linux keeps it), and the parent here is a large pytest process.
print(next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM")) * 1024)
"""


def peak_memory(*args) -> int:
    result = subprocess.run([sys.executable, "-c", MEASURE, *args], capture_output=True,
                            text=True, env=dict(os.environ, PYTHONPATH=SRC), timeout=120)
    assert result.returncode == 0, result.stderr
    return int(result.stdout)


@pytest.mark.parametrize("alphas, hidden, iterations, every, json", [
    ("0.1,1,10", 4, 20_000, 10_000, False),  # the article's sizes
    ("1", 20_000, 1_100, 1_000, False),  # wide: memory is the per-unit record of directions
    ("1", 20_000, 1_100, 1_000, True),
    ("0.5,2", 4, 20_000, 1, False),  # logged every step: memory goes to the samples
])
def test_the_memory_estimate_is_above_the_measured_peak_and_not_far_from_it(
        alphas, hidden, iterations, every, json):
    args = ["--alphas", alphas, "--hidden", str(hidden), "--iterations", str(iterations),
            "--every", str(every)] + (["--json"] if json else [])
    peak = peak_memory(*args)
    cost = budget.estimate(len(alphas.split(",")), hidden, iterations, every, json=json)
    assert peak <= cost.bytes <= 4 * peak


def test_the_model_is_the_formula_its_docstring_states():
    # Worked by hand from the module docstring: 7 alphas x 4 hidden = 28 units, 6 samples.
    cost = budget.estimate(7, 4, 60_000, 10_000)
    assert cost.bytes == pytest.approx(50e6 + (8 * 1025 + 1_500) * 28 + (200 + 300 * 7) * 6)
    assert cost.seconds == pytest.approx(60_000 * (110e-6 + 28 * 600e-9) + 6 * (100e-6 + 7 * 15e-6))
    assert not cost.memory_from_samples and not cost.time_from_samples
    # Past 70 000 units the per-unit time is the spilled one; --json adds bytes and seconds.
    wide = budget.estimate(1, 100_000, 10, 10, json=True)
    assert wide.seconds == pytest.approx(10 * (110e-6 + 1e5 * 800e-9) + (100e-6 + 15e-6) + 1e5 * 10e-6)
    assert wide.bytes == pytest.approx(50e6 + (8 * 11 + 1_500 + 1_000) * 1e5 + (200 + 300))
    # Logging every step of a long run: the samples dominate both.
    logged = budget.estimate(2, 4, 1_000_000, 1)
    assert logged.memory_from_samples and logged.time_from_samples


def test_memory_is_refused_above_what_is_available_and_time_above_an_hour():
    fits = budget.estimate(7, 4, 60_000, 10_000)
    assert budget.refusal(fits, available=int(fits.bytes) + 1) is None
    assert "of memory" in budget.refusal(fits, available=int(fits.bytes) - 1)
    assert budget.refusal(fits, available=None) is None  # unknown memory: only time is checked
    slow = budget.estimate(7, 4, 100_000_000, 100_000_000)
    assert slow.seconds > budget.MAX_SECONDS
    assert "would take" in budget.refusal(slow, available=10 ** 15)


def test_the_advice_names_what_fills_the_memory():
    wide = budget.estimate(7, 10 ** 9, 10, 10)
    many_samples = budget.estimate(1, 4, 10 ** 9, 1)
    assert "--hidden" in budget.refusal(wide, available=10 ** 9)
    assert "--every" in budget.refusal(many_samples, available=10 ** 9)


def test_available_memory_is_what_the_kernel_reports():
    available = budget.available_memory()
    assert available is not None and 0 < available <= os.sysconf("SC_PAGE_SIZE") * os.sysconf(
        "SC_PHYS_PAGES")


@pytest.mark.parametrize("n, text", [(512, "512 bytes"), (3_400, "3.4 KB"),
                                     (310e6, "310 MB"), (2.8e12, "2.8 TB"),
                                     (2.8e23, "2.8e+08 PB")])
def test_sizes_read_like_sizes(n, text):
    assert budget.size(n) == text


@pytest.mark.parametrize("seconds, text", [(4.2, "5 s"), (300, "5 min"), (3600, "1 hour"),
                                           (36_001, "11 hours"), (64e6, "741 days"),
                                           (1e17, "3e+09 years")])
def test_durations_read_like_durations(seconds, text):
    assert budget.duration(seconds) == text
