"""What `make bench` reads beside the times: how busy the machine's cores were (benchmarks/)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import build_bench  # noqa: E402

# /proc/stat's first line: user nice system idle iowait irq softirq steal guest guest_nice
STAT = "cpu  100 5 20 300 10 1 2 3 7 0\ncpu0 50 2 10 150 5 0 1 1 3 0\n"


def test_busy_ticks_are_all_but_idle_and_iowait_and_leave_out_guest_time():
    # guest time is already inside user time: counting it again would make a core busier than busy
    assert build_bench.machine_jiffies(STAT) == (100 + 5 + 20 + 1 + 2 + 3, 441)


def test_busy_cores_is_the_share_of_busy_ticks_times_the_cores():
    assert build_bench.busy_cores((100, 400), (250, 600), 2) == 2 * 150 / 200
    assert build_bench.busy_cores((0, 0), (500, 500), 2) == 2.0


def test_no_reading_is_no_number_not_an_error():
    assert build_bench.machine_jiffies("") is None
    assert build_bench.machine_jiffies("intr 1 2 3\n") is None
    assert build_bench.busy_cores(None, (1, 2), 2) is None
    assert build_bench.busy_cores((5, 10), (5, 10), 2) is None  # no time passed


def test_this_machine_reads_when_it_has_proc_stat():
    reading = build_bench.machine_jiffies()
    if Path("/proc/stat").exists():
        busy, every = reading
        assert 0 <= busy <= every
    else:
        assert reading is None
