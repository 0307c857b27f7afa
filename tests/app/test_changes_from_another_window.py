"""A second window (a second app on the same data dir) is a normal event. Two real apps in one test, each on its
own store of one temp data dir: what one saves shows up in the other while it runs, without a restart, and the
other says what happened. Before, the second window went on with what it read at start until it was restarted."""

from __future__ import annotations

import json
import os
import subprocess
from contextlib import asynccontextmanager
from dataclasses import replace

import pytest
from textual.widgets import Button, Input, Select

from tests.app.test_routines_screen import detail_text, listed_ids, row_text
from tests.app.test_workout_loop import form_shown, open_set_form
from tests.app.test_workout_loop import type_into as type_into_form
from tests.app.waiting import until
from tests.builders import a_workout, moment
from tui.app import make_app
from tui.domain.catalogue.model import Focus, Routine, RoutineEntry, RoutineFormat
from tui.domain.ranges import IntRange
from tui.screens.calendar import CalendarScreen
from tui.screens.confirm import ConfirmScreen
from tui.screens.history import HistoryScreen
from tui.screens.routine_editor import RoutineEditorScreen
from tui.screens.routines import RoutinesScreen
from tui.screens.settings import SettingsScreen
from tui.screens.workout import WorkoutScreen
from tui.screens.workout_dialogs import ResumeScreen
from tui.screens.workout_edit import EditWorkoutScreen
from tui.screens.workout_summary import SummaryScreen
from tui.store.open import open_store
from tui.widgets.footer import Footer
from tui.widgets.streak_panel import StreakPanel

FOUR_MOVES = "four-upper-body-exercises"


def told(app, text: str) -> bool:
    return any(text in notification.message for notification in app._notifications)


async def type_into(pilot, field: Input, text: str) -> None:
    field.focus()
    await pilot.pause()
    await pilot.press("end", *["backspace"] * len(field.value), *text)


async def pick(pilot, field: Select, times_down: int) -> None:
    field.focus()
    await pilot.pause()
    await pilot.press("enter", *["down"] * times_down, "enter")


@asynccontextmanager
async def one_set_logged_in_a_and_offered_in_b(data_dir, clock):
    """Window A starts the four moves and logs a set; window B, opened on the same data dir, offers to resume it."""
    window_a, window_b = make_app(open_store(data_dir), clock), make_app(open_store(data_dir), clock)
    async with window_a.run_test(size=(100, 30)) as pilot_a:
        window_a.start_workout(window_a.catalogue.routines[FOUR_MOVES])
        await pilot_a.pause()
        await pilot_a.press("space")
        async with window_b.run_test(size=(100, 30)) as pilot_b:
            await until(pilot_b, lambda: isinstance(window_b.screen, ResumeScreen))
            yield window_a, pilot_a, window_b, pilot_b


async def test_settings_saved_in_one_window_are_used_and_told_in_the_other(data_dir, clock):
    window_a, window_b = make_app(open_store(data_dir), clock), make_app(open_store(data_dir), clock)
    async with window_b.run_test(size=(100, 30)) as pilot_b:
        await pilot_b.press("3")
        await until(pilot_b, lambda: isinstance(window_b.screen, CalendarScreen))
        assert "0 of 2" in str(window_b.screen.query_one(StreakPanel).render())
        async with window_a.run_test(size=(100, 30)) as pilot_a:
            await pilot_a.press("comma")
            await until(pilot_a, lambda: isinstance(window_a.screen, SettingsScreen))
            await type_into(pilot_a, window_a.screen.query_one("#default-rest", Input), "45")
            await pick(pilot_a, window_a.screen.query_one("#weekly-target", Select), 1)  # 2 -> 3 a week
            await until(pilot_a, lambda: window_a.screen.query_one("#weekly-target", Select).value == 3)
            await pilot_a.press("ctrl+s")
            await until(pilot_a, lambda: not isinstance(window_a.screen, SettingsScreen))
        await until(pilot_b, lambda: told(window_b, "Settings changed in another window: default rest, weekly "
                                                    "target. They are used here now."))
        assert (window_b.settings.default_rest_s, window_b.settings.weekly_target) == (45, 3)
        await until(pilot_b, lambda: "0 of 3" in str(window_b.screen.query_one(StreakPanel).render()))


