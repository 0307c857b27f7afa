"""History's add and edit forms and the routine editor as a user leaves them, and a past workout's start and
duration changed: History, the Calendar (its day list among it) and the store follow."""

from __future__ import annotations

from dataclasses import replace

import pytest
from textual.widgets import DataTable, Input, Static

from tests.app.test_calendar_screen import listed
from tests.app.test_history_screen import cells, edit_in_set_editor, finished, open_history, rows
from tests.app.test_workout_loop import toasts
from tests.app.waiting import until
from tests.builders import a_set
from tui.app import make_app
from tui.screens.calendar import CalendarScreen
from tui.screens.confirm import ConfirmScreen
from tui.screens.day_workouts import DayWorkoutsScreen
from tui.screens.history import HistoryScreen
from tui.screens.routine_editor import RoutineEditorScreen
from tui.screens.routines import RoutinesScreen
from tui.screens.set_editor import SetEditor
from tui.screens.workout_add import AddWorkoutScreen
from tui.screens.workout_detail import WorkoutDetailScreen
from tui.screens.workout_edit import EditWorkoutScreen
from tui.widgets.nav_list import NavList


@pytest.fixture
def history(store):
    older = finished("Upper-back trio", 2026, 11, 10, 18, 0, sets=[
        a_set("band-row", reps=10), a_set("band-row", reps=12), a_set("plank", reps=None, hold_s=40)])
    push = finished("Push A", 2026, 11, 20, 7, 15, sets=[
        a_set("push-up", reps=20), a_set("push-up", reps=15), a_set("push-up", reps=12)])
    store.history.save(older)
    store.history.save(replace(push, finished_at=push.started_at.later(45 * 60)))
    return store, older, store.history.get(push.id)


def shown(form) -> list[object]:
    """What a form shows: its fields' text, and its sets (or its routine's exercises)."""
    return ([field.value for field in form.query(Input)] + [table.row_count for table in form.query(DataTable)]
            + [listing.option_count for listing in form.query(NavList)])


def question(app) -> str:
    return str(app.screen.query_one(".dialog-title", Static).render())


async def open_add(app, pilot):
    await open_history(app, pilot)
    await pilot.press("a")
    await until(pilot, lambda: isinstance(app.screen, AddWorkoutScreen))


async def open_edit(app, pilot):
    await open_history(app, pilot)
    await pilot.press("e")
    await until(pilot, lambda: isinstance(app.screen, EditWorkoutScreen))


async def add_a_set_and_a_name(app, pilot):
    form = app.screen
    await pilot.press("ctrl+o", "p", "u", "s", "h", "-", "u", "p")
    await until(pilot, lambda: app.screen is not form)
    await pilot.press("enter")  # the push-up, then the set editor on its first set
    await edit_in_set_editor(app, pilot, count="12")
    await until(pilot, lambda: app.screen is form)
    form.query_one("#form-name", Input).focus()
    await pilot.press("H", "i", "l", "l", "s")


async def rename(app, pilot):
    await pilot.press("end", "!")  # the name has the keys first


async def remove_a_set(app, pilot):
    app.screen.query_one("#form-sets").focus()
    await pilot.press("ctrl+r")


async def move_a_day_back(app, pilot):
    app.screen.query_one("#form-date", Input).value = "2026-11-19"


async def open_routine_editor(app, pilot):
    await until(pilot, lambda: isinstance(app.screen, RoutinesScreen))
    await pilot.press("a")
    await until(pilot, lambda: isinstance(app.screen, RoutineEditorScreen))


async def name_routine(app, pilot):
    await pilot.press("T", "u", "e", "s")


FORMS = {  # how a form opens, and one change a user makes to it
    "add: a set and a name": (open_add, add_a_set_and_a_name),
    "edit: the name": (open_edit, rename),
    "edit: a set removed": (open_edit, remove_a_set),
    "edit: the date": (open_edit, move_a_day_back),
    "routine editor: a name": (open_routine_editor, name_routine),
}


