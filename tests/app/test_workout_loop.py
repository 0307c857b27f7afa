"""The workout loop a Strong or Hevy user expects, driven by keys: the whole workout at a glance, values that
carry, every set fixable, rests that survive every key, holds, circuit rounds, and the summary.

Each test checks what the user sees and what is on disk (a second store opened on the same files)."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from textual import events
from textual.widgets import Input

from tests.app.test_user_keymap import screen_text
from tests.app.test_workout_screen import timer_text
from tests.app.waiting import until
from tests.builders import a_set, a_workout, moment
from tui.app import make_app
from tui.domain.catalogue.custom_exercises import CustomExercise
from tui.domain.settings import Settings
from tui.screens.confirm import ConfirmScreen
from tui.screens.exercise_detail import ExerciseDetailScreen
from tui.screens.pickers import ChoiceScreen, ExercisePickerScreen
from tui.screens.set_editor import SetForm, load_hint
from tui.screens.workout import WorkoutScreen
from tui.screens.workout_dialogs import ResumeScreen
from tui.screens.workout_summary import SummaryScreen
from tui.store.open import open_store
from tui.widgets.footer import Footer
from tui.widgets.workout_sets import WorkoutSets

GYM = "sample-upper-body-workout"
FOUR_MOVES = "four-upper-body-exercises"
SHOULDER_CIRCUIT = "dumbbell-shoulder-circuit"
STRETCH = "post-workout-stretch"


def on_disk(data_dir):
    return open_store(data_dir).workout.current()


def rows(app) -> list[str]:
    return [row.text.plain for row in app.screen.query_one(WorkoutSets).rows]


def highlighted(app) -> str:
    plan = app.screen.query_one(WorkoutSets)
    return plan.row_text(plan.selected_key)


def toasts(app) -> str:
    """What the app has notified, still on screen."""
    return " ".join(str(notification.message) for notification in app._notifications)


def text_of(app, widget_id: str) -> str:
    return str(app.screen.query_one(f"#workout-{widget_id}").render())


def benched_last_week(store, reps: int, load: float) -> None:
    """A finished workout a week ago with one bench press set."""
    start = moment(2026, 11, 13, 18, 0)
    store.history.save_many([replace(a_workout(at=start, name="Last week"), finished_at=start,
                                     sets=(a_set("bench-press", at=start, reps=reps, load=load),))])


async def started(app, pilot, routine_id: str) -> None:
    app.start_workout(app.catalogue.routines[routine_id])
    await until(pilot, lambda: isinstance(app.screen, WorkoutScreen) and app.session is not None)
    await pilot.pause()


def form_shown(app) -> bool:
    """The set's form is on the screen, in the workout's place."""
    return any(form.display for form in app.screen.query(SetForm))


async def type_into(pilot, field_id: str, text: str) -> None:
    """Move to a field of the open form and type over it, key by key, as a user does."""
    pilot.app.screen.query_one(f"#{field_id}").focus()
    await pilot.press("end", "ctrl+u", *text)


async def open_set_form(pilot) -> None:
    """`e`, until the set's form shows."""
    await pilot.press("e")
    await until(pilot, lambda: form_shown(pilot.app))


async def edit_with(pilot, **fields: str) -> None:
    """`e`, type into the editor's fields, ctrl+s."""
    await open_set_form(pilot)
    for field_id, text in fields.items():
        await type_into(pilot, field_id.replace("_", "-"), text)
    await pilot.press("ctrl+s")
    await until(pilot, lambda: not form_shown(pilot.app))


async def answer(pilot, screen_type, key: str) -> None:
    await until(pilot, lambda: isinstance(pilot.app.screen, screen_type))
    await pilot.press(key)
    await until(pilot, lambda: not isinstance(pilot.app.screen, screen_type))


async def swap_to(pilot, variation: str) -> None:
    """`v`, then the variation chosen by its label ("Plank (easier)"), back on the workout."""
    await pilot.press("v")
    await until(pilot, lambda: isinstance(pilot.app.screen, ChoiceScreen))
    await pilot.press(*["down"] * pilot.app.screen.labels.index(variation), "enter")
    await until(pilot, lambda: isinstance(pilot.app.screen, WorkoutScreen))


async def test_the_whole_workout_shows_every_exercise_with_its_sets_done_current_and_planned(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, GYM)
        assert text_of(app, "progress") == "Exercise 1 of 6 · 0:00"
        shown = rows(app)
        assert shown[:3] == ["1. Bench press  8-12 reps", "  ▶ Set 1: 8-12 reps  next", "    Set 2: 8-12 reps"]
        assert "6. Plank  30-60 s hold" in shown, "every exercise of the routine, the last one too"
        await edit_with(pilot, load="40")
        await pilot.press("space")
        clock.advance(minutes=2, seconds=5)
        app.screen.tick()
        assert rows(app)[1:3] == ["  ✓ Set 1: 8 reps @ 40 kg", "  ▶ Set 2: 8-12 reps  next"]
        assert highlighted(app) == "  ▶ Set 2: 8-12 reps  next"
        assert text_of(app, "progress") == "Exercise 1 of 6 · 2:05"


async def test_the_list_keeps_the_current_set_in_view_as_the_workout_goes_on(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(app, pilot, GYM)
        for _ in range(14):
            await pilot.press("space")
        plan = app.screen.query_one(WorkoutSets)
        assert highlighted(app).startswith("  ▶ Set 3")
        region = plan.scrollable_content_region
        line = plan.first_line(plan.selected_key)
        assert plan.scroll_offset.y <= line < plan.scroll_offset.y + region.height


async def test_a_load_set_with_e_carries_to_the_next_set_and_the_other_side(store, clock, data_dir):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, GYM)
        await edit_with(pilot, load="40")
        await pilot.press("space", "space")
        assert [(s.reps, s.load, s.unit) for s in on_disk(data_dir).sets] == [(8, 40.0, "kg"), (8, 40.0, "kg")]


async def test_what_is_typed_after_a_refused_save_replaces_the_value_refused(store, clock, data_dir):
    """A load of 99999 refused, then 50 typed: the field read "9999950", as the cursor stayed where it was."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await started(app, pilot, GYM)
        await open_set_form(pilot)
        await pilot.press("tab", *"99999", "ctrl+s")  # the load field, its value selected as the focus comes in
        error = app.screen.query_one("#set-editor-error")
        await until(pilot, lambda: "load" in str(error.render()))
        await pilot.press("5", "0", "ctrl+s")
        await until(pilot, lambda: not form_shown(app))
        await pilot.press("space")
        await until(pilot, lambda: bool(on_disk(data_dir).sets))
        assert [(s.load, s.unit) for s in on_disk(data_dir).sets] == [(50.0, "kg")]


async def test_a_load_carries_to_the_other_side_and_a_band_to_the_next_set(store, clock, data_dir):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, "upper-back-three-moves")
        await pilot.press("n")  # the chainsaw row, per side
        await edit_with(pilot, load="12")
        await pilot.press("space", "space")
        assert [(s.side, s.load) for s in on_disk(data_dir).sets] == [("L", 12.0), ("R", 12.0)]
        await edit_with(pilot, bands="green")
        await pilot.press("space")
        assert on_disk(data_dir).sets[-1].bands == ("green",)
        assert "green band" in text_of(app, "next")


async def test_a_side_typed_on_a_per_side_set_is_the_side_logged(store, clock, data_dir):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, "upper-back-three-moves")
        await pilot.press("n")  # the chainsaw row, left side first
        await edit_with(pilot, side="R")  # this user starts with the right
        assert text_of(app, "position") == "Set 1 of 3 - right side", "the heading says the side space logs"
        await pilot.press("space")
        assert [s.side for s in on_disk(data_dir).sets] == ["R"]
        assert "  ✓ Set 1 R: 10 reps" in rows(app), "the side said once, by the label"
        # The left side is the one left to do (space logged the right side again), and the rest waits for it.
        assert "  ▶ Set 1 L: 10-12 reps  next" in rows(app), "not '10-12 reps each side' after the label's side"
        assert text_of(app, "position") == "Set 1 of 3 - left side"
        assert "then rest 60 s" in text_of(app, "target")
        await pilot.press("space")
        assert [s.side for s in on_disk(data_dir).sets] == ["R", "L"]
        assert text_of(app, "position") == "Set 2 of 3 - left side"


async def test_the_set_forms_title_follows_the_side_and_the_warm_up_typed_into_it(store, clock):
    """R typed on "Set 1 of 3 - left side" left the title naming the left side, the one space would not log."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, "upper-back-three-moves")
        await pilot.press("n")  # the chainsaw row, left side first

        def title() -> str:
            return str(app.screen.query_one(".dialog-title").render())

        await open_set_form(pilot)
        assert title() == "Kettlebell chainsaw row - Set 1 of 3 - left side"
        await type_into(pilot, "side", "R")
        await until(pilot, lambda: title() == "Kettlebell chainsaw row - Set 1 of 3 - right side")
        await type_into(pilot, "set-type", "w")
        await until(pilot, lambda: title() == "Kettlebell chainsaw row - Warm-up before set 1 of 3 - right side")
        await type_into(pilot, "side", "")  # no side typed: the planned one
        await until(pilot, lambda: title() == "Kettlebell chainsaw row - Warm-up before set 1 of 3 - left side")
        await type_into(pilot, "set-type", "x")  # cleared (a working set), then not a set type: the title keeps
        await until(pilot, lambda: title() == "Kettlebell chainsaw row - Set 1 of 3 - left side")
        await pilot.press("escape")
        await until(pilot, lambda: not form_shown(app))
        await open_set_form(pilot)  # cancelled: the set is as it was
        assert title() == "Kettlebell chainsaw row - Set 1 of 3 - left side"


