"""What a sweep will cost, worked out before it starts, so that a run too big for the machine
is refused in one line instead of filling the memory or running for days.

The cost model is deliberately small, measured on a 2-core x86-64 machine (numpy, Python
3.11) and rounded up so that it overestimates. A *unit* is one hidden unit of one alpha
(alphas x hidden); a *sample* is one logged error (every `every` steps, per alpha):

- memory ≈ BASE_BYTES + (DIRECTION_BYTES x rows + UNIT_BYTES [+ JSON_UNIT_BYTES]) x units
  + (SAMPLE_BYTES + ALPHA_SAMPLE_BYTES x alphas) x samples.
  Per unit the engine keeps which way each of its 4 weights moved over up to 1024 steps
  (rows = min(iterations, 1024) + 1 bytes per weight), the same again while it counts the
  changes, and the buffers of the post's arithmetic and its exp (about 150 floats, 1.2 KB):
  measured 9.9 KB in all for long runs; --json adds
  the weights as text (measured 0.6 KB). Per sample:
  the error dictionaries and the log's lines (measured 370 bytes for one alpha, 1.6 KB for
  seven). Python and numpy themselves: measured 36 MB.
- time ≈ steps x (STEP_SECONDS + units x unit cost) + samples x (SAMPLE_SECONDS +
  ALPHA_SAMPLE_SECONDS x alphas) [+ JSON_UNIT_SECONDS x units]. A step is ~120 numpy calls
  in the post's arithmetic, two correctly rounded exps among them (measured 80 µs at the
  article's sizes); per unit 400-490 ns, from 20 000 to 100 000 units (the exp's work arrays
  outgrow the cache early, so there is little left to spill); a logged sample 45-90 µs for two alphas;
  the JSON text ~7 µs per unit. These are CPU seconds, and a busy machine (load 6 on 2
  cores) inflates even those by half, hence the margins; the wall clock runs longer still.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass

BASE_BYTES = 50e6
DIRECTION_BYTES = 8  # per unit and row: 4 weights, record + comparison
UNIT_BYTES, JSON_UNIT_BYTES = 1_500, 1_000
SAMPLE_BYTES, ALPHA_SAMPLE_BYTES = 200, 300
STEP_SECONDS = 110e-6
CACHED_UNITS = 70_000  # beyond this many units the buffers spill out of the cache
UNIT_SECONDS_CACHED, UNIT_SECONDS_SPILLED = 600e-9, 800e-9
SAMPLE_SECONDS, ALPHA_SAMPLE_SECONDS = 100e-6, 15e-6
JSON_UNIT_SECONDS = 10e-6

MAX_SECONDS = 3600  # a command-line run longer than about an hour is refused
PROGRESS_AFTER_SECONDS = 5  # runs expected to take longer show progress on stderr


@dataclass(frozen=True)
class Estimate:
    """A run's expected peak memory and duration, and which part of each dominates."""

    bytes: float
    seconds: float
    memory_from_samples: bool  # the logged errors, not the network, fill the memory
    time_from_samples: bool  # logging, not training, takes the time


def estimate(alphas: int, hidden: int, iterations: int, every: int,
             json: bool = False) -> Estimate:
    """The cost model above, in floats so that absurd sizes (10**19 units) still compare."""
    units = float(alphas) * float(hidden)
    samples = float((iterations - 1) // every + 1)
    rows = min(iterations, 1024) + 1  # engine._CHUNK + 1: the record of update directions
    unit_memory = (DIRECTION_BYTES * rows + UNIT_BYTES + (JSON_UNIT_BYTES if json else 0)) * units
    sample_memory = (SAMPLE_BYTES + ALPHA_SAMPLE_BYTES * alphas) * samples
    unit_seconds = UNIT_SECONDS_CACHED if units <= CACHED_UNITS else UNIT_SECONDS_SPILLED
    step_time = float(iterations) * (STEP_SECONDS + units * unit_seconds)
    sample_time = samples * (SAMPLE_SECONDS + ALPHA_SAMPLE_SECONDS * alphas)
    output_time = JSON_UNIT_SECONDS * units if json else 0.0
    return Estimate(BASE_BYTES + unit_memory + sample_memory,
                    step_time + sample_time + output_time,
                    sample_memory > unit_memory, sample_time > step_time)


def available_memory() -> int | None:
    """Bytes the kernel says a new program can use without swapping; None if unknown."""
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


def refusal(cost: Estimate, available: int | None, max_seconds: float = MAX_SECONDS) -> str | None:
    """Why the run should not start, in one line with what to change; None if it may."""
    if available is not None and cost.bytes > available:
        change = ("a larger --every or fewer --iterations" if cost.memory_from_samples
                  else "a smaller --hidden or fewer --alphas")
        return (f"this run needs about {size(cost.bytes)} of memory and "
                f"{size(available)} is available; use {change}")
    if cost.seconds > max_seconds:
        change = ("a larger --every" if cost.time_from_samples
                  else "fewer --iterations, a smaller --hidden or fewer --alphas")
        return (f"this run would take about {duration(cost.seconds)} (the limit is "
                f"{duration(max_seconds)}); use {change}")
    return None


def size(n: float) -> str:
    """Bytes for people: '310 MB', '2.8 TB'."""
    for unit in ("bytes", "KB", "MB", "GB", "TB", "PB"):
        if n < 1000 or unit == "PB":
            return f"{n:.2g} {unit}" if n < 10 or n >= 1000 else f"{n:.0f} {unit}"
        n /= 1000
    raise AssertionError("unreachable")


def duration(seconds: float) -> str:
    """Seconds for people, rounded up: '45 s', '12 min', '1 hour', '740 days', '2e+07 years'."""
    if seconds < 90:
        return f"{math.ceil(seconds)} s"
    if seconds < 3600:
        return f"{math.ceil(seconds / 60)} min"
    for limit, divisor, unit in ((48 * 3600, 3600, "hour"), (3 * 365 * 86400, 86400, "day")):
        if seconds < limit:
            count = math.ceil(seconds / divisor)
            return f"{count} {unit}" + ("s" if count > 1 else "")
    years = seconds / (365 * 86400)
    return f"{years:.0f} years" if years < 1e6 else f"{years:.1g} years"
