"""`python -m descent sweep` under bad input and interruption: one clear line, nothing half
written, nothing hung (issue #15). How fast a refusal or a Ctrl-C answers is measured by
`make bench` (benchmarks/stop_bench.py), not here: a test's clock measures the machine's load.
The subprocess timeouts only keep a hung command from hanging the suite."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from descent.cli import command, budget
from descent.cli.command import main

SRC = str(Path(__file__).resolve().parents[2] / "src")
ENV = dict(os.environ, PYTHONPATH=SRC)


def start(*args):
    return subprocess.Popen([sys.executable, "-m", "descent", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=ENV)


def run(*args, timeout=30):
    return subprocess.run([sys.executable, "-m", "descent", *args], capture_output=True,
                          text=True, env=ENV, timeout=timeout)


def one_error_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


@pytest.mark.parametrize("args, needs, change", [
    # each of these used to climb to 15 GB, print a traceback, or run for hours without a word
    (["--hidden", "100000000"], "of memory", "--hidden"),
    (["--hidden", "10000000000000000000"], "of memory", "--hidden"),
    (["--iterations", "1000000000000"], "of memory", "--every"),
    (["--iterations", "1000000000000", "--every", "1000000000000"], "would take", "--iterations"),
    (["--every", "1", "--iterations", "1000000000"], "of memory", "--every"),
    (["--hidden", "100000"], "would take", "--hidden"),
])
def test_a_run_too_big_for_this_machine_is_refused_at_once_in_one_line(args, needs, change):
    result = run("sweep", *args, timeout=120)
    # Refused before any training: no progress line, no table, the one line only.
    assert result.returncode == 1 and result.stdout == ""
    line = one_error_line(result.stderr)
    assert line.startswith("python -m descent sweep: error: this run")
    assert needs in line and change in line


def test_the_refusal_names_what_the_run_needs_and_what_is_available(monkeypatch, capsys):
    monkeypatch.setattr(budget, "available_memory", lambda: 2_000_000_000)
    assert main(["sweep", "--hidden", "1000000"]) == 1
    line = one_error_line(capsys.readouterr().err)
    needs = budget.size(budget.estimate(7, 1_000_000, 60_000, 10_000).bytes)
    assert f"needs about {needs} of memory and 2 GB is available" in line


def test_a_long_run_shows_progress_on_stderr_and_the_same_stdout(monkeypatch, capsys):
    args = ["sweep", "--alphas", "0.5,10", "--iterations", "2000", "--every", "500"]
    assert main(args) == 0
    quiet = capsys.readouterr()
    assert quiet.err == ""  # a short run says nothing on stderr
    monkeypatch.setattr(budget, "PROGRESS_AFTER_SECONDS", 0)  # as if it were long
    assert main(args) == 0
    loud = capsys.readouterr()
    assert loud.out == quiet.out  # progress neither moves stdout nor changes a number
    lines = loud.err.splitlines()
    assert lines[0].startswith("python -m descent sweep: 2000 steps, about")
    assert [line.split(": ")[1].split(" ")[0] for line in lines[1:]] == [
        f"{p}%" for p in range(10, 101, 10)]


def test_ctrl_c_during_a_sweep_exits_130_at_once_with_one_line_and_no_output():
    process = start("sweep", "--iterations", "600000")  # estimated well over 5 s: progress
    assert "steps, about" in process.stderr.readline()  # training has started
    time.sleep(0.5)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 130
    assert out == ""  # nothing half written
    assert "Traceback" not in err and err.splitlines()[-1] == "python -m descent sweep: interrupted"


def test_ctrl_c_during_a_short_sweep_is_exactly_one_line():
    # 30 000 steps: expected to take under 5 s, so no progress lines, but not over in 1 s
    process = start("sweep", "--iterations", "30000")
    time.sleep(1.0)  # imports done or not: either way one line and 130
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 130 and out == ""
    assert one_error_line(err).endswith(": interrupted")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("extra", [[], ["--json"]])
def test_a_full_disk_is_one_line_and_exit_1(extra):
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "descent", "sweep", "--iterations", "100",
                                 "--every", "10", *extra], stdout=full, stderr=subprocess.PIPE,
                                text=True, env=ENV, timeout=60)
    assert result.returncode == 1
    line = one_error_line(result.stderr)
    assert line == "python -m descent sweep: error: cannot write the output: No space left on device"


def test_an_os_error_naming_no_file_does_not_break_the_error_report(monkeypatch, capsys):
    def no_space(args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(command, "_sweep", no_space)
    monkeypatch.setattr(command, "_silence_stdout", lambda: None)  # keep pytest's stdout
    assert main(["sweep"]) == 1
    assert one_error_line(capsys.readouterr().err).endswith("No space left on device")