@pytest.mark.parametrize("form", list(FORMS))
async def test_escape_on_a_changed_form_asks_before_throwing_the_changes_away(history, clock, form):
    store, older, push = history
    opened, change = FORMS[form]
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await opened(app, pilot)
        left = app.screen.__class__
        await pilot.press("escape")  # nothing changed: it closes at once, as before
        await until(pilot, lambda: not isinstance(app.screen, left))
        assert not isinstance(app.screen, ConfirmScreen)

        await opened(app, pilot)
        form_screen = app.screen
        await change(app, pilot)
        typed = shown(form_screen)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert question(app) == "Discard your changes?"
        assert "Keep editing" in str(app.screen.query_one("#no").label)
        await pilot.press("n")  # keep editing: the form, with every change still in it
        await until(pilot, lambda: app.screen is form_screen)
        assert shown(form_screen) == typed
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")  # discard: closed, nothing saved
        await until(pilot, lambda: not isinstance(app.screen, (left, ConfirmScreen)))
    assert [w.id for w in store.history.all()] == [older.id, push.id]
    assert store.history.get(push.id) == push
    assert store.routines.all() == []


async def test_the_edit_form_moves_a_workout_to_another_day_time_and_duration(history, clock):
    store, older, push = history
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_edit(app, pilot)
        form = app.screen
        assert [form.query_one(f"#form-{field}", Input).value for field in ("date", "time", "minutes")] == [
            "2026-11-20", "07:15", "45"]
        form.query_one("#form-date", Input).value = "2026-11-19"
        form.query_one("#form-time", Input).value = "18:40"
        form.query_one("#form-minutes", Input).value = "50"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        assert rows(app)[0] == ["Thu 19 Nov 2026", "18:40", "Push A", "3", "50 min", ""]
        await pilot.press("3")
        calendar = await until_screen(app, pilot, CalendarScreen)
        assert str(calendar.query_one("#calendar-day").render()) == ""  # today (the 20th): moved away
        await pilot.press("left")
        await until(pilot, lambda: str(calendar.query_one("#calendar-day").render()) == "18:40  Push A  3 sets")
    saved = store.history.get(push.id)
    assert saved.started_at.local.isoformat().startswith("2026-11-19T18:40")
    assert saved.finished_at.seconds_after(saved.started_at) == 50 * 60
    assert [s.id for s in saved.sets] == [s.id for s in push.sets]  # the sets stay, moved with the workout
    shift = saved.started_at.seconds_after(push.started_at)
    assert all(after.logged_at.seconds_after(before.logged_at) == shift for before, after in zip(push.sets, saved.sets))


async def test_a_workout_moved_to_another_year_moves_to_that_years_file(history, clock):
    store, older, push = history
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_edit(app, pilot)
        app.screen.query_one("#form-date", Input).value = "2025-12-31"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        assert [row[:3] for row in rows(app)] == [["Tue 10 Nov 2026", "18:00", "Upper-back trio"],
                                                   ["Wed 31 Dec 2025", "07:15", "Push A"]]
        assert rows(app)[1][4] == "45 min"  # the duration left as it was
    assert [w.id for w in store.history.in_year(2025)] == [push.id]
    assert [w.id for w in store.history.in_year(2026)] == [older.id]


async def test_a_removed_sets_note_goes_once_the_workout_is_saved(history, clock):
    """ "Removed set 1 (Push-up); escape asks before closing without saving" stayed up over "Saved", which it no
    longer was true of."""
    store, older, push = history
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20), notifications=True) as pilot:
        await open_edit(app, pilot)
        await remove_a_set(app, pilot)
        await until(pilot, lambda: "Removed set" in toasts(app))
        await pilot.press("ctrl+s")
        await until(pilot, lambda: "Saved" in toasts(app))
        assert "Removed set" not in toasts(app)
    assert len(store.history.get(push.id).sets) == 2


