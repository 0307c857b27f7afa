"""The History screen as a user drives it: open, edit, delete and add workouts (checked in the store),
progress charts and personal records."""

from __future__ import annotations

import re
from dataclasses import replace

import pendulum
import pytest
from textual.geometry import Region
from textual.widgets import DataTable, Input, OptionList, Select, Static, TabbedContent

from tests.app.test_routines_screen import own_routine
from tests.app.test_user_keymap import screen_text
from tests.app.test_workout_loop import toasts
from tests.app.waiting import until
from tests.builders import a_set, a_streak_begun_in_2025, a_workout, moment
from tui.app import make_app
from tui.domain.catalogue.custom_exercises import CustomExercise
from tui.domain.progress.metrics import Metric
from tui.domain.ranges import IntRange
from tui.screens.calendar import CalendarScreen
from tui.screens.confirm import ConfirmScreen
from tui.screens.day_workouts import DayWorkoutsScreen
from tui.screens.history import HistoryScreen
from tui.screens.pickers import ExercisePickerScreen
from tui.screens.routine_editor import RoutineEditorScreen
from tui.screens.routines import RoutinesScreen
from tui.screens.set_editor import SetEditor
from tui.screens.settings import SettingsScreen
from tui.screens.workout import WorkoutScreen
from tui.screens.workout_add import AddWorkoutScreen
from tui.screens.workout_detail import WorkoutDetailScreen
from tui.screens.workout_edit import EditWorkoutScreen
from tui.store.open import open_store
from tui.widgets.footer import Footer
from tui.widgets.progress_chart import ProgressChart
from tui.widgets.records_table import RecordsTable
from tui.widgets.workout_list import PAGE, WIDEST


def finished(name, *when, sets=()):
    start = moment(*when)
    workout = a_workout(at=start, name=name)
    return replace(workout, sets=tuple(replace(s, logged_at=start) for s in sets), finished_at=start)


@pytest.fixture
def history(store):
    older = finished("Upper-back trio", 2026, 11, 10, 18, 0, sets=[
        a_set("band-row", reps=10), a_set("band-row", reps=12), a_set("plank", reps=None, hold_s=40)])
    newer = finished("Ab workout for runners", 2026, 11, 18, 7, 15, sets=[
        a_set("crunch", reps=20), a_set("crunch", reps=25), a_set("dumbbell-row", reps=10, load=12.0)])
    store.history.save(older)
    store.history.save(newer)
    return store, older, newer


async def open_history(app, pilot) -> HistoryScreen:
    await pilot.press("4")
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(app.screen, HistoryScreen)
    return app.screen


async def deleted_with_d(app, pilot) -> None:
    """`d` on the workout in the list or on its page, the deletion confirmed, and said."""
    from tui.screens.confirm import ConfirmScreen

    await pilot.press("d")
    await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
    await pilot.press("y")
    await until(pilot, lambda: "Deleted" in toasts(app))


async def open_older_workout(app, pilot) -> None:
    """History, then the page of the workout under the first one (the fixture's older, "Upper-back trio")."""
    await open_history(app, pilot)
    await pilot.press("down", "enter")
    await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))


async def form_opened(app, pilot, key: str, form_class):
    """History, then the form a key opens (`e` edits the workout under the cursor, `a` adds one)."""
    await open_history(app, pilot)
    await pilot.press(key)
    await until(pilot, lambda: isinstance(app.screen, form_class))
    return app.screen


def cells(screen, table_id: str, row: int) -> dict[str, str]:
    """A row of a sets table by its columns' titles (a column no set fills is not shown, so not there), each cell's
    text as read, its wrapped lines joined."""
    table = screen.query_one(table_id, DataTable)
    return {str(column.label): " ".join(str(cell).split())
            for column, cell in zip(table.columns.values(), table.get_row_at(row))}


def rows(app) -> list[list[str]]:
    table = app.screen.query_one("#history-list", DataTable)
    return [[str(cell) for cell in table.get_row_at(index)] for index in range(table.row_count)]


async def test_workouts_are_listed_newest_first(history, clock):
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(app, pilot)
        assert rows(app) == [
            ["Wed 18 Nov 2026", "07:15", "Ab workout for runners", "3", "", "120 kg"],
            ["Tue 10 Nov 2026", "18:00", "Upper-back trio", "3", "", ""],
        ]


async def test_the_list_shows_each_workouts_duration_and_volume_and_a_short_one_in_seconds(store, clock):
    quick = finished("Quick plank", 2026, 11, 18, 7, 15, sets=[a_set("plank", reps=None, hold_s=40)])
    store.history.save(replace(quick, finished_at=moment(2026, 11, 18, 7, 15, 42)))
    long = finished("Presses", 2026, 11, 19, 18, 0, sets=[a_set("bench-press", reps=10, load=1000.0, unit="lb")])
    store.history.save(replace(long, finished_at=moment(2026, 11, 19, 19, 5)))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(app, pilot)
        assert [row[2:] for row in rows(app)] == [["Presses", "1", "1 h 05 min", "4,535.9 kg"],
                                                  ["Quick plank", "1", "42 s", ""]]
        await pilot.press("down", "enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        heading = str(app.screen.query_one("#detail-heading").render())
        assert "07:15 (Europe/Paris), 42 s, 1 set" in heading and "0 min" not in heading


async def test_back_on_history_the_list_is_as_left_or_shows_what_changed_meanwhile(history, clock):
    # The list is built again only when what it shows changed: a return to it must still show every change.
    store, older, newer = history
    app = make_app(store, clock)

    async def away_and_back(key: str, screen_type) -> None:
        await pilot.press(key)
        await until(pilot, lambda: isinstance(app.screen, screen_type))
        await pilot.press("4")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))

    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_history(app, pilot)
        await pilot.press("down")
        await away_and_back("3", CalendarScreen)
        assert screen.query_one("#history-list", DataTable).cursor_row == 1 and len(rows(app)) == 2
        store.history.save(finished("Push day", 2026, 11, 20, 18, 0, sets=[a_set("push-up", reps=15)]))
        await away_and_back("3", CalendarScreen)
        assert [row[2] for row in rows(app)] == ["Push day", "Ab workout for runners", "Upper-back trio"]
        await pilot.press("comma")
        await until(pilot, lambda: isinstance(app.screen, SettingsScreen))
        app.screen.query_one("#units", Select).value = "lb"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        assert rows(app)[1][-1].endswith(" lb")


def many_workouts(store, count: int = PAGE * 2 + 30) -> list:
    """Two pages and more of workouts, one every third day from 2016, "Workout 0" the oldest."""
    days = pendulum.datetime(2016, 1, 4, 18, tz="Europe/Paris")
    workouts = [finished(f"Workout {number}", *days.add(days=3 * number).timetuple()[:5],
                         sets=[a_set("push-up", reps=10)]) for number in range(count)]
    store.history.save_many(workouts)
    return workouts


async def test_ten_years_of_workouts_are_listed_a_page_at_a_time_down_to_the_first(store, clock):
    workouts = many_workouts(store)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_history(app, pilot)
        table = screen.query_one("#history-list", DataTable)
        assert table.row_count == PAGE, "a page of rows, not one per workout"
        assert rows(app)[0][2] == f"Workout {len(workouts) - 1}"
        for _ in range(30):  # a page more each time the cursor nears the last row built, as a user goes down
            await pilot.press("pagedown")
        await until(pilot, lambda: table.row_count == len(workouts))
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        assert "Workout 0" in str(app.screen.query_one("#detail-heading").render())


async def test_taps_on_the_scrollbar_page_down_to_the_first_workout_as_a_phone_without_keys_or_wheel_does(store,
                                                                                                       clock):
    """On a phone (`serve`), a tap on the scrollbar's track is the way down the list. The list stopped at the window's
    last row, a few months back: only the keys and the wheel built more."""
    many_workouts(store)
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        screen = await open_history(app, pilot)
        table = screen.query_one("#history-list", DataTable)
        track_foot = (table.outer_size.width - 1, table.outer_size.height - 1)
        where = None
        while where != (table.scroll_y, table.row_count):  # until a tap moves nothing: the thumb is at the foot
            where = (table.scroll_y, table.row_count)
            await pilot.click("#history-list", offset=track_foot)
            await pilot.pause()
        assert "Workout 0" in rows(app)[-1][0], "the list goes down to the oldest workout"
        assert table.max_scroll_y - table.scroll_y < table.size.height, "shown at the foot of the list"


async def test_enter_opens_a_workout_with_its_sets(history, clock):
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(app, pilot)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, WorkoutDetailScreen)
        assert app.screen.workout.id == older.id
        heading = str(app.screen.query_one("#detail-heading").render())
        assert "Upper-back trio" in heading and "Tuesday 10 November 2026, 18:00 (Europe/Paris)" in heading
        assert cells(app.screen, "#detail-sets", 2) == {"#": "3", "Exercise": "Plank", "Reps": "", "Hold": "40 s"}
        await pilot.press("escape")
        assert isinstance(app.screen, HistoryScreen)


async def edit_in_set_editor(app, pilot, **fields: str) -> None:
    """In the live set editor that just opened, replace the given fields' text and use the values."""
    await until(pilot, lambda: isinstance(app.screen, SetEditor))
    editor = app.screen
    for field, text in fields.items():
        editor.query_one(f"#{field.replace('_', '-')}", Input).value = text
    await pilot.press("ctrl+s")
    await until(pilot, lambda: app.screen is not editor)


async def test_editing_name_note_and_every_field_of_a_set_is_saved(history, clock):
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await form_opened(app, pilot, "e", EditWorkoutScreen)
        form.query_one("#form-name", Input).value = "Ab workout, short"
        form.query_one("#form-note", Input).value = "windy"
        form.query_one("#form-sets").focus()
        await pilot.press("down", "down", "enter")  # the dumbbell row: the same editor as a set logged live
        await edit_in_set_editor(app, pilot, count="8", load="20", unit="lb", bands="red+green", side="l", rpe="8.5",
                                 set_type="f", note="last one slow")
        await until(pilot, lambda: cells(form, "#form-sets", 2) == {
            "#": "3", "Exercise": "One-arm dumbbell row", "Type": "F", "Reps": "8", "Load": "20 lb", "Side": "L",
            "Band": "red+green", "RPE": "8.5", "Note": "last one slow"})
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        saved = store.history.get(newer.id)
        assert saved.name == "Ab workout, short" and saved.note == "windy"
        row = saved.sets[2]
        assert (row.reps, row.load, row.unit, row.bands, row.side, row.rpe, row.set_type, row.note) == (
            8, 20.0, "lb", ("red", "green"), "L", 8.5, "failure", "last one slow")
        assert [s.id for s in saved.sets] == [s.id for s in newer.sets]  # edited in place, not replaced
        assert rows(app)[0][2] == "Ab workout, short"