async def test_a_word_typed_into_a_one_letter_field_is_read_whole_or_refused_never_cut_to_its_first_letter(
        store, clock, data_dir):
    """"felt strong", typed into the set type (a tab too many on the way to the note), was cut to its "f": the set
    was saved as one to failure, and the note was lost. The field's words are taken whole: "left", "warm-up", "lbs"."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, "upper-back-three-moves")
        await pilot.press("n")  # the chainsaw row: a load, a unit and a side
        await open_set_form(pilot)
        await type_into(pilot, "set-type", "felt strong")
        await pilot.press("enter")
        await pilot.pause()
        assert form_shown(app), "refused: the form stays open"
        assert "the set type must be" in str(app.screen.query_one("#set-editor-error").render())
        assert app.screen.focused.id == "set-type"
        assert app.screen.query_one("#set-type", Input).value == "felt strong"
        await type_into(pilot, "set-type", "Warm-up")
        await type_into(pilot, "side", "right")
        await type_into(pilot, "load", "35")
        await type_into(pilot, "unit", "lbs")
        await pilot.press("enter")
        await until(pilot, lambda: not form_shown(app))
        await pilot.press("space")
        await until(pilot, lambda: len(on_disk(data_dir).sets) == 1)
        (logged,) = on_disk(data_dir).sets
        assert (logged.set_type, logged.side, logged.load, logged.unit) == ("warmup", "R", 35, "lb")


async def test_the_cursor_moves_over_the_sets_and_passes_the_exercise_names(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        plan = app.screen.query_one(WorkoutSets)
        headings = [index for index, row in enumerate(rows(app)) if not row.startswith("  ")]
        assert headings == [0, 4, 8, 12], "one name per exercise, then its sets"
        await pilot.press("down", "down", "down")  # past the first exercise's last set and over the next name
        assert plan.cursor == 5
        await pilot.press("up")
        assert plan.cursor == 3
        await pilot.press("end")
        assert plan.cursor == len(rows(app)) - 1
        await pilot.press("pageup")
        assert plan.cursor < len(rows(app)) - 10, "a page is the list's height"
        await pilot.press("home")
        assert highlighted(app) == "  ▶ Set 1: 12-15 reps  next"
        await pilot.press("pagedown", "enter")  # a set further on becomes the next one
        assert highlighted(app).endswith("  next") and plan.cursor > 10
        assert rows(app)[1] == "    Set 1: 12-15 reps"


async def test_e_on_a_set_further_on_edits_it_and_a_cancel_leaves_the_next_set_and_the_cursor_where_they_were(
        store, clock):
    """`e` on Set 3 made it the next set even when the form was cancelled: the workout went on from Set 3. Then
    the cancel put the cursor back on Set 1, away from the set the user had picked."""
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        await pilot.press("down", "down")  # the cursor on Set 3
        await open_set_form(pilot)
        assert "Set 3 of 3" in str(app.screen.query_one(".dialog-title").render()), "the form is for that set"
        await pilot.press("escape")
        await until(pilot, lambda: not form_shown(app))
        assert text_of(app, "position") == "Set 1 of 3"
        assert rows(app)[1] == "  ▶ Set 1: 12-15 reps  next"
        assert highlighted(app) == "    Set 3: 12-15 reps", "the cursor stays on the set the user picked"
        await edit_with(pilot, count="14")  # used: that set is the next one, with what was typed
        assert text_of(app, "position") == "Set 3 of 3" and "14 reps" in text_of(app, "next")


async def test_the_set_under_the_mouse_is_marked_as_a_list_marks_it(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        plan = app.screen.query_one(WorkoutSets)

        def background(text: str):
            """The background of the line of the list showing this text, as drawn now."""
            lines = [plan.render_line(y) for y in range(plan.scrollable_content_region.height)]
            line = next(strip for strip in lines if text in strip.text)
            return {segment.style.bgcolor for segment in line if segment.text.strip()}

        plain = background("Set 2: 12-15 reps")
        row = next(y for y in range(plan.scrollable_content_region.height)
                   if "Set 2: 12-15 reps" in plan.render_line(y).text)
        await pilot.hover("#workout-plan", offset=(8, row + plan.content_offset.y))
        assert background("Set 2: 12-15 reps") != plain
        await pilot.hover("#workout-plan", offset=(8, plan.content_offset.y))  # the exercise's name: not a set
        assert background("Set 2: 12-15 reps") == plain


async def test_any_logged_set_can_be_edited_or_deleted_from_the_list(store, clock, data_dir):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        await pilot.press("space", "space", "space")
        await pilot.press("up", "up", "up")  # from the next set up to the first one logged
        assert highlighted(app) == "  ✓ Set 1: 12 reps"
        await edit_with(pilot, count="9", rpe="8", set_type="w")
        assert [(s.reps, s.rpe, s.set_type) for s in on_disk(data_dir).sets][0] == (9, 8.0, "warmup")
        # A warm-up now, on top of the planned sets: the set it was is to do again (the pull-ups stay next).
        assert rows(app)[1:3] == ["  ✓ Warm-up: 9 reps, RPE 8", "    Set 1: 12-15 reps"]
        # The cursor is back on the next set, which the header names: `e` again edited the logged set.
        assert highlighted(app).startswith("  ▶ Set 1: ") and "Pull-up" in text_of(app, "exercise")
        await pilot.press("up", "up", "up", "up")
        assert highlighted(app) == "  ✓ Warm-up: 9 reps, RPE 8"
        await pilot.press("d")
        await answer(pilot, ConfirmScreen, "y")
        assert [s.reps for s in on_disk(data_dir).sets] == [12, 12]
        shown = rows(app)
        assert shown[1] == "    Set 1: 12-15 reps", "the warm-up is gone; its set is still to do"
        # The pull-ups stay next: deleting a slip of the first exercise pulled the user back to it from the next.
        assert "Pull-up" in text_of(app, "exercise") and "  ▶ Set 1: 12-15 reps  next" in shown[4:]
        assert highlighted(app) == "  ▶ Set 1: 12-15 reps  next", "the cursor is back on the next set"
        await pilot.press("up", "up", "d")  # the second superman set, of the exercise being done now once back on it
        await answer(pilot, ConfirmScreen, "y")
        assert "Pull-up" in text_of(app, "exercise"), "still not pulled back"
        await pilot.press("p", "space", "up", "d")  # back on the supermans: a set deleted there is the next
        await answer(pilot, ConfirmScreen, "y")
        assert "Superman" in text_of(app, "exercise") and rows(app)[1] == "  ▶ Set 1: 12-15 reps  next"


async def test_a_sets_note_shows_in_its_row_as_typed(store, clock):
    """A note typed for a set ("left elbow hurt") is read back where the set is: in the workout's list."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        await edit_with(pilot, note="elbow [red]sore[/]")
        await pilot.press("space")
        await edit_with(pilot, set_type="w", note="easy")
        await pilot.press("space")
        shown = rows(app)
        assert "  ✓ Set 1: 12 reps · elbow [red]sore[/]" in shown
        assert "  ✓ Warm-up: 12 reps · easy" in shown
        assert "  ▶ Set 2: 12-15 reps  next" in shown, "the note was the set's alone"


async def test_an_extra_set_an_added_exercise_and_a_swapped_variation(store, clock, data_dir):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        await pilot.press("space", "space", "space", "up", "a")  # back up to the superman's sets
        assert "  ▶ Set 4: 12-15 reps  next" in rows(app)
        await pilot.press("space")
        assert [s.exercise_id for s in on_disk(data_dir).sets] == ["superman"] * 4
        await pilot.press("A")
        await until(pilot, lambda: isinstance(app.screen, ExercisePickerScreen))
        await pilot.press(*"push-up", "enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutScreen))
        assert "5. Push-up  8-12 reps" in rows(app)
        assert on_disk(data_dir).progress["routine"]["exercise"][-1]["exercise"] == "push-up"
        # the suggestion's "try Diamond push-up" can be acted on: v swaps in a variation
        await pilot.press("end")
        await swap_to(pilot, "Diamond push-up (harder)")
        assert "5. Diamond push-up  8-12 reps" in rows(app)


async def test_x_removes_an_exercise_with_nothing_logged_after_asking_and_refuses_one_with_a_set(clock, data_dir):
    """An exercise added by mistake, or a pull-up with no bar at this gym, stayed in the workout as sets to do:
    `d` takes out only sets added mid-workout ("n goes to the next exercise")."""
    first = make_app(open_store(data_dir), clock)
    async with first.run_test(size=(100, 30), notifications=True) as pilot:
        await started(first, pilot, FOUR_MOVES)
        await pilot.press("space", "x")  # the superman has a set logged
        await until(pilot, lambda: "An exercise with a set logged stays in this workout" in toasts(first))
        assert not isinstance(first.screen, ConfirmScreen) and len(first.session.routine.entries) == 4
        await pilot.press("d")  # its next set, a routine's: skipped, not removed
        await until(pilot, lambda: "can be removed: n goes to the next exercise" in toasts(first))
        await pilot.press("n", "d")  # the pull-up's, nothing logged: `d` tells of `x`
        await until(pilot, lambda: "can be removed: x removes the whole exercise" in toasts(first))
        await pilot.press("x")
        await until(pilot, lambda: isinstance(first.screen, ConfirmScreen))
        assert "Remove Pull-up and its 3 sets to do from this workout?" in screen_text(first)
        await answer(pilot, ConfirmScreen, "n")  # kept
        assert "2. Pull-up  12-15 reps" in rows(first)
        await pilot.press("x")
        await answer(pilot, ConfirmScreen, "y")
        await until(pilot, lambda: "Pull-up removed from this workout." in toasts(first))
        assert "Pull-up" not in " ".join(rows(first)) and "2. Bench dip (feet raised)  12-15 reps" in rows(first)
        assert "Exercise 2 of 3" in text_of(first, "progress") and "Bench dip" in text_of(first, "exercise")
        exercises = [entry["exercise"] for entry in on_disk(data_dir).progress["routine"]["exercise"]]
        assert exercises == ["superman", "bench-dip", "side-plank-leg-raise"]
    # After a kill or a dropped connection it resumes without it; the palette removes one too.
    second = make_app(open_store(data_dir), clock)
    async with second.run_test(size=(100, 30)) as pilot:
        await answer(pilot, ResumeScreen, "r")
        await until(pilot, lambda: "2. Bench dip (feet raised)  12-15 reps" in rows(second))
        await pilot.press("ctrl+p", *"remove exercise", "enter")
        await answer(pilot, ConfirmScreen, "y")
        await until(pilot, lambda: "Bench dip" not in " ".join(rows(second)))
        await pilot.press("f")
        await answer(pilot, ConfirmScreen, "y")
        await until(pilot, lambda: isinstance(second.screen, SummaryScreen))
    (finished,) = open_store(data_dir).history.all()
    assert [s.exercise_id for s in finished.sets] == ["superman"]


@pytest.mark.parametrize("size", [(40, 20), (100, 30)])
async def test_i_or_a_tap_on_the_name_shows_how_to_do_the_exercise_and_escape_comes_back_to_the_rest(
        store, clock, size):
    """A runner new to the routine met "Side plank with leg raise" mid-workout with no way to read how it is done:
    the steps, cues and mistakes were on the Routines screen only."""
    store.exercises.add([CustomExercise("custom:ring-dip", "Ring Dip")])
    app = make_app(store, clock)
    async with app.run_test(size=size, notifications=True) as pilot:
        await started(app, pilot, FOUR_MOVES)
        await pilot.press("space", "i")  # a set logged, its rest running
        await until(pilot, lambda: isinstance(app.screen, ExerciseDetailScreen))
        shown = " ".join(screen_text(app).split())
        assert "Superman (arms and legs together)" in shown and "How to do it" in shown
        assert "In Four upper-body moves for running: 3 x 12-15 reps" in shown
        assert "Rest 1:00" in screen_text(app).splitlines()[0], "the rest runs on in the title line"
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, WorkoutScreen))
        assert app.session.rest is not None and len(app.session.workout.sets) == 1
        await pilot.press("n")  # the pull-up is the set to do; the tap opens it, wherever the list's cursor is
        await until(pilot, lambda: "Pull-up" in text_of(app, "exercise"))
        await pilot.click("#workout-exercise")
        await until(pilot, lambda: isinstance(app.screen, ExerciseDetailScreen))
        assert app.screen.exercise.id == "pull-up"
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, WorkoutScreen))
        await pilot.press("v")  # one of the user's own in its place: its page, with nothing of ours to read
        await until(pilot, lambda: isinstance(app.screen, ChoiceScreen))
        await pilot.press(*["down"] * (len(app.screen.labels) - 1), "enter")  # the last: another exercise
        await until(pilot, lambda: isinstance(app.screen, ExercisePickerScreen))
        await pilot.press(*"ring dip", "enter")
        await until(pilot, lambda: "Ring Dip" in text_of(app, "exercise"))
        await pilot.press("i")
        await until(pilot, lambda: isinstance(app.screen, ExerciseDetailScreen))
        shown = " ".join(screen_text(app).split())
        assert "Ring Dip Your own exercise" in shown and "How to do it" not in shown
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, WorkoutScreen))


async def test_an_empty_workout_is_started_from_the_palette_built_as_it_goes_resumed_and_finished(clock, data_dir):
    """Strong's and Hevy's first button, "Start an empty workout": here every workout had to come from a routine."""
    open_store(data_dir).settings.save(Settings(time_zone="Europe/Paris"))  # the clock's 18:30 there: evening
    first = make_app(open_store(data_dir), clock)
    async with first.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p", *"start empty", "enter")
        await until(pilot, lambda: isinstance(first.screen, WorkoutScreen) and first.session is not None)
        await until(pilot, lambda: "No exercises yet." in screen_text(first))
        assert "Press A to add one." in screen_text(first) and "Evening workout" in text_of(first, "exercise")
        assert "of 0" not in screen_text(first), "no 'Exercise 0 of 0', no '0 of 0 sets'"
        await pilot.press("space")  # "Nothing to log: press f to finish" said the wrong thing to do
        await until(pilot, lambda: "No exercises yet: press A to add one." in toasts(first))
        assert on_disk(data_dir).routine_id is None
    # Closed before its first exercise: the empty workout is still there.
    second = make_app(open_store(data_dir), clock)
    async with second.run_test(size=(100, 30)) as pilot:
        await answer(pilot, ResumeScreen, "r")
        await until(pilot, lambda: "No exercises yet." in screen_text(second))
        await pilot.press("A")
        await until(pilot, lambda: isinstance(second.screen, ExercisePickerScreen))
        await pilot.press(*"push-up", "enter")
        await until(pilot, lambda: "1. Push-up  8-12 reps" in rows(second))
        await pilot.press("space")
        await until(pilot, lambda: len(on_disk(data_dir).sets) == 1)
        await pilot.press("f")
        await answer(pilot, ConfirmScreen, "y")  # two of the push-ups' three sets not done
        await until(pilot, lambda: isinstance(second.screen, SummaryScreen))
        assert "Finished: Evening workout" in screen_text(second)
    finished = open_store(data_dir).history.all()
    assert [(w.name, w.routine_id, len(w.sets)) for w in finished] == [("Evening workout", None, 1)]


