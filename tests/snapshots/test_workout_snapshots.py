"""How the Workout screen looks in a set, resting, in a hold, and at the finish summary (fixed clock and data)."""

from __future__ import annotations

import pytest

from tui.app import make_app

PHONE = (40, 20)  # an SSH app on a phone held upright
SIZES = [(100, 30), (80, 24), PHONE]


def workout_app(store, clock, routine_id, steps):
    # Saved, not only handed to the app: settings the store does not hold read as another window's change, and
    # its notice would cover part of the screen in some runs and not others.
    store.settings.save(store.settings.get().changed(time_zone="Europe/Paris"))
    app = make_app(store, clock)

    async def run_before(pilot) -> None:
        app.start_workout(app.catalogue.routines[routine_id])
        await pilot.pause()
        for step in steps:
            if isinstance(step, dict):
                clock.advance(**step)
                app.screen.tick()
            else:
                await pilot.press(step)
            await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()

    return app, run_before


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_in_a_set(snap_compare, store, clock, size):
    app, run_before = workout_app(store, clock, "four-upper-body-exercises", ["n"])
    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_resting(snap_compare, store, clock, size):
    app, run_before = workout_app(store, clock, "four-upper-body-exercises", ["space", {"seconds": 21}])
    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_in_a_hold(snap_compare, store, clock, size):
    app, run_before = workout_app(store, clock, "post-workout-stretch", ["space", {"seconds": 17}])
    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_finish_summary(snap_compare, store, clock, size):
    steps = ["space", "space", "space", {"minutes": 14}, "f", "y"]
    app, run_before = workout_app(store, clock, "four-upper-body-exercises", steps)
    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_whole_workout_midway_with_loads(snap_compare, store, clock, size):
    """Eight sets into the Gym session: done rows with loads, the next one marked and in view, a rest running."""
    steps = ["space", {"seconds": 70}, "space", {"seconds": 70}, "space", {"seconds": 70}, "n", "space",
             {"seconds": 70}, "space", {"seconds": 70}, "space", {"seconds": 70}, "space", "space", {"seconds": 30}]
    app, run_before = workout_app(store, clock, "sample-upper-body-workout", steps)
    assert snap_compare(app, terminal_size=size, run_before=run_before)


def test_resting_on_a_phone(snap_compare, store, clock):
    app, run_before = workout_app(store, clock, "four-upper-body-exercises", ["space", "space", {"seconds": 21}])
    assert snap_compare(app, terminal_size=PHONE, run_before=run_before)


@pytest.mark.parametrize("size", [(80, 24), PHONE], ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_note_during_a_set(snap_compare, store, clock, size):
    """On a phone, a note is one row the whole width over the title bar; wider, Textual's toast in its corner."""
    app, run_before = workout_app(store, clock, "four-upper-body-exercises", ["space", "p"])
    assert snap_compare(app, terminal_size=size, run_before=run_before)
