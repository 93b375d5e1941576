"""A line on stderr at every tenth of a long run, so that a quiet terminal means 'still working'
and not 'hung'. It only reads the step count: stdout and the numbers are untouched."""

from __future__ import annotations

import sys
import time

from .budget import duration


class Progress:
    """Called with the steps done; prints when a new tenth of `total` is reached."""

    def __init__(self, label: str, total: int, expected_seconds: float, stream=None):
        self.label, self.total = label, total
        self.stream = stream if stream is not None else sys.stderr
        self.tenths = 0
        self.started = time.monotonic()
        self._print(f"{total} steps, about {duration(expected_seconds)}; "
                    "a line every 10% (Ctrl-C stops)")

    def every(self) -> int:
        """How often to be called: often enough to catch each tenth of the run."""
        return max(1, self.total // 100)

    def __call__(self, done: int) -> None:
        tenths = done * 10 // self.total
        if tenths <= self.tenths:
            return
        self.tenths = tenths
        elapsed = time.monotonic() - self.started
        if done >= self.total:
            self._print(f"100% ({done} steps) in {duration(elapsed)}")
            return
        left = elapsed / done * (self.total - done)
        self._print(f"{tenths * 10}% ({done} of {self.total} steps), "
                    f"{duration(elapsed)} so far, about {duration(left)} left")

    def _print(self, text: str) -> None:
        print(f"{self.label}: {text}", file=self.stream, flush=True)
