"""The user's own exercises as a user meets them: renamed or counted as one of ours from History (`N`), and added
by hand in the Workout screen's and the routine editor's exercise pickers. Checked on screen and in the store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from textual.geometry import Region
from textual.widgets import DataTable, Input, OptionList, Static

from tests.app.test_history_screen import cells
from tests.app.test_routines_screen import detail_text, listed_ids, listing, own_routine, plain, row_text
from tests.app.waiting import until
from tests.builders import a_set, a_workout, moment
from tui.app import make_app
from tui.domain.catalogue.custom_exercise_changes import CustomExerciseError, mapped
from tui.domain.catalogue.custom_exercises import CustomExercise
from tui.domain.catalogue.model import Focus, Routine, RoutineEntry, RoutineFormat
from tui.domain.ranges import IntRange
from tui.screens.confirm import ConfirmScreen
from tui.screens.custom_exercise import NameDialog
from tui.screens.exercise_detail import ExerciseDetailScreen
from tui.screens.history import HistoryScreen
from tui.screens.pickers import ChoiceScreen, ExercisePickerScreen
from tui.screens.workout_detail import WorkoutDetailScreen
from tui.widgets.footer import Footer

FLAT_BENCH = CustomExercise("custom:flat-bench", "Flat Bench", "Chest")


def with_flat_bench(store):
    store.exercises.add([FLAT_BENCH])
    start = moment(2026, 11, 18, 18, 0)
    workout = replace(a_workout(at=start, name="Gym"), finished_at=start, sets=(
        a_set("custom:flat-bench", at=start, reps=8, load=60.0),
        a_set("custom:flat-bench", at=start, reps=8, load=62.5),
        a_set("push-up", at=start, reps=20)))
    store.history.save(workout)
    return workout


async def open_charts(app, pilot) -> HistoryScreen:
    await pilot.press("4")
    await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
    await app.workers.wait_for_complete()
    await pilot.press("g")
    exercises = app.screen.query_one("#progress-exercises", OptionList)
    await until(pilot, lambda: exercises.option_count == 2)
    return app.screen


def chart_names(app) -> list[str]:
    exercises = app.screen.query_one("#progress-exercises", OptionList)
    return [str(exercises.get_option_at_index(i).prompt) for i in range(exercises.option_count)]


async def highlight(app, pilot, name: str) -> None:
    exercises = app.screen.query_one("#progress-exercises", OptionList)
    exercises.highlighted = chart_names(app).index(name)
    await pilot.pause()


async def rename_dialog_from_the_charts(app, pilot) -> Input:
    """History's charts, N on Flat Bench, Rename: the new name's field."""
    await open_charts(app, pilot)
    await highlight(app, pilot, "Flat Bench")
    await pilot.press("N")
    await until(pilot, lambda: isinstance(app.screen, ChoiceScreen))
    await pilot.press("enter")  # Rename
    await until(pilot, lambda: isinstance(app.screen, NameDialog))
    return app.screen.query_one(Input)


async def test_n_in_charts_renames_your_own_exercise_and_history_shows_the_new_name(store, clock):
    with_flat_bench(store)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        field = await rename_dialog_from_the_charts(app, pilot)
        field.value = "   "
        await pilot.press("enter")
        assert isinstance(app.screen, NameDialog), "an empty name is refused, the dialog stays"
        assert "cannot be empty" in str(app.screen.query_one("#name-problem").render())
        field.value = "Bench [b]at the gym\x1b"
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await app.workers.wait_for_complete()
        await until(pilot, lambda: "Bench [b]at the gym" in chart_names(app))
    assert [e.name for e in store.exercises.all()] == ["Bench [b]at the gym"]


async def count_the_first_set_as_bench_press(app, pilot) -> None:
    """From History, `N` on the newest workout's first set: the same as our Bench press, confirmed."""
    await pilot.press("4")
    await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
    await pilot.press("N")
    await until(pilot, lambda: isinstance(app.screen, ChoiceScreen))
    await pilot.press("down", "enter")  # Same as a catalogue exercise
    await until(pilot, lambda: isinstance(app.screen, ExercisePickerScreen))
    picker = app.screen
    assert "(type to search, enter chooses)" in str(picker.query_one(".dialog-title").render())
    await until(pilot, lambda: "Choose" in [item.description for item in picker.query_one(Footer).items])
    # Its own name searched first, ours that it matches at the top; what is typed replaces the search.
    assert picker.query_one("#exercise-search", Input).value == "Flat Bench"
    await until(pilot, lambda: picker.query_one("#exercise-choices").highlighted_id() == "bench-press")
    await pilot.press(*"bench press")
    assert picker.query_one("#exercise-search", Input).value == "bench press"
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
    await pilot.press("y")
    await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))