async def test_an_imported_set_of_reps_and_a_hold_loses_neither_unseen_in_the_set_form(store, clock):
    """Strong's plank row of 1 rep and 45 s: the form showed the 45 s alone, and enter on it dropped the rep; a
    bench press of 9 reps and 30 s lost its 30 s. Both counts show; a set keeps one, and the user says which."""
    plank = a_set("plank", reps=1, hold_s=45)
    workout = finished("Imported", 2026, 11, 18, 7, 15, sets=[plank])
    store.history.save(workout)
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        form = await form_opened(app, pilot, "e", EditWorkoutScreen)
        form.query_one("#form-sets").focus()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, SetEditor))
        editor = app.screen
        counts = [(label, editor.query_one(f"#{field}", Input).value) for field, label in
                  (("count", "Hold (s)"), ("other-count", "Reps")) if editor.query_one(f"#{field}").display]
        assert counts == [("Hold (s)", "45"), ("Reps", "1")]
        await pilot.press("enter")  # as it is: refused, nothing dropped
        problem = editor.query_one("#set-editor-error", Static)
        await until(pilot, lambda: "clear the reps" in str(problem.render()))
        assert app.screen is editor and editor.focused is editor.query_one("#other-count")
        await pilot.press("ctrl+u", "enter")  # the rep cleared: the hold it is
        await until(pilot, lambda: app.screen is form)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
    (kept,) = store.history.get(workout.id).sets
    assert (kept.id, kept.reps, kept.hold_s) == (plank.id, None, 45)


async def test_a_note_with_line_breaks_shows_on_its_one_line_field_and_is_kept_as_it_was(store, clock):
    """Hevy's descriptions have line breaks: in a one-line field the second line was drawn over the form's border
    and the row under it. Each shows as ↵, and the note saved keeps its line breaks."""
    workout = finished("Push", 2026, 11, 18, 7, 15, sets=[a_set("push-up", reps=10, note="slow\r\ndown")])
    store.history.save(replace(workout, note="multi\nline note"))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await form_opened(app, pilot, "e", EditWorkoutScreen)
        note = form.query_one("#form-note", Input)
        assert note.value == "multi↵line note"
        note.focus()
        await pilot.press("end", *" X")
        form.query_one("#form-sets").focus()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, SetEditor))
        assert app.screen.query_one("#note", Input).value == "slow↵down"
        await edit_in_set_editor(app, pilot, count="12")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
    saved = store.history.get(workout.id)
    assert saved.note == "multi\nline note X" and (saved.sets[0].reps, saved.sets[0].note) == (12, "slow\ndown")


async def test_sets_are_added_like_the_one_under_the_cursor_and_removed(history, clock):
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await form_opened(app, pilot, "e", EditWorkoutScreen)
        form.query_one("#form-sets").focus()
        await pilot.press("down", "ctrl+n")  # a third crunch set, after the second, as Strong adds one
        await edit_in_set_editor(app, pilot, count="30")
        await until(pilot, lambda: form.query_one("#form-sets").row_count == 4)
        assert cells(form, "#form-sets", 2) == {"#": "3", "Exercise": "Crunch", "Reps": "30", "Load": ""}
        await pilot.press("ctrl+n")
        await until(pilot, lambda: isinstance(app.screen, SetEditor))
        await pilot.press("escape")  # a set added and cancelled goes away again
        await until(pilot, lambda: app.screen is form and form.query_one("#form-sets").row_count == 4)
        await pilot.press("up", "up", "up", "ctrl+r")  # the first crunch set goes
        await until(pilot, lambda: form.query_one("#form-sets").row_count == 3)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        saved = store.history.get(newer.id)
        assert [(s.exercise_id, s.reps) for s in saved.sets] == [("crunch", 25), ("crunch", 30), ("dumbbell-row", 10)]
        assert saved.sets[0].id == newer.sets[1].id and saved.sets[2].id == newer.sets[2].id
        assert saved.sets[1].id not in {s.id for s in newer.sets}


async def test_loads_show_their_own_unit_in_the_form_and_the_detail(store, clock):
    mixed = finished("Presses", 2026, 11, 18, 7, 15, sets=[
        a_set("bench-press", reps=10, load=40.0), a_set("bench-press", reps=8, load=90.0, unit="lb"),
        a_set("bench-press", reps=8, load=40.0, rpe=9.0)])
    store.history.save(mixed)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(app, pilot)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        detail = app.screen
        assert [cells(detail, "#detail-sets", row)["Load"] for row in range(3)] == ["40 kg", "90 lb", "40 kg"]
        assert cells(detail, "#detail-sets", 2)["RPE"] == "9"
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, EditWorkoutScreen))
        assert [cells(app.screen, "#form-sets", row)["Load"] for row in range(3)] == ["40 kg", "90 lb", "40 kg"]


async def test_a_set_keeps_reps_or_a_hold_never_both_and_every_problem_shows_at_once(store, clock):
    both = finished("Odd import", 2026, 11, 18, 7, 15, sets=[
        a_set("plank", reps=10, hold_s=30, load=40.0), a_set("push-up", reps=12), a_set("plank", reps=5, hold_s=20)])
    store.history.save(both)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await form_opened(app, pilot, "e", EditWorkoutScreen)
        form.query_one("#form-name", Input).value = ""
        form.query_one("#form-note", Input).value = "x" * 501
        form.query_one("#form-sets").focus()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, EditWorkoutScreen)
        assert str(form.query_one("#form-error").render()).splitlines() == [
            "The workout needs a name",  # the edit form has no routine to pick, as the add form has
            "The note is too long: at most 500 characters",
        ]
        assert form.focused is form.query_one("#form-name")  # the first field at fault
        assert store.history.get(both.id) == both
        await pilot.press("x")  # typing a name clears its problem and leaves the other
        await until(pilot, lambda: str(form.query_one("#form-error").render()).splitlines() == [
            "The note is too long: at most 500 characters"])
        form.query_one("#form-note", Input).value = ""
        form.query_one("#form-sets").focus()
        await pilot.press("enter")  # a plank logged with reps and a hold: the editor shows both, the user clears one
        await edit_in_set_editor(app, pilot, other_count="")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        saved = store.history.get(both.id)
        # The set changed has one count; the one left alone stays as it was imported.
        assert [(s.reps, s.hold_s) for s in saved.sets] == [(None, 30), (12, None), (5, 20)]


async def test_a_bad_value_is_refused_by_the_set_editor_and_nothing_is_saved(history, clock):
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(app, pilot)
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, EditWorkoutScreen))
        app.screen.query_one("#form-sets").focus()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, SetEditor))
        app.screen.query_one("#count", Input).value = "lots"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SetEditor)
        error = str(app.screen.query_one("#set-editor-error").render())
        assert "reps must be a whole number, not 'lots'" in error
        await pilot.press("escape", "escape")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        assert store.history.get(newer.id) == newer


async def test_delete_asks_first_and_keep_keeps_it(history, clock):
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(app, pilot)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Delete “Ab workout for runners” of Wed 18 Nov 2026, 07:15?" in str(
            app.screen.query_one(".dialog-title").render())
        assert str(app.screen.query_one(".dialog-text").render()).startswith(
            "Everything logged in it goes with it (3 sets), ")  # counted as its page counts them
        await pilot.press("n")
        await pilot.pause()
        assert store.history.get(newer.id) is not None
        await pilot.press("d", "y")
        await pilot.pause()
        assert store.history.get(newer.id) is None
        assert [s.id for s in store.history.summaries()] == [older.id]
        assert [r[2] for r in rows(app)] == ["Upper-back trio"]


@pytest.mark.parametrize("size, keys", [((80, 24), ["d"]), ((40, 20), ["ctrl+p", *"delete this", "enter"])],
                         ids=["d", "the palette on a phone, whose footer has no room for d"])
async def test_delete_from_the_open_workout(history, clock, size, keys):
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        await open_older_workout(app, pilot)
        await pilot.press(*keys)
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        assert store.history.get(older.id) is None


@pytest.mark.parametrize("words, tab", [("records", "records"), ("charts", "progress"), ("past workouts", "workouts")])
async def test_on_a_phone_the_palette_opens_each_tab(history, clock, words, tab):
    """At 40 columns the footer has no room for g or r, and "rec" in the palette found only routines to start."""
    store, _, _ = history
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        screen = await open_history(app, pilot)
        if tab == "workouts":
            await pilot.press("r")
        await pilot.press("ctrl+p", *words, "enter")
        await until(pilot, lambda: screen.query_one(TabbedContent).active == tab)


async def test_on_a_phone_the_palette_goes_to_the_first_workout_and_back_to_the_newest(store, clock):
    """With taps alone, years of workouts took a tap on the scrollbar per screen, and a page more per few months."""
    many_workouts(store)
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        screen = await open_history(app, pilot)
        listed = screen.query_one("#history-list", DataTable)
        await pilot.press("ctrl+p", *"first workout", "enter")
        await until(pilot, lambda: listed.under_cursor is not None and listed.under_cursor.name == "Workout 0")
        await until(pilot, lambda: "Workout 0 " in screen_text(app) + " ")
        await pilot.press("ctrl+p", *"newest workout", "enter")
        await until(pilot, lambda: listed.under_cursor.name == f"Workout {PAGE * 2 + 29}")