async def test_a_settings_form_opened_before_another_windows_save_writes_only_what_was_changed_in_it(data_dir,
                                                                                                   clock):
    window_a, window_b = make_app(open_store(data_dir), clock), make_app(open_store(data_dir), clock)
    async with window_b.run_test(size=(100, 30)) as pilot_b:
        await pilot_b.press("comma")  # B's form shows rest 90, units kg
        await until(pilot_b, lambda: isinstance(window_b.screen, SettingsScreen))
        async with window_a.run_test(size=(100, 30)) as pilot_a:
            await pilot_a.press("comma")
            await until(pilot_a, lambda: isinstance(window_a.screen, SettingsScreen))
            await type_into(pilot_a, window_a.screen.query_one("#default-rest", Input), "45")
            await pilot_a.press("ctrl+s")
            await until(pilot_a, lambda: not isinstance(window_a.screen, SettingsScreen))
        await until(pilot_b, lambda: window_b.settings.default_rest_s == 45)  # noticed while B's form is open
        await pick(pilot_b, window_b.screen.query_one("#units", Select), 1)  # kg -> lb
        await until(pilot_b, lambda: window_b.screen.query_one("#units", Select).value == "lb")
        await pilot_b.press("ctrl+s")
        await until(pilot_b, lambda: not isinstance(window_b.screen, SettingsScreen))
    saved = open_store(data_dir).settings.get()
    assert (saved.units, saved.default_rest_s) == ("lb", 45), "B's stale 90 s in its form was not written back"


async def test_sets_logged_in_one_window_show_in_the_others_offer_and_a_finish_closes_it(data_dir, clock):
    window_a, window_b = make_app(open_store(data_dir), clock), make_app(open_store(data_dir), clock)
    async with window_a.run_test(size=(100, 30)) as pilot_a:
        window_a.start_workout(window_a.catalogue.routines[FOUR_MOVES])
        await pilot_a.pause()
        await pilot_a.press("space", "s", "space")
        await until(pilot_a, lambda: len(window_a.session.workout.sets) == 2)
        async with window_b.run_test(size=(100, 30)) as pilot_b:
            await until(pilot_b, lambda: isinstance(window_b.screen, ResumeScreen))
            offer = lambda: str(window_b.screen.query_one(".dialog-text").render())  # noqa: E731
            assert "2 sets logged" in offer() and "open in another window" in offer()
            await pilot_a.press("s", "space")
            await until(pilot_b, lambda: "3 sets logged" in offer())
            window_a.workout.finish()
            await until(pilot_b, lambda: not isinstance(window_b.screen, ResumeScreen))
            gone = "The workout in progress was finished or discarded in another window."
            await until(pilot_b, lambda: told(window_b, gone))
            assert window_b.is_running and window_b.session is None


async def test_a_window_driving_a_workout_taken_over_elsewhere_says_so_before_its_next_key(data_dir, clock):
    async with one_set_logged_in_a_and_offered_in_b(data_dir, clock) as (window_a, pilot_a, window_b, pilot_b):
        await pilot_b.press("r")
        await until(pilot_b, lambda: window_b.session is not None)
        await until(pilot_a, lambda: window_a.session is None)  # no key pressed in A
        # Said a moment later: a notification is a message the window handles after the change.
        await until(pilot_a, lambda: told(window_a, "This workout was taken over by another window"))
        await pilot_b.press("s", "space")
        await until(pilot_b, lambda: len(window_b.session.workout.sets) == 2)
    assert len(open_store(data_dir).workout.current().sets) == 2


