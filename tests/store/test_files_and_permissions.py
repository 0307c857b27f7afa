"""Atomic, private files and a private directory."""

from __future__ import annotations

import os
import shutil
import stat

import pytest

from tests.builders import a_set, a_workout
from tui.store.datastore import DataStore
from tui.store.errors import DataDirError
from tui.store.files import TEMP_PREFIX, TEMP_SUFFIX
from tui.store.open import open_store


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_data_dir_is_0700_and_every_file_0600_even_with_a_permissive_umask(data_dir):
    previous = os.umask(0)
    try:
        store = open_store(data_dir)
        workout = store.workout.start(a_workout())
        store.workout.log_set(workout.id, a_set())
        store.settings.save(store.settings.get().changed(units="lb"))
        store.workout.finish(workout.id, workout.started_at)
    finally:
        os.umask(previous)
    assert mode(data_dir) == 0o700
    files = list(data_dir.iterdir())
    assert {f.name for f in files} >= {"runstrength.json", "workout.json", "history-2026.json"}
    assert all(mode(f) == 0o600 for f in files), {f.name: oct(mode(f)) for f in files}


def test_a_data_dir_deleted_while_the_app_runs_comes_back_private(data_dir):
    """rm -rf of the data dir, then the next write: the lock made the folder again, readable by anyone (0755)."""
    store = open_store(data_dir)
    store.workout.start(a_workout())
    shutil.rmtree(data_dir)
    store.settings.save(store.settings.get().changed(units="lb"))
    assert mode(data_dir) == 0o700
    assert all(mode(f) == 0o600 for f in data_dir.iterdir()), {f.name: oct(mode(f)) for f in data_dir.iterdir()}


def test_nested_data_dir_is_created(tmp_path):
    store = open_store(tmp_path / "a" / "b" / "data")
    store.settings.save(store.settings.get())
    assert (tmp_path / "a" / "b" / "data" / "runstrength.json").exists()


def test_a_data_dir_that_is_a_file_is_refused_with_its_path(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("not a directory")
    with pytest.raises(DataDirError, match="not a directory") as caught:
        open_store(blocker)
    assert str(blocker) in str(caught.value)
    assert blocker.read_text() == "not a directory"


def test_temp_files_left_by_a_killed_writer_are_cleared_on_open(data_dir):
    open_store(data_dir)
    leftover = data_dir / f"{TEMP_PREFIX}abc{TEMP_SUFFIX}"
    leftover.write_text('{"half": ')
    DataStore(data_dir)
    assert not leftover.exists()


def test_a_failed_transaction_writes_nothing(store):
    store.settings.save(store.settings.get().changed(units="lb"))
    before = store.data.main_path.read_bytes()
    with pytest.raises(RuntimeError):
        with store.data.transaction(store.data.main_path) as db:
            db.table("settings").truncate()
            raise RuntimeError("the user's change was invalid")
    assert store.data.main_path.read_bytes() == before
    assert store.settings.get().units == "lb"


def test_a_transaction_of_many_changes_replaces_the_file_once(store, monkeypatch):
    writes = []
    import tui.store.datastore as datastore

    real = datastore.write_atomically
    monkeypatch.setattr(datastore, "write_atomically", lambda path, content: (writes.append(path), real(path, content)))
    with store.data.transaction(store.data.main_path) as db:
        for number in range(20):
            db.table("notes").insert({"n": number})
    assert writes == [store.data.main_path]
    with store.data.reading(store.data.main_path) as db:
        assert len(db.table("notes")) == 20


def test_saving_many_workouts_puts_each_in_its_year_and_the_index_once(store):
    from dataclasses import replace

    from tests.builders import moment

    workouts = []
    for year in (2024, 2025, 2025, 2026):
        start = moment(year, 3, 1, 18, 0)
        workouts.append(replace(a_workout(at=start, sets=3), finished_at=start))
    store.history.save_many(workouts)
    store.history.save_many(workouts[1:])  # again: nothing is duplicated
    assert store.data.history_years() == [2024, 2025, 2026]
    assert [len(store.history.in_year(y)) for y in (2024, 2025, 2026)] == [1, 2, 1]
    assert sorted(s.id for s in store.history.summaries()) == sorted(w.id for w in workouts)


def test_saving_an_edited_workout_or_routine_replaces_it_whole(store):
    from dataclasses import replace

    from tui.domain.catalogue.loading import load_catalogue
    from tui.resources import data_dir

    workout = replace(a_workout(sets=3, note="knee felt odd"), finished_at=a_workout().started_at)
    store.history.save(workout)
    store.history.save(replace(workout, note=""))
    assert store.history.get(workout.id).note == ""

    routine = load_catalogue(data_dir()).routines["runner-ab-workout"]._replace(shipped=False, id="mine")
    store.routines.save(routine)
    store.routines.save(routine._replace(description=""), replacing=routine)
    assert [r.description for r in store.routines.all()] == [""]


def test_a_write_the_disk_refuses_names_the_data_file_not_its_temp_file(data_dir):
    """ "Could not take the workout up: Operation not permitted (/data/.runstrength-70wrwdzs.tmp)" named a file
    the user never saw and cannot find."""
    from tests.app.disks import made_read_only
    from tui.store.errors import fault_reason
    from tui.store.files import write_atomically

    open_store(data_dir)
    target = data_dir / "workout.json"
    with made_read_only(data_dir):
        with pytest.raises(OSError) as refused:
            write_atomically(target, b"{}")
    assert fault_reason(refused.value) == f"Read-only file system ({target})"


def test_the_workout_screen_names_the_file_it_may_not_touch():
    """ "Not saved yet (Permission denied)" named no file, where the full disk and a broken file are named: a
    workout.json left root's by a sudo run is the one to give back."""
    from tui.screens.store_calls import brief_reason

    denied = PermissionError(13, "Permission denied", "/home/runner/.local/share/runstrength-tui/workout.json")
    assert brief_reason(denied) == "workout.json: Permission denied"
    assert brief_reason(OSError(30, "Read-only file system", "/data/workout.json")) == "Read-only file system"
