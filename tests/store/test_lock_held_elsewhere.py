"""Another live process holds the data directory's lock: opening refuses quickly with a clear message, no hang."""

from __future__ import annotations

import contextlib
import multiprocessing
import time
from collections.abc import Iterator

import filelock
import pytest

from tui.store.errors import StoreBusyError
from tui.store.open import open_store

LOCK_NAME = ".runstrength.lock"


def _hold_the_lock(path: str, held, release) -> None:
    with filelock.FileLock(path):
        held.set()
        release.wait(30)


@contextlib.contextmanager
def lock_held_elsewhere(data_dir) -> Iterator[None]:
    """Another process holds the data directory's lock until the block ends."""
    context = multiprocessing.get_context("spawn")
    held, release = context.Event(), context.Event()
    holder = context.Process(target=_hold_the_lock, args=(str(data_dir / LOCK_NAME), held, release))
    holder.start()
    try:
        assert held.wait(30), "the child never took the lock"
        yield
    finally:
        release.set()
        holder.join(30)
    assert holder.exitcode == 0


def test_a_lock_held_by_another_process_gives_store_busy_within_about_a_second(data_dir):
    open_store(data_dir)  # the directory and its lock file exist, as after any earlier run
    with lock_held_elsewhere(data_dir):
        began = time.monotonic()
        with pytest.raises(StoreBusyError) as caught:
            open_store(data_dir, lock_timeout=0.5)
        took = time.monotonic() - began
        assert 0.4 <= took < 1.5, took
        message = str(caught.value)
        assert str(data_dir) in message and "Another runstrength-tui has held the lock" in message
        assert "0.5 s" in message and "try again" in message
    open_store(data_dir, lock_timeout=0.5)  # released: opens again at once


def test_once_a_wait_ran_out_the_next_ones_are_short_until_the_lock_is_let_go(data_dir):
    """An import stopped with ctrl+z in another terminal: the app froze for the whole wait at the first save, then
    again at every retry, every few seconds, its rest timer and keys with it."""
    store = open_store(data_dir, lock_timeout=3.0)
    with lock_held_elsewhere(data_dir):
        waits = []
        for _ in range(3):
            began = time.monotonic()
            with pytest.raises(StoreBusyError):
                store.settings.change({"default_rest_s": 120})
            waits.append(time.monotonic() - began)
        assert waits[0] >= 2.5 and max(waits[1:]) < 1.5, waits
    store.settings.change({"default_rest_s": 120})  # let go: taken again at once
    assert open_store(data_dir).settings.get().default_rest_s == 120