@pytest.mark.parametrize("key", ["ctrl+s", "ctrl+l", "escape"])
async def test_a_sets_form_open_in_a_window_whose_workout_is_taken_over_closes_and_says_so(data_dir, clock, key):
    """Its ctrl+s (use these values) then crashed the app, and its ctrl+l said "No workout in progress" of the
    workout now driven in the other window, the set typed silently dropped."""
    async with one_set_logged_in_a_and_offered_in_b(data_dir, clock) as (window_a, pilot_a, window_b, pilot_b):
        await open_set_form(pilot_a)
        await type_into_form(pilot_a, "count", "10")
        await pilot_b.press("r")
        await until(pilot_b, lambda: window_b.session is not None)
        await until(pilot_a, lambda: not form_shown(window_a))
        # Said a moment later: a notification is a message the window handles after the change.
        await until(pilot_a, lambda: told(window_a, "This workout was taken over by another window"))
        await until(pilot_a, lambda: told(window_a, "The set's form is closed: this window no longer drives the "
                                                    "workout, and what was typed in it was not used."))
        await pilot_a.press(key)  # typed before the form closed, as a user would
        await pilot_a.pause()
        assert not told(window_a, "No workout in progress")
        assert window_a.is_running
    assert len(open_store(data_dir).workout.current().sets) == 1


async def test_a_deletion_confirmed_after_the_workout_went_to_another_window_says_where_it_is(data_dir, clock):
    """It said "No workout in progress: start a routine" of the workout in progress in the other window."""
    async with one_set_logged_in_a_and_offered_in_b(data_dir, clock) as (window_a, pilot_a, window_b, pilot_b):
        await pilot_a.press("up", "d")  # the set logged, then delete it
        await until(pilot_a, lambda: isinstance(window_a.screen, ConfirmScreen))
        await pilot_b.press("r")
        await until(pilot_a, lambda: window_a.session is None)
        await pilot_a.press("y")
        await until(pilot_a, lambda: told(window_a, "Not done: the workout is driven in another window now (r on "
                                                    "the Workout screen takes it over here)."))
        assert not told(window_a, "No workout in progress")
    assert len(open_store(data_dir).workout.current().sets) == 1


async def test_a_discard_confirmed_after_the_workout_went_to_another_window_discards_nothing(data_dir, clock):
    """The question stayed open in the window that had stopped driving the workout; its `y` threw away every set the
    other window had logged meanwhile."""
    async with one_set_logged_in_a_and_offered_in_b(data_dir, clock) as (window_a, pilot_a, window_b, pilot_b):
        await pilot_a.press("D")
        await until(pilot_a, lambda: isinstance(window_a.screen, ConfirmScreen))
        await pilot_b.press("r")
        await until(pilot_b, lambda: window_b.session is not None)
        await until(pilot_a, lambda: window_a.session is None)
        await pilot_b.press("s", "space")
        await until(pilot_b, lambda: len(window_b.session.workout.sets) == 2)
        await pilot_a.press("y")
        await until(pilot_a, lambda: told(window_a, "Not discarded: this window no longer drives that workout."))
        assert not told(window_a, "Workout discarded")
        assert window_b.session is not None
    assert len(open_store(data_dir).workout.current().sets) == 2


async def test_a_discard_answered_as_another_window_takes_the_workout_over_discards_nothing(data_dir, clock):
    """The same, with the take-over written in the moment before the answer, before this window has noticed it."""
    async with one_set_logged_in_a_and_offered_in_b(data_dir, clock) as (window_a, pilot_a, window_b, pilot_b):
        await pilot_a.press("D")
        await until(pilot_a, lambda: isinstance(window_a.screen, ConfirmScreen))
        window_b.store.workout.take_over(window_a.session.workout.id, window_b.driver)
        await pilot_a.press("y")
        await until(pilot_a, lambda: told(window_a, "Not discarded: another window has taken this workout over.")
                    or told(window_a, "Not discarded: this window no longer drives that workout."))
        await until(pilot_a, lambda: window_a.session is None)
    assert len(open_store(data_dir).workout.current().sets) == 1