@pytest.mark.parametrize("size", [(40, 20), (80, 24)])
async def test_a_workout_before_the_rollover_hour_is_listed_under_the_day_it_counts_for(store, clock, size):
    """With days rolling over at 04:00, a workout begun at 00:30 on Thursday counts for Wednesday in the Calendar,
    the streak and the records; History listed it under Thursday, beside its record "first reached Wed 18 Nov"."""
    store.settings.save(store.settings.get().changed(time_zone="Europe/Paris", rollover_hour=4))
    store.history.save(finished("Late presses", 2026, 11, 19, 0, 30, sets=[a_set("bench-press", reps=5, load=60.0)]))
    store.history.save(finished("Evening rows", 2026, 11, 17, 18, 0, sets=[a_set("band-row", reps=12)]))
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        await open_history(app, pilot)
        late, evening = rows(app)
        if size == (80, 24):
            assert late[:3] == ["Wed 18 Nov 2026", "Thu 00:30", "Late presses"]
            assert evening[:3] == ["Tue 17 Nov 2026", "18:00", "Evening rows"]
        else:  # a phone's list: the day and the time over the name
            assert late[0].startswith("Wed 18 Nov 2026 Thu 00:30"), late
            assert evening[0].startswith("Tue 17 Nov 2026 18:00"), evening
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        heading = " ".join(str(app.screen.query_one("#detail-heading").render()).split())
        assert "Thursday 19 November 2026, 00:30 (Europe/Paris)" in heading  # the moment it began, as it was
        assert "Counts for Wednesday 18 November 2026: your days roll over at 04:00." in heading
        await pilot.press("escape")
        table = await records_shown(app, pilot)
        dated = " ".join(str(cell) for index in range(table.row_count) for cell in table.get_row_at(index))
        assert "Wed 18 Nov 2026" in dated and "Thu 19 Nov" not in dated


async def records_shown(app, pilot) -> DataTable:
    """History's Records tab, once its rows are in."""
    screen = await open_history(app, pilot)
    await pilot.press("r")
    table = screen.query_one("#records-table", DataTable)
    await until(pilot, lambda: table.row_count > 0)
    return table


async def test_a_record_s_kind_is_whole_on_a_phone(store, clock):
    """ "estimated 1RM (Epley)" was cut to "estimated 1RM (Epl…" at 40 columns: it wraps under the exercise."""
    store.history.save(finished("Presses", 2026, 11, 18, 7, 15, sets=[a_set("bench-press", reps=5, load=90.0)]))
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        table = await records_shown(app, pilot)
        kinds = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        assert kinds[-1] == "estimated 1RM\n(Epley)" and not any("…" in kind for kind in kinds)


@pytest.mark.parametrize("size", [(40, 20), (80, 24)])
async def test_s_on_an_open_workout_does_it_again_as_it_was_done(history, clock, size):
    """An empty workout built exercise by exercise had to be built again the next time (Strong: "Perform again")."""
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        await open_older_workout(app, pilot)  # two band rows, a plank
        assert "s Do again" in app.screen.query_one(Footer).render().plain, "on a phone's footer too"
        await pilot.press("s")
        await until(pilot, lambda: isinstance(app.screen, WorkoutScreen) and app.session is not None)
        session = app.session
        assert session.workout.name == "Upper-back trio" and session.workout.id != older.id
        assert [(slot.exercise_id, slot.target_text()) for slot in session.plan] == [
            ("band-row", "10-12 reps"), ("band-row", "10-12 reps"), ("plank", "40 s hold")]
        assert "Upper-back trio" in screen_text(app)
        await pilot.press("space")
        await until(pilot, lambda: len(store.workout.current().sets) == 1)
        # One workout at a time: asked again, it says so and the one in progress goes on.
        await pilot.press("4")  # back to the workout's page, where History was left
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        await pilot.press("s")
        await until(pilot, lambda: any("already in progress" in str(n.message) for n in app._notifications))
        assert app.session is session and len(store.workout.current().sets) == 1


@pytest.mark.parametrize("size, keys", [((80, 24), ["R"]), ((40, 20), ["ctrl+p", *"as a routine", "enter"])],
                         ids=["R", "the palette on a phone, whose footer has no room for R"])
async def test_r_on_an_open_workout_makes_it_a_routine_of_your_own_named_and_checked_in_the_editor(
        history, clock, size, keys):
    """Strong's "Save as template": an empty workout that went well could only be redone from History."""
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        await open_older_workout(app, pilot)
        await pilot.press(*keys)
        await until(pilot, lambda: isinstance(app.screen, RoutineEditorScreen))
        # Its name is a shipped routine's: the editor starts from a free one, nothing saved yet.
        assert app.screen.query_one("#name", Input).value == "Upper-back trio (copy)"
        assert store.routines.all() == []
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        (saved,) = store.routines.all()
        assert saved.name == "Upper-back trio (copy)" and not saved.shipped
        assert [(e.exercise_id, e.sets, e.reps, e.hold_s) for e in saved.entries] == [
            ("band-row", IntRange(2, 2), IntRange(10, 12), None), ("plank", IntRange(1, 1), None, IntRange(40, 40))]
        await pilot.press("1")  # under Your routines, to start from there
        await until(pilot, lambda: isinstance(app.screen, RoutinesScreen))
        routines = app.screen.query_one("#routine-list")
        await until(pilot, lambda: any("Upper-back trio (copy)" in option.prompt.plain for option in routines.options))


async def test_r_on_a_workout_named_longer_than_a_routine_may_be_opens_a_name_the_editor_keeps(history, clock):
    """A workout may be named with 80 characters, a routine 60: R opened the editor on the whole name, and its
    save refused it ("keep it to 60 characters (it has 70)")."""
    store, older, _ = history
    store.history.save(replace(older, name="Long Saturday session " * 3 + "end"))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_history(app, pilot)
        await pilot.press("down", "R")
        await until(pilot, lambda: isinstance(app.screen, RoutineEditorScreen))
        assert app.screen.query_one("#name", Input).value == ("Long Saturday session " * 3)[:60].rstrip()
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not isinstance(app.screen, RoutineEditorScreen))
    assert [routine.name for routine in store.routines.all()] == [("Long Saturday session " * 3)[:60].rstrip()]


@pytest.mark.parametrize("key", ["s", "R"])
async def test_s_and_r_on_the_list_act_on_the_workout_under_the_cursor_as_on_its_page(history, clock, key):
    """README lists them with `e` and `d`, which act on the list; pressed there, they did nothing and said nothing."""
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await open_history(app, pilot)
        await pilot.press("down", key)  # the older workout, "Upper-back trio"
        if key == "s":
            await until(pilot, lambda: isinstance(app.screen, WorkoutScreen) and app.session is not None)
            assert [(slot.exercise_id, slot.target_text()) for slot in app.session.plan] == [
                ("band-row", "10-12 reps"), ("band-row", "10-12 reps"), ("plank", "40 s hold")]
        else:
            await until(pilot, lambda: isinstance(app.screen, RoutineEditorScreen))
            assert app.screen.query_one("#name", Input).value == "Upper-back trio (copy)"


async def test_adding_a_workout_from_a_routine_fills_its_sets_and_saves_it(history, clock):
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, AddWorkoutScreen)
        form = app.screen
        assert form.query_one("#form-date", Input).value == "2026-11-20"
        form.query_one("#form-date", Input).value = "2026-11-19"
        form.query_one("#form-time", Input).value = "06:45"
        form.query_one("#form-minutes", Input).value = "35"
        form.query_one("#form-routine", Select).value = "runner-ab-workout"
        await until(pilot, lambda: form.query_one("#form-sets").row_count == 12)
        assert form.query_one("#form-name", Input).value == "Ab workout for runners"
        # Each set from the one done in its place last time (20 and 25 crunches), as a workout's first sets are;
        # the third, which last time had not, as the second.
        assert [cells(form, "#form-sets", row)["Reps"] for row in range(3)] == ["20", "25", "25"]
        form.query_one("#form-sets").focus()
        await pilot.press("enter")
        await edit_in_set_editor(app, pilot, count="28", set_type="w")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        added = [s for s in store.history.summaries() if s.local_date.isoformat() == "2026-11-19"]
        assert len(added) == 1 and added[0].sets == 11  # the first set became a warm-up: it does not count
        workout = store.history.get(added[0].id)
        assert workout.routine_id == "runner-ab-workout" and len(workout.sets) == 12
        assert (workout.sets[0].reps, workout.sets[0].set_type) == (28, "warmup")
        assert workout.started_at.zone == app.settings.zone and workout.started_at.local.hour == 6
        assert rows(app)[0][:3] == ["Thu 19 Nov 2026", "06:45", "Ab workout for runners"]
        assert rows(app)[0][4] == "35 min", "how long it took, as typed"


async def test_an_added_or_moved_workout_is_said_to_be_on_the_day_it_counts_for(store, clock):
    """Added at 00:30 with days rolling over at 04:00, it was "Added ... on Thu 19 Nov" while the Calendar counted
    it on Wednesday; moved from 00:30 Thursday to 23:00 Wednesday, it is on the day it was on, and no move is said."""
    store.settings.save(store.settings.get().changed(time_zone="Europe/Paris", rollover_hour=4))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        form = await form_opened(app, pilot, "a", AddWorkoutScreen)
        form.query_one("#form-date", Input).value = "2026-11-19"
        form.query_one("#form-time", Input).value = "00:30"
        form.query_one("#form-routine", Select).value = "runner-ab-workout"
        await until(pilot, lambda: form.query_one("#form-sets").row_count == 12)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: "Added" in toasts(app))
        assert "Added “Ab workout for runners” on Wed 18 Nov 2026." in toasts(app)
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, EditWorkoutScreen))
        app.screen.query_one("#form-date", Input).value = "2026-11-18"
        app.screen.query_one("#form-time", Input).value = "23:00"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: "Saved" in toasts(app))
        assert "Saved “Ab workout for runners”." in toasts(app)


async def test_the_cursor_goes_to_a_workout_just_added_wherever_its_day_puts_it(history, clock):
    """It stayed on the newest: a workout added years back was out of sight, and enter opened another."""
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await form_opened(app, pilot, "a", AddWorkoutScreen)
        form.query_one("#form-date", Input).value = "2026-11-12"
        form.query_one("#form-routine", Select).value = "runner-ab-workout"
        await until(pilot, lambda: form.query_one("#form-sets").row_count == 12)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen) and len(app.screen.summaries) == 3)
        await until(pilot, lambda: app.screen.selected() is not None
                    and app.screen.selected().local_date.isoformat() == "2026-11-12")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        assert app.screen.workout.local_date.isoformat() == "2026-11-12"


