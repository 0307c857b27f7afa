"""A full disk or a read-only data dir during a set write: a clear message, the old file intact, the set kept
in memory and saved as soon as the disk takes it again. Real faults: a tiny tmpfs, filled or remounted read-only."""

from __future__ import annotations

import os
import subprocess

import pytest
from textual.widgets import Static

from tests.app.waiting import until
from tui.app import make_app
from tui.screens.confirm import ConfirmScreen
from tui.store.open import open_store


@pytest.fixture
def tiny_disk(tmp_path):
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount_point)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(disk) -> None:
    fd = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:  # ENOSPC: the disk is full
        pass
    finally:
        os.close(fd)


def unsaved_text(app) -> str:
    return str(app.screen.query_one("#workout-unsaved", Static).render())


async def test_disk_full_during_a_set_write_keeps_the_set_and_saves_it_when_space_returns(tiny_disk, clock):
    data = tiny_disk / "data"
    app = make_app(open_store(data), clock)
    async with app.run_test() as pilot:
        app.start_workout(app.catalogue.routines["four-upper-body-exercises"])
        await pilot.pause()
        await pilot.press("space")
        before = (data / "workout.json").read_bytes()
        fill(tiny_disk)
        await pilot.press("space")
        assert "Not saved yet (the disk is full)" in unsaved_text(app)
        assert (data / "workout.json").read_bytes() == before, "the previous file is intact"
        assert len(app.session.workout.sets) == 2, "the set is kept in memory"
        (tiny_disk / "filler").unlink()
        app.screen.tick()
        await pilot.pause()
        assert unsaved_text(app) == ""
    assert len(open_store(data).workout.current().sets) == 2


async def q_with_a_set_not_saved(app, pilot, tiny_disk) -> None:
    """A set saved, the disk filled, a second set logged and not saved, then q: its question up."""
    app.start_workout(app.catalogue.routines["four-upper-body-exercises"])
    await pilot.pause()
    await pilot.press("space")
    fill(tiny_disk)
    await pilot.press("space", "q")
    await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))


async def test_q_with_sets_not_saved_asks_before_they_are_lost(tiny_disk, clock):
    """A full disk, two sets shown as logged and not saved, then q: the app quit at once, and they were gone."""
    data = tiny_disk / "data"
    app = make_app(open_store(data), clock)
    async with app.run_test() as pilot:
        await q_with_a_set_not_saved(app, pilot, tiny_disk)
        assert "Not saved yet (the disk is full)" in str(app.screen.query_one(".dialog-text").render())
        await pilot.press("n")  # stay: the set is kept, and saved once the disk has room again
        await until(pilot, lambda: not isinstance(app.screen, ConfirmScreen))
        (tiny_disk / "filler").unlink()
        app.screen.tick()
        await until(pilot, lambda: unsaved_text(app) == "")
        await pilot.press("q")  # saved: q quits at once, as ever
        await until(pilot, lambda: not app.is_running)
    assert len(open_store(data).workout.current().sets) == 2


async def test_quit_anyway_quits_with_what_was_saved(tiny_disk, clock):
    data = tiny_disk / "data"
    app = make_app(open_store(data), clock)
    async with app.run_test() as pilot:
        await q_with_a_set_not_saved(app, pilot, tiny_disk)
        await pilot.press("y")
        await until(pilot, lambda: not app.is_running)
    assert len(open_store(data).workout.current().sets) == 1, "as the user was told"