def said(app) -> list[str]:
    return [str(notification.message) for notification in app._notifications]


async def test_n_on_a_set_in_a_workouts_detail_counts_your_exercise_as_ours_everywhere(store, clock):
    workout = with_flat_bench(store)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await count_the_first_set_as_bench_press(app, pilot)
        assert "2 sets of “Flat Bench” now count as Bench press." in said(app)
        table = app.screen.query_one(DataTable)
        await until(pilot, lambda: str(table.get_row_at(0)[1]) == "Bench press")
        await pilot.press("escape")
        await pilot.press("g")
        await app.workers.wait_for_complete()
        await until(pilot, lambda: sorted(chart_names(app)) == ["Bench press", "Push-up"])
    assert [s.exercise_id for s in store.history.get(workout.id).sets] == ["bench-press", "bench-press", "push-up"]


async def test_counting_a_single_set_as_ours_says_one_set_counts(store, clock):
    store.exercises.add([FLAT_BENCH])
    start = moment(2026, 11, 18, 18, 0)
    store.history.save(replace(a_workout(at=start, name="Gym"), finished_at=start,
                               sets=(a_set("custom:flat-bench", at=start, reps=5, load=80.0),)))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await count_the_first_set_as_bench_press(app, pilot)
        assert "1 set of “Flat Bench” now counts as Bench press." in said(app)


async def test_n_is_offered_on_your_own_exercises_only_in_charts_records_and_a_workouts_detail(store, clock):
    """The footer offered Name on every exercise, where on one of ours N could only say it cannot be changed."""
    from tests.app.test_history_screen import offered

    with_flat_bench(store)
    app = make_app(store, clock)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await open_charts(app, pilot)
        await highlight(app, pilot, "Flat Bench")
        await until(pilot, lambda: "Name" in offered(screen))
        await highlight(app, pilot, "Push-up")
        await until(pilot, lambda: "Name" not in offered(screen) and "Metric" in offered(screen))
        await pilot.press("N")  # pressed all the same: nothing opens
        await pilot.pause()
        assert app.screen is screen

        await pilot.press("r")
        records = screen.query_one("#records-table", DataTable)
        await until(pilot, lambda: records.row_count > 1)
        await pilot.press("home")  # Flat Bench's records, then Push-up's
        await until(pilot, lambda: "Name" in offered(screen))
        await pilot.press("end")
        await until(pilot, lambda: "Name" not in offered(screen) and "Records" not in offered(screen))

        await pilot.press("w", "enter")  # two sets of Flat Bench, then one of Push-up
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        detail = app.screen
        await until(pilot, lambda: "Name" in offered(detail))
        await pilot.press("end")
        await until(pilot, lambda: "Name" not in offered(detail) and "Edit" in offered(detail))
        await pilot.press("up")
        await until(pilot, lambda: "Name" in offered(detail))