async def test_the_list_has_the_columns_of_its_width_after_an_edit_saved_at_another_width(history, clock):
    """Edited at 100 columns, saved after the window shrank to a phone's 40 and back: the list was filled with a
    phone's rows under the wide columns, and its date column stayed 32 wide, cutting the volumes off."""
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        history_screen = await open_history(app, pilot)
        wide = rows(app)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, EditWorkoutScreen))
        app.screen.query_one("#form-name", Input).value = "Ab workout, short"
        await pilot.resize_terminal(40, 20)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        await pilot.resize_terminal(100, 30)
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is history_screen)
        await until(pilot, lambda: rows(app) == [[*wide[0][:2], "Ab workout, short", *wide[0][3:]], wide[1]])
        table = app.screen.query_one("#history-list", DataTable)
        assert [column.get_render_width(table) for column in table.columns.values()][0] == len("Wed 18 Nov 2026") + 2


async def test_picking_another_routine_asks_before_replacing_sets_the_user_changed(history, clock):
    """The sets entered were replaced with the new routine's, and the name with its name, without a word."""
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await form_opened(app, pilot, "a", AddWorkoutScreen)
        routine = form.query_one("#form-routine", Select)
        routine.value = "four-upper-body-exercises"
        await until(pilot, lambda: form.query_one("#form-sets").row_count == 15)
        routine.value = "runner-ab-workout"  # nothing changed yet: replaced at once
        await until(pilot, lambda: form.query_one("#form-sets").row_count == 12)
        form.query_one("#form-sets").focus()
        await pilot.press("enter")
        await edit_in_set_editor(app, pilot, count="28")
        routine.value = "four-upper-body-exercises"
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert app.screen.question == ("Replace the 12 sets in this form, and its name, with the planned sets of Four "
                                       "upper-body moves for running?")
        await pilot.press("n")  # keep mine
        await until(pilot, lambda: app.screen is form and routine.value == "runner-ab-workout")
        await pilot.pause()
        assert form.query_one("#form-sets").row_count == 12 and form.sets[0].reps == 28
        routine.value = "four-upper-body-exercises"
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await until(pilot, lambda: form.query_one("#form-sets").row_count == 15)
        assert form.query_one("#form-name", Input).value == "Four upper-body moves for running"


@pytest.mark.parametrize("key", ["a", "e"])
async def test_an_impossible_date_and_time_are_both_said_at_once(history, clock, key):
    """With both impossible, only the date was said; the time's fault came after the date was put right."""
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await form_opened(app, pilot, key, AddWorkoutScreen if key == "a" else EditWorkoutScreen)
        form.query_one("#form-date", Input).value = "2026-11-31"
        form.query_one("#form-time", Input).value = "24:30"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: "not a date" in str(form.query_one("#form-error").render()))
        assert str(form.query_one("#form-error").render()).splitlines()[:2] == [
            "2026-11-31 is not a date: November 2026 has 30 days",
            "24:30 is not a time of day: hours go to 23, minutes to 59"]
        assert form.focused is form.query_one("#form-date")


def frozen_then_done(store, four_others) -> None:
    """The week of 9 Nov 2026 frozen, then done on Tuesday and Thursday (three sets each: it counts, and its
    freeze is handed back, not spent), then the four weeks of four_others frozen: 2026's four spent."""
    from datetime import date

    a_streak_begun_in_2025(store)
    store.freezes.freeze(date(2026, 11, 9), "monday")
    store.history.save_many([finished(name, 2026, 11, day, 18, 0, sets=[a_set("push-up", reps=10) for _ in range(3)])
                             for name, day in (("Tuesday", 10), ("Thursday", 12))])
    for day in four_others:
        store.freezes.freeze(day, "monday", {date(2026, 11, 9).toordinal()})


@pytest.mark.parametrize("where", ["list", "page", "moved by an edit"])
async def test_taking_a_workout_out_of_a_week_says_when_its_freeze_cannot_come_back(store, clock, where):
    """The week of 9 Nov frozen, then two workouts done in it (its freeze handed back), then four other weeks of 2026
    frozen: deleting one of its workouts left the week without its freeze (the year's four spent), unsaid."""
    from datetime import date

    frozen_then_done(store, [date(2026, 9, day) for day in (7, 14, 21, 28)])
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await open_history(app, pilot)
        if where == "moved by an edit":  # Thursday's, the newest, to the next week
            form = await form_opened(app, pilot, "e", EditWorkoutScreen)
            form.query_one("#form-date", Input).value = "2026-11-17"
            await pilot.press("ctrl+s")
            await until(pilot, lambda: "Saved" in toasts(app))
        else:
            if where == "page":
                await pilot.press("enter")
                await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
            await deleted_with_d(app, pilot)
        assert ("The week of Mon 09 Nov 2026 no longer counts, and the freeze you set on it stays off: 2026's 4 "
                "freezes are spent on other weeks." in toasts(app))


async def test_adding_sets_by_hand_with_every_problem_at_once_and_a_start_error_that_clears(history, clock):
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await form_opened(app, pilot, "a", AddWorkoutScreen)
        form.query_one("#form-date", Input).value = "2026-11-26"
        form.query_one("#form-time", Input).value = "25:99"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert str(form.query_one("#form-error").render()).splitlines() == [
            "25:99 is not a time of day: hours go to 23, minutes to 59",
            "The workout needs a name (or pick a routine)",
            "Add at least one set",
        ]
        assert form.focused is form.query_one("#form-time")  # the hour and minute are what is impossible
        form.query_one("#form-time", Input).value = "12:00"  # now a real time, but on a future date
        await until(pilot, lambda: "not a time of day" not in str(form.query_one("#form-error").render()))
        assert "in the future" in str(form.query_one("#form-error").render())
        form.query_one("#form-date", Input).value = "2026-11-20"
        await until(pilot, lambda: "in the future" not in str(form.query_one("#form-error").render()))
        form.query_one("#form-name", Input).value = "Hotel room push-ups"
        await pilot.press("ctrl+o")  # a set of an exercise picked by name
        await until(pilot, lambda: isinstance(app.screen, ExercisePickerScreen))
        await pilot.press(*"push up", "enter")
        await edit_in_set_editor(app, pilot, count="15")
        await pilot.press("ctrl+n", "ctrl+s", "ctrl+n", "ctrl+s")  # two more, each like the one before
        await until(pilot, lambda: app.screen is form and form.query_one("#form-sets").row_count == 3)
        await pilot.press("ctrl+r")
        await until(pilot, lambda: form.query_one("#form-sets").row_count == 2)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        summary = store.history.summaries()[-1]
        assert (summary.name, summary.sets, summary.local_date.isoformat()) == ("Hotel room push-ups", 2, "2026-11-20")
        workout = store.history.get(summary.id)
        assert [(s.exercise_id, s.reps) for s in workout.sets] == [("push-up", 15), ("push-up", 15)]


async def charts_listing(pilot, screen, exercises: int) -> OptionList:
    """`g`, until the charts list this many exercises: their list."""
    await pilot.press("g")
    listing = screen.query_one("#progress-exercises", OptionList)
    await until(pilot, lambda: listing.option_count == exercises)
    return listing


async def test_on_a_phone_the_palette_charts_the_next_measure(history, clock):
    """At 40 columns the footer has no room for m, and "metric" in the palette found nothing: a tap-only user saw
    reps charted, never a load or a volume."""
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        screen = await open_history(app, pilot)
        await pilot.press("g")
        await app.workers.wait_for_complete()
        await pilot.press("down", "down")
        chart = screen.query_one(ProgressChart)
        await until(pilot, lambda: chart.exercise_name == "One-arm dumbbell row" and chart.metric is Metric.BEST_REPS)
        await pilot.press("ctrl+p", *"next measure", "enter")
        await until(pilot, lambda: chart.metric is Metric.BEST_LOAD)


async def test_progress_charts_per_exercise_and_metric(history, clock):
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_history(app, pilot)
        await pilot.press("g")  # the charts load as their tab opens
        await app.workers.wait_for_complete()
        await pilot.pause()
        exercises = screen.query_one("#progress-exercises", OptionList)
        names = [str(exercises.get_option_at_index(i).prompt) for i in range(exercises.option_count)]
        assert names == ["Band row", "Crunch", "One-arm dumbbell row", "Plank"]
        chart = screen.query_one(ProgressChart)
        assert chart.exercise_name == "Band row" and chart.metric is Metric.BEST_REPS
        assert [s.best_reps for s in chart.sessions] == [12]
        # `m` goes round the measures the exercise has: a dumbbell row's reps, load and volume, never a hold.
        await pilot.press("down", "down", "m", "m")
        await pilot.pause()
        assert chart.exercise_name == "One-arm dumbbell row" and chart.metric is Metric.VOLUME
        await pilot.press("m")
        assert chart.metric is Metric.BEST_REPS
        await pilot.press("down")  # a plank has a hold only: that is what its chart shows
        await pilot.pause()
        assert chart.exercise_name == "Plank" and chart.metric is Metric.BEST_HOLD
        assert [s.best_hold for s in chart.sessions] == [40]
        await pilot.press("m")
        assert chart.metric is Metric.BEST_HOLD
        assert any("Plank has only its best hold to chart." in n.message for n in app._notifications)