@pytest.mark.parametrize("key", ["n", "p", "plus", "minus", "a", "d", "x", "v", "i"])
async def test_every_key_for_an_exercise_in_an_empty_workout_says_how_to_add_one(store, clock, key):
    """Before the first exercise, space and e said "press A to add one"; these keys did nothing, without a word."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("ctrl+p", *"start empty", "enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutScreen) and app.session is not None)
        await pilot.press(key)
        await until(pilot, lambda: "No exercises yet: press A to add one." in toasts(app))
        assert isinstance(app.screen, WorkoutScreen)


async def test_a_variation_swapped_in_midway_leaves_the_sets_done_as_they_were(store, clock, data_dir):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, "runner-ab-workout")
        await pilot.press("space", "space")  # two crunches were too easy
        await swap_to(pilot, "Lying leg raise (harder)")
        await pilot.press("space")
        assert [s.exercise_id for s in on_disk(data_dir).sets] == ["crunch", "crunch", "leg-raise"]
        assert rows(app)[:4] == ["1. Lying leg raise  20-30 reps", "  ✓ Set 1: 20 reps · Crunch",
                                 "  ✓ Set 2: 20 reps · Crunch", "  ✓ Set 3: 20 reps"]


async def test_a_circuit_s_rounds_done_keep_the_name_of_what_was_done_after_a_swap(store, clock, data_dir):
    """Push-up swapped for the diamond push-up in round 2: round 1's row read "Diamond push-up: 5 reps · Push-up",
    as if diamond push-ups had been done."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, "home-bodyweight-circuit")
        for _ in range(6):  # round 1: the six exercises
            await pilot.press("space")
        await pilot.press("s")
        await until(pilot, lambda: app.session.current_slot.round == 2)
        await swap_to(pilot, "Diamond push-up (harder)")
        await pilot.press("space")
        assert [s.exercise_id for s in on_disk(data_dir).sets][::6] == ["push-up", "diamond-push-up"]
        assert rows(app)[1] == "  ✓ Push-up: 5 reps"
        assert "  ✓ Diamond push-up: 5 reps" in rows(app)[8:], "round 2's, done as the diamond push-up"


async def test_v_swaps_in_any_exercise_as_well_as_a_variation_and_one_with_none_goes_straight_to_the_list(
        store, clock, data_dir):
    """`v` offered only the easier and harder variations: the bench taken, dumbbells could not take its place, and
    on the user's own exercise `v` said "no variation; A adds another exercise" (at the end, not in its place)."""
    store.exercises.add([CustomExercise("custom:ring-dip", "Ring Dip")])
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        await pilot.press("space", "n")  # on the pull-up, a superman logged
        await pilot.press("v")
        await until(pilot, lambda: isinstance(app.screen, ChoiceScreen))
        assert app.screen.labels == ["Band-assisted pull-up (easier)", "Lat pulldown (easier)", "Another exercise..."]
        await pilot.press("down", "down", "enter")
        await until(pilot, lambda: isinstance(app.screen, ExercisePickerScreen))
        assert "Do instead of Pull-up  (type to search, enter swaps)" in screen_text(app)
        await pilot.press(*"ring dip", "enter")
        await until(pilot, lambda: "2. Ring Dip  12-15 reps" in rows(app))
        assert "Ring Dip" in text_of(app, "exercise"), "its sets to do are the next ones, as before the swap"
        await pilot.press("v")  # the user's own: no variation known, so the whole list at once
        await until(pilot, lambda: isinstance(app.screen, ExercisePickerScreen))
        await pilot.press(*"band row", "enter")
        await until(pilot, lambda: "2. Band row  12-15 reps" in rows(app))
        await pilot.press("space")
        assert [s.exercise_id for s in on_disk(data_dir).sets] == ["superman", "band-row"]
        assert [entry["exercise"] for entry in on_disk(data_dir).progress["routine"]["exercise"]][:2] == [
            "superman", "band-row"]


async def test_a_plank_swapped_for_a_side_plank_in_reps_is_logged_in_reps_each_side(store, clock, data_dir):
    """The swap kept "Target: 30-60 s hold", and space started a hold's countdown for a set counted in reps."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, "runner-ab-workout")
        await pilot.press("n", "n", "n")
        await until(pilot, lambda: "Plank" in text_of(app, "exercise"))
        await swap_to(pilot, "Side plank with leg raise (harder)")
        await until(pilot, lambda: "8-12 reps each side" in text_of(app, "target"))
        assert "space logs: 8 reps" in text_of(app, "next")
        await pilot.press("space")
        logged = on_disk(data_dir).sets[-1]
        assert (logged.exercise_id, logged.reps, logged.hold_s, logged.side) == ("side-plank-leg-raise", 8, None, "L")
        assert app.session.hold is None


@pytest.mark.parametrize("keys", ["u", "e"], ids=["taken back", "edited"])
async def test_a_hold_swapped_in_for_a_set_taken_back_or_edited_starts_from_its_own_values(store, clock, data_dir,
                                                                                           keys):
    """Mountain climbers taken back with `u` (or their reps edited), then swapped for a plank: the header read
    "Target: 30 s hold" over "space logs: 30 reps", and space only said "A hold must last at least 1 s."."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, "home-bodyweight-circuit")
        await pilot.press(*["space"] * 5)
        await until(pilot, lambda: "Mountain climber" in text_of(app, "exercise"))
        if keys == "u":
            await pilot.press("space", "u")
            await until(pilot, lambda: len(on_disk(data_dir).sets) == 5)
        else:
            await edit_with(pilot, count="25")
        assert f"space logs: {30 if keys == 'u' else 25} reps" in text_of(app, "next")
        await swap_to(pilot, "Plank (easier)")
        await until(pilot, lambda: "30 s hold" in text_of(app, "target"))
        assert "space starts: 30 s" in text_of(app, "next")
        await pilot.press("space")
        await until(pilot, lambda: app.session.hold is not None)  # its countdown, not a refusal
        assert app.session.hold.target_s == 30


async def test_a_set_taken_back_after_its_exercise_was_swapped_is_done_as_the_new_one(store, clock, data_dir):
    """Mountain climbers logged, then swapped for a plank, then taken back: their place is the plank's now, and
    the 30 reps taken back are not a hold's values."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, "home-bodyweight-circuit")
        await pilot.press(*["space"] * 5)
        await until(pilot, lambda: "Mountain climber" in text_of(app, "exercise"))
        await pilot.press("space")
        await until(pilot, lambda: "Round 2 of 3" in text_of(app, "position"))
        await pilot.press("up")  # the cursor on the mountain climbers just logged: swap them
        await swap_to(pilot, "Plank (easier)")
        await pilot.press("u")
        await until(pilot, lambda: len(on_disk(data_dir).sets) == 5)
        await until(pilot, lambda: "30 s hold" in text_of(app, "target"))
        assert "space starts: 30 s" in text_of(app, "next")
        await pilot.press("space")
        await until(pilot, lambda: app.session.hold is not None)


async def test_values_edited_for_a_set_are_still_there_after_going_to_another_exercise_and_back(store, clock,
                                                                                                data_dir):
    """`e`, then `n` to look at the next exercise and `p` back: the values typed were gone."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, GYM)
        await edit_with(pilot, count="10", load="40")
        assert "space logs: 10 reps @ 40 kg" in text_of(app, "next")
        await pilot.press("n")
        await until(pilot, lambda: "Overhead press" in text_of(app, "exercise"))
        assert "40 kg" not in text_of(app, "next")
        await pilot.press("space", "p")  # one overhead press logged on the way
        await until(pilot, lambda: "Bench press" in text_of(app, "exercise"))
        assert "space logs: 10 reps @ 40 kg" in text_of(app, "next")
        await pilot.press("space")
        logged = [(s.exercise_id, s.reps, s.load) for s in on_disk(data_dir).sets]
        assert logged[-1] == ("bench-press", 10, 40.0)


async def test_values_edited_for_the_next_set_are_there_after_a_kill_and_a_resume(clock, data_dir):
    """`e 11 tab 9 enter`, then the app killed (or a browser tab closed) before space: the resumed workout would
    log "12 reps", the values carried from before, not the ones typed."""
    first = make_app(open_store(data_dir), clock)
    async with first.run_test(size=(100, 30)) as pilot:
        await started(first, pilot, GYM)
        await pilot.press("space")  # one set logged; the edit is for the second
        await edit_with(pilot, count="11", load="9", rpe="8")
        assert "space logs: 11 reps @ 9 kg, RPE 8" in text_of(first, "next")
        saved = lambda: on_disk(data_dir).progress.get("edited")  # noqa: E731
        await until(pilot, lambda: bool(saved()))  # saved once the screen shows it, as a rest's +/- is
    # The process dies here: no finish, no clean exit.
    second = make_app(open_store(data_dir), clock)
    async with second.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: isinstance(second.screen, ResumeScreen))
        await pilot.press("r")
        await until(pilot, lambda: "space logs: 11 reps @ 9 kg, RPE 8" in text_of(second, "next"))
        await pilot.press("space")
        await until(pilot, lambda: len(on_disk(data_dir).sets) == 2)
        assert (on_disk(data_dir).sets[-1].reps, on_disk(data_dir).sets[-1].load) == (11, 9.0)
        assert not on_disk(data_dir).progress.get("edited"), "logged: the values are no longer kept for the set"


async def test_a_note_on_the_whole_workout_is_typed_during_it_kept_through_a_kill_and_finished_with_it(clock,
                                                                                                    data_dir):
    """Strong keeps a note on the workout ("new gym, felt slow"); here only each set had one, and the workout's
    own note could be typed only in History, after it."""
    first = make_app(open_store(data_dir), clock)
    async with first.run_test(size=(40, 20)) as pilot:
        await started(first, pilot, GYM)
        await pilot.press("N")
        await until(pilot, lambda: first.screen.query("#workout-note"))
        await pilot.press(*"new gym, felt slow", "enter")
        await until(pilot, lambda: on_disk(data_dir).note == "new gym, felt slow")
        assert "Note saved." in toasts(first)
    # The process dies here: no finish, no clean exit.
    second = make_app(open_store(data_dir), clock)
    async with second.run_test(size=(40, 20)) as pilot:
        await until(pilot, lambda: isinstance(second.screen, ResumeScreen))
        await pilot.press("r")
        await until(pilot, lambda: isinstance(second.screen, WorkoutScreen))
        await pilot.press("N")
        await until(pilot, lambda: second.screen.query("#workout-note"))
        assert second.screen.query_one("#workout-note", Input).value == "new gym, felt slow"
        await pilot.press("escape", "space", "f")
        await answer(pilot, ConfirmScreen, "y")
        await until(pilot, lambda: isinstance(second.screen, SummaryScreen))
        assert "Note: new gym, felt slow" in screen_text(second)
    (finished,) = open_store(data_dir).history.all()
    assert finished.note == "new gym, felt slow"


async def test_undo_brings_the_set_back_as_it_was_logged_mark_and_all(store, clock, data_dir):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, GYM)
        await edit_with(pilot, load="40")
        await pilot.press("space")
        await edit_with(pilot, count="6", load="30", set_type="D")  # a drop set
        await pilot.press("space", "u")
        assert "space logs: 6 reps @ 30 kg, drop set" in text_of(app, "next")
        await pilot.press("space")
        logged = [(s.reps, s.load, s.set_type) for s in on_disk(data_dir).sets]
        assert logged == [(8, 40.0, "normal"), (6, 30.0, "drop")]


async def test_discard_asks_first_then_throws_the_workout_away(store, clock, data_dir):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        await pilot.press("space", "D")
        await answer(pilot, ConfirmScreen, "n")
        assert on_disk(data_dir) is not None
        await pilot.press("D")
        await answer(pilot, ConfirmScreen, "y")
        assert on_disk(data_dir) is None and app.session is None
        assert "No workout in progress." in text_of(app, "exercise")


async def test_a_refusal_in_the_set_form_goes_once_the_field_is_put_right(store, clock):
    """ "Not logged: load '1,000' reads as 1000 or as 1..." stayed up over the load typed again, until the next key
    that saved or logged."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await started(app, pilot, GYM)
        await open_set_form(pilot)
        await type_into(pilot, "load", "1,000")
        await pilot.press("ctrl+l")
        refusal = lambda: str(app.screen.query_one("#set-editor-error").render())  # noqa: E731
        await until(pilot, lambda: "load '1,000' reads as 1000 or as 1" in refusal())
        await pilot.press("backspace", "backspace", "backspace", "backspace")  # "1,000" to "1"
        await until(pilot, lambda: refusal() == "")
        await type_into(pilot, "count", "x")
        await pilot.press("ctrl+l")
        await until(pilot, lambda: "reps must be a whole number" in refusal())
        assert form_shown(app) and app.session.workout.sets == ()


async def test_discard_counts_what_was_logged_as_the_header_does(store, clock):
    """ "Discard ... and its 2 logged sets" stood over "1 of 8 sets logged": one of the two was a warm-up."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, GYM)
        await edit_with(pilot, set_type="W")
        await pilot.press("space", "s", "space", "s")
        await until(pilot, lambda: len(app.session.workout.sets) == 2)
        await pilot.press("D")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert app.screen.question.endswith("and everything logged in it (1 set, 1 warm-up) for good?")