async def test_a_in_the_workout_adds_an_exercise_typed_in_as_your_own(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await exercise_picker(app, pilot)
        await pilot.press(*"Sled push")
        choices = app.screen.query_one("#exercise-choices", OptionList)
        await until(pilot, lambda: "Add \u201cSled push\u201d as your own exercise" in
                    str(choices.get_option_at_index(choices.option_count - 1).prompt))
        choices.highlighted = choices.option_count - 1
        await pilot.press("enter")
        await until(pilot, lambda: not isinstance(app.screen, ExercisePickerScreen))
        await until(pilot, lambda: any(e.name == "Sled push" for e in store.exercises.all()))
        await until(pilot, lambda: "custom:sled-push" in str(store.workout.current().progress))
        # Typed again, it is offered as the exercise you have, not added twice.
        await pilot.press("A")
        await until(pilot, lambda: isinstance(app.screen, ExercisePickerScreen))
        await pilot.press(*"sled push")
        choices = app.screen.query_one("#exercise-choices", OptionList)
        await until(pilot, lambda: "your own" in str(choices.get_option_at_index(0).prompt))
        assert not any("as your own exercise" in str(choices.get_option_at_index(i).prompt)
                       for i in range(choices.option_count))
    assert [e.id for e in store.exercises.all()] == ["custom:sled-push"]


async def test_your_own_exercise_gets_the_suggestion_ours_do(store, clock):
    """A Strong user's Leg Press, kept as their own: no "Suggestion:" line, over two years of its sets, where every
    exercise of ours had one."""
    with_flat_bench(store)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2", "A")  # an empty workout, with the exercise picked
        await until(pilot, lambda: isinstance(app.screen, ExercisePickerScreen))
        await pilot.press(*"Flat Bench")
        choices = app.screen.query_one("#exercise-choices", OptionList)
        await until(pilot, lambda: str(choices.get_option_at_index(0).prompt) == "Flat Bench  your own")
        await pilot.press("enter")
        suggestion = lambda: str(app.screen.query_one("#workout-suggestion").render())  # noqa: E731
        await until(pilot, lambda: suggestion() == "Suggestion: Last time your best was 8 reps: aim for 9 reps on "
                                                   "every set.")


async def test_i_on_your_own_exercise_shows_its_page_with_your_last_time_and_records(store, clock):
    """ "“Leg Press” is your own exercise: there is nothing to read about it": its last time and records, which a
    Strong user's exercise page has, were only in History's Records tab."""
    with_flat_bench(store)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "A")
        await until(pilot, lambda: isinstance(app.screen, ExercisePickerScreen))
        await pilot.press(*"Flat Bench", "enter")
        await until(pilot, lambda: app.session is not None)
        await pilot.press("i")
        await until(pilot, lambda: isinstance(app.screen, ExerciseDetailScreen))
        text = lambda: plain(app.screen.query_one("#exercise-text", Static).content)  # noqa: E731
        await until(pilot, lambda: "Yours" in text())
        assert text().startswith("Flat Bench\nYour own exercise · Chest\n")
        assert "Last time (Wed 18 Nov 2026): 8 reps @ 60 kg · 8 reps @ 62.5 kg" in text()
        assert "Records: most reps 8 reps · heaviest load 62.5 kg" in text() and "How to do it" not in text()
        await pilot.press("escape")
        await until(pilot, lambda: app.screen.query("#workout-plan"))


async def test_an_exercise_page_open_as_the_units_change_shows_its_records_in_the_new_ones(store, clock):
    """Settings saved with lb over an exercise's page left "best set volume 455 kg" on it until it was opened
    again (the README: settings apply at once)."""
    from textual.widgets import Select

    with_flat_bench(store)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"flat bench", "enter", "enter")
        await until(pilot, lambda: isinstance(app.screen, ExerciseDetailScreen))
        page = app.screen
        text = lambda: plain(page.query_one("#exercise-text", Static).content)  # noqa: E731
        await until(pilot, lambda: "best set volume 500 kg" in text())
        await pilot.press("comma")
        await until(pilot, lambda: app.screen is not page)
        app.screen.query_one("#units", Select).value = "lb"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.screen is page)
        await until(pilot, lambda: "best set volume 1,102.3 lb" in text())


async def test_your_own_exercises_are_listed_after_the_catalogue_with_their_pages(store, clock):
    """A Strong user's Squat and Leg Press, kept as their own, were nowhere on Routines: `/flat` found nothing."""
    with_flat_bench(store)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        assert listed_ids(app)[-1] == "exercise:custom:flat-bench"
        for kit_or_focus in ({"owned": frozenset()}, {"focus": Focus.CORE}):  # neither known: left out by either
            app.screen.set_filter(**kit_or_focus)
            await until(pilot, lambda: "exercise:custom:flat-bench" not in listed_ids(app))
            app.screen.action_clear_filters()
            await until(pilot, lambda: listed_ids(app)[-1] == "exercise:custom:flat-bench")
        # Searched by its name, it comes before the catalogue's Bench press (a typo away), with the cursor on it, not
        # on the routine holding that bench press listed above.
        await pilot.press("slash", *"flat bench", "enter")
        await until(pilot, lambda: listed_ids(app)[-2:] == ["exercise:custom:flat-bench", "exercise:bench-press"])
        assert listing(app).highlighted_id() == "exercise:custom:flat-bench"
        preview = lambda: plain(app.screen.query_one("#exercise-preview-text", Static).content)  # noqa: E731
        await until(pilot, lambda: preview().startswith("Flat Bench\nYour own exercise · Chest"))
        await pilot.press("d")  # not the catalogue's: said to be the user's own, and where it is renamed
        await until(pilot, lambda: any("“Flat Bench” is your own exercise: N on it in History's charts or records "
                                       "renames it." in str(note.message) for note in app._notifications))
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ExerciseDetailScreen))
        await until(pilot, lambda: "Records: most reps 8 reps · heaviest load 62.5 kg" in plain(
            app.screen.query_one("#exercise-text", Static).content))


