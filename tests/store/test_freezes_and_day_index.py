"""Freeze weeks in the main file, the fast read of the per-day index, and the read-only snapshot for `status`."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from multiprocessing import get_context

import orjson
import pytest

from tests.builders import a_set, a_workout, moment
from tui.domain.streaks.freezes import FreezeRefused
from tui.store import datastore, snapshot, status_summary, workout_in_progress
from tui.store.day_index import entries_from_rows, read_index
from tui.store.files import read_document
from tui.store.open import open_store
from tui.store.snapshot import read_snapshot


def test_a_frozen_week_is_stored_by_its_first_day_and_survives_a_restart(data_dir):
    store = open_store(data_dir)
    assert store.freezes.freeze(date(2026, 11, 19), "monday") == date(2026, 11, 16)
    assert open_store(data_dir).freezes.all() == [date(2026, 11, 16)]
    assert read_document(store.data.main_path, orjson.loads)["freezes"] == {"1": {"week": "2026-11-16"}}


def test_unfreezing_removes_every_date_inside_the_week(store):
    store.freezes.freeze(date(2026, 11, 16), "monday")
    assert store.freezes.unfreeze(date(2026, 11, 22), "monday") is True
    assert store.freezes.all() == []
    assert store.freezes.unfreeze(date(2026, 11, 22), "monday") is False


def test_a_week_frozen_stays_frozen_and_spent_when_the_week_starts_on_another_day(store):
    """Frozen with Sunday-weeks (6-12 Dec), then the week start set to Monday: 7-13 Dec showed no freeze and the
    year had its four again; switching back to Sunday and freezing again gave eight a year."""
    from tui.domain.streaks.freezes import freezes_in_year, is_frozen

    store.freezes.freeze(date(2026, 12, 10), "sunday")
    days = store.freezes.all()
    assert is_frozen(days, date(2026, 12, 10), "monday") and not is_frozen(days, date(2026, 12, 6), "monday")
    assert freezes_in_year(days, 2026, "monday") == freezes_in_year(days, 2026, "sunday") == 1
    with pytest.raises(FreezeRefused, match="already frozen"):
        store.freezes.freeze(date(2026, 12, 10), "monday")
    assert store.freezes.unfreeze(date(2026, 12, 13), "monday") is True  # the Monday-week holding most of it
    assert store.freezes.all() == []


def test_the_yearly_cap_is_enforced_in_the_store_and_nothing_is_written_past_it(store):
    for day in (date(2026, 1, 5), date(2026, 2, 2), date(2026, 3, 2), date(2026, 4, 6)):
        store.freezes.freeze(day, "monday")
    before = store.data.main_path.read_bytes()
    with pytest.raises(FreezeRefused, match="already frozen 4 weeks in 2026"):
        store.freezes.freeze(date(2026, 5, 4), "monday")
    assert store.data.main_path.read_bytes() == before
    with pytest.raises(FreezeRefused, match="already frozen"):
        store.freezes.freeze(date(2026, 1, 7), "monday")


def _freeze_in_child(directory: str, day: date) -> str:
    try:
        open_store(directory).freezes.freeze(day, "monday")
        return "frozen"
    except FreezeRefused:
        return "refused"


@pytest.mark.slow
def test_two_processes_cannot_freeze_a_fifth_week_between_them(data_dir):
    store = open_store(data_dir)
    for day in (date(2026, 1, 5), date(2026, 2, 2), date(2026, 3, 2)):
        store.freezes.freeze(day, "monday")
    with get_context("fork").Pool(2) as pool:
        answers = pool.starmap(_freeze_in_child, [(str(data_dir), date(2026, 6, 1)), (str(data_dir), date(2026, 7, 6))])
    assert sorted(answers) == ["frozen", "refused"]
    assert len(open_store(data_dir).freezes.all()) == 4


def test_a_hand_broken_freeze_entry_is_skipped(store):
    with store.data.transaction(store.data.main_path) as db:
        db.table("freezes").insert_multiple([{"week": "not a date"}, {"nothing": 1}, {"week": "2026-11-16"}])
    assert store.freezes.all() == [date(2026, 11, 16)]


def test_the_index_keeps_each_workouts_local_date_hour_and_offset(store):
    workouts = [
        a_workout(at=moment(2026, 11, 15, 20, 0, zone="America/New_York"), sets=3, name="Travel"),
        a_workout(at=moment(2026, 3, 29, 3, 30), sets=4, name="DST morning"),
        a_workout(at=moment(2026, 11, 20, 0, 5, zone="Asia/Tokyo"), sets=1, name="Short"),
    ]
    for workout in workouts:
        store.history.save(replace(workout, finished_at=workout.started_at))
    indexed = {s.id: s for s in read_index(store.data)}
    for workout in workouts:
        entry, local = indexed[workout.id], workout.started_at.local
        assert (entry.name, entry.zone, entry.sets, entry.local_date) == (
            workout.name, workout.started_at.zone, len(workout.sets), local.date())
        assert (entry.started_local.hour, entry.started_local.minute, entry.started_local.utcoffset()) == (
            local.hour, local.minute, local.utcoffset())


def test_an_index_written_by_an_older_version_is_rebuilt_with_each_workouts_duration_and_volume(data_dir):
    start = moment(2026, 11, 18, 7, 15)
    workout = replace(a_workout(at=start), sets=(a_set("bench-press", at=start, reps=10, load=50.0),),
                      finished_at=moment(2026, 11, 18, 8, 0))
    open_store(data_dir).history.save(workout)
    main = data_dir / datastore.MAIN_FILE
    data = orjson.loads(main.read_bytes())
    for row in data["days"].values():  # as version 1 wrote it: no duration, no volume, no shape
        del row["lasted_s"], row["volume_kg"], row["volume_lb"]
    for row in data["year_files"].values():
        del row["shape"]
    main.write_bytes(orjson.dumps(data))
    (summary,) = open_store(data_dir).history.summaries()
    assert (summary.lasted_s, summary.volume("kg"), summary.volume("lb")) == (45 * 60, 500.0, 1102.3)


def test_an_index_of_shape_2_is_rebuilt_with_the_routine_each_workout_was_started_from(data_dir):
    # Routines' "last done" for every workout done before the version that keeps it, not only the new ones.
    start = moment(2026, 11, 18, 7, 15)
    open_store(data_dir).history.save(replace(a_workout(at=start, sets=3, routine_id="runner-ab-workout"),
                                              finished_at=start))
    main = data_dir / datastore.MAIN_FILE
    data = orjson.loads(main.read_bytes())
    for row in data["days"].values():
        del row["routine"]
    for row in data["year_files"].values():
        row["shape"] = 2
    main.write_bytes(orjson.dumps(data))
    (summary,) = open_store(data_dir).history.summaries()
    assert summary.routine_id == "runner-ab-workout"


def test_each_routines_starts_are_grouped_newest_first_and_follow_a_new_workout(data_dir):
    store = open_store(data_dir)
    older, newer, empty = moment(2026, 11, 10, 18, 0), moment(2026, 11, 17, 7, 30), moment(2026, 11, 18, 18, 0)
    store.history.save_many([replace(a_workout(at=at, sets=3, routine_id=rid), finished_at=at)
                             for at, rid in ((newer, "abs"), (older, "abs"), (empty, None))])
    assert store.history.starts_by_routine() == {"abs": [newer.local, older.local]}
    latest = moment(2026, 11, 19, 12, 0)
    store.history.save(replace(a_workout(at=latest, sets=3, routine_id="abs"), finished_at=latest))
    assert store.history.starts_by_routine()["abs"][0] == latest.local


def test_a_broken_index_row_is_left_out():
    rows = [{"id": "a", "name": "ok", "started_local": "2026-11-20T18:00:00+01:00", "zone": "Europe/Paris", "sets": 3},
            {"id": "b", "name": "naive", "started_local": "2026-11-20T18:00:00", "zone": "Europe/Paris", "sets": 3},
            {"id": "c", "name": "no sets", "started_local": "2026-11-20T18:00:00+01:00", "zone": "Europe/Paris"}]
    assert [s.id for s in entries_from_rows(rows)] == ["a"]


def test_the_snapshot_reads_settings_freezes_and_index_without_creating_anything(tmp_path):
    missing = tmp_path / "never-made"
    assert read_snapshot(missing) is None
    assert not missing.exists()

    directory = tmp_path / "data"
    store = open_store(directory)
    store.settings.save(store.settings.get().changed(weekly_target=3, first_weekday="sunday"))
    store.freezes.freeze(date(2026, 11, 18), "sunday")
    workout = a_workout(at=moment(2026, 11, 18, 18, 0), sets=5)
    store.history.save(replace(workout, finished_at=workout.started_at))
    before = sorted((p.name, p.stat().st_mtime_ns) for p in directory.iterdir())
    snapshot = read_snapshot(directory)
    assert snapshot.settings.weekly_target == 3 and snapshot.freezes == [date(2026, 11, 15)]
    assert [s.id for s in snapshot.workouts] == [workout.id]
    assert sorted((p.name, p.stat().st_mtime_ns) for p in directory.iterdir()) == before
    assert oct(os.stat(directory).st_mode & 0o777) == "0o700"


def test_the_light_readers_name_the_same_file_and_table_as_the_store():
    assert snapshot.MAIN_FILE == datastore.MAIN_FILE == status_summary.MAIN_FILE
    assert (status_summary.WORKOUT_FILE, status_summary.IN_PROGRESS_TABLE) == (
        datastore.WORKOUT_FILE, workout_in_progress.TABLE)


def test_the_index_read_again_follows_every_write_of_this_window_and_of_another(data_dir):
    """The index's rows are built once per change of the main file, whoever changed it."""
    store, other = open_store(data_dir), open_store(data_dir)
    first, second = (replace(a_workout(at=at, sets=2), finished_at=at)
                     for at in (moment(2026, 11, 16, 18, 0), moment(2026, 11, 18, 18, 0)))
    assert read_index(store.data) == []
    store.history.save(first)
    assert [entry.id for entry in read_index(store.data)] == [first.id]
    other.history.save(second)  # another window
    assert [entry.id for entry in read_index(store.data)] == [first.id, second.id]
    store.data.main_path.unlink()  # gone (a user emptied the data dir by hand)
    assert read_index(store.data) == []