async def test_a_set_logged_in_the_window_driving_it_as_another_takes_it_over_is_kept(data_dir, clock):
    """`r` in one window and space in the other at the same moment: the taking window resumed from what it read
    just before the set was logged, and its next save wrote over that set."""
    async with one_set_logged_in_a_and_offered_in_b(data_dir, clock) as (window_a, pilot_a, window_b, pilot_b):
        take_over = window_b.store.workout.take_over

        def a_logs_a_set_first(workout_id, driver):  # A's space lands just before B's take-over is written
            window_a.workout.log_set()
            return take_over(workout_id, driver)

        window_b.store.workout.take_over = a_logs_a_set_first
        await pilot_b.press("r")
        await until(pilot_b, lambda: window_b.session is not None)
        assert len(window_b.session.workout.sets) == 2, "the set A logged a moment before is in B's workout"
        await pilot_b.press("space")
        await until(pilot_b, lambda: len(window_b.session.workout.sets) == 3)
    assert len(open_store(data_dir).workout.current().sets) == 3


async def test_f_on_the_offer_of_a_workout_being_done_elsewhere_asks_then_finishes_it_now(data_dir, clock):
    """One `f` in a second terminal finished the workout being done in the first, at once, as a workout of 0 s
    (at its first set, as a workout left by a crash ends)."""
    async with one_set_logged_in_a_and_offered_in_b(data_dir, clock) as (window_a, pilot_a, window_b, pilot_b):
        await pilot_b.press("f")
        await until(pilot_b, lambda: isinstance(window_b.screen, ConfirmScreen))
        assert "being done in another window" in str(window_b.screen.query_one(".dialog-title").render())
        await pilot_b.press("n")  # kept: the offer again, the workout A's
        await until(pilot_b, lambda: isinstance(window_b.screen, ResumeScreen))
        assert window_a.session is not None and open_store(data_dir).workout.current() is not None
        clock.advance(minutes=20)
        await pilot_b.press("f")
        await until(pilot_b, lambda: isinstance(window_b.screen, ConfirmScreen))
        await pilot_b.press("y")
        await until(pilot_b, lambda: isinstance(window_b.screen, SummaryScreen))
        await until(pilot_a, lambda: window_a.session is None)
    (finished,) = open_store(data_dir).history.newest_first()
    assert finished.finished_at.seconds_after(finished.started_at) >= 20 * 60  # ended now, not at its one set


async def test_d_on_the_offer_of_a_workout_being_done_elsewhere_says_so_before_it_is_discarded(data_dir, clock):
    """A discard from a second window (a second browser tab) asked only "Discard it for good?": nothing said that
    the workout was being done in the first, whose sets logged meanwhile went with it."""
    async with one_set_logged_in_a_and_offered_in_b(data_dir, clock) as (window_a, pilot_a, window_b, pilot_b):
        await pilot_b.press("d")
        await until(pilot_b, lambda: isinstance(window_b.screen, ConfirmScreen))
        assert "being done in another window" in str(window_b.screen.query_one(".dialog-title").render())
        await pilot_b.press("y")
        await until(pilot_a, lambda: window_a.session is None)
    assert open_store(data_dir).workout.current() is None