async def test_your_own_exercise_whose_name_starts_with_what_was_typed_is_listed_first(store, clock):
    """"Ring" listed One-arm dumbbell row (its alias "single-arm row", a typo away) above the user's Ring Dip:
    enter added the row."""
    store.exercises.add([CustomExercise("custom:ring-dip", "Ring Dip")])
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await exercise_picker(app, pilot)
        await pilot.press(*"Ring")
        choices = app.screen.query_one("#exercise-choices", OptionList)
        await until(pilot, lambda: str(choices.get_option_at_index(0).prompt) == "Ring Dip  your own")
        await pilot.press("enter")
        await until(pilot, lambda: "custom:ring-dip" in str(store.workout.current().progress))


async def test_your_own_exercise_named_as_typed_is_listed_before_ours_that_match_alike(store, clock):
    """Typing "pushups" listed our Push-up above the user's own "pushups" (Routines' search puts theirs first)."""
    store.exercises.add([CustomExercise("custom:pushups", "pushups")])
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        offered = await exercise_picker(app, pilot)
        await pilot.press(*"pushups")
        await until(pilot, lambda: offered()[:2] == ["pushups  your own", "Push-up  no equipment"])


async def test_the_routine_editor_adds_your_own_exercise_and_the_routine_shows_and_exports_it(store, clock, tmp_path):
    from tui.screens.routine_editor import RoutineEditorScreen
    from tui.screens.routines import RoutinesScreen
    from tui.store.open import open_store
    from tui.store.transfer import export_content, import_into, read_everything, read_import_file

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, RoutineEditorScreen))
        await pilot.press(*"Gym day", "enter", "a")
        await until(pilot, lambda: isinstance(app.screen, ExercisePickerScreen))
        await pilot.press(*"Face pull")
        choices = app.screen.query_one("#exercise-choices", OptionList)
        await until(pilot, lambda: "as your own exercise" in str(choices.get_option_at_index(0).prompt))
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, RoutineEditorScreen))
        entries = app.screen.query_one("#entries", OptionList)
        assert "Face pull" in str(entries.get_option_at_index(0).prompt)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, RoutinesScreen))
        detail = app.screen.query_one("#routine-detail", OptionList)
        lines = lambda: [getattr(option.prompt, "plain", "") for option in detail.options]  # noqa: E731
        await until(pilot, lambda: any("Face pull" in line for line in lines()))
        face_pull = next(line for line in lines() if "Face pull" in line)
        # It names no muscles: its line of kit and muscles had a dot with nothing after it. Its kit is not known.
        assert face_pull.splitlines()[-1].strip() == "your own exercise", face_pull
        (routine,) = store.routines.all()
        # Its row in the list: no focus or kit known, and no blank line for them.
        assert "" not in [line.strip() for line in row_text(app, f"own:{routine.id}").splitlines()]
    assert [entry.exercise_id for entry in routine.entries] == ["custom:face-pull"]
    exported = tmp_path / "export.json"
    exported.write_bytes(export_content(read_everything(store), "json", app.catalogue))
    elsewhere = open_store(tmp_path / "elsewhere")
    import_into(elsewhere, read_import_file(exported, app.catalogue, app.settings))
    assert [r.entries[0].exercise_id for r in elsewhere.routines.all()] == ["custom:face-pull"]
    assert [e.name for e in elsewhere.exercises.all()] == ["Face pull"]


