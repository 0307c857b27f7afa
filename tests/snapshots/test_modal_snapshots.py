"""How every modal looks (fixed clock, Fri 20 Nov 2026 18:30 Paris, and fixed data): the set editor, the resume
dialog, the yes/no confirmation, the key help, the command palette, the too-small overlay, the History screen's
workout detail, edit and add forms, the Calendar's day list and the export path dialog."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest
from textual.command import CommandList
from textual.widgets import LoadingIndicator

from tests.app.waiting import until
from tests.builders import a_set, a_workout, moment
from tui.app import make_app
from tui.domain.settings import Settings
from tui.screens.workout_dialogs import ResumeScreen
from tui.store.open import open_store

SIZES = [(100, 30), (80, 24), (40, 20)]  # the last a phone held upright
FOUR_MOVES = "four-upper-body-exercises"


@pytest.fixture
def paris(store):
    store.settings.save(Settings(time_zone="Europe/Paris"))
    return store


@pytest.fixture
def history(paris):
    """Two finished workouts this week: Tue 17 Nov (a rep and a hold exercise) and Thu 19 Nov (with a load)."""
    plans = [((2026, 11, 17, 18, 0), "Ab workout for runners",
              [("crunch", 22, None, None), ("plank", None, 40, None)]),
             ((2026, 11, 19, 7, 15), "Upper-back trio",
              [("band-row", 12, None, None), ("dumbbell-row", 10, None, 12.0)])]
    for when, name, exercises in plans:
        start = moment(*when)
        sets = tuple(replace(a_set(exercise, at=start, reps=reps), hold_s=hold, load=load)
                     for exercise, reps, hold, load in exercises for _ in range(2))
        paris.history.save(replace(a_workout(at=start, name=name), sets=sets, finished_at=start))
    return paris


def palette_settled(app) -> bool:
    """The command palette lists its hits, its busy indicator gone."""
    return (app.screen.query_one(CommandList).option_count > 0
            and not app.screen.query_one(LoadingIndicator).has_class("--visible"))


def app_on(store, clock, keys, routine_id: str | None = None, typed: str = ""):
    """The app after starting routine_id (if any), pressing keys, then typing typed (into the focused input)."""
    app = make_app(store, clock)

    async def run_before(pilot) -> None:
        if routine_id:
            app.start_workout(app.catalogue.routines[routine_id])
            await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        if typed:
            await pilot.press(*[{" ": "space"}.get(char, char) for char in typed])
        await app.workers.wait_for_complete()  # the palette's search of the whole text
        if typed:
            await until(pilot, lambda: palette_settled(app))
        await pilot.pause()

    return app, run_before


sized = pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")


@sized
def test_set_editor(snap_compare, paris, clock, size):
    app, run_before = app_on(paris, clock, ["e"], routine_id=FOUR_MOVES)
    assert snap_compare(app, terminal_size=size, run_before=run_before)


@sized
def test_resume_dialog(snap_compare, paris, data_dir, clock, size):
    async def leave_a_workout_in_progress() -> None:
        first = make_app(paris, clock)
        async with first.run_test(size=(100, 30)) as pilot:
            first.start_workout(first.catalogue.routines[FOUR_MOVES])
            await pilot.pause()
            await pilot.press("space", "space")
            await pilot.pause()

    asyncio.run(leave_a_workout_in_progress())
    # That window has crashed: nobody drives the workout now (a live driver would put its pid and host on screen).
    left = paris.workout.current()
    paris.workout.save(replace(left, progress={k: v for k, v in left.progress.items() if k != "driver"}))
    clock.advance(seconds=30)
    app = make_app(open_store(data_dir), clock)

    async def wait_for_the_offer(pilot) -> None:
        # The offer comes once the Workout screen has shown itself: on a busy machine, a few frames.
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=wait_for_the_offer)


@sized
def test_confirm_finishing_with_sets_still_planned(snap_compare, paris, clock, size):
    app, run_before = app_on(paris, clock, ["space", "f"], routine_id=FOUR_MOVES)
    assert snap_compare(app, terminal_size=size, run_before=run_before)


@sized
def test_key_help(snap_compare, paris, clock, size):
    app, run_before = app_on(paris, clock, ["question_mark"])
    assert snap_compare(app, terminal_size=size, run_before=run_before)


@sized
def test_command_palette(snap_compare, paris, clock, size):
    app, run_before = app_on(paris, clock, ["ctrl+p"], typed="export")
    assert snap_compare(app, terminal_size=size, run_before=run_before)


def test_too_small_overlay(snap_compare, paris, clock):
    app, run_before = app_on(paris, clock, [])
    assert snap_compare(app, terminal_size=(38, 16), run_before=run_before)


@sized
def test_history_workout_detail(snap_compare, history, clock, size):
    app, run_before = app_on(history, clock, ["4", "enter"])
    assert snap_compare(app, terminal_size=size, run_before=run_before)


@sized
def test_history_edit_workout(snap_compare, history, clock, size):
    app, run_before = app_on(history, clock, ["4", "e"])
    assert snap_compare(app, terminal_size=size, run_before=run_before)


@sized
def test_history_add_workout(snap_compare, history, clock, size):
    app, run_before = app_on(history, clock, ["4", "a"])
    assert snap_compare(app, terminal_size=size, run_before=run_before)


@sized
def test_calendar_day_workouts(snap_compare, history, clock, size):
    app, run_before = app_on(history, clock, ["3", "left", "left", "left", "enter"])  # Tue 17 Nov
    assert snap_compare(app, terminal_size=size, run_before=run_before)


@sized
def test_export_path_dialog(snap_compare, paris, clock, size):
    app, run_before = app_on(paris, clock, ["ctrl+p"], typed="export all data")
    original = run_before

    async def and_choose_it(pilot) -> None:
        await original(pilot)
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=and_choose_it)