async def test_the_rest_survives_next_and_previous_and_keeps_the_last_adjustment(store, clock, data_dir):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        await pilot.press("space", "plus", "plus", "n", "p", "n")
        assert on_disk(data_dir).progress["rest"]["deadline"] == clock.now().add(seconds=90).isoformat()
        assert app.title == "runstrength · Rest 1:30"
        await pilot.press("s", "p", "space")
        assert app.session.rest.total_s() == 90, "the superman's next rest keeps its +30 s"


async def test_a_long_rest_after_the_next_set_reads_as_the_clock_will(store, clock):
    """`+` held to the hour read "then rest 3600 s"."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, FOUR_MOVES)  # 60 s rests
        await pilot.press(*["plus"] * 40)  # 60 s + 40 x 15 s
        await until(pilot, lambda: "then rest 11:00" in text_of(app, "target"))
        await pilot.press(*["minus"] * 1)
        await until(pilot, lambda: "then rest 10:45" in text_of(app, "target"))
        await pilot.press(*["minus"] * 4)
        await until(pilot, lambda: "then rest 585 s" in text_of(app, "target"))


@pytest.mark.parametrize(("size", "said"), [((100, 30), "then no rest (+ adds one)"), ((40, 20), "then no rest")])
async def test_a_rest_taken_down_to_none_says_the_next_sets_have_none(store, clock, size, said):
    """`-` pressed to end a 60 s rest early took the exercise's next rests to none: the target line only dropped
    "then rest 60 s", and the next set started no rest."""
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        await started(app, pilot, FOUR_MOVES)  # 60 s rests
        await pilot.press("space", *["minus"] * 4)
        await until(pilot, lambda: text_of(app, "target").endswith(said))
        await pilot.press("plus")
        await until(pilot, lambda: "then rest 15 s" in text_of(app, "target"))


async def test_plus_or_minus_before_a_set_sets_the_rest_after_it_and_s_with_no_rest_says_so(store, clock, data_dir):
    """As a phone app's rest timer is set before the set: the rest keys with no rest running change the rest the
    next set starts (its exercise's next rests too). Keys with nothing to act on say why, never nothing at all."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, FOUR_MOVES)  # 60 s rests
        await pilot.press("plus", "plus", "minus")
        assert "then rest 75 s" in text_of(app, "target")
        await until(pilot, lambda: on_disk(data_dir).progress["rest_for"] == {"0": 75})  # kept through a kill
        await pilot.press("s")
        await until(pilot, lambda: "No rest is running." in toasts(app))
        await pilot.press("space")
        assert app.session.rest.total_s() == 75 and app.title == "runstrength · Rest 1:15"


async def test_a_set_is_on_disk_before_the_screen_shows_it_and_a_rest_or_cursor_change_once_it_shows(
        store, clock, data_dir):
    """A kill never loses a set the screen showed: each time the screens are told of a change, every set the
    session holds is in the file already. A change of the rest or the cursor is saved right after it is shown."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        told: list[tuple[list[str], list[str]]] = []

        def shown() -> None:
            if app.session is not None:
                told.append(([s.id for s in app.session.workout.sets], [s.id for s in on_disk(data_dir).sets]))

        app.workout.listen(shown)
        await pilot.press("space", "s", "space", "u", "space")
        await edit_with(pilot, count="7")
        await pilot.press("space")
        await until(pilot, lambda: len(app.session.workout.sets) == 3)
        assert len(told) >= 6 and all(in_session == stored for in_session, stored in told), told
        assert [s.reps for s in on_disk(data_dir).sets][-1] == 7

        assert app.session.rest is not None
        for keys in (("plus", "plus", "minus"), ("n",), ("p",), ("s",)):
            before = on_disk(data_dir).progress
            await pilot.press(*keys)
            await until(pilot, lambda: on_disk(data_dir).progress == app.session.to_workout().progress)
            assert on_disk(data_dir).progress != before, keys



async def test_a_rest_change_typed_together_with_quit_is_on_disk_when_the_app_has_ended(store, clock, data_dir):
    """A change that is saved once shown (+/-, skip, next) and q arriving in one burst, as a stalled SSH connection
    hands them over: the app ends only once the change is saved ("everything is already saved", q says)."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, FOUR_MOVES)  # 60 s rests
        for key, character in (("plus", "+"), ("n", "n"), ("q", "q")):
            key_event = events.Key(key, character)
            key_event.set_sender(app)  # from the terminal, as Pilot's press() sends it
            app.post_message(key_event)
        await until(pilot, lambda: not app.is_running)
    stored = on_disk(data_dir).progress
    assert stored["rest_for"] == {"0": 75} and stored["cursor"] == app.session.cursor != "0"

async def test_every_screen_shows_the_running_rest_in_its_header(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        await pilot.press("space", "3")
        await until(pilot, lambda: app.current_mode == "calendar")
        clock.advance(seconds=37)
        app.workout.tick()
        await pilot.pause()
        header = app.screen.query_one("TitleBar #title")
        assert "Rest 0:23" in str(header.render())
        clock.advance(seconds=30)
        app.workout.tick()
        await pilot.pause()
        assert "Rest over +0:07" in str(app.screen.query_one("TitleBar #title").render())
        await pilot.press("2", "s")
        assert app.title == "runstrength"


async def test_the_set_form_keeps_the_running_rest_in_sight_in_the_title_line(store, clock):
    # The form takes the workout's place: the title line above it keeps the rest's time in sight.
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        await pilot.press("space", "e")
        await until(pilot, lambda: form_shown(app))
        clock.advance(seconds=12)
        app.workout.tick()
        await until(pilot, lambda: "Rest 0:48" in str(app.screen.query_one("TitleBar #title").render()))
        assert app.screen.query_one(".dialog").max_scroll_y == 0, "the whole form on a phone's screen, unscrolled"


async def test_space_in_the_get_ready_countdown_starts_the_hold_at_once(store, clock, data_dir):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, STRETCH)
        await pilot.press("space")
        assert app.title == "runstrength · Get ready 0:05"
        clock.advance(seconds=2)
        await pilot.press("space")
        assert app.title == "runstrength · Hold 0:30"
        clock.advance(seconds=30)
        app.workout.tick()
        await until(pilot, lambda: on_disk(data_dir).sets)
        assert [s.hold_s for s in on_disk(data_dir).sets] == [30]


@pytest.mark.parametrize("key", ["n", "p", "u", "v", "x"])
async def test_a_running_hold_is_never_thrown_away_by_a_key_that_leaves_its_set(store, clock, data_dir, key):
    """`n` or `p` in the middle of a stretch, or `u` on its second side, stopped the hold without a word: 27 s
    held, nothing logged. The key is refused and says what to do; the hold runs on, and once it is logged the
    refusal is taken off the screen. `v` and `x` asked first (what to swap to, whether to remove it), and were
    refused only once answered: refused at the key, no question asked."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20), notifications=True) as pilot:
        await started(app, pilot, STRETCH)
        await pilot.press("space", "space")  # the first stretch's hold, at once; it logs itself when held
        clock.advance(seconds=30)
        app.workout.tick()
        await until(pilot, lambda: len(on_disk(data_dir).sets) == 1)
        clock.advance(seconds=20)  # a space just after a hold ended by itself is forgiven, not the next set's
        await pilot.press("space", "space")  # the second stretch's hold, at once
        clock.advance(seconds=3)
        app.workout.tick()
        await until(pilot, lambda: app.title.endswith("Hold 0:27"))
        before = (text_of(app, "exercise"), len(on_disk(data_dir).sets))
        await pilot.press(key)
        await until(pilot, lambda: "The hold's timer is running; log the hold or stop it first: s stops it "
                    "unlogged." in toasts(app))
        assert app.session.hold is not None and app.title.endswith("Hold 0:27")
        assert isinstance(app.screen, WorkoutScreen), "no question asked"
        assert (text_of(app, "exercise"), len(on_disk(data_dir).sets)) == before
        await pilot.press("space")
        await until(pilot, lambda: len(on_disk(data_dir).sets) == 2)
        assert on_disk(data_dir).sets[-1].hold_s == 3
        # The hold stopped, the refusal no longer holds: it stayed up its whole time over the set just logged.
        assert "timer is running" not in toasts(app)


async def test_a_length_typed_while_the_hold_counts_is_the_one_it_runs_to(store, clock, data_dir):
    """`e` mid-plank, 45 typed: the form closed, the hold ran on to its 30 s and logged those."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await started(app, pilot, STRETCH)
        await pilot.press("space", "space")  # the hold, at once
        clock.advance(seconds=10)
        app.workout.tick()
        await open_set_form(pilot)
        await type_into(pilot, "count", "45")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not form_shown(app))
        await until(pilot, lambda: app.title == "Hold 0:35")
        clock.advance(seconds=30)
        app.workout.tick()
        await until(pilot, lambda: app.title == "Hold 0:05")
        assert not on_disk(data_dir).sets
        clock.advance(seconds=5)
        app.workout.tick()
        await until(pilot, lambda: len(on_disk(data_dir).sets) == 1)
        assert on_disk(data_dir).sets[0].hold_s == 45


@pytest.mark.parametrize(("typed", "held"), [("45", 45), ("1:30", 90)])
async def test_a_hold_timed_elsewhere_is_logged_from_its_form_without_its_timer(store, clock, data_dir, typed, held):
    """A stretch held with the phone in a pocket: its form's Log set logs the 45 s typed, as Strong's tick logs a
    row. Only space could log a hold, by running its timer: "Use these values" then space began a 45 s countdown.
    A hold is typed as its timer shows a time, too ("1:30" was not a whole number)."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, STRETCH)
        await open_set_form(pilot)
        await type_into(pilot, "count", typed)
        await pilot.press("ctrl+l")
        await until(pilot, lambda: not form_shown(app))
        assert [s.hold_s for s in on_disk(data_dir).sets] == [held]
        assert app.session.hold is None, "no timer ran"
        assert text_of(app, "position").startswith("Set 1 of 1"), "the next stretch is the next set"
        assert rows(app)[1].startswith(f"  ✓ Set 1: {held} s")


async def test_the_set_just_logged_stays_in_sight_above_the_next(store, clock):
    """Logged from its form, the set went out of sight with its exercise's name: the list showed the next set on
    its top row. What was just done stays above it."""
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(app, pilot, GYM)
        await open_set_form(pilot)
        await type_into(pilot, "count", "10")
        await type_into(pilot, "load", "40")
        await pilot.press("ctrl+l")
        await until(pilot, lambda: not form_shown(app) and app.session.workout.sets)
        await pilot.pause()
        shown = " ".join(screen_text(app).split())
        assert "1. Bench press 8-12 reps ✓ Set 1: 10 reps @ 40 kg ▶ Set 2" in shown, shown


async def test_a_warm_up_is_listed_on_top_of_the_planned_sets_and_fixable_there(store, clock, data_dir):
    """A warm-up logged on the bench press took "Set 1 of 3": two working sets were left (Strong users add warm-ups
    on top). It is listed above the planned sets, edited and deleted from there, and set 1 stays the next."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, GYM)
        await open_set_form(pilot)
        for field, text in (("count", "10"), ("load", "20"), ("set-type", "w")):
            await type_into(pilot, field, text)
        await pilot.press("ctrl+l")
        await until(pilot, lambda: on_disk(data_dir).sets)
        assert rows(app)[:3] == ["1. Bench press  8-12 reps", "  ✓ Warm-up: 10 reps @ 20 kg",
                                 "  ▶ Set 1: 8-12 reps  next"]
        assert text_of(app, "position").startswith("Set 1 of 3") and "Rest" in app.title
        await pilot.press("space")
        assert text_of(app, "position").startswith("Set 2 of 3")
        await pilot.press("up", "up")
        assert highlighted(app) == "  ✓ Warm-up: 10 reps @ 20 kg"
        await edit_with(pilot, count="12")
        assert "  ✓ Warm-up: 12 reps @ 20 kg" in rows(app)
        await pilot.press("up", "up", "d")
        await answer(pilot, ConfirmScreen, "y")
        assert [s.set_type for s in on_disk(data_dir).sets] == ["normal"]
        assert rows(app)[1].startswith("  ✓ Set 1: ") and text_of(app, "position").startswith("Set 2 of 3")


