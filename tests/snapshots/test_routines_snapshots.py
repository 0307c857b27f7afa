"""The Routines screen, the exercise detail and the editor as they look at 100x30, 80x24 and on a phone (40x20)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.app.waiting import until
from tests.builders import a_workout, moment
from tui.app import make_app
from tui.domain.routines.editing import copy_routine

SIZES = pytest.mark.parametrize("size", [(100, 30), (80, 24), (40, 20)], ids=["100x30", "80x24", "40x20"])


OWN_ID = "tuesday-core"


def app_with_one_own_routine(store, clock):
    """The shipped content plus one routine of the user's, so both sections of the list show."""
    app = make_app(store, clock)
    shipped = app.catalogue.routines["runner-ab-workout"]
    mine = copy_routine(shipped, set(app.catalogue.routines), ())._replace(id=OWN_ID, name="Tuesday core")
    store.routines.save(mine)
    return app


@SIZES
def test_routine_list_and_detail(snap_compare, store, clock, size):
    assert snap_compare(app_with_one_own_routine(store, clock), terminal_size=size, press=["j"])


@SIZES
def test_search_and_filters(snap_compare, store, clock, size):
    app = app_with_one_own_routine(store, clock)
    assert snap_compare(app, terminal_size=size, press=["o", "j", "enter", "slash", *"plank"])


@SIZES
def test_exercise_detail(snap_compare, store, clock, size):
    app = app_with_one_own_routine(store, clock)

    async def open_exercise(pilot) -> None:
        await pilot.press("j", "l", "enter")  # the first exercise of the first shipped routine
        await app.workers.wait_for_complete()  # what you did of it ("Yours"), read off the screen's turn
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=open_exercise)


@SIZES
def test_routine_editor(snap_compare, store, clock, size):
    app = app_with_one_own_routine(store, clock)

    async def open_editor(pilot) -> None:
        app.screen.query_one("#routine-list").highlight_id(f"own:{OWN_ID}")
        await pilot.press("e", "j")

    assert snap_compare(app, terminal_size=size, run_before=open_editor)


@SIZES
def test_entry_editor_refusing_a_bad_figure(snap_compare, store, clock, size):
    app = app_with_one_own_routine(store, clock)

    async def bad_sets(pilot) -> None:
        app.screen.query_one("#routine-list").highlight_id(f"own:{OWN_ID}")
        await pilot.press("e", "enter", "backspace", "0", "enter")

    assert snap_compare(app, terminal_size=size, run_before=bad_sets)


@SIZES
def test_equipment_picker(snap_compare, store, clock, size):
    assert snap_compare(app_with_one_own_routine(store, clock), terminal_size=size, press=["g"])


@SIZES
def test_focus_choice(snap_compare, store, clock, size):
    assert snap_compare(app_with_one_own_routine(store, clock), terminal_size=size, press=["o"])


@SIZES
def test_exercise_picker_in_the_editor(snap_compare, store, clock, size):
    app = app_with_one_own_routine(store, clock)

    async def add_exercise(pilot) -> None:
        app.screen.query_one("#routine-list").highlight_id(f"own:{OWN_ID}")
        await pilot.press("e", "a", *"row")

    assert snap_compare(app, terminal_size=size, run_before=add_exercise)


def test_a_routine_on_its_own_view_on_a_phone(snap_compare, store, clock):
    """40x20: enter shows the routine alone, with Back and Start tap targets."""
    assert snap_compare(app_with_one_own_routine(store, clock), terminal_size=(40, 20), press=["j", "enter"])


def test_when_each_routine_was_last_done_on_a_phone(snap_compare, store, clock):
    """40x20: yours first, and under each routine done, when ("last done 3 days ago")."""
    app = app_with_one_own_routine(store, clock)
    done = [(OWN_ID, moment(2026, 11, 17, 18, 0)), ("four-upper-body-exercises", moment(2026, 11, 20, 8, 0))]
    store.history.save_many([replace(a_workout(at=at, sets=3, routine_id=rid), finished_at=at) for rid, at in done])

    async def told_the_day(pilot) -> None:
        await until(pilot, lambda: bool(app.screen.days_since_done))

    assert snap_compare(app, terminal_size=(40, 20), run_before=told_the_day)


WIDE = (170, 40)  # a laptop's full-screen terminal: the side pane shows beside the routines


def side_text(app, selector: str) -> str:
    """What a line of the side pane shows; nothing until the pane has made its boxes (as it first comes into view)."""
    return " ".join(str(line.render()) for line in app.screen.query(selector))


def test_wide_with_no_workout(snap_compare, store, clock):
    """The side pane says no workout is in progress and how to start one, and shows the streak."""
    app = app_with_one_own_routine(store, clock)

    async def browse(pilot) -> None:
        await pilot.press("j")
        await until(pilot, lambda: "weeks" in side_text(app, "#side-streak-now"))
        await pilot.pause()

    assert snap_compare(app, terminal_size=WIDE, run_before=browse)


def test_wide_with_a_workout_resting(snap_compare, store, clock):
    """Back on the routines mid-workout: the pane shows the next set, the rest running and the sets logged."""
    # Saved, as the workout snapshots do: settings the store does not hold read as another window's change.
    store.settings.save(store.settings.get().changed(time_zone="Europe/Paris"))
    app = app_with_one_own_routine(store, clock)

    async def rest_then_browse(pilot) -> None:
        app.start_workout(app.catalogue.routines["four-upper-body-exercises"])
        await pilot.pause()
        await pilot.press("space")
        clock.advance(seconds=21)
        app.workout.tick()
        await pilot.press("1", "j")
        await until(pilot, lambda: "Rest 0:39" in side_text(app, "#side-timer")
                    and "weeks" in side_text(app, "#side-streak-now"))
        await app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(app, terminal_size=WIDE, run_before=rest_then_browse)
