"""The store of runs: a missing entry is computed by one caller, under filelock's lock on the
entry, while every other caller waits for it and then reads it."""

import threading
from pathlib import Path

import filelock
import pytest

from descent.runs import store, switch_studies


@pytest.fixture
def counted(tmp_path, monkeypatch):
    """A real stored run (its name, arguments and source key) whose computation is replaced by
    one that records each call: (run, calls)."""
    monkeypatch.setenv(store.ENVIRONMENT, str(tmp_path))
    run, calls = switch_studies.output_bias, []

    def compute(hidden, *args, **kwargs):
        calls.append(hidden)
        return {"hidden": hidden}

    monkeypatch.setattr(run, "function", compute)
    monkeypatch.setattr(run, "memory", {})
    return run, calls


def test_a_second_caller_waits_for_the_first_to_compute_and_reads_its_entry(counted,
                                                                            monkeypatch):
    run, calls = counted
    refused, results = threading.Event(), {}
    acquire = filelock.BaseFileLock.acquire

    def spy(self, *args, **kwargs):
        try:
            return acquire(self, *args, **kwargs)
        except filelock.Timeout:
            refused.set()
            raise

    def second():
        results["second"] = run(4)

    def compute(hidden):
        calls.append(hidden)
        if len(calls) > 1:  # only with a broken lock: the second caller computes too
            return {"hidden": hidden}
        thread = threading.Thread(target=second)
        thread.start()  # it finds no entry yet, so it must go for the lock
        assert refused.wait(60), "the second caller was not kept out while the first computes"
        results["thread"] = thread
        return {"hidden": hidden}

    monkeypatch.setattr(filelock.BaseFileLock, "acquire", spy)
    monkeypatch.setattr(run, "function", compute)
    results["first"] = run(4)
    results.pop("thread").join(120)
    assert calls == [4]  # the second caller waited on the lock, then read the first one's entry
    assert results == {"first": {"hidden": 4}, "second": {"hidden": 4}}
    assert run.path(4).is_file()


def test_a_run_is_computed_under_filelocks_lock_on_its_entry(counted, monkeypatch):
    run, calls = counted
    taken, refused = [], []
    acquire = filelock.BaseFileLock.acquire

    def spy(self, *args, **kwargs):
        taken.append(self)
        return acquire(self, *args, **kwargs)

    def compute(hidden):
        try:  # while it computes, the entry's lock is held: nobody else may take it
            filelock.FileLock(run.path(hidden).with_suffix(".lock")).acquire(timeout=0)
        except filelock.Timeout:
            refused.append(hidden)
        return hidden

    monkeypatch.setattr(filelock.BaseFileLock, "acquire", spy)
    monkeypatch.setattr(run, "function", compute)
    assert run(3) == 3 and refused == [3]
    ours = taken[0]
    assert isinstance(ours, filelock.FileLock) and not ours.is_locked
    assert Path(ours.lock_file) == run.path(3).with_suffix(".lock")


def test_a_stored_entry_is_read_without_taking_the_lock(counted, monkeypatch):
    run, calls = counted
    run(5)
    monkeypatch.setattr(run, "memory", {})
    monkeypatch.setattr(filelock.BaseFileLock, "acquire",
                        lambda *args, **kwargs: pytest.fail("locked to read a stored entry"))
    assert run(5) == {"hidden": 5} and calls == [5]