async def test_a_workout_left_open_in_another_window_for_hours_finishes_at_its_last_set_from_the_offer(data_dir,
                                                                                                     clock):
    """The app left open overnight in one terminal, finished from a second: a workout of 5 hours."""
    async with one_set_logged_in_a_and_offered_in_b(data_dir, clock) as (window_a, pilot_a, window_b, pilot_b):
        clock.advance(hours=5)
        await pilot_b.press("f")
        await until(pilot_b, lambda: isinstance(window_b.screen, ConfirmScreen))
        question = str(window_b.screen.query_one(".dialog-title").render())
        assert "as ending at its last set, 5 h 00 min ago" in question and "open in another window" in question
        await pilot_b.press("y")
        await until(pilot_b, lambda: isinstance(window_b.screen, SummaryScreen))
    (finished,) = open_store(data_dir).history.newest_first()
    assert finished.finished_at == finished.sets[-1].logged_at


async def test_a_window_that_takes_its_workout_back_no_longer_says_it_stopped_driving_it(data_dir, clock):
    async with one_set_logged_in_a_and_offered_in_b(data_dir, clock) as (window_a, pilot_a, window_b, pilot_b):
        await pilot_b.press("r")
        await until(pilot_a, lambda: told(window_a, "This window has stopped driving it."))
        await pilot_a.press("r")
        await until(pilot_a, lambda: isinstance(window_a.screen, ResumeScreen))
        await pilot_a.press("r")
        await until(pilot_a, lambda: window_a.session is not None)
        assert not told(window_a, "stopped driving it"), "the note of ten seconds was still up while A drove it"
        await until(pilot_b, lambda: told(window_b, "This window has stopped driving it."))


async def test_closing_the_offer_in_a_second_window_leaves_the_workout_to_the_window_driving_it(data_dir, clock):
    """A laptop opened to look at History while the phone logs the workout: esc on the offer took the workout
    from the phone. It now leaves it there, says so, and `r` offers it again to take it over."""
    async with one_set_logged_in_a_and_offered_in_b(data_dir, clock) as (window_a, pilot_a, window_b, pilot_b):
        assert "esc leaves it there." in str(window_b.screen.query_one(".dialog-text").render())
        await pilot_b.press("escape")
        await until(pilot_b, lambda: isinstance(window_b.screen, WorkoutScreen))
        shown = lambda: str(window_b.screen.query_one("#workout-position").render())  # noqa: E731
        await until(pilot_b, lambda: "open in another window: r takes it over here." in shown())
        await pilot_b.press("4", "2")  # a visit to the Workout screen does not offer it again
        await pilot_a.press("s", "space")  # nor does a set logged in the window driving it
        await until(pilot_b, lambda: len(open_store(data_dir).workout.current().sets) == 2)
        await pilot_b.pause()
        assert isinstance(window_b.screen, WorkoutScreen) and window_b.session is None
        assert window_a.session is not None and not told(window_a, "taken over")
        await pilot_b.press("r")
        await until(pilot_b, lambda: isinstance(window_b.screen, ResumeScreen))
        await pilot_b.press("r")
        await until(pilot_a, lambda: window_a.session is None and told(window_a, "taken over"))
        assert len(window_b.session.workout.sets) == 2
        taken_back = "open in another window: r takes it over here."  # and the window it was taken from
        await until(pilot_a, lambda: taken_back in str(window_a.screen.query_one("#workout-position").render()))


async def test_a_tap_leaves_the_workout_to_the_window_driving_it_where_a_phone_has_no_esc(data_dir, clock):
    """A second tab on a phone: its offer had buttons to take the workout over, finish or discard it, and only esc,
    which a phone's keyboard has not, left it to the tab logging it. Its button does; with no other window
    driving it (a crash) there is none."""
    async with one_set_logged_in_a_and_offered_in_b(data_dir, clock) as (window_a, pilot_a, window_b, pilot_b):
        leave = window_b.screen.query_one("#close", Button)
        assert leave.display and str(leave.label) == "Leave (esc)"
        await pilot_b.click("#close")
        await until(pilot_b, lambda: isinstance(window_b.screen, WorkoutScreen))
        shown = lambda: str(window_b.screen.query_one("#workout-position").render())  # noqa: E731
        await until(pilot_b, lambda: "open in another window: r takes it over here." in shown())
        assert window_a.session is not None and window_b.session is None
    # The process that drove it has died since (a crash): nothing to leave it to.
    gone = subprocess.Popen(["true"])
    gone.wait()
    saved = json.dumps(json.loads((data_dir / "workout.json").read_text()))
    text = saved.replace(f'"pid": {os.getpid()}', f'"pid": {gone.pid}')
    assert text != saved
    (data_dir / "workout.json").write_text(text)
    third = make_app(open_store(data_dir), clock)
    async with third.run_test(size=(40, 20)) as pilot:
        await until(pilot, lambda: isinstance(third.screen, ResumeScreen))
        assert not third.screen.query_one("#close", Button).display


