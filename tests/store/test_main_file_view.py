"""The main file's view (the parse the Calendar, History and `status` share) is the file as it is now: after this
window's own writes, which hand it what they wrote, and after another window's."""

from __future__ import annotations

from dataclasses import replace

from tests.builders import a_set, a_workout, moment
from tui.store.datastore import read_fresh
from tui.store.day_index import read_index
from tui.store.open import open_store


def finished(day: int):
    start = moment(2026, 11, day, 18, 0)
    return replace(a_workout(at=start), finished_at=start, sets=(a_set("push-up", at=start, reps=day),))


def test_a_finish_leaves_the_view_as_the_file_reads(data_dir):
    store = open_store(data_dir)
    store.history.save(finished(20))
    assert len(read_index(store.data)) == 1
    second = finished(21)
    store.history.save(second)
    assert store.data.peek(store.data.main_path) == read_fresh(store.data.main_path)
    assert second.id in {row.id for row in read_index(store.data)}
    assert len(read_index(store.data)) == 2


def test_another_windows_write_is_seen(data_dir):
    mine, other = open_store(data_dir), open_store(data_dir)
    mine.history.save(finished(20))
    assert len(read_index(mine.data)) == 1
    other.history.save(finished(21))
    other.settings.save(other.settings.get().changed(units="lb"))
    assert len(read_index(mine.data)) == 2
    assert mine.settings.get().units == "lb"
    assert mine.data.peek(mine.data.main_path) == read_fresh(mine.data.main_path)
