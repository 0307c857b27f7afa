"""Routines say when they were last done ("last done 3 days ago"), as Strong's and Hevy's routines say when they
were last performed: in the list and in the routine's detail, from the history as it is on disk, moving on as
workouts are finished and as the day turns."""

from __future__ import annotations

from dataclasses import replace

from tests.app.test_routines_screen import AB_WORKOUT, FOUR_MOVES, detail_text, own_routine, row_text
from tests.app.waiting import until
from tests.builders import a_workout, moment
from tui.app import make_app
from tui.screens.workout_dialogs import ResumeScreen
from tui.screens.workout_summary import SummaryScreen
from tui.store.open import open_store

GYM = "sample-upper-body-workout"


def finished(at, routine_id: str | None, sets: int = 3):
    return replace(a_workout(at=at, sets=sets, routine_id=routine_id), finished_at=at)


async def test_each_routine_says_when_it_was_last_done_in_the_list_and_its_detail(store, clock):
    # The clock says Friday 20 November 2026, 18:30 in Paris.
    app = make_app(store, clock)
    mine = own_routine(store, app.catalogue, name="Abs for Tuesday")
    store.history.save_many([
        finished(moment(2026, 11, 17, 18, 0), AB_WORKOUT),
        finished(moment(2026, 11, 20, 9, 0), AB_WORKOUT),  # this morning: the last one counts
        finished(moment(2026, 11, 17, 7, 30), FOUR_MOVES),
        finished(moment(2026, 10, 1, 18, 0), mine.id),
        finished(moment(2026, 11, 25, 18, 0), GYM),  # dated after today by hand: not done yet
        finished(moment(2026, 11, 19, 18, 0), None),  # an empty workout: no routine's
    ])
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: "last done" in row_text(app, f"own:{mine.id}"))
        assert row_text(app, f"own:{mine.id}").rstrip().endswith("last done 7 weeks ago")
        assert row_text(app, f"shipped:{AB_WORKOUT}").rstrip().endswith("last done today")
        assert row_text(app, f"shipped:{FOUR_MOVES}").rstrip().endswith("last done 3 days ago")
        assert "last done" not in row_text(app, f"shipped:{GYM}")
        assert "about 21-32 min · last done 7 weeks ago" in detail_text(app)  # the cursor is on yours
        await pilot.press("j")
        assert "last done 3 days ago" in detail_text(app)
        await pilot.press("j")
        assert "last done" not in detail_text(app)


async def test_a_workout_finished_makes_its_routine_done_today_and_the_next_day_yesterday(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: app.today is not None)  # told the day: nothing was done yet
        assert "last done" not in row_text(app, f"shipped:{AB_WORKOUT}")
        app.start_workout(app.catalogue.routines[AB_WORKOUT])
        await until(pilot, lambda: app.session is not None)
        await pilot.press("space", "f", "y")
        await until(pilot, lambda: isinstance(app.screen, SummaryScreen))
        await pilot.press("escape", "1")
        await until(pilot, lambda: "last done today" in row_text(app, f"shipped:{AB_WORKOUT}"))
        clock.advance(days=1)
        app.tell_the_day()  # as the App does once a minute
        await until(pilot, lambda: "last done yesterday" in row_text(app, f"shipped:{AB_WORKOUT}"))


async def test_an_app_that_opens_on_a_workout_in_progress_shows_the_lines_once_routines_is_opened(data_dir, clock):
    # Routines is built after the day was told (the app opened on the Workout screen, to resume): it asks for it.
    store = open_store(data_dir)
    store.history.save_many([finished(moment(2026, 11, 18, 18, 0), AB_WORKOUT)])
    first = make_app(store, clock)
    async with first.run_test(size=(80, 24)) as pilot:
        first.start_workout(first.catalogue.routines[FOUR_MOVES])
        await until(pilot, lambda: first.session is not None)
        await pilot.press("space")
    second = make_app(open_store(data_dir), clock)
    async with second.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(second.screen, ResumeScreen) and second.today is not None)
        await pilot.press("r", "1")
        await until(pilot, lambda: "last done 2 days ago" in row_text(second, f"shipped:{AB_WORKOUT}"))


async def test_a_workout_finished_in_another_window_shows_here_without_leaving_the_list(data_dir, clock):
    app = make_app(open_store(data_dir), clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: app.today is not None)
        assert "last done" not in row_text(app, f"shipped:{AB_WORKOUT}")
        open_store(data_dir).history.save(finished(moment(2026, 11, 20, 17, 0), AB_WORKOUT))  # the other's finish
        await until(pilot, lambda: "last done today" in row_text(app, f"shipped:{AB_WORKOUT}"), timeout=10)


async def test_a_new_time_zone_moves_last_done_at_once_and_back(store, clock):
    """Set to Kiritimati (UTC+14, already tomorrow) the list said "last done today" until another screen was
    visited; set back, "yesterday" stayed until the app was restarted."""
    from tui.screens.settings import apply_settings

    app = make_app(store, clock)  # Friday 20 November 2026, 18:30 in Paris: Saturday 07:30 in Kiritimati
    store.history.save(finished(moment(2026, 11, 20, 9, 0), AB_WORKOUT))
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: row_text(app, f"shipped:{AB_WORKOUT}").rstrip().endswith("last done today"))
        paris = app.settings
        apply_settings(app, paris.changed(time_zone="Pacific/Kiritimati"))  # as the Settings form's save does
        await until(pilot, lambda: row_text(app, f"shipped:{AB_WORKOUT}").rstrip().endswith("last done yesterday"))
        apply_settings(app, paris)
        await until(pilot, lambda: row_text(app, f"shipped:{AB_WORKOUT}").rstrip().endswith("last done today"))