async def test_a_workout_left_to_another_window_and_finished_there_is_no_longer_said_to_be_open(data_dir, clock):
    async with one_set_logged_in_a_and_offered_in_b(data_dir, clock) as (window_a, pilot_a, window_b, pilot_b):
        await pilot_b.press("escape")
        shown = lambda: str(window_b.screen.query_one("#workout-position").render())  # noqa: E731
        await until(pilot_b, lambda: "open in another window" in shown())
        window_a.workout.finish()
        await until(pilot_b, lambda: shown().startswith("Start a routine from Routines"))


@asynccontextmanager
async def core_in_its_edit_form(data_dir, clock):
    """A finished workout, "Core" of three sets, and this window's History editing it (`e`)."""
    store = open_store(data_dir)
    workout = a_workout(at=moment(2026, 11, 16, 18, 0), sets=3, name="Core")
    store.history.save(replace(workout, finished_at=workout.started_at))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("4")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, EditWorkoutScreen))
        yield app, pilot, workout


async def test_a_past_workout_edited_here_keeps_another_windows_changes(data_dir, clock):
    """The edit form saved its whole workout: a set removed in another window came back with a rename here."""
    async with core_in_its_edit_form(data_dir, clock) as (app, pilot, workout):
        other = open_store(data_dir)
        stored = other.history.get(workout.id)
        other.history.save(replace(stored, sets=stored.sets[1:]))  # the other window removes the first set
        await type_into(pilot, app.screen.query_one("#form-name", Input), "Core, renamed")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        saved = open_store(data_dir).history.get(workout.id)
        assert (saved.name, len(saved.sets)) == ("Core, renamed", 2)


@pytest.mark.parametrize("then", ["ctrl+s", "escape"])
async def test_a_past_workout_deleted_elsewhere_stays_deleted_unless_its_edit_is_saved_again(data_dir, clock, then):
    """Saving the whole workout brought back one deleted elsewhere (or from the Calendar) while the form was open.
    Then the save was refused, and the form closed on the edits. They now stay, and the user chooses: saved again
    the workout comes back as edited (under its id), left it stays deleted. As the routine editor does."""
    async with core_in_its_edit_form(data_dir, clock) as (app, pilot, workout):
        assert open_store(data_dir).history.delete(workout.id)  # the other window
        await type_into(pilot, app.screen.query_one("#form-name", Input), "Revived")
        await pilot.press("ctrl+s")
        error = app.screen.query_one("#form-error")
        await until(pilot, lambda: "Not saved" in str(error.render()))
        assert " ".join(str(error.render()).split()) == (
            "Not saved: “Core” was deleted since this form opened (in another window, or from the Calendar). ^s "
            "again saves yours as it is here; esc leaves it deleted.")
        assert isinstance(app.screen, EditWorkoutScreen) and open_store(data_dir).history.get(workout.id) is None
        assert told(app, "esc leaves it deleted."), "said too: a phone's form cuts its last line"
        await pilot.press(then)
        if then == "escape":
            await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))  # its edits: left unsaved?
            assert app.screen.detail == "The workout stays deleted."
            await pilot.press("y")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
    kept = open_store(data_dir).history.get(workout.id)
    if then == "escape":
        assert kept is None
    else:
        assert (kept.name, len(kept.sets)) == ("Revived", 3)