@pytest.mark.parametrize(("field", "text", "message"), [
    ("date", "2026-11-21", "That start is in the future"),
    ("date", "19/11/2026", "The date must look like 2026-11-20"),
    ("time", "25:00", "25:00 is not a time of day: hours go to 23, minutes to 59"),
    ("date", "2026-11-31", "2026-11-31 is not a date: November 2026 has 30 days"),
    ("date", "0001-01-01", "0001-01-01 cannot be kept: the year 1 is out of range"),
    ("minutes", "an hour", "The duration must be whole minutes, like 45 (or blank), not 'an hour'"),
    ("minutes", "99999", "A workout lasts at most 1440 minutes (24 hours)"),
    ("minutes", "900", "That duration ends in the future"),
])
async def test_a_bad_start_or_duration_is_refused_as_the_add_form_refuses_it(history, clock, field, text, message):
    store, older, push = history
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_edit(app, pilot)
        form = app.screen
        form.query_one(f"#form-{field}", Input).value = text
        await pilot.press("ctrl+s")
        await until(pilot, lambda: message in str(form.query_one("#form-error").render()))
        assert app.screen is form and form.focused is form.query_one(f"#form-{field}")
    assert store.history.get(push.id) == push


async def until_screen(app, pilot, kind):
    await until(pilot, lambda: isinstance(app.screen, kind))
    await pilot.pause()
    return app.screen


async def open_today_from_the_calendar(app, pilot) -> DayWorkoutsScreen:
    await pilot.press("3")
    await until_screen(app, pilot, CalendarScreen)
    await pilot.press("enter")
    return await until_screen(app, pilot, DayWorkoutsScreen)


async def test_the_day_list_shows_an_edit_made_from_it(history, clock):
    store, older, push = history
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        day = await open_today_from_the_calendar(app, pilot)
        assert listed(day) == ["07:15  Push A  3 sets"]
        await pilot.press("enter")
        await until_screen(app, pilot, WorkoutDetailScreen)
        await pilot.press("e")
        form = await until_screen(app, pilot, EditWorkoutScreen)
        form.query_one("#form-sets").focus()
        await pilot.press("enter")  # set 1 becomes a warm-up
        await edit_in_set_editor(app, pilot, set_type="w")
        await until(pilot, lambda: app.screen is form)
        await pilot.press("ctrl+s")
        await until_screen(app, pilot, WorkoutDetailScreen)
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is day)
        await until(pilot, lambda: listed(day) == ["07:15  Push A  2 sets (under 3 sets: not counted)"])


async def test_a_workout_moved_to_another_day_leaves_the_day_list_it_was_opened_from(history, clock):
    store, older, push = history
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        day = await open_today_from_the_calendar(app, pilot)
        await pilot.press("enter")
        await until_screen(app, pilot, WorkoutDetailScreen)
        await pilot.press("e")
        form = await until_screen(app, pilot, EditWorkoutScreen)
        form.query_one("#form-date", Input).value = "2026-11-19"
        await pilot.press("ctrl+s")
        await until_screen(app, pilot, WorkoutDetailScreen)
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is day)
        await until(pilot, lambda: listed(day) == [] and day.query_one("#day-workouts-empty").display)


async def test_a_year_out_of_range_is_refused_on_the_add_form_too(history, clock):
    """0001-01-01 passed the date's checks and then stopped the app."""
    store, older, push = history
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_add(app, pilot)
        form = app.screen
        form.query_one("#form-date", Input).value = "0001-01-01"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: "the year 1 is out of range" in str(form.query_one("#form-error").render()))
        assert app.is_running and app.screen is form


