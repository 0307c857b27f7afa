"""A full disk (a real 256 KiB tmpfs, filled until the kernel says ENOSPC) under every action that writes: the
app keeps running, says the disk is full, and the data dir is left byte for byte; the CLI exits 2 with a
message instead of a traceback."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.app.disks import fill, make_room, mounted_tiny_disk
from tests.app.waiting import until
from tests.builders import a_streak_begun_in_2025, a_workout, moment
from tui.app import make_app
from tui.cli import main
from tui.screens.calendar import CalendarScreen
from tui.screens.history import HistoryScreen
from tui.store.open import open_store


def finished(day: int, name: str = "Test workout"):
    workout = a_workout(at=moment(2026, 11, day, 18, 0), sets=3, name=name)
    return replace(workout, finished_at=workout.started_at)


@pytest.fixture
def tiny_disk(tmp_path):
    with mounted_tiny_disk(tmp_path / "tiny") as disk:
        yield disk


@pytest.fixture
def lived_in(tiny_disk):
    data = tiny_disk / "data"
    store = open_store(data)
    store.history.save(finished(10, "Upper-back trio"))
    store.history.save(finished(18, "Ab workout"))
    return data


def contents(directory) -> dict[str, bytes]:
    """Every file but the (empty) lock file, which opening any data dir creates."""
    return {path.name: path.read_bytes() for path in sorted(directory.iterdir())
            if path.is_file() and path.name != ".runstrength.lock"}


def said(app, text: str) -> bool:
    return any(text in notification.message for notification in app._notifications)


async def test_starting_a_workout_on_a_full_disk_says_so_and_starts_nothing(lived_in, tiny_disk, clock):
    app = make_app(open_store(lived_in), clock)
    async with app.run_test(size=(80, 24)) as pilot:
        before = contents(lived_in)
        fill(tiny_disk)
        await pilot.press("j", "enter")
        await until(pilot, lambda: said(app, "could not be started: the disk is full"))
        assert app.is_running and app.session is None
        assert contents(lived_in) == before
        make_room(tiny_disk)
        await pilot.press("1", "enter")  # the same routine, the same key, once there is room
        await until(pilot, lambda: app.session is not None)
    assert open_store(lived_in).workout.current() is not None


async def test_deleting_in_history_on_a_full_disk_keeps_the_workout_listed(lived_in, tiny_disk, clock):
    app = make_app(open_store(lived_in), clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await app.workers.wait_for_complete()
        before = contents(lived_in)
        fill(tiny_disk)
        await pilot.press("d", "y")
        await until(pilot, lambda: said(app, "Could not delete the workout: the disk is full"))
        assert app.is_running and len(app.screen.summaries) == 2
        assert contents(lived_in) == before
    assert len(open_store(lived_in).history.summaries()) == 2


async def test_freezing_a_week_on_a_full_disk_says_so(lived_in, tiny_disk, clock):
    a_streak_begun_in_2025(open_store(lived_in))
    app = make_app(open_store(lived_in), clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        await until(pilot, lambda: isinstance(app.screen, CalendarScreen))
        before = contents(lived_in)
        fill(tiny_disk)
        await pilot.press("up", "z")  # the week of 9 Nov: a workout, short of the target
        await until(pilot, lambda: said(app, "the disk is full"))
        assert app.is_running and contents(lived_in) == before
    assert open_store(lived_in).freezes.all() == []


async def test_changing_the_theme_on_a_full_disk_keeps_it_for_this_window(lived_in, tiny_disk, clock):
    app = make_app(open_store(lived_in), clock)
    async with app.run_test(size=(80, 24)) as pilot:
        before = contents(lived_in)
        fill(tiny_disk)
        app.theme = "nord"
        await until(pilot, lambda: said(app, "Could not save the theme: the disk is full"))
        assert app.is_running and app.theme == "nord"
        assert contents(lived_in) == before


def test_import_on_a_full_disk_exits_2_and_changes_nothing(lived_in, tiny_disk, tmp_path, capsys):
    source = tmp_path / "source"
    open_store(source).history.save_many([finished(day) for day in range(1, 9)])
    export = tmp_path / "export.json"
    assert main(["--data-dir", str(source), "export", "-o", str(export)]) == 0
    before = contents(lived_in)
    fill(tiny_disk)
    assert main(["--data-dir", str(lived_in), "import", str(export)]) == 2
    assert "the disk is full" in capsys.readouterr().err
    assert contents(lived_in) == before
    make_room(tiny_disk)
    assert main(["--data-dir", str(lived_in), "import", str(export)]) == 0
    assert len(open_store(lived_in).history.summaries()) == 10


def test_opening_an_old_data_dir_that_needs_migrating_on_a_full_disk_exits_2_and_changes_nothing(
        tiny_disk, capsys):
    data = tiny_disk / "old"
    data.mkdir(mode=0o700)
    (data / "runstrength.json").write_bytes(b'{"settings": {"1": {"units": "lb"}}}')  # version 0: no meta table
    (data / "runstrength.json").chmod(0o600)
    before = contents(data)
    fill(tiny_disk)
    assert main(["--data-dir", str(data), "export"]) == 2
    assert "the disk is full" in capsys.readouterr().err
    assert contents(data) == before
    make_room(tiny_disk)
    assert main(["--data-dir", str(data), "export"]) == 0


def test_a_finish_waiting_to_be_filed_on_a_full_disk_is_exported_and_filed_once_there_is_room(lived_in, tiny_disk,
                                                                                              tmp_path, capsys):
    """The finish was kept in workout.json, "not in History yet" as the disk filled; then `export` refused, "the disk
    is full. Nothing was changed.", as the store tried to file it first: the data could not be got off that disk."""
    store = open_store(lived_in)
    workout = a_workout(at=moment(2026, 11, 25, 18, 0), sets=3, name="Finished on a full disk")
    store.workout.start(workout)
    for logged in workout.sets:
        store.workout.log_set(workout.id, logged)
    store.workout.mark_finished(workout.id, workout.started_at)  # then the disk fills before it is filed
    fill(tiny_disk)
    before = contents(lived_in)
    export = tmp_path / "export.json"
    assert main(["--data-dir", str(lived_in), "export", "-o", str(export)]) == 0
    assert "exported 3 workouts (9 sets)" in capsys.readouterr().out
    assert "Finished on a full disk" in export.read_text()
    assert contents(lived_in) == before
    make_room(tiny_disk)
    names = [summary.name for summary in open_store(lived_in).history.summaries()]
    assert "Finished on a full disk" in names and len(names) == 3