async def test_an_exercise_of_your_own_imported_elsewhere_shows_by_its_own_name_here(data_dir, clock):
    """Imported from Strong by the command line while the app ran, "Band Pull Apart" showed as "Band pull apart" in
    the workout's detail here (made up from its id): the names read before the import were kept."""
    from tui.screens.workout_detail import WorkoutDetailScreen
    from tui.store.transfer import import_into, read_import_file

    app = make_app(open_store(data_dir), clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("4")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        app.exercise_names  # read now, before the import, as a screen showing a set had  # noqa: B018
        strong = data_dir.parent / "strong.csv"
        strong.write_text("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
                          "Workout Notes,RPE\n2026-11-16 07:30:00,Morning Lift,45m,Band Pull Apart,1,0,15,0,0,,,\n")
        import_into(open_store(data_dir), read_import_file(strong, app.catalogue, app.settings))
        table = app.screen.query_one("#history-list")
        await until(pilot, lambda: table.row_count == 1, timeout=10)
        table.focus()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        summary = app.screen.query_one("#detail-summary")
        await until(pilot, lambda: "Band Pull Apart: 1 set" in str(summary.query_one("Static").render()))


async def test_a_routine_started_while_another_window_drives_a_workout_offers_that_one_on_the_workout_screen(
        data_dir, clock):
    """The phone drives the workout; on the laptop the offer was closed, then a routine started: the start was
    refused, the Workout screen said to resume it, and `r` did nothing, the offer having come up on Routines, out
    of sight. The side pane had said "No workout in progress. Start one from Routines"."""
    async with one_set_logged_in_a_and_offered_in_b(data_dir, clock) as (window_a, pilot_a, window_b, pilot_b):
        await pilot_b.press("escape")
        await until(pilot_b, lambda: isinstance(window_b.screen, WorkoutScreen))
        await pilot_b.press("1")
        await until(pilot_b, lambda: window_b.current_mode == "routines")
        pane = lambda: str(window_b.screen.query_one("#side-now").render())  # noqa: E731
        await pilot_b.resize_terminal(170, 30)
        await until(pilot_b, lambda: "Four upper-body moves for running" in pane())
        assert pane().startswith("No workout in progress here.") and "open in another window" in pane()
        await pilot_b.resize_terminal(100, 30)
        await pilot_b.press("enter")  # on the first routine
        await until(pilot_b, lambda: isinstance(window_b.screen, ResumeScreen))
        assert window_b.current_mode == "workout" and told(window_b, "Resume, finish or discard it first.")
        under = window_b.screen_stack[-2]
        assert str(under.query_one("#workout-exercise").render()) == "A workout is in progress."
        await pilot_b.press("r")
        await until(pilot_b, lambda: window_b.session is not None)
        assert isinstance(window_b.screen, WorkoutScreen) and len(window_b.session.workout.sets) == 1
        await until(pilot_a, lambda: window_a.session is None and told(window_a, "taken over"))


async def test_a_workout_started_in_another_window_is_said_here_not_offered_by_itself(data_dir, clock):
    """An idle tab on "No workout in progress" popped up the offer by itself, Resume focused: a stray enter there
    took the workout from the phone that had just started it."""
    window_a, window_b = make_app(open_store(data_dir), clock), make_app(open_store(data_dir), clock)
    async with window_b.run_test(size=(100, 30)) as pilot_b:
        await pilot_b.press("2")
        await until(pilot_b, lambda: isinstance(window_b.screen, WorkoutScreen))
        shown = lambda: str(window_b.screen.query_one("#workout-position").render())  # noqa: E731
        async with window_a.run_test(size=(100, 30)) as pilot_a:
            window_a.start_workout(window_a.catalogue.routines[FOUR_MOVES])
            await pilot_a.pause()
            await until(pilot_b, lambda: "open in another window: r takes it over here." in shown())
            footer = lambda: window_b.screen.query_one(Footer).render().plain  # noqa: E731
            await until(pilot_b, lambda: "r Take over" in footer() and "Empty workout" not in footer())
            await pilot_b.press("enter")
            await pilot_b.pause()
            assert isinstance(window_b.screen, WorkoutScreen) and window_b.session is None
            assert window_a.session is not None
            await pilot_b.click("#tap-take_over")  # offered when asked: r, or a tap for a phone in a browser
            await until(pilot_b, lambda: isinstance(window_b.screen, ResumeScreen))


async def test_a_routine_saved_and_renamed_in_another_window_shows_here_and_is_edited_as_saved(data_dir, clock):
    """The Routines screen kept the routines it read when it was shown: one renamed in another window was listed
    under its old name until the screen was left, and `e` edited that old version (whose save then said the
    other window had changed it since the form opened)."""
    window, elsewhere = make_app(open_store(data_dir), clock), open_store(data_dir).routines
    mine = Routine(id="tuesday", name="Tuesday core", description="", format=RoutineFormat.STRAIGHT_SETS,
                   focus=(Focus.CORE,), shipped=False, entries=(RoutineEntry("plank", IntRange(3, 3),
                                                                             hold_s=IntRange(30, 30)),))
    async with window.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: isinstance(window.screen, RoutinesScreen) and bool(listed_ids(window)))
        elsewhere.save(mine)
        await until(pilot, lambda: "own:tuesday" in listed_ids(window))
        window.screen.query_one("#routine-list").highlight_id("own:tuesday")
        await until(pilot, lambda: "Tuesday core" in detail_text(window))
        elsewhere.save(mine._replace(name="Thursday core"), replacing=mine)
        await until(pilot, lambda: "Thursday core" in row_text(window, "own:tuesday"))
        assert "Thursday core" in detail_text(window) and "Tuesday core" not in detail_text(window)
        await pilot.press("e")
        await until(pilot, lambda: isinstance(window.screen, RoutineEditorScreen))
        assert window.screen.query_one("#name", Input).value == "Thursday core"