async def test_the_charts_come_from_the_kept_summary_not_the_year_files(history, clock, data_dir):
    """Ten years of year files took about two seconds to read on each first visit to the charts after a workout.
    Here the year files are spoiled (their stamps kept, so the summary still counts as written for them): the
    charts can only come from the summary."""
    import os

    store, older, newer = history
    for year_file in data_dir.glob("history-*.json"):
        stamp = year_file.stat()
        year_file.write_bytes(b"x" * stamp.st_size)
        os.utime(year_file, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_history(app, pilot)
        await charts_listing(pilot, screen, 4)
        assert screen.query_one(ProgressChart).exercise_name == "Band row"


async def test_personal_records_per_exercise(history, clock):
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_history(app, pilot)
        await pilot.press("r")  # the records load as their tab opens
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = screen.query_one("#records-table", DataTable)
        found = [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]
        assert ["Crunch", "most reps", "25 reps", "Wed 18 Nov 2026"] in found
        assert ["One-arm dumbbell row", "most reps", "10 reps", "Wed 18 Nov 2026"] in found
        assert ["", "heaviest load", "12 kg", "Wed 18 Nov 2026"] in found
        assert ["Plank", "longest hold", "40 s", "Tue 10 Nov 2026"] in found
        # enter on a record opens the workout that set it, as Strong's and Hevy's records do (it did nothing).
        table.move_cursor(row=found.index(["Plank", "longest hold", "40 s", "Tue 10 Nov 2026"]))
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        assert app.screen.workout.id == older.id
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        # Back on the record it opened (the records are read again on the way back: the cursor was on the first).
        assert [str(c) for c in table.get_row_at(table.cursor_row)] == ["Plank", "longest hold", "40 s",
                                                                       "Tue 10 Nov 2026"]


async def test_g_on_a_record_charts_that_records_exercise_and_measure(history, clock):
    """`g` on Plank's record showed the chart of the first exercise listed, whatever the record."""
    store, _, _ = history
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_history(app, pilot)
        table = screen.query_one("#records-table", DataTable)
        charted = screen.query_one("#progress-exercises", OptionList)
        # The charts read at the first `g`, then shown; the dumbbell row's two records, one after the other.
        for exercise, row, measure in (("plank", ["Plank", "longest hold"], "hold"),
                                       ("crunch", ["Crunch", "most reps"], "reps"),
                                       ("dumbbell-row", ["", "heaviest load"], "load"),
                                       ("dumbbell-row", ["One-arm dumbbell row", "most reps"], "reps")):
            await pilot.press("r")
            await app.workers.wait_for_complete()
            await until(pilot, lambda: table.row_count > 0)
            rows = [[str(cell) for cell in table.get_row_at(index)[:2]] for index in range(table.row_count)]
            table.move_cursor(row=rows.index(row))
            await pilot.press("g")
            await app.workers.wait_for_complete()
            await until(pilot, lambda exercise=exercise: charted.highlighted_option is not None
                        and charted.highlighted_option.id == exercise)
            await until(pilot, lambda measure=measure: measure in str(screen.query_one("#progress-title").render()))


def note_under_header(app, table: str, note: str) -> bool:
    """A tab's note for a new user is right under its table's header (it sat at the foot of the screen)."""
    header, said = app.screen.query_one(table).region, app.screen.query_one(note).region
    return header.height == 1 and said.y == header.bottom and said.height > 0


async def test_an_empty_history_says_how_to_add_one(store, clock, data_dir):
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(app, pilot)
        assert "No workouts yet" in str(app.screen.query_one("#history-empty").render())
        assert note_under_header(app, "#history-list", "#history-empty")
        await pilot.press("e")  # dimmed in the footer (see below): nothing to edit
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        # The other tabs say what will be there, rather than showing an empty table or "Pick an exercise".
        await pilot.press("g")
        await until(pilot, lambda: "Nothing to chart yet" in str(app.screen.query_one("#progress-title").render()))
        # The words alone: not beside an empty list, over an empty plot's frame; the focus on nothing hidden, and
        # g, the tab's own key, not offered.
        await until(pilot, lambda: not app.screen.query_one("#progress-exercises").display)
        assert not app.screen.query_one(ProgressChart).display
        assert app.screen.focused is None and "g Charts" not in app.screen.query_one(Footer).render().plain
        await pilot.press("r")
        await until(pilot, lambda: "No records yet" in str(app.screen.query_one("#records-empty").render()))
        await until(pilot, lambda: note_under_header(app, "#records-table", "#records-empty"))
        # A workout saved (here by another window): its exercise listed, and charted.
        open_store(data_dir).history.save(finished("Pull-ups", 2026, 11, 18, 18, 0, sets=[a_set("pull-up", reps=8)]))
        await pilot.press("g")
        await until(pilot, lambda: app.screen.query_one("#progress-exercises", OptionList).option_count == 1)
        await until(pilot, lambda: app.screen.query_one(ProgressChart).display and "8" in chart_text(app.screen))
        assert app.screen.focused is app.screen.query_one("#progress-exercises")


async def test_no_records_is_not_said_while_the_records_are_read_again(store, clock, data_dir):
    """ "No records yet" stood under the Records tab's loading dots for seconds, with ten years of records being
    read: the note of the last reading stayed up while the next one ran."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await open_history(app, pilot)
        await pilot.press("r")
        note = app.screen.query_one("#records-empty")
        await until(pilot, lambda: "No records yet" in str(note.render()) and note.display)
        # Another window saves a workout: the tab reads the records again (in a thread; its answer waits for
        # this test to let the app run, so what the tab shows meanwhile is seen here).
        open_store(data_dir).history.save(finished("Pull-ups", 2026, 11, 18, 18, 0, sets=[a_set("pull-up", reps=8)]))
        app.screen.on_history_may_have_changed()
        assert app.screen.query_one(RecordsTable).loading
        assert not note.display, "nothing said of the records while they are read"
        await until(pilot, lambda: app.screen.query_one(RecordsTable).row_count > 0)
        assert not note.display


def chart_text(screen) -> str:
    return str(screen.query_one(ProgressChart).render())


@pytest.mark.parametrize(("days", "labels"), [
    ([(2026, 11, 18)], ["18 Nov 2026"]),
    ([(2024, 11, 18), (2025, 6, 2), (2026, 11, 18)], ["Jan 2025", "Nov 2025", "Sep 2026"]),
    ([(2016, 11, 18), (2021, 3, 1), (2026, 11, 18)], ["2018", "2022", "2026"]),
])
async def test_the_chart_marks_real_dates_for_one_day_two_years_and_ten(store, clock, days, labels):
    for year, month, day in days:
        store.history.save(finished("Pull-ups", year, month, day, 18, 0, sets=[a_set("pull-up", reps=8)]))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_history(app, pilot)
        await pilot.press("g")
        await until(pilot, lambda: screen.query_one(ProgressChart).exercise_name == "Pull-up")
        text = chart_text(screen)
        assert all(label in text for label in labels)
        assert not re.search(r"\d\d/\d\d/\d\d", text)  # plotext's own dates, such as 17/06/63


async def test_records_read_in_the_unit_their_set_was_logged_in_count_the_first_workout_and_estimate_a_1rm(
        store, clock):
    store.history.save(finished("Presses", 2026, 11, 18, 7, 15, sets=[
        a_set("bench-press", reps=5, load=90.0, unit="lb"),
        a_set("bench-press", reps=20, load=20.0, set_type="warmup")]))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await records_shown(app, pilot)
        found = [[str(c) for c in table.get_row_at(i)][:3] for i in range(table.row_count)]
        assert found == [  # loads in lb as the set was logged, the settings' kg aside; a warm-up is no record
            ["Bench press", "most reps", "5 reps"], ["", "heaviest load", "90 lb"],
            ["", "best set volume", "204.1 kg"], ["", "estimated 1RM (Epley)", "105 lb"],  # 90 x (1 + 5/30)
        ]
        await pilot.press("w", "enter")  # the first workout's own records, in its detail
        await until(pilot, lambda: "Personal records" in str(app.screen.query_one("#detail-breakdown").render()))
        breakdown = str(app.screen.query_one("#detail-breakdown").render())
        # Its sets counted as the heading counts them ("1 set, 1 warm-up"), not the warm-up as one more set.
        assert "1 set, 1 warm-up" in str(app.screen.query_one("#detail-heading").render())
        assert "Bench press: 1 set, 1 warm-up, 25 reps, volume 604.1 kg" in breakdown
        assert "Bench press: heaviest load 90 lb" in breakdown


async def test_a_workouts_page_open_as_the_units_change_shows_them_at_once(store, clock, data_dir):
    """Settings are applied at once, but an open page kept its volumes in kg until it was opened again."""
    store.history.save(finished("Presses", 2026, 11, 18, 7, 15, sets=[a_set("bench-press", reps=10, load=60.0)]))
    app = make_app(store, clock)

    def breakdown() -> str:
        return str(app.screen.query_one("#detail-breakdown").render())

    async with app.run_test(size=(100, 30)) as pilot:
        await open_history(app, pilot)
        await pilot.press("enter")
        await until(pilot, lambda: "Bench press: 1 set, 10 reps, volume 600 kg" in breakdown())
        open_store(data_dir).settings.change({"units": "lb"})  # as another window saves them
        await until(pilot, lambda: "volume 1,322.8 lb" in breakdown())
        await pilot.press("comma")  # and as this one does
        await until(pilot, lambda: isinstance(app.screen, SettingsScreen))
        app.screen.query_one("#units", Select).value = "kg"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: "volume 600 kg" in breakdown())


@pytest.mark.parametrize("size", [(40, 20), (80, 24)])
async def test_every_line_of_a_workouts_detail_can_be_scrolled_into_view(store, clock, size):
    """Its records were cut off under the sets, on a laptop too: the breakdown had a few rows and no way to
    scroll them but the mouse."""
    lifts = ("bench-press", "overhead-press", "barbell-row", "lat-pulldown")
    store.history.save(finished("Gym", 2026, 11, 18, 7, 15, sets=[
        *(a_set(lift, reps=8, load=40.0) for lift in lifts), a_set("plank", reps=None, hold_s=45)]))
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        await open_history(app, pilot)
        await pilot.press("enter")
        await until(pilot, lambda: "Personal records" in str(app.screen.query_one("#detail-breakdown").render()))
        await pilot.pause()
        last_line = str(app.screen.query_one("#detail-breakdown").render()).splitlines()[-1].strip()
        assert last_line == "Plank: longest hold 45 s"  # the first workout: every exercise's bests are records
        assert last_line not in screen_text(app)  # more than the page has room for
        await pilot.press("tab", "end")
        await until(pilot, lambda: last_line in screen_text(app))


async def test_a_bodyweight_exercises_records_and_sets_read_as_added_or_assisting_load(store, clock):
    """A pull-up at +10 and -20 was listed "heaviest load 10 kg" with an Epley 1RM, its sets "@ -20 kg"."""
    store.history.save(finished("Pulls", 2026, 11, 18, 7, 15, sets=[
        a_set("pull-up", reps=10, load=10.0), a_set("pull-up", reps=10, load=-20.0)]))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await records_shown(app, pilot)
        found = [[str(c) for c in table.get_row_at(i)][:3] for i in range(table.row_count)]
        assert found == [["Pull-up", "most reps", "10 reps"], ["", "most added load", "+10 kg"]]
        await pilot.press("w", "enter")
        await until(pilot, lambda: "Personal records" in str(app.screen.query_one("#detail-breakdown").render()))
        assert [cells(app.screen, "#detail-sets", i)["Load"] for i in range(2)] == ["+10 kg", "20 kg assisted"]


async def test_an_imported_workout_shows_custom_exercises_by_name_and_cardio_as_distance_and_time(store, clock):
    from tui.domain.catalogue.custom_exercises import CustomExercise

    store.exercises.add([CustomExercise("custom:band-pull-apart", "Band Pull Apart", "Shoulders"),
                         CustomExercise("custom:treadmill-running", "Treadmill Running", "Cardio")])
    run = replace(a_set("custom:treadmill-running", reps=None), distance_m=5000.0, duration_s=1560)
    imported = finished("Imported upper", 2026, 11, 12, 18, 0, sets=[
        a_set("custom:band-pull-apart", reps=1000), replace(a_set("push-up", reps=12), set_type="warmup"), run])
    store.history.save(imported)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_history(app, pilot)
        assert rows(app) == [["Thu 12 Nov 2026", "18:00", "Imported upper", "1 +1 cardio", "", ""]]
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        detail = app.screen
        assert ", 1 set, 1 warm-up, 1 cardio entry" in str(detail.query_one("#detail-heading").render())
        assert cells(detail, "#detail-sets", 0) == {"#": "1", "Exercise": "Band Pull Apart", "Type": "",
                                                    "Reps": "1000", "Distance": "", "Time": ""}
        assert cells(detail, "#detail-sets", 1)["Type"] == "W"
        assert cells(detail, "#detail-sets", 2) == {"#": "3", "Exercise": "Treadmill Running", "Type": "", "Reps": "",
                                                    "Distance": "5 km", "Time": "26:00"}
        assert "Treadmill Running: 5 km in 26:00" in str(detail.query_one("#detail-breakdown").render())
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        app.settings = store.settings.change({"units": "lb"})  # as Strong pairs them: pounds with miles
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        detail = app.screen
        assert cells(detail, "#detail-sets", 2)["Distance"] == "3.11 mi"
        assert "Treadmill Running: 3.11 mi in 26:00" in str(detail.query_one("#detail-breakdown").render())
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, EditWorkoutScreen))
        form = app.screen
        assert cells(form, "#form-sets", 2)["Distance"] == "3.11 mi"
        form.query_one("#form-sets").focus()
        await pilot.press("down", "down", "enter")  # a run has no fields in the set editor: said, not opened
        await until(pilot, lambda: any("cardio entry" in n.message for n in app._notifications))
        assert app.screen is form
        form.query_one("#form-name", Input).value = "Imported, renamed"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        saved = store.history.get(imported.id)
        assert saved.name == "Imported, renamed" and saved.sets == imported.sets  # 1000 reps and the run kept


async def test_the_cursor_stays_on_its_workout_when_workouts_are_added_above_it(history, clock, data_dir):
    """An import in another window added workouts above the one under the cursor: the cursor kept its row, and
    `e` opened another workout than the one chosen."""
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_history(app, pilot)
        await pilot.press("down")
        assert screen.selected().id == older.id
        open_store(data_dir).history.save(finished("Added elsewhere", 2026, 11, 19, 18, 0, sets=[a_set("crunch")]))
        await pilot.press("3", "4")
        await until(pilot, lambda: len(screen.summaries) == 3)
        assert screen.selected().id == older.id


async def test_a_workout_finished_since_comes_first_under_the_cursor_that_was_on_the_newest(history, clock, data_dir):
    """Back on History after a finish, the cursor kept the workout of before on the top line, and the one just
    finished was out of sight above it, as if it had not been saved. One added for an older day moves nothing."""
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_history(app, pilot)
        assert screen.selected().id == newer.id
        open_store(data_dir).history.save(finished("Added for last month", 2026, 10, 19, 18, 0, sets=[a_set("crunch")]))
        await pilot.press("3", "4")
        await until(pilot, lambda: len(screen.summaries) == 3)
        assert screen.selected().id == newer.id
        just_finished = finished("Just finished", 2026, 11, 19, 18, 0, sets=[a_set("crunch")])
        open_store(data_dir).history.save(just_finished)
        await pilot.press("3", "4")
        await until(pilot, lambda: len(screen.summaries) == 4)
        table = screen.query_one("#history-list", DataTable)
        assert screen.selected().id == just_finished.id and table.cursor_row == 0 and table.scroll_y == 0


async def test_a_workout_finished_since_shows_at_the_top_of_a_list_that_was_at_its_top(history, clock, data_dir):
    """The cursor on a workout further down a list longer than the screen, the one just finished was out of sight
    above the list's top line, the scrollbar the only sign of it."""
    store = history[0]
    store.history.save_many([finished(f"Earlier {day}", 2026, 10, day, 18, 0, sets=[a_set("crunch")])
                             for day in range(1, 31)])
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_history(app, pilot)
        await pilot.press("down", "down", "down")
        was_on = screen.selected().id
        just_finished = finished("Just finished", 2026, 11, 19, 18, 0, sets=[a_set("crunch")])
        open_store(data_dir).history.save(just_finished)
        await pilot.press("3", "4")
        await until(pilot, lambda: len(screen.summaries) == 33)
        table = screen.query_one("#history-list", DataTable)
        assert screen.selected().id == was_on and table.cursor_row == 4 and table.scroll_y == 0


def offered(screen) -> set[str]:
    """What the footer offers: the description of each key drawn and not dimmed."""
    return {item.description for item in screen.query_one(Footer).items if item.enabled}


WORKOUT_KEYS = {"Open", "Edit", "Delete"}


async def test_each_tab_offers_only_the_keys_that_act_on_it_and_none_only_says_to_pick_something(history, clock):
    """Charts and Records offered open, edit and delete, which there only said "Pick a workout in the list first";
    the list offered Name, which only said to put the cursor on an exercise first."""
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await open_history(app, pilot)
        await until(pilot, lambda: WORKOUT_KEYS <= offered(screen))
        assert not {"Name", "Metric"} & offered(screen)
        await pilot.press("g")
        await until(pilot, lambda: "Metric" in offered(screen))
        assert not WORKOUT_KEYS & offered(screen)
        await pilot.press("r")
        await until(pilot, lambda: "Metric" not in offered(screen))
        assert not WORKOUT_KEYS & offered(screen)

        own_keys = {binding.key for binding in HistoryScreen.BINDINGS}
        for tab in ("workouts", "progress", "records"):
            screen.action_tab(tab)
            await app.workers.wait_for_complete()
            await pilot.pause()
            keys = [item.keys[0] for item in screen.query_one(Footer).items if item.enabled]
            for key in [key for key in keys if key in own_keys]:
                app.clear_notifications()
                await pilot.press(key)
                await pilot.pause()
                said = [n.message for n in app._notifications]
                assert not any(re.search(r"\bfirst\b", message) for message in said), (tab, key, said)
                while app.screen is not screen:  # a form, a dialog or a workout opened: it is acting
                    await pilot.press("escape")
                    await pilot.pause()
                screen.action_tab(tab)
                await pilot.pause()


TAB_KEYS = {"workouts": "List", "progress": "Charts", "records": "Records"}


async def test_the_footer_offers_the_other_tabs_and_the_tab_shown_only_from_the_tab_bar(history, clock):
    """On the list the footer offered `w List`, on Charts `g Charts`, on Records `r Records`: keys that went
    nowhere. The tab's own key is offered from the tab bar only, where it takes the focus into the tab."""
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await open_history(app, pilot)
        tabs = screen.query_one(TabbedContent)
        for key, tab in (("g", "progress"), ("r", "records"), ("w", "workouts"), ("r", "records")):
            await pilot.press(key)
            others = set(TAB_KEYS.values()) - {TAB_KEYS[tab]}
            await until(pilot, lambda tab=tab, others=others: tabs.active == tab
                        and offered(screen) & set(TAB_KEYS.values()) == others)
        records = screen.query_one("#records-table", DataTable)
        await pilot.press("r")  # its own key, pressed all the same: nothing changes
        await pilot.pause()
        assert tabs.active == "records" and app.focused is records
        await pilot.press("shift+tab")  # onto the tab bar
        await until(pilot, lambda: "Records" in offered(screen))
        assert app.focused is not records
        await pilot.press("r")
        await until(pilot, lambda: app.focused is records and "Records" not in offered(screen))


async def test_with_no_workouts_the_workout_keys_show_dimmed(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 24)) as pilot:
        screen = await open_history(app, pilot)
        await until(pilot, lambda: "Add" in offered(screen))
        shown = {item.description for item in screen.query_one(Footer).items}
        assert WORKOUT_KEYS <= shown and not WORKOUT_KEYS & offered(screen)
        store.history.save(finished("Push day", 2026, 11, 20, 18, 0, sets=[a_set("push-up", reps=15)]))
        await pilot.press("3", "4")
        await until(pilot, lambda: WORKOUT_KEYS <= offered(screen))