async def test_the_app_opened_on_a_full_disk_with_a_finish_waiting_says_it_is_not_in_history_yet(
        lived_in, tiny_disk, clock):
    """It opened without a word, the workout missing from History, the Calendar and `status`: a user added it
    again by hand, twice in History once it was filed."""
    store = open_store(lived_in)
    workout = a_workout(at=moment(2026, 11, 25, 18, 0), sets=3, name="Finished on a full disk")
    store.workout.start(workout)
    for logged in workout.sets:
        store.workout.log_set(workout.id, logged)
    store.workout.mark_finished(workout.id, workout.started_at)
    fill(tiny_disk)
    app = make_app(open_store(lived_in), clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: said(app, "The workout is finished and saved, but is not in History yet: the "
                                             "disk is full"))
        assert app.is_running
    make_room(tiny_disk)


async def test_saving_a_routine_on_a_full_disk_says_so_and_keeps_the_editor_open(lived_in, tiny_disk, clock):
    """ctrl+s in the routine editor on a full disk (or a read-only folder) stopped the app: its OSError was not
    one the editor expected, and the sets of a workout shown as logged, not yet saved, went with it."""
    from tui.screens.routine_editor import RoutineEditorScreen

    app = make_app(open_store(lived_in), clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e", "y")  # a shipped routine: your copy of it, in the editor
        await until(pilot, lambda: isinstance(app.screen, RoutineEditorScreen))
        before = contents(lived_in)
        fill(tiny_disk)
        await pilot.press("ctrl+s")
        problems = app.screen.query_one("#editor-problems")
        await until(pilot, lambda: "Not saved: the disk is full" in str(problems.render()))
        assert app.is_running and isinstance(app.screen, RoutineEditorScreen)
        assert contents(lived_in) == before
        make_room(tiny_disk)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not isinstance(app.screen, RoutineEditorScreen))
    assert [routine.name for routine in open_store(lived_in).routines.all()] == ["Four upper-body moves for "
                                                                                 "running (copy)"]