async def test_another_devices_workout_synced_in_over_the_one_in_progress_files_this_one_in_history(data_dir, clock,
                                                                                                   tmp_path):
    """A sync tool puts another device's workout in progress in place of workout.json. The app crashed, and the sets
    logged here were in no file. Now neither workout is lost: this one goes to History, that one is in progress."""
    laptop = open_store(tmp_path / "laptop")
    laptop.workout.start(replace(a_workout(at=moment(2026, 11, 20, 7, 0), sets=1), name="Synced from laptop"))
    app = make_app(open_store(data_dir), clock)
    async with app.run_test(size=(100, 30)) as pilot:
        app.start_workout(app.catalogue.routines[FOUR_MOVES])
        await until(pilot, lambda: app.session is not None)
        await pilot.press("space", "s", "space")
        await until(pilot, lambda: len(open_store(data_dir).workout.current().sets) == 2)
        synced = data_dir / "workout.json.sync-tmp"
        synced.write_bytes((tmp_path / "laptop" / "workout.json").read_bytes())
        os.chmod(synced, 0o600)
        os.replace(synced, data_dir / "workout.json")  # as a sync tool writes a file: in full, then renamed
        await until(pilot, lambda: app.session is None)
        await until(pilot, lambda: told(app, "“Synced from laptop” was put in progress in your data from elsewhere"))
        assert told(app, "This workout (2 sets) is in History, finished now.")
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))  # the other one, offered at once
        assert "Synced from laptop" in str(app.screen.query_one(".dialog-text").render())
    store = open_store(data_dir)
    (filed,) = store.history.all()
    assert (filed.name, len(filed.sets)) == ("Four upper-body moves for running", 2)
    assert store.workout.current().name == "Synced from laptop"