async def test_a_first_lift_without_a_load_or_a_band_says_so_before_space_logs_it(store, clock):
    """A first bench press read "space logs: 8 reps", and space logged it without a weight, unremarked; a band
    exercise without its band."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await started(app, pilot, GYM)
        assert " ".join(text_of(app, "next").split()) == "space logs: 8 reps, no load (e to add it)"
        await edit_with(pilot, load="40")
        assert " ".join(text_of(app, "next").split()) == "space logs: 8 reps @ 40 kg (e to change)"
        await pilot.press("n", "n")  # a pull-up is the body's weight: no load is no load missing
        await until(pilot, lambda: "Pull-up" in text_of(app, "exercise"))
        assert " ".join(text_of(app, "next").split()) == "space logs: 8 reps (e to change)"
        await pilot.press("D")
        await answer(pilot, ConfirmScreen, "y")
        await until(pilot, lambda: app.session is None)
        await started(app, pilot, "upper-back-three-moves")  # a band reverse fly: its band, likewise
        assert " ".join(text_of(app, "next").split()) == "space logs: 10 reps, no band (e to add it)"
        await edit_with(pilot, bands="red")
        assert " ".join(text_of(app, "next").split()) == "space logs: 10 reps, red band (e to change)"


async def test_a_warm_up_typed_for_the_next_set_is_named_above_it_until_it_is_logged(store, clock, data_dir):
    """W typed in the form left the heading at "Set 1 of 3" and the set's row at "next": only the line of what
    space logs said it would be a warm-up."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await started(app, pilot, GYM)
        await edit_with(pilot, count="10", load="20", set_type="w")
        assert text_of(app, "position") == "Warm-up before set 1 of 3"
        await pilot.press("space", "s")
        await until(pilot, lambda: len(on_disk(data_dir).sets) == 1)
        assert text_of(app, "position") == "Set 1 of 3"
        assert [s.set_type for s in on_disk(data_dir).sets] == ["warmup"]


async def test_log_set_is_offered_for_the_next_set_only_and_taps_on_a_phone(store, clock, data_dir):
    """On a phone the form's button logs the set; the form of a set logged already has no Log set (ctrl+l there
    logs nothing), and a refused value logs nothing either."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        await open_set_form(pilot)
        assert app.screen.query_one(".dialog").max_scroll_y == 0, "the whole form on a phone's screen, unscrolled"
        await type_into(pilot, "count", "500000")
        await pilot.press("ctrl+l")
        await until(pilot, lambda: "Not logged:" in str(app.screen.query_one("#set-editor-error").render()))
        assert on_disk(data_dir).sets == () and form_shown(app)
        await type_into(pilot, "count", "11")
        await pilot.click("#log")
        await until(pilot, lambda: not form_shown(app))
        assert [s.reps for s in on_disk(data_dir).sets] == [11]
        await pilot.press("up")  # the set just logged
        await open_set_form(pilot)
        assert not app.screen.query_one("#log").display
        await type_into(pilot, "count", "12")
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert form_shown(app) and [s.reps for s in on_disk(data_dir).sets] == [11]
        await pilot.press("ctrl+s")
        await until(pilot, lambda: [s.reps for s in on_disk(data_dir).sets] == [12])


async def test_the_footer_and_the_targets_say_what_space_and_s_do_on_a_hold(store, clock, data_dir):
    """While a hold ran, the footer said "space Log" and "s Skip": space stops it and logs it, s cancels it."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:

        def footer() -> str:
            return app.screen.query_one(Footer).render().plain

        def target(name: str) -> str:
            return str(app.screen.query_one(f"#tap-{name}").label)

        await started(app, pilot, STRETCH)
        assert "space Start" in footer() and "s Skip" in footer() and target("log_set") == "Start"
        await pilot.press("space")  # its get-ready countdown: space starts the hold at once
        await until(pilot, lambda: "s Cancel" in footer())
        assert "space Start" in footer() and target("skip_rest") == "Cancel"
        clock.advance(seconds=6)
        app.workout.tick()
        await until(pilot, lambda: "space Stop" in footer())
        assert (target("log_set"), target("skip_rest")) == ("Stop", "Cancel")
        await pilot.press("space")
        await until(pilot, lambda: len(on_disk(data_dir).sets) == 1)
        await until(pilot, lambda: "space Start" in footer() and "s Skip" in footer())


async def test_a_stop_under_one_second_logs_nothing_and_holds_can_run_on_by_themselves(store, clock, data_dir):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, STRETCH)
        await pilot.press("space")
        clock.advance(seconds=5)
        await pilot.press("space")  # the hold began this instant: nothing held yet
        assert on_disk(data_dir).sets == () and app.session.hold is not None
        app.settings = app.settings.changed(auto_holds=True)
        clock.advance(seconds=30)
        app.workout.tick()
        await until(pilot, lambda: len(on_disk(data_dir).sets) == 1)
        assert app.title == "runstrength · Get ready 0:05", "the next stretch starts by itself"



async def test_finishing_in_the_middle_of_a_hold_logs_what_was_held(store, clock, data_dir):
    """f during a hold: the seconds held are a set done, as space would log them (the finish dropped them)."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, STRETCH)  # five 30 s holds: four stretches, one of them each side
        await pilot.press("space")
        clock.advance(seconds=5 + 7)  # the get-ready countdown, then 7 s held
        app.workout.tick()
        await pilot.press("f")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        question = str(app.screen.query_one(".dialog-title").render())
        assert question == "Finish now? The hold is logged at 7 s; 4 planned sets are not logged."
        clock.advance(seconds=2)  # read before answering: the hold runs on, and what was asked is logged
        app.workout.tick()
        await pilot.press("y")
        await until(pilot, lambda: isinstance(app.screen, SummaryScreen))
        first_stretch = app.catalogue.routines[STRETCH].entries[0].exercise_id
    (finished,) = open_store(data_dir).history.newest_first()
    assert [(s.exercise_id, s.hold_s) for s in finished.sets] == [(first_stretch, 7)]

async def test_a_hold_that_ends_behind_the_finish_question_has_the_question_asked_again(store, clock, data_dir):
    """The question said "The hold is logged at 7 s"; the hold ran to its end behind it and logged 30 s, and `y`
    finished with that, not what it had said."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, STRETCH)
        await pilot.press("space")
        clock.advance(seconds=5 + 7)
        app.workout.tick()
        await pilot.press("f")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        clock.advance(seconds=30)  # past the hold's end: logged at 30 s, and the next stretch is on
        app.workout.tick()
        await until(pilot, lambda: len(on_disk(data_dir).sets) == 1)
        await pilot.press("y")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen)
                    and "hold" not in str(app.screen.query_one(".dialog-title").render()))
        assert str(app.screen.query_one(".dialog-title").render()) == "Finish now? 4 planned sets are not logged."
        await pilot.press("y")
        await until(pilot, lambda: isinstance(app.screen, SummaryScreen))
    (finished,) = open_store(data_dir).history.newest_first()
    assert [s.hold_s for s in finished.sets] == [30]


async def test_discarding_a_workout_whose_hold_was_logged_behind_the_question_is_asked_again(store, clock, data_dir):
    """`f` in a hold's first second asked "No sets are logged. Discard this workout?"; the hold ran to its end and
    was logged behind it, and `y` discarded the workout with that set."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, STRETCH)
        await pilot.press("space")  # the get-ready countdown
        await pilot.press("f")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert str(app.screen.query_one(".dialog-title").render()) == "No sets are logged. Discard this workout?"
        clock.advance(seconds=5 + 30)
        app.workout.tick()
        await until(pilot, lambda: len(on_disk(data_dir).sets) == 1)
        await pilot.press("y")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen)
                    and str(app.screen.query_one(".dialog-title").render()).startswith("Finish now?"))
        assert len(on_disk(data_dir).sets) == 1, "nothing discarded"


async def test_a_workout_left_open_overnight_finishes_at_its_last_set_or_now_once_kept_going(store, clock, data_dir):
    """Left open overnight, `f` then `y` saved a workout of 14 hours; its rest read "+837:27" meanwhile."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, GYM)
        await pilot.press("space")
        last_set = clock.now()
        clock.advance(hours=14, minutes=1)
        app.workout.tick()
        await pilot.pause()
        assert timer_text(app).endswith(" +14:00:00")  # its minute's rest ran over by h:mm:ss
        await pilot.press("f")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert str(app.screen.query_one(".dialog-title").render()) == (
            f"Your last set was 14 h 01 min ago, at {last_set:%a %d %b %H:%M}. Finish the workout as ending then?")
        await answer(pilot, ConfirmScreen, "y")
        await until(pilot, lambda: isinstance(app.screen, SummaryScreen))
        (left_open,) = open_store(data_dir).history.newest_first()
        assert left_open.finished_at == left_open.sets[-1].logged_at

        await pilot.press("escape")
        await started(app, pilot, GYM)
        await pilot.press("space")
        clock.advance(hours=2)
        await pilot.press("f")
        await answer(pilot, ConfirmScreen, "n")  # kept going: a long stretch after the last set, say
        assert app.session is not None
        await pilot.press("f")  # asked no more when it was left: as any finish, now
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert str(app.screen.query_one(".dialog-title").render()).startswith("Finish now? ")
        await answer(pilot, ConfirmScreen, "y")
        await until(pilot, lambda: isinstance(app.screen, SummaryScreen))
    finished_now = next(open_store(data_dir).history.newest_first())
    assert finished_now.finished_at.utc == clock.now()


async def test_space_pressed_as_a_hold_ends_by_itself_does_not_start_the_next_set(store, clock, data_dir):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, STRETCH)
        await pilot.press("space")
        clock.advance(seconds=5 + 30)
        app.workout.tick()  # the hold ends by itself and is logged
        await until(pilot, lambda: len(on_disk(data_dir).sets) == 1)
        clock.advance(seconds=1)
        await pilot.press("space")  # the user's stop, a second late
        assert app.session.hold is None, "the next stretch's countdown did not start"
        assert "just ended and was logged" in toasts(app)
        clock.advance(seconds=5)
        await pilot.press("space")  # now meant for the next stretch
        assert app.title == "runstrength · Get ready 0:05"
        assert len(on_disk(data_dir).sets) == 1


async def test_a_2_to_4_round_circuit_asks_for_a_third_round_and_counts_only_two_as_planned(store, clock, data_dir):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, SHOULDER_CIRCUIT)
        assert rows(app)[0] == "Round 1 of 2-4"
        assert "Round 3 of 2-4" not in rows(app), "the third round is asked for, not planned"
        for _ in range(7):
            await pilot.press("space")
        await pilot.press("space")  # the last set of round 2
        await answer(pilot, ConfirmScreen, "y")
        assert "Round 3 of 2-4" in rows(app)
        assert "Round 3 of 2-4" in text_of(app, "position")
        await pilot.press("f")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert "4 planned sets are not logged" in str(app.screen.question)
        await pilot.press("n")


