"""How the Calendar, History (its list, charts and records) and Settings look with a fixed clock (Fri 20 Nov 2026,
18:30 Paris) and a fixed history: eleven weeks of workouts with a missed week and a freeze."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from tests.builders import a_set, a_workout, moment
from tui.app import make_app
from tui.domain.settings import Settings

SIZES = [(100, 30), (80, 24), (40, 20)]  # the last a phone held upright
PLAN = [("Ab workout for runners", [("crunch", 22, None, None), ("plank", None, 40, None)]),
        ("Upper-back trio", [("band-row", 12, None, None), ("dumbbell-row", 10, None, 12.0)])]


@pytest.fixture
def history(store):
    store.settings.save(Settings(time_zone="Europe/Paris"))
    first_monday = date(2026, 9, 7)
    for week in range(11):
        if week == 6:  # the week of 19 Oct: missed
            continue
        for number, offset in enumerate((1, 3)):
            day = first_monday + timedelta(weeks=week, days=offset)
            if day > date(2026, 11, 20):
                continue
            name, exercises = PLAN[number]
            start = moment(day.year, day.month, day.day, 18, 15 * number)
            sets = tuple(
                replace(a_set(exercise, at=start, reps=reps + week // 3 if reps else None),
                        hold_s=hold + 5 * (week // 3) if hold else None, load=load)
                for exercise, reps, hold, load in exercises for _ in range(3)
            )
            workout = replace(a_workout(at=start, name=name), sets=sets, finished_at=start)
            store.history.save(workout)
    store.freezes.freeze(date(2026, 10, 21), "monday")
    return store


def app_on(store, clock, keys):
    app = make_app(store, clock)

    async def run_before(pilot) -> None:
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
            # History loads its charts in a worker: a key pressed before they are in would race it.
            await app.workers.wait_for_complete()
            await pilot.pause()
        await pilot.pause()

    return app, run_before


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_calendar(snap_compare, history, clock, size):
    app, run_before = app_on(history, clock, ["3", "left", "left", "left"])  # Tue 17 Nov, a workout day
    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_history_list(snap_compare, history, clock, size):
    app, run_before = app_on(history, clock, ["4", "down"])
    assert snap_compare(app, terminal_size=size, run_before=run_before)


# Not at 40x20: there plotext puts the date labels one column apart from one run to the next (the walk in
# tests/app/test_phone_sized_screens.py checks that the charts fit a phone's screen).
@pytest.mark.parametrize("size", SIZES[:2], ids=lambda s: f"{s[0]}x{s[1]}")
def test_history_progress_chart(snap_compare, history, clock, size):
    app, run_before = app_on(history, clock, ["4", "g", "down"])
    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_settings(snap_compare, history, clock, size):
    app, run_before = app_on(history, clock, ["3", "comma"])
    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_history_records(snap_compare, history, clock, size):
    app, run_before = app_on(history, clock, ["4", "r"])
    assert snap_compare(app, terminal_size=size, run_before=run_before)
