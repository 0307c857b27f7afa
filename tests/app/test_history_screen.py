"""The History screen as a user drives it: open, edit, delete and add workouts (checked in the store),
progress charts and personal records."""

from __future__ import annotations

from dataclasses import replace

import pytest
from textual.widgets import DataTable, Input, OptionList, Select

from tui.app import make_app
from tui.domain.progress import Metric
from tui.screens.confirm import ConfirmScreen
from tui.screens.history import HistoryScreen
from tui.screens.workout_add import AddWorkoutScreen
from tui.screens.workout_detail import WorkoutDetailScreen
from tui.screens.workout_edit import EditWorkoutScreen
from tui.widgets.progress_chart import ProgressChart
from tui.widgets.set_row import SetRow
from tests.builders import a_set, a_workout, moment


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


def rows(app) -> list[list[str]]:
    table = app.screen.query_one("#history-list", DataTable)
    return [[str(cell) for cell in table.get_row_at(index)] for index in range(table.row_count)]


async def test_workouts_are_listed_newest_first(history, clock):
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(app, pilot)
        assert rows(app) == [
            ["Wed 18 Nov 2026", "07:15", "Ab workout for runners", "3"],
            ["Tue 10 Nov 2026", "18:00", "Upper-back trio", "3"],
        ]


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
        table = app.screen.query_one(DataTable)
        assert [str(c) for c in table.get_row_at(2)][:5] == ["3", "Plank", "", "", "40 s"]
        await pilot.press("escape")
        assert isinstance(app.screen, HistoryScreen)


async def test_editing_name_note_and_a_sets_values_is_saved(history, clock):
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, EditWorkoutScreen)
        form = app.screen
        form.query_one("#form-name", Input).value = "Ab workout, short"
        form.query_one("#form-note", Input).value = "windy"
        first = form.query(SetRow).first()
        first.query_one(".set-row--reps", Input).value = "22"
        first.query_one(".set-row--load", Input).value = "2.5"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        saved = store.history.get(newer.id)
        assert saved.name == "Ab workout, short" and saved.note == "windy"
        assert (saved.sets[0].reps, saved.sets[0].load) == (22, 2.5)
        assert [s.id for s in saved.sets] == [s.id for s in newer.sets]
        assert rows(app)[0][2] == "Ab workout, short"


async def test_a_bad_value_is_refused_with_a_message_and_nothing_is_saved(history, clock):
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        app.screen.query(SetRow).first().query_one(".set-row--reps", Input).value = "lots"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, EditWorkoutScreen)
        error = str(app.screen.query_one("#form-error").render())
        assert error == "Set 1 (Crunch): reps must be a whole number, not 'lots'"
        assert store.history.get(newer.id) == newer
        await pilot.press("escape")
        assert store.history.get(newer.id) == newer


async def test_delete_asks_first_and_keep_keeps_it(history, clock):
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(app, pilot)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Delete 'Ab workout for runners' of Wed 18 Nov 2026, 07:15?" in str(
            app.screen.query_one(".dialog-title").render())
        await pilot.press("n")
        await pilot.pause()
        assert store.history.get(newer.id) is not None
        await pilot.press("d", "y")
        await pilot.pause()
        assert store.history.get(newer.id) is None
        assert [s.id for s in store.history.summaries()] == [older.id]
        assert [r[2] for r in rows(app)] == ["Upper-back trio"]


async def test_delete_from_the_open_workout(history, clock):
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(app, pilot)
        await pilot.press("down", "enter", "d", "y")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        assert store.history.get(older.id) is None


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
        form.query_one("#form-routine", Select).value = "runner-ab-workout"
        await pilot.pause()
        assert form.query_one("#form-name", Input).value == "Ab workout for runners"
        assert len(form.query(SetRow)) == 12
        form.query(SetRow).first().query_one(".set-row--reps", Input).value = "28"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        added = [s for s in store.history.summaries() if s.local_date.isoformat() == "2026-11-19"]
        assert len(added) == 1 and added[0].sets == 12
        workout = store.history.get(added[0].id)
        assert workout.routine_id == "runner-ab-workout" and workout.sets[0].reps == 28
        assert workout.started_at.zone == app.settings.zone and workout.started_at.local.hour == 6
        assert rows(app)[0][:3] == ["Thu 19 Nov 2026", "06:45", "Ab workout for runners"]