async def test_a_after_the_last_set_adds_one_more_as_the_screen_says(store, clock, data_dir):
    """With every set logged no row was under the cursor, and `a` did nothing while the screen said to press it."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await started(app, pilot, SHOULDER_CIRCUIT)
        for _ in range(8):
            await pilot.press("space")
        await answer(pilot, ConfirmScreen, "n")  # "That's all"... then a third round after all
        assert text_of(app, "target") == "Press f to finish or a to add a round."
        assert highlighted(app).startswith("  ✓ "), "the last set logged stays under the cursor"
        await pilot.press("a")
        assert text_of(app, "position") == "Round 3 of 2-4"


async def test_another_round_is_asked_again_when_the_workout_is_resumed_where_it_was_asked(store, clock, data_dir):
    """Killed (or the connection dropped) while "Round 2 done. Another round?" was up: resumed, the rest ran on and
    the question was gone; only "a to add a round" was said. Once answered "That's all", it is not asked again."""
    first = make_app(store, clock)
    async with first.run_test(size=(40, 20)) as pilot:
        await started(first, pilot, SHOULDER_CIRCUIT)
        for _ in range(8):
            await pilot.press("space")
        await until(pilot, lambda: isinstance(first.screen, ConfirmScreen))
        assert "Round 2 done. Another round?" in str(first.screen.question)
    second = make_app(open_store(data_dir), clock)
    async with second.run_test(size=(40, 20)) as pilot:
        await answer(pilot, ResumeScreen, "r")
        await until(pilot, lambda: isinstance(second.screen, ConfirmScreen))
        assert "Round 2 done. Another round?" in str(second.screen.question)
        await answer(pilot, ConfirmScreen, "y")
        assert text_of(second, "position") == "Round 3 of 2-4"
        for _ in range(4):
            await pilot.press("space")
        await answer(pilot, ConfirmScreen, "n")  # "That's all": answered, and not asked again at the next resume
        await until(pilot, lambda: text_of(second, "target") == "Press f to finish or a to add a round.")
    third = make_app(open_store(data_dir), clock)
    async with third.run_test(size=(40, 20)) as pilot:
        await answer(pilot, ResumeScreen, "r")
        await until(pilot, lambda: text_of(third, "target") == "Press f to finish or a to add a round.")
        assert isinstance(third.screen, WorkoutScreen), "no question"


async def test_a_after_the_last_set_of_straight_sets_adds_a_set_to_that_exercise(store, clock, data_dir):
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        for _ in range(len(app.session.plan)):
            await pilot.press("space")
        assert text_of(app, "target") == "Press f to finish or a to add a set."
        await pilot.press("a")  # the last set logged is under the cursor: one more of its exercise
        assert text_of(app, "position") == "Set 4 of 4 - left side"
        assert text_of(app, "exercise").startswith("Side plank with leg raise")
        await pilot.press("d")  # pressed by mistake: taken out, and the cursor on the last set again
        assert text_of(app, "target") == "Press f to finish or a to add a set."
        assert highlighted(app).startswith("  ✓ Set 3 R")
        await pilot.press("a")
        assert text_of(app, "position") == "Set 4 of 4 - left side"


async def test_finishing_after_two_rounds_asks_nothing_and_the_summary_lists_each_exercise(store, clock, data_dir):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, SHOULDER_CIRCUIT)
        await edit_with(pilot, load="6", rpe="7")
        for _ in range(8):
            await pilot.press("space")
        await answer(pilot, ConfirmScreen, "n")
        await pilot.press("f")
        await until(pilot, lambda: isinstance(app.screen, SummaryScreen))
        summary = str(app.screen.query_one("#summary").render())
        assert "Exercises" in summary
        assert "Dumbbell overhead shoulder press: 2 sets, 10 reps @ 6 kg, RPE 7 · 10 reps @ 6 kg" in summary
        (finished,) = open_store(data_dir).history.newest_first()
        assert len(finished.sets) == 8 and on_disk(data_dir) is None


async def test_another_window_finishing_the_workout_is_told_not_a_crash(store, clock, data_dir):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        await pilot.press("space")
        other = open_store(data_dir)
        current = other.workout.current()
        other.workout.finish(current.id, current.started_at)
        await pilot.press("space")
        await until(pilot, lambda: app.session is None)
        await until(pilot, lambda: "finished or discarded in another window" in toasts(app))
        assert "No workout in progress." in text_of(app, "exercise")


async def test_two_windows_starting_a_workout_at_once_leave_one_and_tell_the_other(store, clock, data_dir):
    first, second = make_app(store, clock), make_app(open_store(data_dir), clock)
    async with first.run_test(size=(100, 30)) as pilot_one, second.run_test(size=(100, 30)) as pilot_two:
        # Both opened with no workout in progress; then each presses enter on a routine.
        first.start_workout(first.catalogue.routines[FOUR_MOVES])
        second.start_workout(second.catalogue.routines[GYM])
        await pilot_one.pause()
        await until(pilot_two, lambda: "already in progress" in toasts(second))
        assert second.session is None and first.session is not None
        assert on_disk(data_dir).name == "Four upper-body moves for running"


async def test_a_key_pressed_again_and_again_shows_its_note_once(store, clock):
    """s pressed four times with no rest running stacked four copies of the same note over the screen (on a phone,
    over the whole workout). Another note still shows beside it."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        await pilot.press(*["s"] * 4, "u", "u")
        await until(pilot, lambda: "Nothing to undo." in toasts(app))
        assert [str(note.message) for note in app._notifications] == ["No rest is running.", "Nothing to undo."]


async def test_the_workout_keys_are_off_while_the_set_form_shows(store, clock, data_dir):
    # The form takes the workout's place on its screen: with a button of the form focused, space, u or n would
    # otherwise reach the workout behind it.
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        await open_set_form(pilot)
        footer = app.screen.query_one(Footer).render().plain
        assert "Use values" in footer and "space Log" not in footer and "Undo" not in footer
        app.screen.query_one("#cancel").focus()
        await pilot.press("space", "u", "n", "f", "s", "x", "i", "v", "A", "D")
        assert form_shown(app) and on_disk(data_dir).sets == () and app.session.current_slot.set_number == 1
        assert isinstance(app.screen, WorkoutScreen) and len(app.session.routine.entries) == 4, "nothing opened"
        await type_into(pilot, "note", "x i v A")  # the workout's letters, typed into the form's note
        assert app.screen.query_one("#note", Input).value == "x i v A"
        await pilot.press("escape")
        await until(pilot, lambda: not form_shown(app))
        await pilot.press("space")
        assert len(on_disk(data_dir).sets) == 1
        assert "Log" in app.screen.query_one(Footer).render().plain


async def refused_in_form(app, pilot, routine_id: str, **fields: str):
    """The routine started, its next set's form opened, the fields typed, ctrl+s: the form's line of problems."""
    await started(app, pilot, routine_id)
    await open_set_form(pilot)
    for field_id, text in fields.items():
        await type_into(pilot, field_id, text)
    await pilot.press("ctrl+s")
    return app.screen.query_one("#set-editor-error")


async def test_a_refused_value_is_explained_in_full_inside_the_editor(store, clock):
    """Every word of it; and on a superman, which no machine assists, no "-20" among the examples (a load below
    zero is refused there)."""
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        error = await refused_in_form(app, pilot, FOUR_MOVES, load="heavy")
        message = "Not saved: load must be a number such as 12.5 or +5, not 'heavy'."
        assert "".join(line.text.strip() + " " for line in error.render_lines(error.region.reset_offset)
                       ).split() == message.split(), "every word of the reason is on screen"


async def test_a_load_below_zero_is_refused_on_a_lift_no_machine_assists_and_taken_on_a_pull_up(store, clock,
                                                                                                 data_dir):
    """-1000 on a bench press was taken, and logged as "1000 kg assisted"."""
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        error = await refused_in_form(app, pilot, GYM, load="-20")
        await until(pilot, lambda: "an assisting machine's help" in " ".join(str(error.render()).split()))
        assert form_shown(app)
        await pilot.press("escape")
        await until(pilot, lambda: not form_shown(app))
        while app.session.current_slot.exercise_id != "pull-up":
            await pilot.press("n")
        await edit_with(pilot, load="-20")
        await pilot.press("space")
        await until(pilot, lambda: len(on_disk(data_dir).sets) == 1)
        assert on_disk(data_dir).sets[0].load == -20


async def test_a_load_past_the_limit_is_refused_in_the_unit_typed(store, clock):
    """1200 lb was refused with "load must be between -1000 and 1000 kg"."""
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        error = await refused_in_form(app, pilot, GYM, load="1200", unit="lb")
        await until(pilot, lambda: "1000 lb" in " ".join(str(error.render()).split()))


@pytest.mark.parametrize(("typed", "refused"), [("12.5", "reps must be a whole number, not '12.5'"),
                                               ("12,5", "reps must be a whole number, not '12,5'"),
                                               ("-5", "reps cannot be below zero, not '-5'")])
async def test_reps_that_are_not_a_whole_number_are_refused_as_typed(store, clock, typed, refused):
    """The reps field took digits alone and dropped the rest as they were typed: 12.5 became 125 reps, silently.
    "-5" was "not a whole number" either."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        error = await refused_in_form(app, pilot, FOUR_MOVES, count=typed)
        await until(pilot, lambda: "Not saved" in str(error.render()))
        assert refused in " ".join(str(error.render()).split())
        assert app.screen.query_one("#count", Input).value == typed


async def test_the_first_set_starts_from_last_time_once_it_has_been_read(store, clock, data_dir):
    benched_last_week(store, reps=13, load=35.0)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")  # the Workout screen is up before the workout starts: it shows it at once
        await started(app, pilot, GYM)
        await until(pilot, lambda: "Last time: 13 reps @ 35 kg" in text_of(app, "last-time"))
        assert "space logs: 13 reps @ 35 kg" in text_of(app, "next")
        await pilot.press("space")
        assert [(s.reps, s.load) for s in on_disk(data_dir).sets] == [(13, 35.0)]


async def test_each_set_to_do_says_what_was_done_in_its_place_last_time_on_a_phone_the_next_one(store, clock):
    # Strong's "Previous" column. On a phone every row would wrap onto a second line: the next set's alone says it
    # (the "Last time" line above is cut to one line there, and showed set 1's).
    start = moment(2026, 11, 13, 18, 0)
    store.history.save_many([replace(a_workout(at=start, name="Last week"), finished_at=start, sets=tuple(
        a_set("bench-press", at=start, reps=reps, load=load) for reps, load in ((12, 40.0), (10, 42.5), (9, 42.5))))])
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, GYM)
        await until(pilot, lambda: "last time" in highlighted(app))
        bench = rows(app)[1:4]
        assert bench == ["  ▶ Set 1: 8-12 reps  next · last time 12 reps @ 40 kg",
                         "    Set 2: 8-12 reps · last time 10 reps @ 42.5 kg",
                         "    Set 3: 8-12 reps · last time 9 reps @ 42.5 kg"], bench
        assert text_of(app, "last-time") == "Last time: 12 reps @ 40 kg · 10 reps @ 42.5 kg · 9 reps @ 42.5 kg"
        await pilot.press("space")
        await until(pilot, lambda: rows(app)[1] == "  ✓ Set 1: 12 reps @ 40 kg")  # what was done, no more
        # The line from the set space starts from: cut to one line under 30 rows, it read set 1's values first.
        assert text_of(app, "last-time") == "Last time from set 2: 10 reps @ 42.5 kg · 9 reps @ 42.5 kg"
        await pilot.resize_terminal(40, 20)
        await until(pilot, lambda: app.screen.has_class("-narrow") and rows(app)[3] == "    Set 3: 8-12 reps")
        assert [row for row in rows(app) if "last time" in row] == [
            "  ▶ Set 2: 8-12 reps  next · last time 10 reps @ 42.5 kg"]
        await pilot.resize_terminal(80, 24)
        await until(pilot, lambda: rows(app)[3] == "    Set 3: 8-12 reps · last time 9 reps @ 42.5 kg")


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (40, 45), (40, 20), (40, 18), (90, 18)])
async def test_the_suggestion_for_the_set_is_in_sight_at_every_size_even_a_phones(store, clock, size):
    """It gave way on a phone (40x20) to two more rows of sets: a phone user never saw what to do next time."""
    benched_last_week(store, reps=13, load=35.0)  # the top of 8-12 passed: time for more load
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        await started(app, pilot, GYM)
        await until(pilot, lambda: "Suggestion:" in text_of(app, "suggestion"))
        region = app.screen.query_one("#workout-suggestion").region
        assert region.height >= 1 and region.bottom <= size[1] - 1, "on screen, above the footer"


async def test_the_summary_shows_its_records_with_the_totals(store, clock, data_dir):
    """The kept records are brought up to date as the workout starts: the summary shows the records in its first
    frame. They followed it, off the UI thread, and at ten years the summary was drawn again for them, 50 ms on."""
    benched_last_week(store, reps=8, load=35.0)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, GYM)
        await app.workers.wait_for_complete()  # the start's look at the kept records
        # From here a look at the records that may rebuild them waits (as seconds of rebuild would), so records
        # found that way could not be on the summary when it shows.
        rebuild_may_end = threading.Event()
        kept_bests = store.history.kept_bests
        store.history.kept_bests = lambda: rebuild_may_end.wait(10) and kept_bests()
        try:
            await edit_with(pilot, load="40")
            await pilot.press("space", "f")
            await answer(pilot, ConfirmScreen, "y")
            await until(pilot, lambda: isinstance(app.screen, SummaryScreen))
            assert "Bench press: 1 set, 8 reps @ 40 kg" in str(app.screen.query_one("#summary").render())
            assert "Bench press: heaviest load 40 kg" in str(app.screen.query_one("#summary-records").render())
        finally:
            rebuild_may_end.set()


async def test_records_that_need_the_whole_history_follow_the_summary(store, clock, data_dir):
    """Kept records out of date (a copied data dir, a kill between writes) are rebuilt from the year files, which
    takes seconds at ten years: the summary shows at once, and the records when they are found."""
    benched_last_week(store, reps=8, load=35.0)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, GYM)
        await app.workers.wait_for_complete()  # the start's look at the kept records, current then
        (data_dir / "records.json").unlink()
        await edit_with(pilot, load="40")
        await pilot.press("space", "f")
        await answer(pilot, ConfirmScreen, "y")
        await until(pilot, lambda: isinstance(app.screen, SummaryScreen))
        assert "Bench press: 1 set, 8 reps @ 40 kg" in str(app.screen.query_one("#summary").render())
        await until(pilot, lambda: "Personal records" in str(app.screen.query_one("#summary-records").render()))
        assert "Bench press: heaviest load 40 kg" in str(app.screen.query_one("#summary-records").render())


async def test_the_finish_reaches_history_after_its_summary_and_before_the_app_quits(store, clock):
    """A finish is saved first and moved into history once the summary is drawn. q before that frame moves it on
    the way out: `status` and other windows count the workout as soon as the app has quit."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, GYM)
        await pilot.press("space", "space")
        app.workout.finish()  # what y does; no frame drawn since
        assert store.workout.current() is None and store.workout.waiting() is not None
        assert list(store.history.all()) == []
        await app.action_quit()
        assert store.workout.waiting() is None
        assert [len(w.sets) for w in store.history.all()] == [2]
        assert [s.sets for s in store.history.summaries()] == [2]


