"""The kept last sets summary (last-sets.json) gives a workout's "Last time" what a scan of the year files, newest
first, gives: for a generated history, after finishes, edits (of the newest workout too), deletes and an import,
with the newest workout itself set aside, and with its file missing, spoiled or from before a change."""

from __future__ import annotations

import os
from dataclasses import replace

import pendulum
import pytest

from bench.history import synthetic_workouts
from tests.builders import a_set, a_workout, moment
from tui.domain.catalogue.loading import load_catalogue
from tui.domain.progress.last_sets import KEPT
from tui.domain.progress.progression import previous_sets
from tui.domain.transfer.data import UserData
from tui.resources import data_dir as shipped_data_dir
from tui.store.kept_last_sets import LAST_SETS
from tui.store.open import open_store
from tui.store.transfer import import_into


@pytest.fixture(scope="module")
def generated():
    return synthetic_workouts(load_catalogue(shipped_data_dir()), 1200, pendulum.datetime(2026, 11, 28, 12, tz="UTC"),
                              years=2, seed=7)


def assert_last_sets_as_a_scan(store) -> None:
    """For every exercise: its last sets, and its last sets but for the newest workout that did it (a finished
    workout resumed, whose own sets are not "last time")."""
    newest_first = list(store.history.newest_first())
    exercise_ids = sorted({s.exercise_id for w in newest_first for s in w.sets} | {"no-one-did-this"})
    for exercise_id in exercise_ids:
        did_it = [w.id for w in newest_first if any(s.exercise_id == exercise_id for s in w.sets)]
        for exclude in (None, *did_it[:1]):
            scanned = previous_sets(exercise_id, newest_first, exclude)
            assert store.history.last_sets([exercise_id], exclude) == {exercise_id: scanned}, (exercise_id, exclude)


def current(data_dir) -> bool:
    return LAST_SETS.read_current(data_dir) is not None


def finished(day: int, exercise: str = "push-up", reps: int = 10):
    start = moment(2026, 11, day, 18, 0)
    return replace(a_workout(at=start), finished_at=start, sets=(a_set(exercise, at=start, reps=reps),))


def test_a_generated_history_has_the_same_last_sets_from_the_kept_summary(data_dir, generated):
    store = open_store(data_dir)
    store.history.save_many(generated)
    assert current(data_dir), "written with the history, so a workout's start does not rebuild it"
    assert_last_sets_as_a_scan(store)


def test_finishes_edits_deletes_and_imports_keep_it_current_and_right(data_dir, generated):
    store = open_store(data_dir)
    store.history.save_many(generated[:40])
    for workout in generated[40:43]:
        store.history.save(workout)  # what finishing does
        assert current(data_dir)
    assert_last_sets_as_a_scan(store)
    newest = generated[42]  # edited: an exercise dropped, the others' reps changed
    dropped = newest.sets[-1].exercise_id
    store.history.save(replace(newest, sets=tuple(replace(s, reps=30) for s in newest.sets
                                                  if s.exercise_id != dropped)))
    assert_last_sets_as_a_scan(store)
    moved = generated[42]  # the newest, taken years back by an edit: behind workouts the summary does not list
    earlier = moved.started_at.later(-800 * 86400)
    store.history.save(replace(moved, started_at=earlier, finished_at=earlier,
                               sets=tuple(replace(s, logged_at=earlier) for s in moved.sets)))
    assert_last_sets_as_a_scan(store)
    assert store.history.delete(generated[30].id)
    import_into(store, UserData(workouts=tuple(generated[43:80])))
    assert current(data_dir), "each change was added to the summary: no rebuild"
    assert_last_sets_as_a_scan(store)


def test_the_only_workouts_of_an_exercise_deleted_leave_none(data_dir):
    store = open_store(data_dir)
    first, second = finished(20, "plank"), finished(21, "plank", reps=12)
    store.history.save(first)
    store.history.save(second)
    assert store.history.last_sets(["plank"])["plank"][0].reps == 12
    assert store.history.delete(second.id)
    assert store.history.last_sets(["plank"])["plank"][0].reps == 10
    assert store.history.delete(first.id)
    assert store.history.last_sets(["plank"]) == {"plank": ()}
    assert current(data_dir)


def test_deleting_the_workouts_it_lists_has_it_rebuilt(data_dir):
    store = open_store(data_dir)
    days = range(10, 10 + KEPT + 2)
    for day in days:
        store.history.save(finished(day, reps=day))
    for workout in sorted(store.history.all(), key=lambda w: w.started_at.utc)[2:]:
        assert store.history.delete(workout.id)
    assert not current(data_dir), "those listed are gone and older ones exist: only the year files know"
    assert store.history.last_sets(["push-up"])["push-up"][0].reps == days[1]
    assert current(data_dir), "rebuilt and written back"


def test_deleting_a_weeks_workouts_needs_no_rebuild(data_dir):
    """Four workouts of a week deleted in History: with two kept, the summary read ten years of year files again,
    and the next workout said "Last time: loading..." for seconds."""
    store = open_store(data_dir)
    for day in range(2, 21):
        store.history.save(finished(day, reps=day))
    for workout in sorted(store.history.all(), key=lambda w: w.started_at.utc)[-4:]:
        assert store.history.delete(workout.id)
    assert current(data_dir)
    assert store.history.last_sets(["push-up"])["push-up"][0].reps == 16


@pytest.mark.parametrize("spoil", ["missing", "garbage", "wrong shape", "year file touched", "from before a finish"])
def test_a_missing_or_stale_summary_is_rebuilt_from_the_year_files(data_dir, generated, spoil):
    store = open_store(data_dir)
    store.history.save_many(generated[:50])
    path = LAST_SETS.path(data_dir)
    if spoil == "missing":
        path.unlink()
    elif spoil == "garbage":
        path.write_bytes(b"\x00not json")
    elif spoil == "wrong shape":
        path.write_bytes(path.read_bytes().replace(b'"entries"', b'"entriez"', 1))
    elif spoil == "year file touched":  # restored from a backup: same bytes, another time
        os.utime(next(data_dir.glob("history-*.json")), ns=(1, 1))
    else:  # a kill between the year file's write and the summary's leaves the old summary
        before = path.read_bytes()
        store.history.save(finished(29, reps=50))
        path.write_bytes(before)
    assert not current(data_dir)
    assert_last_sets_as_a_scan(open_store(data_dir))
    assert current(data_dir), "rebuilt and written back"