async def test_a_name_that_is_one_of_ours_is_not_offered_as_a_new_exercise(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await exercise_picker(app, pilot)
        await pilot.press(*"flat bench press")
        choices = app.screen.query_one("#exercise-choices", OptionList)
        await until(pilot, lambda: choices.option_count > 0
                    and "Bench press" in str(choices.get_option_at_index(0).prompt))
        assert not any("as your own exercise" in str(choices.get_option_at_index(i).prompt)
                       for i in range(choices.option_count))


async def test_n_in_records_and_the_rename_dialog_fit_a_phone_at_40x20(store, clock):
    with_flat_bench(store)
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.press("4")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await app.workers.wait_for_complete()
        await pilot.press("r")
        records = app.screen.query_one("#records-table", DataTable)
        await until(pilot, lambda: records.row_count > 0)
        # On a phone a record's first cell holds the exercise over the record's kind.
        rows = [str(records.get_row_at(i)[0]).split("\n")[0] for i in range(records.row_count)]
        records.move_cursor(row=rows.index("Flat Bench"))
        await pilot.press("N")
        await until(pilot, lambda: isinstance(app.screen, ChoiceScreen))
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, NameDialog))
        screen_region = app.screen.region
        for widget in (app.screen.query_one(Input), app.screen.query_one("#go"), app.screen.query_one("#cancel")):
            assert screen_region.contains_region(widget.region), f"{widget} is cut off at 40x20"
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
    assert [e.name for e in store.exercises.all()] == ["Flat Bench"]


async def test_editing_a_past_workout_can_add_a_set_of_a_new_exercise_of_your_own(store, clock):
    from tests.app.test_history_screen import edit_in_set_editor
    from tui.screens.workout_edit import EditWorkoutScreen

    workout = with_flat_bench(store)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("4")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, EditWorkoutScreen))
        form = app.screen
        await pilot.press("ctrl+o")
        await until(pilot, lambda: isinstance(app.screen, ExercisePickerScreen))
        await pilot.press(*"Sled push")
        choices = app.screen.query_one("#exercise-choices", OptionList)
        await until(pilot, lambda: "as your own exercise" in
                    str(choices.get_option_at_index(choices.option_count - 1).prompt))
        choices.highlighted = choices.option_count - 1
        await pilot.press("enter")
        await edit_in_set_editor(app, pilot, count="12")
        await until(pilot, lambda: app.screen is form and form.query_one("#form-sets").row_count == 4)
        assert str(form.query_one("#form-sets", DataTable).get_row_at(3)[1]) == "Sled push"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
    saved = store.history.get(workout.id)
    assert [(s.exercise_id, s.reps) for s in saved.sets][-1] == ("custom:sled-push", 12)
    assert [e.name for e in store.exercises.all()] == ["Flat Bench", "Sled push"]