async def test_up_from_the_oldest_workout_goes_through_every_workout_in_a_window_of_rows(store, clock):
    """End listed every workout before it went to the oldest: 1.2 s at ten years. It now lists a page of the oldest
    ones; going up, the window moves up a page at a time. Every workout comes under the cursor in turn, on screen."""
    workouts = many_workouts(store)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_history(app, pilot)
        table = screen.query_one("#history-list", DataTable)
        await pilot.press("end")
        await until(pilot, lambda: screen.selected().name == "Workout 0")
        assert table.row_count == PAGE, "a page of rows, not one per workout"
        shown_at = line_of(screen, "Workout 0")
        for number in range(1, len(workouts)):
            await pilot.press("up")
            await until(pilot, lambda number=number: screen.selected().name == f"Workout {number}")
            # A line up, or the list scrolled a line: rows added above never move the rows on screen.
            await until(pilot, lambda number=number, above=shown_at: line_of(screen, f"Workout {number}")
                        in (above - 1, above))
            shown_at = line_of(screen, f"Workout {number}")
            assert table.row_count <= WIDEST
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        assert f"Workout {len(workouts) - 1}" in str(app.screen.query_one("#detail-heading").render())


def line_of(screen, name: str) -> int | None:
    """The line of History's list (under its header) that shows a workout's name."""
    lines = table_on_screen(screen, "#history-list")
    return next((y for y, line in enumerate(lines) if f"{name} " in line), None)