async def test_a_data_dir_gone_read_only_refuses_finishing_without_losing_anything(tiny_disk, clock):
    data = tiny_disk / "data"
    app = make_app(open_store(data), clock)
    async with app.run_test() as pilot:
        app.start_workout(app.catalogue.routines["four-upper-body-exercises"])
        await pilot.pause()
        await pilot.press("space")
        subprocess.run(["mount", "-o", "remount,ro", str(tiny_disk)], check=True)
        try:
            await pilot.press("space")
            assert "Not saved yet (Read-only file system)" in unsaved_text(app)
            await pilot.press("f", "y")
            await pilot.pause()
            assert app.session is not None, "not finished: the workout stays open"
            told = " ".join(str(note.message) for note in app._notifications)
            assert ("The workout could not be finished: Not saved yet (Read-only file system): kept here and "
                    "retried every few seconds. Nothing is lost; try f again.") in told  # one full stop, not two
        finally:
            subprocess.run(["mount", "-o", "remount,rw", str(tiny_disk)], check=True)
        app.screen.tick()
        await pilot.pause()
        assert unsaved_text(app) == ""
    assert len(open_store(data).workout.current().sets) == 2


async def test_a_finish_its_year_file_refuses_is_kept_and_reaches_history_once_the_file_is_back(data_dir, clock):
    """The finish is saved before the summary shows; the move into History comes after it. A year file that
    cannot be written then (here: broken by hand while the app ran) loses nothing and is said."""
    from dataclasses import replace

    from tests.app.waiting import until
    from tests.builders import a_workout, moment
    from tui.screens.workout_summary import SummaryScreen

    store = open_store(data_dir)
    earlier = a_workout(at=moment(2026, 11, 18, 18, 0), sets=3)
    store.history.save(replace(earlier, finished_at=earlier.started_at))
    year_file = store.data.history_path(2026)
    app = make_app(store, clock)
    async with app.run_test() as pilot:
        app.start_workout(app.catalogue.routines["four-upper-body-exercises"])
        await pilot.pause()
        await pilot.press("space", "space")
        kept = year_file.read_bytes()
        year_file.write_bytes(b'{"workouts": ')  # cut short, as a hand edit or a bad copy leaves it
        await pilot.press("f", "y")
        await until(pilot, lambda: isinstance(app.screen, SummaryScreen) and app.session is None)
        await until(pilot, lambda: any("is not in History yet" in str(note.message) for note in app._notifications))
        told = " ".join(str(note.message) for note in app._notifications)
        assert "The workout is finished and saved, but is not in History yet" in told
        assert "It is added when you next start a workout or open the app." in told
        assert "Could not find this workout's personal records: " in told  # named as the user knows it
    year_file.write_bytes(kept)
    reopened = open_store(data_dir)
    assert reopened.workout.current() is None
    finished = [w for w in reopened.history.all() if w.id != earlier.id]
    assert len(finished) == 1 and len(finished[0].sets) == 2 and finished[0].finished_at is not None


async def test_a_set_not_saved_when_another_window_takes_the_workout_over_is_named_to_log_again(tiny_disk, clock):
    """Window A's second set waits for room on a full disk; room comes back and window B takes the workout over at
    once, from the file, which lacks that set. A said only that it had stopped driving it: the set was lost unsaid."""
    from tests.app.test_changes_from_another_window import told
    from tui.screens.workout_dialogs import ResumeScreen

    data = tiny_disk / "data"
    window_a, window_b = make_app(open_store(data), clock), make_app(open_store(data), clock)
    async with window_a.run_test() as pilot_a:
        window_a.start_workout(window_a.catalogue.routines["four-upper-body-exercises"])
        await until(pilot_a, lambda: window_a.session is not None)
        await pilot_a.press("space", "s")
        fill(tiny_disk)
        await pilot_a.press("space")
        await until(pilot_a, lambda: "Not saved yet (the disk is full)" in unsaved_text(window_a))
        async with window_b.run_test() as pilot_b:
            await until(pilot_b, lambda: isinstance(window_b.screen, ResumeScreen))
            (tiny_disk / "filler").unlink()
            await pilot_b.press("r")
            await until(pilot_b, lambda: window_b.session is not None)
            await until(pilot_a, lambda: window_a.session is None)
            await until(pilot_a, lambda: told(window_a, "Not saved before it was taken, so log again there: Superman "
                                                        "(arms and legs together) 12 reps."))
            assert len(window_b.session.workout.sets) == 1