async def test_n_counts_your_own_exercise_as_bodyweight_and_its_records_and_sets_follow(store, clock):
    """A weighted dip imported as "Ring Dip" read "heaviest load 10 kg" with an Epley 1RM, its sets "@ 10 kg": only
    the catalogue's exercises could be bodyweight ones. `N` turns it over, and back."""
    ring_dip = CustomExercise("custom:ring-dip", "Ring Dip")
    store.exercises.add([ring_dip])
    start = moment(2026, 11, 18, 18, 0)
    store.history.save(replace(a_workout(at=start, name="Rings"), finished_at=start, sets=(
        a_set("custom:ring-dip", at=start, reps=8, load=10.0), a_set("custom:ring-dip", at=start, reps=6, load=-15.0))))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("4")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await app.workers.wait_for_complete()
        await pilot.press("r")
        records = app.screen.query_one("#records-table", DataTable)

        def kinds() -> list[str]:
            return [str(records.get_row_at(i)[1]) for i in range(records.row_count)]

        await until(pilot, lambda: records.row_count > 0)
        assert "heaviest load" in kinds() and "estimated 1RM (Epley)" in kinds()
        await pilot.press("N")
        await until(pilot, lambda: isinstance(app.screen, ChoiceScreen))
        await pilot.press("down", "down", "enter")  # Bodyweight: a load adds to you
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await until(pilot, lambda: "most added load" in kinds())
        assert kinds() == ["most reps", "most added load"]
        assert any("is now a bodyweight exercise" in n.message for n in app._notifications)
        await pilot.press("w", "enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        sets = app.screen.query_one("#detail-sets", DataTable)
        await until(pilot, lambda: sets.row_count == 2)
        assert [cells(app.screen, "#detail-sets", i)["Load"] for i in range(2)] == ["+10 kg", "15 kg assisted"]
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await pilot.press("r", "N")
        await until(pilot, lambda: isinstance(app.screen, ChoiceScreen))
        await pilot.press("down", "down", "enter")  # Lifted weight: and back
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await until(pilot, lambda: "heaviest load" in kinds())
    assert [exercise.bodyweight for exercise in store.exercises.all()] == [False]


STRONG_WITH_A_RUN = Path(__file__).parent.parent / "fixtures" / "imports" / "strong_current_comma_lbs.csv"


def imported_a_run(app, store) -> None:
    """Strong's export with a lift (Leg Press) and a run (Running), imported into the store."""
    from tui.store.transfer import import_into, read_import_file

    import_into(store, read_import_file(STRONG_WITH_A_RUN, app.catalogue, app.settings))
    assert {e.name for e in store.exercises.all()} == {"Leg Press", "Running"}


async def exercise_picker(app, pilot) -> Callable[[], list[str]]:
    """A workout started and `A` pressed: what its exercise picker offers, read afresh at each call."""
    app.start_workout(app.catalogue.routines[next(iter(app.catalogue.routines))])
    await pilot.pause()
    await pilot.press("A")
    await until(pilot, lambda: isinstance(app.screen, ExercisePickerScreen))
    choices = app.screen.query_one("#exercise-choices", OptionList)
    return lambda: [str(choices.get_option_at_index(i).prompt) for i in range(choices.option_count)]


async def test_a_run_imported_from_strong_is_not_offered_as_an_exercise_to_log_sets_of(store, clock):
    """Strong's "Running" is kept for its runs (a distance and a time): the pickers listed it as one of your own
    exercises, and added it to the workout as three sets of reps, which a run cannot be logged as."""
    app = make_app(store, clock)
    imported_a_run(app, store)
    async with app.run_test(size=(80, 24)) as pilot:
        offered = await exercise_picker(app, pilot)
        await pilot.press(*"Leg")
        await until(pilot, lambda: "Leg Press  your own" in offered())  # an exercise of yours from Strong: offered
        await pilot.press(*["backspace"] * 3, *"Run")
        await until(pilot, lambda: offered() and "Leg Press  your own" not in offered())
        assert not any(option.startswith("Running") for option in offered())
        await pilot.press(*"ning")  # typed whole, it is not offered as a new exercise either: it says why
        await until(pilot, lambda: any("Running is cardio" in option for option in offered()))
        assert not any("as your own exercise" in option for option in offered())
        said = next(i for i, option in enumerate(offered()) if "Running is cardio" in option)
        choices = app.screen.query_one("#exercise-choices", OptionList)
        assert choices.get_option_at_index(said).disabled, "a note, not a choice"
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, ExercisePickerScreen))
    assert "custom:running" not in str(store.workout.current().progress)


async def test_n_on_a_run_offers_to_rename_it_only(store, clock):
    """`N` on Strong's "Running" offered "Same as a catalogue exercise": counted as a push-up, the run read
    "Push-up: 5.2 km in 31:00", exports wrote it so, and the note said "2 sets of Running"."""
    app = make_app(store, clock)
    imported_a_run(app, store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await pilot.press("enter")  # the newest: the long run
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        await pilot.press("N")
        await until(pilot, lambda: isinstance(app.screen, ChoiceScreen))
        choices = app.screen.query_one("#choices", OptionList)
        assert [str(choices.get_option_at_index(i).prompt) for i in range(choices.option_count)] == ["Rename"]
    running = next(exercise for exercise in store.exercises.all() if exercise.name == "Running")
    with pytest.raises(CustomExerciseError, match="“Running” is cardio"):
        mapped(running, "push-up", app.catalogue.names)


async def test_a_run_an_older_version_imported_without_the_cardio_mark_is_not_offered_either(store, clock):
    """A data directory from before imports marked runs: its Running has no cardio mark, and the pickers offered
    it for sets. It is marked a moment after the app starts (not before the first frame), once."""
    app = make_app(store, clock)
    imported_a_run(app, store)
    with store.data.transaction(store.data.main_path) as db:  # written the old way: no cardio mark, either way
        db.table("exercises").update(lambda doc: doc.pop("cardio", None))
    assert "cardio" not in str(store.data.peek(store.data.main_path)["exercises"])
    assert not any(exercise.cardio for exercise in store.exercises.all())
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: any(exercise.cardio for exercise in store.exercises.all()))
        offered = await exercise_picker(app, pilot)
        await pilot.press(*"Leg")
        await until(pilot, lambda: "Leg Press  your own" in offered())  # a lift of yours: still offered
        await pilot.press(*["backspace"] * 3, *"Run")
        await until(pilot, lambda: offered() and "Leg Press  your own" not in offered())
        assert not any(option.startswith("Running") for option in offered())
    assert {e.name: e.cardio for e in store.exercises.all()} == {"Leg Press": False, "Running": True}