async def test_adding_sets_by_hand_and_refusing_a_future_start(history, clock):
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert str(form.query_one("#form-error").render()) == "The workout needs a name (or pick a routine)"
        form.query_one("#form-name", Input).value = "Hotel room push-ups"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert str(form.query_one("#form-error").render()) == "Add at least one set"
        await pilot.press("ctrl+n")
        await pilot.pause()
        row = form.query(SetRow).first()
        row.query_one(".set-row--choice", Select).value = "push-up"
        row.query_one(".set-row--reps", Input).value = "15"
        await pilot.press("ctrl+n", "ctrl+n")
        await pilot.pause()
        assert [r.typed().reps for r in form.query(SetRow)] == ["15", "15", "15"]
        await pilot.press("ctrl+r")  # the cursor is in the last set's reps
        await pilot.pause()
        assert len(form.query(SetRow)) == 2
        form.query_one("#form-time", Input).value = "23:00"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "in the future" in str(form.query_one("#form-error").render())
        assert len(store.history.summaries()) == 2
        form.query_one("#form-time", Input).value = "12:00"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        summary = store.history.summaries()[-1]
        assert (summary.name, summary.sets, summary.local_date.isoformat()) == ("Hotel room push-ups", 2, "2026-11-20")


async def test_progress_charts_per_exercise_and_metric(history, clock):
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_history(app, pilot)
        await pilot.press("g")
        await pilot.pause()
        exercises = screen.query_one("#progress-exercises", OptionList)
        names = [str(exercises.get_option_at_index(i).prompt) for i in range(exercises.option_count)]
        assert names == ["Band row", "Crunch", "One-arm dumbbell row", "Plank"]
        chart = screen.query_one(ProgressChart)
        assert chart.exercise_name == "Band row" and chart.metric is Metric.BEST_REPS
        assert [s.best_reps for s in chart.sessions] == [12]
        await pilot.press("down", "down", "m", "m")
        await pilot.pause()
        assert chart.exercise_name == "One-arm dumbbell row" and chart.metric is Metric.BEST_HOLD
        await pilot.press("m")
        assert chart.metric is Metric.VOLUME


async def test_personal_records_per_exercise(history, clock):
    store, older, newer = history
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_history(app, pilot)
        await pilot.press("r")
        await pilot.pause()
        table = screen.query_one("#records-table", DataTable)
        found = [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]
        assert ["Crunch", "most reps", "25 reps", "Wed 18 Nov 2026"] in found
        assert ["One-arm dumbbell row", "most reps", "10 reps", "Wed 18 Nov 2026"] in found
        assert ["", "heaviest load", "12 kg", "Wed 18 Nov 2026"] in found
        assert ["Plank", "longest hold", "40 s", "Tue 10 Nov 2026"] in found


async def test_an_empty_history_says_how_to_add_one(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(app, pilot)
        assert "No workouts yet" in str(app.screen.query_one("#history-empty").render())
        await pilot.press("e")
        assert any("Pick a workout" in n.message for n in app._notifications)


async def test_an_imported_workout_shows_custom_exercises_by_name_and_cardio_as_distance_and_time(store, clock):
    from tui.domain.custom_exercises import CustomExercise

    store.exercises.add([CustomExercise("custom:band-pull-apart", "Band Pull Apart", "Shoulders"),
                         CustomExercise("custom:treadmill-running", "Treadmill Running", "Cardio")])
    run = replace(a_set("custom:treadmill-running", reps=None), distance_m=5000.0, duration_s=1560)
    imported = finished("Imported upper", 2026, 11, 12, 18, 0, sets=[
        a_set("custom:band-pull-apart", reps=1000), replace(a_set("push-up", reps=12), set_type="warmup"), run])
    store.history.save(imported)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_history(app, pilot)
        assert rows(app) == [["Thu 12 Nov 2026", "18:00", "Imported upper", "1 +1 cardio"]]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, WorkoutDetailScreen)
        assert "1 set, 1 cardio entry" not in str(app.screen.query_one("#detail-heading").render())
        assert ", 2 sets, 1 cardio entry" in str(app.screen.query_one("#detail-heading").render())
        table = app.screen.query_one(DataTable)
        assert [str(c) for c in table.get_row_at(0)][:3] == ["1", "Band Pull Apart", "1000"]
        assert [str(c) for c in table.get_row_at(1)][:2] == ["2W", "Push-up"]
        assert [str(c) for c in table.get_row_at(2)][:7] == ["3", "Treadmill Running", "", "", "", "5 km", "26:00"]
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, EditWorkoutScreen)
        app.screen.query_one("#form-name", Input).value = "Imported, renamed"
        await pilot.press("ctrl+s")
        await pilot.pause()
        saved = store.history.get(imported.id)
        assert saved.name == "Imported, renamed" and saved.sets == imported.sets  # 1000 reps and the run kept