@pytest.mark.parametrize("opened", [open_add, open_edit], ids=["add", "edit"])
async def test_a_bad_start_is_checked_again_as_its_date_or_time_is_typed_on_both_forms(history, clock, opened):
    """The add form checks its start again as the date or the time is typed, once it has said what is wrong; the
    edit form only on saving: a start in the future, put right with the time, still said so (the date was blamed),
    and a date typed wrong again hid the problem until ctrl+s."""
    store, older, push = history
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await opened(app, pilot)
        form = app.screen

        def says() -> str:
            return str(form.query_one("#form-error").render())

        date, time = form.query_one("#form-date", Input), form.query_one("#form-time", Input)
        date.value, time.value = "2026-11-20", "23:00"  # today, later than now (18:30)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: "That start is in the future" in says())
        date.value = "20261120"
        await until(pilot, lambda: "The date must look like 2026-11-20, not '20261120'" in says())
        date.value = "2026-11-20"
        await until(pilot, lambda: "That start is in the future" in says())
        time.value = "07:00"  # the date was blamed; the time puts the start right
        await until(pilot, lambda: "start" not in says() and "date" not in says())
        assert app.screen is form
    assert store.history.get(push.id) == push


async def picked_in_a_form(app, pilot, name: str) -> str:
    """ctrl+o, the exercise typed and picked: the count (reps or hold) the set editor opens on; escape leaves it."""
    form = app.screen
    await pilot.press("ctrl+o", *name)
    await until(pilot, lambda: app.screen is not form)
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(app.screen, SetEditor))
    count = app.screen.query_one("#count", Input).value
    await pilot.press("escape")
    await until(pilot, lambda: app.screen is form)
    return count