async def test_a_name_too_long_to_add_says_so_rather_than_that_nothing_matches(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        offered = await exercise_picker(app, pilot)
        app.screen.query_one("#exercise-search", Input).value = "Kettlebell walk " * 6  # 96 characters, pasted
        await until(pilot, lambda: offered() == ["Not added as your own: a name can be at most 80 characters."])
        await pilot.press("enter")
        assert isinstance(app.screen, ExercisePickerScreen) and store.exercises.all() == []


async def test_a_routine_shown_on_routines_reads_your_exercise_by_its_new_name(store, clock):
    """Renamed in History, it kept its old name on the routine shown until the cursor moved."""
    with_flat_bench(store)
    store.routines.save(Routine(
        id="mine", name="Bench day", description="", format=RoutineFormat.STRAIGHT_SETS, focus=(Focus.CHEST,),
        entries=(RoutineEntry("custom:flat-bench", IntRange(3, 3), reps=IntRange(8, 8)),), shipped=False))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        app.screen.query_one("#routine-list").highlight_id("own:mine")
        detail = app.screen.query_one("#routine-detail")

        def shown() -> str:
            return "\n".join(strip.text for strip in detail.render_lines(Region(0, 0, *detail.size)))

        await until(pilot, lambda: "Flat Bench" in shown())
        (await rename_dialog_from_the_charts(app, pilot)).value = "Bench at the gym"
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await pilot.press("1")
        await until(pilot, lambda: "Bench at the gym" in shown())


async def test_a_routine_holding_your_own_exercise_does_not_say_it_needs_no_equipment(store, clock):
    """A Face pull of the user's read "no equipment", and so did the circuit holding it and a Dead bug."""
    store.exercises.add([FLAT_BENCH])
    app = make_app(store, clock)
    saved = own_routine(store, app.catalogue, name="Bench and plank")
    plank = next(entry for entry in saved.entries if entry.exercise_id == "plank")
    mine = saved._replace(entries=(plank, plank._replace(exercise_id=FLAT_BENCH.id)))
    store.routines.save(mine, replacing=saved)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: f"own:{mine.id}" in listed_ids(app))
        assert "core · no equipment" not in row_text(app, f"own:{mine.id}")
        listing(app).highlight_id(f"own:{mine.id}")
        await until(pilot, lambda: "2. Flat Bench" in detail_text(app))
        detail = detail_text(app)
        assert "Equipment: not known (your own exercises)" in detail
        assert "2. Flat Bench" in detail and "your own exercise" in detail.split("2. Flat Bench")[1]


async def test_your_exercise_in_the_workout_in_progress_counted_as_ours_is_ours_there_too(store, clock, data_dir):
    """Counted as our Bench press from History during a workout of Flat Bench: the workout said "Last time: not
    done before", and its next save wrote Flat Bench back into workout.json."""
    with_flat_bench(store)
    bench = RoutineEntry("custom:flat-bench", sets=IntRange.exactly(3), reps=IntRange.exactly(8))
    mine = Routine(id="mine", name="Mine", description="", format=RoutineFormat.STRAIGHT_SETS, focus=(Focus.CHEST,),
                   entries=(bench,))
    store.routines.save(mine)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_workout(mine)
        await app.workers.wait_for_complete()
        await pilot.press("space")  # 8 reps @ 62.5 kg, from last time
        await until(pilot, lambda: len(app.session.workout.sets) == 1)
        await count_the_first_set_as_bench_press(app, pilot)
        assert "2 sets of “Flat Bench” now count as Bench press." in said(app)  # in History
        await app.workers.wait_for_complete()
        await pilot.press("2")
        last_time = app.screen.query_one("#workout-last-time")
        await until(pilot, lambda: "Last time from set 2: 8 reps @ 62.5 kg" in str(last_time.render()))
        await pilot.press("space")
        await until(pilot, lambda: len(app.session.workout.sets) == 2)
    assert [s.exercise_id for s in store.workout.current().sets] == ["bench-press", "bench-press"]