async def test_the_finish_reaches_history_once_its_summary_shows(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, GYM)
        await pilot.press("space", "f")
        await answer(pilot, ConfirmScreen, "y")
        await until(pilot, lambda: isinstance(app.screen, SummaryScreen))
        await until(pilot, lambda: store.workout.waiting() is None)
        assert [len(w.sets) for w in store.history.all()] == [1]
        assert app.is_running and isinstance(app.screen, SummaryScreen)


async def test_the_summarys_records_read_in_the_unit_the_set_was_logged_in(store, clock, data_dir):
    """Loaded in lb with the settings in kg, the summary said "heaviest load 29.5 kg" for a 65 lb set. Its volume,
    8 x 65 lb, reads in kg, as the workout's volume does."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, GYM)
        await edit_with(pilot, load="65", unit="lb")
        await pilot.press("space", "f")
        await answer(pilot, ConfirmScreen, "y")
        await until(pilot, lambda: "Personal records" in str(app.screen.query_one("#summary-records").render()))
        records = str(app.screen.query_one("#summary-records").render())
        assert "Bench press: heaviest load 65 lb" in records and "estimated 1RM (Epley) 82.3 lb" in records
        assert "best set volume 235.9 kg" in records, "a volume reads in the user's units, as every volume does"


async def test_the_summarys_records_follow_the_workouts_order_not_the_order_they_were_logged_in(store, clock):
    """The second exercise done first listed its records first, under an exercise list in the routine's order."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, GYM)  # bench press, then overhead press
        await pilot.press("n", "space", "p", "space", "f")
        await answer(pilot, ConfirmScreen, "y")
        await until(pilot, lambda: "Personal records" in str(app.screen.query_one("#summary-records").render()))
        records = str(app.screen.query_one("#summary-records").render())
        exercises = str(app.screen.query_one("#summary").render())
        assert exercises.index("Bench press") < exercises.index("Overhead press")
        assert records.index("Bench press") < records.index("Overhead press")


async def test_a_bodyweight_exercise_shows_added_and_assisting_load_as_such_from_list_to_records(store, clock):
    """A pull-up with +10 and -20 read "12 reps @ 10 kg" and "12 reps @ -20 kg", and its records "heaviest load
    10 kg" and an Epley 1RM on the added load alone."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        await pilot.press("n")  # to the pull-ups
        await until(pilot, lambda: "Pull-up" in text_of(app, "exercise"))
        await edit_with(pilot, load="10")
        assert "space logs: 12 reps, +10 kg" in text_of(app, "next")
        await pilot.press("space")
        await until(pilot, lambda: any("12 reps, +10 kg" in row for row in rows(app)))
        await edit_with(pilot, load="-20")
        await pilot.press("space")
        await until(pilot, lambda: any("12 reps, 20 kg assisted" in row for row in rows(app)))
        await pilot.press("f")
        await answer(pilot, ConfirmScreen, "y")
        await until(pilot, lambda: isinstance(app.screen, SummaryScreen))
        assert "Pull-up: 2 sets, 12 reps, +10 kg · 12 reps, 20 kg assisted" in str(
            app.screen.query_one("#summary").render())
        await until(pilot, lambda: "Personal records" in str(app.screen.query_one("#summary-records").render()))
        records = str(app.screen.query_one("#summary-records").render())
        assert "Pull-up: most added load +10 kg" in records
        assert "heaviest load" not in records and "Epley" not in records and "volume" not in records


async def test_assisted_pull_ups_finish_with_a_least_assistance_record(store, clock):
    """Every pull-up assisted: the summary had no load record at all, however much less help than last time."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        await pilot.press("n")  # to the pull-ups
        await until(pilot, lambda: "Pull-up" in text_of(app, "exercise"))
        await edit_with(pilot, load="-20")
        await pilot.press("space")
        await until(pilot, lambda: any("12 reps, 20 kg assisted" in row for row in rows(app)))
        await pilot.press("f")
        await answer(pilot, ConfirmScreen, "y")
        await until(pilot, lambda: isinstance(app.screen, SummaryScreen))
        await until(pilot, lambda: "Personal records" in str(app.screen.query_one("#summary-records").render()))
        assert "Pull-up: least assistance 20 kg assisted" in str(app.screen.query_one("#summary-records").render())


async def test_a_routine_name_with_markup_is_shown_as_typed_from_start_to_summary(store, clock, data_dir):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        routine = app.catalogue.routines[FOUR_MOVES]._replace(id="mine", name="Core [/dim] day [b]x[/]")
        app.start_workout(routine)
        await until(pilot, lambda: isinstance(app.screen, WorkoutScreen) and app.session is not None)
        await pilot.pause()
        assert "(Core [/dim] day [b]x[/])" in text_of(app, "exercise")
        await pilot.press("space", "D")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert "Discard “Core [/dim] day [b]x[/]”" in str(app.screen.query_one(".dialog-title").render())
        await pilot.press("n", "f")
        await answer(pilot, ConfirmScreen, "y")
        await until(pilot, lambda: isinstance(app.screen, SummaryScreen))
        assert "Finished: Core [/dim] day [b]x[/]" in str(app.screen.query_one(".dialog-title").render())


