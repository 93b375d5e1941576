"""cli.progress: one line when the run starts, then one per tenth reached, each tenth once."""

from __future__ import annotations

import io

from descent.cli import progress


def lines(stream: io.StringIO) -> list[str]:
    return stream.getvalue().splitlines()


def test_it_announces_the_run_then_prints_each_tenth_once():
    stream = io.StringIO()
    shown = progress.Progress("sweep", 1000, 120.0, stream=stream)
    assert lines(stream) == ["sweep: 1000 steps, about 2 min; a line every 10% (Ctrl-C stops)"]
    for done in range(shown.every(), 1001, shown.every()):
        shown(done)
    printed = lines(stream)[1:]
    assert [line.split(" ", 2)[1] for line in printed] == [f"{p}%" for p in range(10, 101, 10)]
    assert all(line.startswith("sweep: ") for line in printed)
    assert printed[0].startswith("sweep: 10% (100 of 1000 steps), ")
    assert printed[-1].startswith("sweep: 100% (1000 steps) in ")


def test_calls_within_a_tenth_print_nothing_and_a_jump_prints_only_where_it_lands():
    stream = io.StringIO()
    shown = progress.Progress("run", 100, 1.0, stream=stream)
    for done in (1, 5, 9):
        shown(done)
    assert len(lines(stream)) == 1  # the announcement only
    shown(57)  # from 0% to 50% at once: one line, not five
    shown(58)
    assert [line.split(" ", 2)[1] for line in lines(stream)[1:]] == ["50%"]


def test_it_asks_to_be_called_at_least_every_step_and_a_hundred_times_a_run():
    assert progress.Progress("a", 5, 1.0, stream=io.StringIO()).every() == 1
    assert progress.Progress("a", 60_000, 1.0, stream=io.StringIO()).every() == 600