async def test_the_workout_under_the_cursor_stays_there_through_a_resize_and_an_edit(store, clock):
    """Resized between a laptop's one-line rows and a phone's two-line ones, the cursor went to another workout
    (the first of the rows built), and Enter opened that one. Saving an edit scrolled the edited workout to the
    bottom of the screen."""
    many_workouts(store)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_history(app, pilot)
        await pilot.press("end", *["up"] * 130)
        await until(pilot, lambda: screen.selected().name == "Workout 130")
        for width, height in ((40, 20), (100, 30), (80, 24)):
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            await until(pilot, lambda: screen.selected().name == "Workout 130"
                        and line_of(screen, "Workout 130") is not None)
        await pilot.press("up", "up", "up")
        await until(pilot, lambda: screen.selected().name == "Workout 133")
        shown_at = line_of(screen, "Workout 133")
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, EditWorkoutScreen))
        app.screen.query_one("#form-name", Input).value = "Workout 133 edited"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.screen is screen and screen.selected().name == "Workout 133 edited")
        await until(pilot, lambda: line_of(screen, "Workout 133 edited") == shown_at)


@pytest.mark.parametrize("size", [(40, 20), (100, 30)], ids=["40x20", "100x30"])
async def test_end_shows_the_oldest_workout_in_its_first_frame(store, clock, size):
    """End built the oldest page of rows, but the table scrolled to its cursor only a frame later, once it had
    measured them: the first frame showed that page's first rows, a workout neither newest nor oldest, and the
    oldest came with a second one (64 ms at ten years in tmux, against 26 ms for one frame). Read right after the
    key's action, before the app has had a turn: where the next frame's rows start."""
    many_workouts(store)
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        screen = await open_history(app, pilot)
        table = screen.query_one("#history-list", DataTable)
        table.action_scroll_bottom()  # what End does
        rows_on_screen = table.scrollable_content_region.height - table.header_height
        all_rows = sum(row.height for row in table.ordered_rows)
        assert table.scroll_y >= all_rows - rows_on_screen, "the last row, the oldest workout, is below the screen"
        await pilot.pause()  # (the table draws its lines once it has measured its rows, when idle)
        await until(pilot, lambda: screen.selected().name == "Workout 0" and line_of(screen, "Workout 0") is not None)


async def test_home_and_end_go_to_the_newest_and_the_oldest_workout_of_ten_years(store, clock):
    workouts = many_workouts(store)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_history(app, pilot)
        await pilot.press("end")  # once: the oldest workout, not the last one listed so far
        await until(pilot, lambda: screen.selected().name == "Workout 0")
        await pilot.press("home")
        await until(pilot, lambda: screen.selected().name == f"Workout {len(workouts) - 1}")
        await pilot.press("ctrl+end")
        await until(pilot, lambda: screen.selected().name == "Workout 0")


async def test_home_and_end_go_to_the_first_and_last_row_of_every_table(history, clock):
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await open_history(app, pilot)
        await pilot.press("r")
        records = screen.query_one("#records-table", DataTable)
        await until(pilot, lambda: records.row_count > 2)
        await pilot.press("end")
        await until(pilot, lambda: records.cursor_row == records.row_count - 1)
        await pilot.press("home")
        await until(pilot, lambda: records.cursor_row == 0)
        await pilot.press("w", "enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        sets = app.screen.query_one("#detail-sets", DataTable)
        await pilot.press("end")
        await until(pilot, lambda: sets.cursor_row == 2)
        await pilot.press("home")
        await until(pilot, lambda: sets.cursor_row == 0)


def told(app, text: str) -> bool:
    return any(text in notification.message for notification in app._notifications)


async def test_the_list_in_view_follows_another_window_deleting_a_workout(history, clock, data_dir):
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_history(app, pilot)
        assert open_store(data_dir).history.delete(older.id)  # another window, on the same data dir
        await until(pilot, lambda: [row[2] for row in rows(app)] == ["Ab workout for runners"])  # no key pressed


async def test_an_open_workout_deleted_in_another_window_says_so_and_closes(history, clock, data_dir):
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_older_workout(app, pilot)
        assert open_store(data_dir).history.delete(older.id)  # another window, on the same data dir
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))  # no key pressed
        await until(pilot, lambda: told(app, "“Upper-back trio” was deleted"))  # a message, handled a moment later
        assert [row[2] for row in rows(app)] == ["Ab workout for runners"]


async def test_an_open_workout_deleted_from_the_calendar_says_so_and_closes_when_back(history, clock):
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_history(app, pilot)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        await pilot.press("3")
        await until(pilot, lambda: isinstance(app.screen, CalendarScreen))
        await pilot.press("left", "left", "enter")  # 18 November: its workout, opened there
        await until(pilot, lambda: isinstance(app.screen, DayWorkoutsScreen))
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        await pilot.press("d", "y")
        await until(pilot, lambda: store.history.get(newer.id) is None)
        await pilot.press("escape", "4")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await until(pilot, lambda: told(app, "“Ab workout for runners” was deleted"))
        assert [row[2] for row in rows(app)] == ["Upper-back trio"]


async def test_an_open_workout_edited_in_another_window_shows_the_edit(history, clock, data_dir):
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_history(app, pilot)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        open_store(data_dir).history.save(replace(newer, name="Abs, renamed elsewhere"))
        await until(pilot, lambda: "Abs, renamed elsewhere" in str(app.screen.query_one("#detail-heading").render()))


def title_on_screen(screen) -> str:
    """The chart's title as drawn above the chart, its lines joined: all of it, or what the terminal shows of it."""
    shown = screen.query_one("#progress-title")
    assert Region(0, 0, *screen.app.size).contains_region(shown.region), "the title reaches past the screen's edge"
    return " ".join(strip.text.strip() for strip in shown.render_lines(Region(0, 0, *shown.size)) if strip.text.strip())


@pytest.mark.parametrize("size", [(40, 20), (80, 24)], ids=["40x20", "80x24"])
async def test_the_charts_title_is_read_whole_on_a_small_terminal(history, clock, size):
    """At 40 columns "One-arm dumbbell row: best load in a set (kg)" was left out of the chart altogether."""
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        screen = await open_history(app, pilot)
        await pilot.press("g")
        await until(pilot, lambda: screen.query_one(ProgressChart).exercise_name == "Band row")
        await pilot.press("down", "down", "m")
        await until(pilot, lambda: screen.query_one(ProgressChart).metric is Metric.BEST_LOAD)
        await pilot.pause()
        assert title_on_screen(screen) == "One-arm dumbbell row: best load in a set (kg)"
        await pilot.press("m")
        await until(pilot, lambda: screen.query_one(ProgressChart).metric is Metric.VOLUME)
        await pilot.pause()
        assert title_on_screen(screen) == "One-arm dumbbell row: volume of each workout (kg), warm-ups in"


async def test_every_name_in_the_charts_list_is_read_whole_once_the_list_scrolls(store, clock):
    """At 80x24, with more exercises than the list has lines, "Bicep Curl (Dumbbell)" was measured on one line
    before the scrollbar came, then drawn wrapped at the width it left: "(Dumbbell)" was cut off."""
    theirs = [CustomExercise(f"custom:move-{number}", f"Move {number}") for number in range(20)]
    store.exercises.add([CustomExercise("custom:bicep-curl-dumbbell", "Bicep Curl (Dumbbell)"), *theirs])
    store.history.save(finished("Everything", 2026, 11, 18, 18, 0, sets=[
        a_set(exercise, reps=10) for exercise in ["custom:bicep-curl-dumbbell", *(mine.id for mine in theirs)]]))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_history(app, pilot)
        exercises = await charts_listing(pilot, screen, 21)
        await pilot.pause()
        lines = [exercises.render_line(y).text.strip() for y in range(exercises.scrollable_content_region.height)]
        assert exercises.max_scroll_y > 0, "a list that scrolls"
        assert "Bicep Curl (Dumbbell)" in " ".join(lines), lines


def table_on_screen(screen, table_id: str) -> list[str]:
    """A table's lines as the terminal shows them (the part of it inside the screen)."""
    table = screen.query_one(table_id, DataTable)
    visible = table.region.intersection(Region(0, 0, *screen.app.size))
    # Line by line: render_lines keeps the lines it drew first (before the rows were filled for the width).
    return [table.render_line(y).crop(0, visible.width).text for y in range(visible.height)]


@pytest.mark.parametrize("size", [(80, 24), (100, 30)], ids=["80x24", "100x30"])
async def test_long_names_wrap_and_the_volumes_and_the_records_years_stay_in_view(store, clock, size):
    """At 80 columns a long workout name pushed the Volume column past the edge, and a long exercise name the
    records' years."""
    sets = [a_set("dumbbell-shoulder-press", reps=12, load=33.5) for _ in range(4)]
    store.history.save(finished("Four upper-body moves for running, with the long band", 2026, 11, 18, 7, 15,
                                sets=sets))
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        screen = await open_history(app, pilot)
        await pilot.pause()
        await until(pilot, lambda: "Volume" in "".join(table_on_screen(screen, "#history-list")))
        listed = "\n".join(table_on_screen(screen, "#history-list"))
        assert "Volume" in listed and "1,608 kg" in listed and "Wed 18 Nov 2026" in listed, listed
        assert re.search(r"Four upper-body\s.*\s.*band", listed, re.DOTALL), "the name wraps whole"
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await until(pilot, lambda: "First reached" in "".join(table_on_screen(screen, "#records-table")))
        records = "\n".join(table_on_screen(screen, "#records-table"))
        assert "First reached" in records and records.count("Wed 18 Nov 2026") == 4, records
        assert re.search(r"Dumbbell overhead\s.*shoulder\s.*press", records, re.DOTALL), "the name wraps whole"


async def test_one_run_among_many_workouts_wraps_its_own_row_not_every_name(store, clock):
    """A run imported among months of workouts ("1 cardio") and one workout of over an hour ("1 h 05 min")
    made their columns that wide on every row: at 80 columns every workout's name wrapped to two or three lines."""
    from tui.domain.catalogue.custom_exercises import CustomExercise

    store.exercises.add([CustomExercise("custom:running", "Running", "Cardio")])
    run = replace(a_set("custom:running", reps=None), distance_m=5000.0, duration_s=1560)
    long = finished("Long gym session", 2026, 9, 1, 18, 0, sets=[a_set("bench-press", reps=8, load=60.0)])
    store.history.save_many([finished("Easy run", 2026, 9, 2, 7, 0, sets=[run]),
                             replace(long, finished_at=long.started_at.later(65 * 60)),
                             *(finished("Gym upper-body session", 2026, 10, day, 18, 0,
                                        sets=[a_set("push-up", reps=10)]) for day in range(1, 31))])
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(app, pilot)
        listed = rows(app)
        assert all(row[2] == "Gym upper-body session" for row in listed[:30]), "the names whole, on one line"
        assert [row[3:5] for row in listed[30:]] == [["1\ncardio", ""], ["1", "1 h 05\nmin"]]
        await pilot.press("end")
        shown = "\n".join(table_on_screen(app.screen, "#history-list"))
        assert re.search(r"Easy run +1 *\n +cardio", shown), shown