async def test_an_exercise_never_done_added_to_a_form_starts_from_the_bottom_of_an_added_exercises_target(
        store, clock):
    """A crunch and a plank added to a past workout opened on 1 rep and a 1 s hold: two sets of one were saved
    unnoticed. They open on what `A` in a workout plans: 8 reps, a 30 s hold."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_add(app, pilot)
        assert await picked_in_a_form(app, pilot, "crunch") == "8"
        assert await picked_in_a_form(app, pilot, "plank") == "30"


async def test_an_exercise_added_to_a_form_starts_from_its_last_sets_not_from_one_rep(history, clock):
    store, older, push = history
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_add(app, pilot)
        assert await picked_in_a_form(app, pilot, "plank") == "40", "last time's hold"
        assert await picked_in_a_form(app, pilot, "push-up") == "20", "last time's first set"
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await open_edit(app, pilot)  # Push A: its push-ups are the newest, and on the form
        assert await picked_in_a_form(app, pilot, "push-up") == "12", "the form's last push-up set"
        assert await picked_in_a_form(app, pilot, "plank") == "40"


async def test_a_set_with_no_load_opens_in_the_settings_unit(history, clock):
    """A user in lb opened a bodyweight set of a past workout: "Unit kg", and the 50 typed was saved as 50 kg."""
    store, _, push = history
    store.settings.save(store.settings.get().changed(units="lb"))
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await open_edit(app, pilot)  # Push A: push-ups with no load
        form = app.screen
        form.set_focus(form.query_one("#form-sets", DataTable))
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, SetEditor))
        assert app.screen.query_one("#unit", Input).value == "lb"


async def test_a_set_the_set_editor_cannot_open_is_not_copied_into_the_form(store, clock):
    """ctrl+n on an import's 1000 push-ups added a copy the set editor could not open, which saving then refused
    (as "Set 4" of a form listing it third), until it was found and removed."""
    done = finished("Push and pull", 2026, 11, 19, 18, 0, sets=[
        a_set("push-up", reps=20), a_set("band-row", reps=12), a_set("push-up", reps=1000)])  # an import's
    store.history.save(done)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await open_edit(app, pilot)
        form = app.screen
        table = form.query_one("#form-sets", DataTable)
        table.focus()
        await pilot.press("down", "ctrl+n")  # listed second: the 1000 push-ups
        await until(pilot, lambda: "This set cannot be copied here: reps must be from 0 to 500." in toasts(app))
        assert table.row_count == 3 and table.cursor_row == 1
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not isinstance(app.screen, EditWorkoutScreen))
    assert [s.reps for s in store.history.get(done.id).sets] == [20, 12, 1000]


async def test_the_edit_form_numbers_the_sets_as_the_workouts_page_and_keeps_the_order_they_were_done_in(store, clock):
    """A workout gone back to an exercise (push-ups, band rows, then the last push-ups): its page lists the
    push-ups together, and the edit form listed the sets as logged, so "set 3" on the page was another set there."""
    done = finished("Push and pull", 2026, 11, 19, 18, 0, sets=[
        a_set("push-up", reps=20), a_set("band-row", reps=12), a_set("push-up", reps=15)])
    store.history.save(done)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_history(app, pilot)
        await pilot.press("enter")
        page = await until_screen(app, pilot, WorkoutDetailScreen)
        listed_on_page = [cells(page, "#detail-sets", row) for row in range(3)]
        assert [row["Exercise"] for row in listed_on_page] == ["Push-up", "Push-up", "Band row"]
        await pilot.press("e")
        form = await until_screen(app, pilot, EditWorkoutScreen)
        assert [cells(form, "#form-sets", row) for row in range(3)] == listed_on_page
        form.query_one("#form-sets").focus()
        await pilot.press("down", "enter")  # set 2, as the page numbers it: the last push-ups
        await edit_in_set_editor(app, pilot, count="16")
        await until(pilot, lambda: cells(form, "#form-sets", 1)["Reps"] == "16")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.screen is page)
    saved = store.history.get(done.id)
    assert [(s.id, s.reps) for s in saved.sets] == [(done.sets[0].id, 20), (done.sets[1].id, 12), (done.sets[2].id, 16)]


async def note_typed_into(history, clock, note: str, *keys: str) -> str:
    """The newest workout's note `note`, then its edit form: tab to the note as a user does, type keys, ctrl+s;
    the note saved."""
    store, _, newest = history
    store.history.save(replace(newest, note=note))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await open_edit(app, pilot)
        form = app.screen
        for _ in range(10):
            if getattr(app.focused, "id", None) == "form-note":
                break
            await pilot.press("tab")
        assert app.focused.id == "form-note"
        await pilot.press(*keys, "ctrl+s")
        await until(pilot, lambda: app.screen is not form)
    return store.history.get(newest.id).note


async def test_a_note_tabbed_into_is_not_lost_to_one_backspace(history, clock):
    """Tabbing into a field selected all its text: one backspace then erased a 500-character note, and ctrl+s
    saved the loss. A note's field takes the cursor to its end; a figure's field is still selected to type over."""
    note = "Felt strong; " * 30
    assert await note_typed_into(history, clock, note, "backspace", "!") == note[:-1] + "!"


async def test_a_note_longer_than_its_field_takes_can_be_cut_down(history, clock):
    """An import keeps another app's 520-character note whole; in the edit form no key changed it (Textual refuses
    an edit that leaves a text over its field's length), so it could not be cut to the 500 the form keeps."""
    assert await note_typed_into(history, clock, "x" * 520, *["backspace"] * 20) == "x" * 500


async def test_the_exercise_picker_over_a_past_workouts_form_on_a_phone_draws_one_frame(history, clock):
    """At 40 columns the picker, a column narrower than the form under it, drew its frame beside the form's:
    "╭╭" at the top corner and "││" down each side."""
    from tests.app.test_calendar_screen import screen_lines
    from tui.screens.pickers import ExercisePickerScreen

    store, _, _ = history
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await open_edit(app, pilot)
        await pilot.press("ctrl+o")
        await until(pilot, lambda: isinstance(app.screen, ExercisePickerScreen))
        await pilot.pause()
        drawn = screen_lines(app)
        assert any("Add an exercise" in line for line in drawn)
        assert not any("╭╭" in line or "││" in line for line in drawn), "\n".join(drawn)