async def test_the_set_editor_names_every_field_at_fault_and_moves_to_the_first(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        await open_set_form(pilot)
        await type_into(pilot, "load", "heavy")
        await type_into(pilot, "rpe", "11")
        await type_into(pilot, "set-type", "x")
        await pilot.press("ctrl+s")
        error = str(app.screen.query_one("#set-editor-error").render())
        assert "load must be a number" in error and "RPE must be" in error and "the set type must be" in error
        assert app.screen.focused.id == "load"


async def test_markup_typed_in_the_set_editor_is_refused_as_text_not_a_crash(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        await open_set_form(pilot)
        await type_into(pilot, "load", "[/]")
        await pilot.press("ctrl+s")
        assert "not '[/]'" in str(app.screen.query_one("#set-editor-error").render())


async def test_the_set_editor_opened_again_shows_the_set_it_is_opened_for(store, clock, data_dir):
    """`e` opens the same editor every time (it is kept, for speed): each opening shows that set's title and values,
    with the reps ready to be typed over and no message left from the last time."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, GYM)
        await open_set_form(pilot)
        await pilot.press("9", "ctrl+s")
        await until(pilot, lambda: not form_shown(app))
        assert "logs: 9 reps" in text_of(app, "next")
        await open_set_form(pilot)
        await pilot.press("1", "0", "ctrl+s")
        await until(pilot, lambda: not form_shown(app))
        assert "logs: 10 reps" in text_of(app, "next")
        await pilot.press("space")
        await open_set_form(pilot)
        await type_into(pilot, "rpe", "11")
        await pilot.press("ctrl+s")
        assert "RPE must be from 1 to 10" in str(app.screen.query_one("#set-editor-error").render())
        await pilot.press("escape")
        await until(pilot, lambda: not form_shown(app))
        await open_set_form(pilot)
        editor = app.screen.query_one(SetForm)
        assert "Set 2 of 3" in str(editor.query_one(".dialog-title").render())
        assert str(editor.query_one("#set-editor-error").render()) == ""
        assert (editor.query_one("#count").value, editor.query_one("#rpe").value) == ("10", "")
        await pilot.press("1", "2", "ctrl+s")
        await until(pilot, lambda: not form_shown(app))
        await pilot.press("space")
        assert [s.reps for s in on_disk(data_dir).sets] == [10, 12]


async def test_a_paste_longer_than_a_field_holds_goes_in_cut_to_fit_and_says_so(store, clock, data_dir):
    """300 characters pasted into a set's note (at most 200) left the field as it was, without a word."""
    from textual import events

    from tui.domain.input_limits import SET_NOTE

    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await started(app, pilot, GYM)
        await open_set_form(pilot)
        note = app.screen.query_one("#note", Input)
        await pilot.press(*["tab"] * 5)  # reps, load, unit, RPE, type (a bench press has no bands, no side): the note
        await until(pilot, lambda: app.screen.focused is note)
        await pilot.press(*"Sore:")
        app.post_message(events.Paste(" " + "x" * 300 + "\nsecond line"))  # as a terminal sends a paste
        await until(pilot, lambda: len(note.value) == SET_NOTE)
        assert note.value == "Sore: " + "x" * (SET_NOTE - 6)
        assert f"Pasted the first {SET_NOTE - 5} of 313 characters: this field holds at most {SET_NOTE}." in toasts(app)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not form_shown(app))
        await pilot.press("space")
        await until(pilot, lambda: bool(on_disk(data_dir).sets))
        assert on_disk(data_dir).sets[0].note == "Sore: " + "x" * (SET_NOTE - 6)
        # A paste that fits goes in whole, with nothing said.
        await open_set_form(pilot)
        app.screen.set_focus(app.screen.query_one("#note", Input))
        app.post_message(events.Paste("short"))
        await until(pilot, lambda: app.screen.query_one("#note", Input).value == "short")


async def test_a_note_pasted_keeps_its_lines_and_another_field_takes_the_first_and_says_so(store, clock, data_dir):
    """A paste of two lines into a note kept the first, and the second was lost without a word."""
    from textual import events

    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await started(app, pilot, GYM)
        await open_set_form(pilot)
        note = app.screen.query_one("#note", Input)
        app.screen.set_focus(note)
        await until(pilot, lambda: app.screen.focused is note)
        app.post_message(events.Paste("Grip slipped\r\nchalk next time\n"))
        await until(pilot, lambda: note.value == "Grip slipped↵chalk next time")
        count = app.screen.query_one("#count", Input)
        app.screen.set_focus(count)
        await until(pilot, lambda: app.screen.focused is count)
        await pilot.press("ctrl+u")
        app.post_message(events.Paste("12\n10"))
        await until(pilot, lambda: count.value == "12")
        assert "Pasted the first line of 2: this field holds one line." in toasts(app)
        await pilot.press("ctrl+l")  # logs the set as typed
        await until(pilot, lambda: bool(on_disk(data_dir).sets))
        assert (on_disk(data_dir).sets[0].reps, on_disk(data_dir).sets[0].note) == (12, "Grip slipped\nchalk next time")


async def test_a_hold_is_cancelled_by_a_tap_on_a_phone_which_has_no_escape(store, clock, data_dir):
    """The targets were Log, Edit, -15s, +15s, Skip, Prev, Next and Finish: none stopped a hold without logging it,
    and a phone's keyboard has no escape. Skip reads Cancel while a hold runs, and cancels it."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await started(app, pilot, STRETCH)
        skip = app.screen.query_one("#tap-skip_rest")
        assert str(skip.label) == "Skip"
        await pilot.click("#tap-log_set")  # the get-ready countdown
        await until(pilot, lambda: app.session.hold is not None and str(skip.label) == "Cancel")
        clock.advance(seconds=6)
        app.workout.tick()  # the hold itself
        await pilot.click("#tap-skip_rest")
        await until(pilot, lambda: app.session.hold is None and str(skip.label) == "Skip")
        assert on_disk(data_dir).sets == () and on_disk(data_dir).sets == app.session.workout.sets


async def test_s_does_what_its_target_does_cancelling_a_hold_as_it_reads(store, clock, data_dir):
    """The target in Skip's place read Cancel during a hold, but `s` said "No rest is running" and the hold went on."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await started(app, pilot, STRETCH)
        await pilot.press("space")  # the get-ready countdown
        await until(pilot, lambda: app.session.hold is not None)
        assert "s: cancel" in screen_text(app)
        await pilot.press("s")
        await until(pilot, lambda: app.session.hold is None)
        await pilot.press("space")
        clock.advance(seconds=6)
        app.workout.tick()  # the hold itself
        await until(pilot, lambda: app.session.hold is not None and not app.session.hold.getting_ready(clock.now()))
        await pilot.press("s")
        await until(pilot, lambda: app.session.hold is None)
        assert on_disk(data_dir).sets == () and app.session.workout.sets == ()


async def test_the_load_field_hints_at_assistance_only_where_a_machine_helps(store, clock):
    """A bench press's form read "-20 = 20 assisting" in its load field, as a pull-up's does; then every bodyweight
    exercise's did, a superman's and a crunch's too."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        await open_set_form(pilot)  # supermans
        load = app.screen.query_one("#load", Input)
        load.value = ""  # the hint shows in an empty field
        assert "assist" not in load.placeholder
        await pilot.press("escape")
        await until(pilot, lambda: not form_shown(app))
        await pilot.press("n")  # to the pull-ups
        await until(pilot, lambda: "Pull-up" in text_of(app, "exercise"))
        await open_set_form(pilot)
        assert load.placeholder == "-20 = 20 assisted"
    assert load_hint(assisted=True, is_hold=True) == ""  # a plank is weighted, never helped
    names = app.exercise_names
    assert [names.may_be_assisted(i) for i in ("bench-press", "crunch", "superman", "pull-up", "dip")] == [
        False, False, False, True, True]


async def test_space_pressed_while_last_time_is_read_logs_from_last_time_once_it_is_read(store, data_dir, clock):
    """Years of history whose last sets are not kept yet (the first start after an import): "Last time: loading..."
    showed for seconds, and space logged the target's bottom, 12 reps where last time was 15. Then space was
    refused until they were read, and a space typed at once was lost: no set logged."""
    from bench.history import write_history
    from tui.domain.workout.prefill import values_for

    app = make_app(store, clock)
    write_history(store, app.catalogue, 20_000, clock.now().subtract(days=2))
    (data_dir / "last-sets.json").unlink()  # as an import or an older version leaves it: rebuilt when read
    async with app.run_test(size=(100, 30)) as pilot:
        app.start_workout(app.catalogue.routines[FOUR_MOVES])
        session = app.workout.session
        slot = session.current_slot
        await pilot.press("space")  # at once, as a user who knows the routine
        assert any("being read" in n.message for n in app._notifications), "pressed while they were read"
        await until(pilot, lambda: len(session.workout.sets) == 1)
        expected = values_for(slot, app.workout.last_sets[slot.exercise_id], "kg")
        assert expected.reps != slot.bottom, "last time differs from the target's bottom"
        assert (session.workout.sets[0].reps, session.workout.sets[0].load) == (expected.reps, expected.load)
        assert len(on_disk(data_dir).sets) == 1 and session.rest is not None, "logged and saved; the rest runs"


async def test_the_set_form_asks_only_for_what_the_exercise_can_use_as_tab_goes_through_it(store, clock):
    """A band reverse fly was asked for a load, a unit and a side, a kettlebell row for bands: on a phone, three of
    the form's rows for nothing. Tab goes through the fields the set can use, and the next exercise's form (the
    same form, filled again) asks for its own."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await started(app, pilot, "upper-back-three-moves")

        async def fields_tabbed_through() -> list[str]:
            await open_set_form(pilot)
            seen = [app.screen.focused.id]
            while True:
                await pilot.press("tab")
                if not isinstance(app.screen.focused, Input):
                    break
                seen.append(app.screen.focused.id)
            shown = screen_text(app)
            await pilot.press("escape")
            await until(pilot, lambda: not form_shown(app))
            return seen + [label for label in ("Load", "Unit", "Band(s)", "Side") if label in shown]

        assert await fields_tabbed_through() == ["count", "bands", "rpe", "set-type", "note", "Band(s)"]
        await pilot.press("n")
        await until(pilot, lambda: "Kettlebell chainsaw row" in text_of(app, "exercise"))
        assert await fields_tabbed_through() == ["count", "load", "unit", "side", "rpe", "set-type", "note",
                                                 "Load", "Unit", "Side"]


def records_told(app) -> list[str]:
    return [str(note.message) for note in app._notifications if note.title == "New record"]


async def gym_started_with_its_records_read(app, pilot) -> None:
    """The gym routine started, a week after a bench press of 8 reps at 60 kg."""
    await started(app, pilot, GYM)
    await until(pilot, lambda: "Last time: 8 reps @ 60 kg" in text_of(app, "last-time"))
    await app.workers.wait_for_complete()  # the kept records, read as the workout starts


async def test_a_set_that_beats_a_record_says_so_as_it_is_logged_and_once(store, clock, data_dir):
    """Strong and Hevy mark a record on the set that makes it; here the lifter learnt of it at the finish. A first
    time at an exercise is no record to tell mid-workout (a new user's every set would be one)."""
    benched_last_week(store, reps=8, load=60.0)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await gym_started_with_its_records_read(app, pilot)
        await pilot.press("space")  # last week's set again: nothing beaten
        await until(pilot, lambda: len(on_disk(data_dir).sets) == 1)
        await edit_with(pilot, load="62.5")
        await pilot.press("space")
        await until(pilot, lambda: records_told(app))
        assert records_told(app) == ["Bench press: heaviest load 62.5 kg\nBench press: best set volume 500 kg\n"
                          "Bench press: estimated 1RM (Epley) 79.2 kg"]
        await until(pilot, lambda: len(on_disk(data_dir).sets) == 2)
        await pilot.press("s", "space")  # the same again: no more news
        await until(pilot, lambda: len(on_disk(data_dir).sets) == 3)
        await pilot.press("s", "n", "space")  # the next exercise, never done before: no record to beat
        await until(pilot, lambda: len(on_disk(data_dir).sets) == 4)
        await pilot.pause()
        assert len(records_told(app)) == 1
        # A logged set edited past a record is told as it is saved (it was told with the next set logged), in
        # place of the note of the records it took over.
        await pilot.press("p", "up", "up", "up", "up")
        assert highlighted(app).startswith("  ✓ Set 1: 8 reps @ 60 kg")
        await edit_with(pilot, load="65")
        await until(pilot, lambda: records_told(app) == [
            "Bench press: heaviest load 65 kg\nBench press: best set volume 520 kg\n"
            "Bench press: estimated 1RM (Epley) 82.3 kg"])


async def a_record_told(app, pilot) -> None:
    """The gym routine started a week after 8 bench presses at 60 kg, and 8 at 62.5 kg logged: a record, told."""
    await gym_started_with_its_records_read(app, pilot)
    await edit_with(pilot, load="62.5")
    await pilot.press("space")
    await until(pilot, lambda: records_told(app))


async def test_a_record_note_gives_way_to_the_summary_that_lists_it(store, clock, data_dir):
    """ "New record" stayed over the finish summary's border for its whole time, the summary listing it too."""
    benched_last_week(store, reps=8, load=60.0)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await a_record_told(app, pilot)
        await pilot.press("f")
        await answer(pilot, ConfirmScreen, "y")
        await until(pilot, lambda: "heaviest load 62.5 kg" in str(app.screen.query_one("#summary-records").render()))
        assert records_told(app) == []


@pytest.mark.parametrize("size", [(40, 20), (100, 30)])
async def test_on_a_phone_a_record_note_gives_way_to_the_set_form_opened_after_it(store, clock, data_dir, size):
    """At 40 columns "New record" (as wide as the screen) covered the form's title and first field, opened at once
    to fix the set, for its seconds. A wide screen's note sits beside the form, and stays."""
    benched_last_week(store, reps=8, load=60.0)
    app = make_app(store, clock)
    async with app.run_test(size=size, notifications=True) as pilot:
        await a_record_told(app, pilot)
        await pilot.press("up")
        await open_set_form(pilot)
        assert bool(records_told(app)) == (size == (100, 30))


async def test_a_record_note_goes_with_the_set_undone_and_comes_again_with_it(store, clock, data_dir):
    """After `u` on the set that made it, "New record" stayed up its whole time over a set no longer logged."""
    benched_last_week(store, reps=8, load=60.0)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await a_record_told(app, pilot)
        await pilot.press("u")
        await until(pilot, lambda: not records_told(app))
        assert on_disk(data_dir).sets == ()
        await pilot.press("space")  # the same set again: a record again
        await until(pilot, lambda: len(records_told(app)) == 1)
        assert records_told(app)[0].startswith("Bench press: heaviest load 62.5 kg")
        # A better set, then undone: the earlier set's record holds again, and is told with its value.
        await edit_with(pilot, load="65")
        await pilot.press("space")
        await until(pilot, lambda: any("heaviest load 65 kg" in told for told in records_told(app)))
        await pilot.press("u")
        await until(pilot, lambda: not any("65 kg" in told for told in records_told(app)))
        await until(pilot, lambda: any("heaviest load 62.5 kg" in told for told in records_told(app)))
        await pilot.press("space")  # the 65 kg set again: told again
        await until(pilot, lambda: any("heaviest load 65 kg" in told for told in records_told(app)))


async def test_a_record_told_before_a_quit_is_not_told_again_once_the_workout_is_taken_up(store, clock, data_dir):
    """Quit (or killed) and taken up again, the first set logged after each resume told the bench press's record
    of before the quit once more."""
    benched_last_week(store, reps=8, load=60.0)
    first = make_app(store, clock)
    async with first.run_test(size=(100, 30), notifications=True) as pilot:
        await a_record_told(first, pilot)
    second = make_app(open_store(data_dir), clock)
    async with second.run_test(size=(100, 30), notifications=True) as pilot:
        await answer(pilot, ResumeScreen, "r")
        await until(pilot, lambda: "Last time: 8 reps @ 60 kg" in text_of(second, "last-time"))
        await second.workers.wait_for_complete()
        await pilot.press("s", "n", "space")  # another exercise's set: no record of its own
        await until(pilot, lambda: len(on_disk(data_dir).sets) == 2)
        await pilot.press("p", "space")  # the bench press again, at 62.5 kg: no better than before the quit
        await until(pilot, lambda: len(on_disk(data_dir).sets) == 3)
        await pilot.pause()
        assert records_told(second) == []
        await edit_with(pilot, load="65")  # a better set than before the quit is news
        await pilot.press("space")
        await until(pilot, lambda: any("heaviest load 65 kg" in told for told in records_told(second)))


@pytest.mark.parametrize(("held", "aim"), [((30, 3, 45), 50), ((40, 35, 35), 45)])
async def test_a_holds_timer_starts_from_what_the_suggestion_asks(store, clock, data_dir, held, aim):
    """The suggestion said "aim for 50 s on every set" over "space starts: 30 s" (last time's first plank), and the
    timer, which ends the hold by itself, stopped the user at 30 s."""
    start = moment(2026, 11, 13, 18, 0)
    store.history.save_many([replace(a_workout(at=start, name="Last week"), finished_at=start, sets=tuple(
        a_set("plank", at=start, reps=None, hold_s=seconds) for seconds in held))])
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, GYM)
        while app.session.current_slot.exercise_id != "plank":
            await pilot.press("n")
        await until(pilot, lambda: f"aim for {aim} s on every set" in text_of(app, "suggestion"))
        assert f"space starts: {aim} s" in text_of(app, "next")
        await pilot.press("space")
        assert app.session.hold.target_s == aim
        clock.advance(seconds=5 + 2)  # the get-ready countdown, then a hold stopped after 2 s
        app.workout.tick()
        await pilot.press("space")
        await until(pilot, lambda: len(app.session.workout.sets) == 1 and app.session.hold is None)
        assert f"space starts: {aim} s" in text_of(app, "next"), "the next set too: not the target's bottom"


async def test_quitting_with_values_typed_in_a_set_form_asks_first(store, clock, data_dir):
    """20 reps typed, then ctrl+q (Textual's quit, before any screen's keys): gone without a word."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await started(app, pilot, GYM)
        await open_set_form(pilot)
        await type_into(pilot, "count", "20")
        await pilot.press("ctrl+q")
        await answer(pilot, ConfirmScreen, "n")  # keep editing
        assert app.is_running and app.screen.query_one("#count", Input).value == "20"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not form_shown(app))
        assert "space logs: 20 reps" in text_of(app, "next")
        await pilot.press("ctrl+q")  # no form open: quits at once
        await until(pilot, lambda: not app.is_running)