async def test_an_hour_long_workout_keeps_its_duration_whole_on_a_phone(store, clock):
    """At 40x20 the list read "Tue 04 Mar 2025 18:05 · 1 h 0…" for any workout of an hour or more; then its
    duration took a line of its own, three lines for the workout where the README says two."""
    workout = finished("Gym", 2026, 11, 17, 18, 5, sets=[a_set("bench-press", reps=8, load=60.0)])
    store.history.save(replace(workout, finished_at=workout.started_at.later(65 * 60)))
    store.history.save(finished("Short", 2026, 11, 18, 7, 15, sets=[a_set("push-up", reps=10)]))
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await open_history(app, pilot)
        assert rows(app)[1][0].split("\n") == ["Tue 17 Nov 2026 18:05 · 1 h 05", "Gym"]
        assert "…" not in "\n".join(table_on_screen(app.screen, "#history-list"))


async def test_years_of_an_exercise_are_charted_by_the_best_of_each_period_that_fits_the_width(store, clock):
    """Ten years of workouts drew one solid block of braille: as many points as workouts, on a phone's 30
    columns. Widened, the chart has room for shorter periods, and its title says which."""
    store.history.save_many([finished("Push", 2022, 1 + (n % 48) // 4, 1 + 7 * (n % 4), 18, 0,
                                      sets=[a_set("push-up", reps=10 + n % 20)]) for n in range(48)]
                            + [finished("Push", year, month, 3, 18, 0, sets=[a_set("push-up", reps=12)])
                               for year in (2023, 2024, 2025) for month in range(1, 13)])
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        screen = await open_history(app, pilot)
        await pilot.press("g")
        chart = screen.query_one(ProgressChart)
        await until(pilot, lambda: chart.exercise_name == "Push-up")
        await until(pilot, lambda: title_on_screen(screen).endswith("best of each quarter"))
        assert "Push-up: best reps in a set" in title_on_screen(screen)
        await pilot.resize_terminal(100, 30)
        await until(pilot, lambda: title_on_screen(screen).endswith("best of each month"))
        await pilot.resize_terminal(200, 30)  # room for every workout: each is a point of its own
        await until(pilot, lambda: title_on_screen(screen) == "Push-up: best reps in a set")


async def test_a_long_history_is_charted_by_weeks_from_the_users_first_weekday(store, clock):
    """Weeks start on Sunday in this user's settings, as their streak and Calendar show: the chart's weekly bests
    were of weeks from Monday."""
    store.settings.save(store.settings.get().changed(first_weekday="sunday"))
    # A workout every other day for a year: too many to chart one by one at 100 columns, few enough weeks.
    store.history.save_many([finished("Push", *pendulum.date(2025, 12, 1).add(days=2 * n).timetuple()[:3], 18, 0,
                                      sets=[a_set("push-up", reps=10 + n % 9)]) for n in range(180)])
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_history(app, pilot)
        await pilot.press("g")
        chart = screen.query_one(ProgressChart)
        await until(pilot, lambda: title_on_screen(screen).endswith("best of each week"))
        assert chart.points and {day.strftime("%A") for day, _ in chart.points} == {"Sunday"}


async def test_a_long_name_of_wide_characters_wraps_within_a_phones_list_on_two_lines_at_most(store, clock):
    """At 40 columns "宽字符 xxx…" was cut mid-line, then the rest of the name ran on for four more lines."""
    from rich.cells import cell_len

    long_name = "宽字符 " + "x" * 60 + " end of a long imported name"
    store.history.save(finished(long_name, 2026, 11, 18, 7, 15, sets=[a_set("push-up", reps=10)]))
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await open_history(app, pilot)
        table = app.screen.query_one("#history-list", DataTable)
        column = list(table.columns.values())[0].get_render_width(table) - 2 * table.cell_padding
        when, *name = str(table.get_row_at(0)[0]).split("\n")
        assert when.startswith("Wed 18 Nov 2026 07:15")
        assert len(name) == 2 and all(cell_len(line) <= column for line in name), name
        assert name[0].startswith("宽字符") and not name[0].endswith("…") and name[1].endswith("…"), name


async def test_a_workout_added_by_hand_offers_the_users_routines_first(history, clock):
    # As Routines lists them: the routine a user adds a missed workout of is most often theirs.
    store, _, _ = history
    app = make_app(store, clock)
    mine = own_routine(store, app.catalogue, name="Abs for Tuesday")
    async with app.run_test(size=(80, 24)) as pilot:
        form = await form_opened(app, pilot, "a", AddWorkoutScreen)
        form.query_one("#form-routine", Select).focus()
        await pilot.press("enter")  # the routines drop down
        await until(pilot, lambda: bool(form.query("SelectOverlay")))
        listed = form.query_one("SelectOverlay", OptionList)
        names = [str(listed.get_option_at_index(index).prompt) for index in range(listed.option_count)]
        assert names[1:3] == ["Abs for Tuesday", "Four upper-body moves for running"], names  # after "none"
        await pilot.press("down", "enter")
        await until(pilot, lambda: form.query_one("#form-routine", Select).value == mine.id)


async def test_a_workouts_page_lists_its_sets_in_its_routines_order_as_the_lines_under_them(store, clock):
    """The leg raise done first (`n`, then back): the table listed it first, above lines that had the crunch first;
    N on the first row was then the leg raise's."""
    routine = "runner-ab-workout"  # crunch, leg raise, Russian twist, plank
    start = moment(2026, 11, 19, 18, 0)
    store.history.save(replace(a_workout(at=start, name="Ab workout for runners", routine_id=routine),
                               finished_at=start.later(900), sets=(
        a_set("leg-raise", at=start, reps=10), a_set("crunch", at=start.later(60), reps=20),
        a_set("crunch", at=start.later(120), reps=18))))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_history(app, pilot)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        await until(pilot, lambda: app.screen.query_one("#detail-sets", DataTable).row_count == 3)
        names = [cells(app.screen, "#detail-sets", row)["Exercise"] for row in range(3)]
        assert names == ["Crunch", "Crunch", "Lying leg raise"], names


@pytest.mark.parametrize(("key", "form_class"), [("a", AddWorkoutScreen), ("e", EditWorkoutScreen)])
async def test_a_cleared_date_or_time_shows_its_shape_not_a_date_that_looks_filled_in(history, clock, key,
                                                                                      form_class):
    """Emptied, the date field showed 2026-11-20 (dim, which a phone or NO_COLOR does not show): a date the user
    had not typed, then refused as empty."""
    app = make_app(history[0], clock)
    async with app.run_test(size=(40, 20)) as pilot:
        form = await form_opened(app, pilot, key, form_class)
        date, time = form.query_one("#form-date", Input), form.query_one("#form-time", Input)
        date.value, time.value = "", ""
        await pilot.pause()
        assert (date.placeholder, time.placeholder) == ("yyyy-mm-dd", "hh:mm")


@pytest.mark.parametrize("tab", ["w", "r"])
async def test_a_table_filled_at_a_wide_width_fits_again_once_the_terminal_narrows(store, clock, tab):
    """Listed at 100 columns, then the terminal narrowed to 80: the list kept its names' column as wide as at 100
    (the names wrapped in it), and the volumes were cut to "61" at the screen's edge; the records' days too."""
    long_name = "Dumbbell shoulder circuit with a long name of its own"
    store.history.save(finished(long_name, 2026, 11, 18, 7, 15, sets=[a_set("dumbbell-row", reps=10, load=12.5)]))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_history(app, pilot)
        await pilot.press(tab)
        await app.workers.wait_for_complete()
        table = screen.query_one("#history-list" if tab == "w" else "#records-table", DataTable)
        await until(pilot, lambda: table.row_count > 0)
        await pilot.resize_terminal(80, 24)
        await until(pilot, lambda: table.size.width == 80)
        await pilot.pause()
        widths = [column.get_render_width(table) for column in table.columns.values()]
        assert sum(widths) <= table.size.width
        shown = screen_text(app)
        assert ("Volume" in shown and "125 kg" in shown) if tab == "w" else "Wed 18 Nov 2026" in shown


async def test_a_week_that_takes_its_freeze_back_says_which_later_freeze_stays_off(store, clock):
    """The week of 9 Nov frozen, then done (its freeze handed back), then four later weeks frozen: deleting one of
    its workouts gave it its freeze back, the earliest weeks winning, and the freeze set on 14 Dec went without a
    word."""
    from datetime import date

    frozen_then_done(store, [date(2026, 11, 23), date(2026, 11, 30), date(2026, 12, 7), date(2026, 12, 14)])
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await open_history(app, pilot)
        await deleted_with_d(app, pilot)
        assert ("The freeze you set on the week of Mon 14 Dec 2026 stays off: 2026's 4 are spent on earlier weeks, "
                "the week of Mon 09 Nov among them now that it does not count." in toasts(app))


@pytest.mark.parametrize("size", [(40, 20), (80, 24)], ids=["40x20", "80x24"])
async def test_a_long_note_or_name_leaves_a_workouts_sets_in_view_on_its_page(store, clock, size):
    """A workout's page put its note in its heading: a note of 500 characters (the most one takes) took 13 of a
    phone's 20 lines, and a name of 5,000 (a hand edit's; an import's can be long too) the whole page, its sets
    out of sight. The note is read with the breakdown, which scrolls; the name is cut past 160 characters."""
    sets = [a_set("push-up", reps=10 + number) for number in range(6)]
    workout = finished("Push day " * 600, 2026, 11, 18, 18, 0, sets=sets)
    store.history.save(replace(workout, note="felt strong today, " * 26))
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        await open_history(app, pilot)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        await pilot.pause()
        table = app.screen.query_one("#detail-sets", DataTable)
        assert table.region.height >= 4, "the sets keep rows of the page"
        await until(pilot, lambda: "Note: felt strong" in str(app.screen.query_one("#detail-breakdown").render()))
        assert "Wednesday 18 November 2026" in str(app.screen.query_one("#detail-heading").render())
        heading = str(app.screen.query_one("#detail-heading").render())
        assert heading.startswith("Push day ") and "…" in heading and "felt strong" not in heading