async def test_the_name_of_your_exercise_counted_as_ours_finds_ours_in_the_picker(store, clock):
    """"DB Curl", counted as our Lateral raise, typed in a picker: it was offered as a new exercise of yours, whose id
    was the counted one's, and choosing it crashed the app (KeyError)."""
    store.exercises.add([CustomExercise("custom:db-curl", "DB Curl", same_as="lateral-raise")])
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        offered = await exercise_picker(app, pilot)
        await pilot.press(*"DB Curl")
        await until(pilot, lambda: bool(offered()) and offered()[0].startswith("Lateral raise"))
        assert not any("as your own exercise" in line for line in offered())
        await pilot.press("enter")
        await until(pilot, lambda: not isinstance(app.screen, ExercisePickerScreen))
        assert app.session.routine.entries[-1].exercise_id == "lateral-raise"


async def test_routines_search_finds_ours_by_the_name_of_your_exercise_counted_as_it(store, clock):
    """"/db curl" said "Nothing matches" once DB Curl counted as our Lateral raise."""
    store.exercises.add([CustomExercise("custom:db-curl", "DB Curl", same_as="lateral-raise")])
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash", *"db curl")
        await until(pilot, lambda: "exercise:lateral-raise" in listed_ids(app))
        assert listing(app).highlighted_id() == "exercise:lateral-raise"


async def test_two_routines_or_exercises_of_one_id_copied_by_hand_are_said_not_a_crash(store, clock, data_dir):
    """A routine copied by hand in runstrength.json, its name changed, its id not: the app stopped at every start
    (the list tells rows apart by id: DuplicateID). Two own exercises of one id did the same."""
    import json

    with_flat_bench(store)
    own_routine(store, make_app(store, clock).catalogue, name="Mine")
    main = data_dir / "runstrength.json"
    data = json.loads(main.read_text())
    data["routines"]["2"] = {**data["routines"]["1"], "name": "Mine, tweaked"}
    data["exercises"]["2"] = {**data["exercises"]["1"], "name": "Flat Bench again"}
    main.write_text(json.dumps(data))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: any("is another routine's too" in message for message in said(app)))
        await pilot.press("b")
        await pilot.pause()
        assert app.is_running
        assert [e.name for e in app.catalogue_with_own.exercises.values() if e.id == FLAT_BENCH.id] == [
            "Flat Bench"]


@pytest.mark.parametrize("record", [
    {"id": "crunch", "name": "Shadow crunch"},  # one of ours: listed twice beside ours, it stopped every start
    {"id": "custom:pallof-press", "name": None},  # read "None"
    {"id": ["custom:a"], "name": "A list"},  # read "['custom:a']"
    {"id": "custom:", "name": "No id"},
    {"id": "custom:blank", "name": "  "},
], ids=["our-id", "null-name", "list-id", "prefix-only", "blank-name"])
async def test_a_custom_exercise_a_hand_edit_broke_is_left_out_and_the_app_runs(store, clock, record):
    """A custom exercise's record edited by hand (or merged from another copy) as one that cannot be: the app
    stopped at every start over one with our id ("crunch"), and listed a null name as "None". It is left out; the
    valid one beside it stays, and every screen shows."""
    with store.data.transaction(store.data.main_path) as db:
        db.table("exercises").insert_multiple([record, {"id": "custom:band-pull-apart", "name": "Band pull apart"}])
    assert [exercise.id for exercise in store.exercises.all()] == ["custom:band-pull-apart"]
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: bool(listed_ids(app)))
        for key in "342":
            await pilot.press(key)
            await pilot.pause()
        await pilot.press("A")  # on the Workout screen: a workout started with an exercise picked
        await until(pilot, lambda: isinstance(app.screen, ExercisePickerScreen))
        await pilot.press(*"band pull")
        picker = app.screen.query_one(OptionList)
        await until(pilot, lambda: any("Band pull apart" in str(option.prompt) for option in picker.options))
        assert not any("None" in str(option.prompt) or "Shadow" in str(option.prompt) for option in picker.options)
