"""The kept progress summary (progress.json) gives History's charts what a full scan of the year files gives: for a
generated history, and after a finish, an edit, a delete, an import, with its file missing or spoiled, and beside
a year file it was not written for (the state a kill between the two writes leaves)."""

from __future__ import annotations

import os
import re
from dataclasses import replace

import pendulum
import pytest

from bench.history import synthetic_workouts
from tests.builders import a_set, a_workout, moment
from tui.domain.catalogue.loading import load_catalogue
from tui.domain.progress.metrics import sessions_by_exercise
from tui.domain.transfer.data import UserData
from tui.resources import data_dir as shipped_data_dir
from tui.store.kept_progress import PROGRESS
from tui.store.open import open_store
from tui.store.transfer import import_into


@pytest.fixture(scope="module")
def generated():
    return synthetic_workouts(load_catalogue(shipped_data_dir()), 1500, pendulum.datetime(2026, 11, 28, 12, tz="UTC"),
                              years=2, seed=5)


def charted(sessions):
    """What a chart draws of each session (the figures records alone need are not kept)."""
    return {exercise_id: [(s.day, s.workout_id, s.sets, s.best_reps, s.best_load, s.best_hold, s.volume)
                          for s in found] for exercise_id, found in sessions.items()}


def assert_charts_as_a_full_scan(store) -> None:
    every = list(store.history.all())
    for units in ("kg", "lb"):
        for rollover_hour in (0, 5):
            scanned = charted(sessions_by_exercise(every, units, rollover_hour))
            assert charted(store.history.progress(units, rollover_hour)) == scanned, (units, rollover_hour)


def current(data_dir) -> bool:
    return PROGRESS.read_current(data_dir) is not None


def test_a_generated_history_charts_the_same_from_the_kept_summary(data_dir, generated):
    store = open_store(data_dir)
    store.history.save_many(generated)
    assert current(data_dir), "written with the history, so the charts do not rebuild it"
    assert_charts_as_a_full_scan(store)


def test_finishes_edits_deletes_and_imports_keep_the_summary_current_and_right(data_dir, generated):
    store = open_store(data_dir)
    store.history.save_many(generated[:40])
    for workout in generated[40:43]:
        store.history.save(workout)  # what finishing does
        assert current(data_dir)
    edited = generated[10]  # an edit that drops an exercise and changes the others' sets
    dropped = edited.sets[-1].exercise_id
    store.history.save(replace(edited, sets=tuple(replace(s, load=(s.load or 0) + 5.0, reps=30)
                                                  for s in edited.sets if s.exercise_id != dropped)))
    moved_year = generated[20]  # an edit that moves a workout to another year's file
    later = moved_year.started_at.later(400 * 86400)
    store.history.save(replace(moved_year, started_at=later, finished_at=later,
                               sets=tuple(replace(s, logged_at=later) for s in moved_year.sets)))
    assert store.history.delete(generated[30].id)
    import_into(store, UserData(workouts=tuple(generated[43:80])))
    assert current(data_dir), "each change was added to the summary: no rebuild"
    assert_charts_as_a_full_scan(store)


@pytest.mark.parametrize("spoil", ["missing", "garbage", "NaN", "year file touched", "from before a finish",
                                   "an older shape"])
def test_a_missing_or_stale_summary_is_rebuilt_from_the_year_files(data_dir, generated, spoil):
    store = open_store(data_dir)
    store.history.save_many(generated[:50])
    path = PROGRESS.path(data_dir)
    if spoil == "missing":
        path.unlink()
    elif spoil == "garbage":
        path.write_bytes(b"\x00not json")
    elif spoil == "NaN":  # a hand edit: read by the standard library's parser, which would take it
        path.write_bytes(re.sub(rb'\[[0-9.e+]+,"', b'[NaN,"', path.read_bytes(), count=1))  # a row's start
    elif spoil == "an older shape":  # shape 3 charted a failed set's load as a best: kept, it would still
        path.write_bytes(path.read_bytes().replace(b'"shape":4', b'"shape":3', 1))
    elif spoil == "year file touched":  # restored from a backup: same bytes, another time
        os.utime(next(data_dir.glob("history-*.json")), ns=(1, 1))
    else:  # a kill between the year file's write and the summary's leaves the old summary
        before = path.read_bytes()
        start = moment(2026, 11, 29, 18, 0)
        store.history.save(replace(a_workout(at=start), finished_at=start,
                                   sets=(a_set("push-up", at=start, reps=50),)))
        path.write_bytes(before)
    assert not current(data_dir)
    assert_charts_as_a_full_scan(open_store(data_dir))
    assert current(data_dir), "rebuilt and written back"


def a_finish(store, day: int):
    start = moment(2026, 11, day, 18, 0)
    store.history.save(replace(a_workout(at=start), finished_at=start, sets=(a_set("push-up", at=start, reps=day),)))


def test_a_finish_appends_its_workout_instead_of_rewriting_ten_years(data_dir, generated):
    store = open_store(data_dir)
    store.history.save_many(generated[:200])
    path = PROGRESS.path(data_dir)
    whole, inode = path.read_bytes(), path.stat().st_ino
    a_finish(store, 29)
    grown = path.read_bytes()
    assert path.stat().st_ino == inode, "the same file, not one written anew"
    assert grown.startswith(whole)
    assert grown[len(whole):].count(b"\n") == 2, "the workout's rows, then the year files' stamp"
    assert current(data_dir)
    assert_charts_as_a_full_scan(store)


@pytest.mark.parametrize("cut", ["in its rows", "before its stamp", "in its stamp"])
def test_a_kill_in_the_middle_of_an_append_has_the_summary_rebuilt(data_dir, generated, cut):
    store = open_store(data_dir)
    store.history.save_many(generated[:50])
    path = PROGRESS.path(data_dir)
    before = len(path.read_bytes())
    a_finish(store, 29)
    appended = path.read_bytes()
    rows_end = appended.index(b"\n", before) + 1
    keep = {"in its rows": before + 10, "before its stamp": rows_end, "in its stamp": rows_end + 5}[cut]
    with path.open("r+b") as handle:  # what the kill leaves: the first bytes of the append, durable or not
        handle.truncate(keep)
    assert not current(data_dir)
    assert_charts_as_a_full_scan(open_store(data_dir))
    assert current(data_dir), "rebuilt and written back"


def test_after_many_changes_the_next_reader_writes_the_summary_whole(data_dir, generated, monkeypatch):
    from tui.store import summary_lines

    monkeypatch.setattr(summary_lines, "CHANGES_KEPT", 2)
    store = open_store(data_dir)
    store.history.save_many(generated[:50])
    path = PROGRESS.path(data_dir)
    for day in (26, 27, 28):
        a_finish(store, day)
    assert path.read_bytes().count(b"\n") == 2 + 3 * 2
    assert_charts_as_a_full_scan(store)
    assert path.read_bytes().count(b"\n") == 2, "the whole summary and its stamp, nothing appended"
    assert current(data_dir)


def test_the_summary_of_an_older_version_is_replaced(data_dir, generated):
    store = open_store(data_dir)
    store.history.save_many(generated[:20])
    older = data_dir / "progress.json"  # the whole summary as the version before kept it
    older.write_bytes(b'{"summary": {"1": {"shape": 1, "summary": {}, "year_files": {}}}}')
    PROGRESS.path(data_dir).unlink()
    assert_charts_as_a_full_scan(store)
    assert current(data_dir)
    assert not older.exists()
