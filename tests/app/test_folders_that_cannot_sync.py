"""A data dir on a file system whose folders cannot be synced: an SMB/CIFS share (a home folder on a NAS), WSL's
DrvFs on a network drive, some FUSE and Ceph volumes. Linux answers fsync on such a folder with EINVAL.

Before, every save there failed after it had saved: a workout could not be started ("The workout could not be
started: Invalid argument. Nothing was changed." over the workout it had just written), and an import or an export
stopped with the error. No such file system can be mounted here (the kernel's own all sync their folders), so the
folders' fsync is made to answer as those do; the files, their writes, renames and fsyncs are the real ones.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from textual.widgets import Static

from tests.app.waiting import until
from tui.app import make_app
from tui.cli import main
from tui.screens.workout_summary import SummaryScreen
from tui.store.open import open_store

FIXTURES = Path(__file__).parent.parent / "fixtures"


def folders_answer(monkeypatch, error: int) -> list[str]:
    """From now on, fsync on a folder fails with `error`, as the file systems above answer; a file's fsync is the
    real one. Returns the folders it was asked for, so a test sees that it was."""
    asked: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            asked.append(os.readlink(f"/proc/self/fd/{fd}"))
            raise OSError(error, os.strerror(error))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    return asked


def unsaved_text(app) -> str:
    return str(app.screen.query_one("#workout-unsaved", Static).render())


def told(app) -> str:
    return " ".join(str(note.message) for note in app._notifications)


async def test_a_whole_workout_is_saved_where_folders_cannot_be_synced(data_dir, clock, monkeypatch):
    asked = folders_answer(monkeypatch, errno.EINVAL)
    app = make_app(open_store(data_dir), clock)
    async with app.run_test() as pilot:
        app.start_workout(app.catalogue.routines["four-upper-body-exercises"])
        await until(pilot, lambda: app.session is not None)
        await pilot.press("space", "space")
        await pilot.pause()
        assert unsaved_text(app) == "" and "Invalid argument" not in told(app)
        assert len(open_store(data_dir).workout.current().sets) == 2, "each set on disk as it is shown"
        await pilot.press("f", "y")
        await until(pilot, lambda: isinstance(app.screen, SummaryScreen) and app.session is None)
        assert "Invalid argument" not in told(app)
    assert str(data_dir) in asked, "the folder's sync was asked for, and refused"
    reopened = open_store(data_dir)
    assert reopened.workout.current() is None
    [finished] = reopened.history.all()
    assert len(finished.sets) == 2 and finished.finished_at is not None


def test_import_and_export_work_where_folders_cannot_be_synced(tmp_path, monkeypatch, capsys):
    """An import (its journal, year files and main file, with the custom "Zercher Squat (Barbell)") and an
    export, each file renamed into a folder that cannot be synced; the export imported again is the same history."""
    folders_answer(monkeypatch, errno.EINVAL)
    data, export = tmp_path / "data", tmp_path / "export.json"
    assert main(["--data-dir", str(data), "import", str(FIXTURES / "strong_export.csv"), "--unit", "kg"]) == 0
    assert main(["--data-dir", str(data), "export", "-o", str(export)]) == 0
    again = tmp_path / "again"
    assert main(["--data-dir", str(again), "import", str(export)]) == 0
    out = capsys.readouterr().out
    assert "Invalid argument" not in out
    imported = [(workout.id, workout.sets) for workout in open_store(data).history.all()]
    assert len(imported) == 3, "the fixture's three workouts"
    assert [(workout.id, workout.sets) for workout in open_store(again).history.all()] == imported


async def test_a_failing_disk_is_still_said_when_the_folder_sync_fails_otherwise(data_dir, clock, monkeypatch):
    """Only "this file system cannot sync folders" is let through: an I/O error there is a disk in trouble."""
    app = make_app(open_store(data_dir), clock)
    async with app.run_test() as pilot:
        app.start_workout(app.catalogue.routines["four-upper-body-exercises"])
        await until(pilot, lambda: app.session is not None)
        folders_answer(monkeypatch, errno.EIO)
        await pilot.press("space")
        await pilot.pause()
        assert "Not saved yet (Input/output error)" in unsaved_text(app)


def test_a_file_system_that_says_it_cannot_sync_folders_is_taken_at_its_word(data_dir, monkeypatch):
    """ENOTSUP (EOPNOTSUPP on Linux): what some FUSE file systems answer."""
    folders_answer(monkeypatch, errno.ENOTSUP)
    store = open_store(data_dir)
    store.settings.change({"weekly_target": 3})
    assert open_store(data_dir).settings.get().weekly_target == 3
