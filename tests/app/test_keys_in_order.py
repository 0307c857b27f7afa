"""Keys typed together act as typed one at a time (keys_in_order.py): they wait for a screen that is being built,
but never for long (a screen that focuses nothing, though it has a field, still gets the keys sent to it); a key
that opens a form hands what was typed with it to the form; a field's own keys act where they were typed."""

from __future__ import annotations

import ast
import asyncio
from pathlib import Path

import pendulum
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from textual.app import ComposeResult
from textual.binding import Binding
from textual.command import CommandInput
from textual.screen import Screen
from textual.widgets import Input, OptionList

from tests.app.keystrokes import handled, press_together
from tests.app.waiting import until
from tests.conftest import FakeClock
from tests.fuzz.conftest import fuzz_settings
from tui.app import make_app
from tui.screens.palette import Palette
from tui.screens.routine_editor import RoutineEditorScreen
from tui.screens.workout import WorkoutScreen
from tui.store.open import open_store
from tui.widgets.focus import focus_now


class FocusesNothing(Screen):
    AUTO_FOCUS = ""  # nothing (None would be the app's choice: the first field)
    BINDINGS = [("x", "mark", "Mark")]

    def __init__(self) -> None:
        super().__init__()
        self.marks = 0

    def compose(self) -> ComposeResult:
        yield Input()

    def action_mark(self) -> None:
        self.marks += 1


class SlowField(Input):
    """A field that takes a while over every key, as any widget does on a busy machine."""

    async def on_key(self, event) -> None:
        await asyncio.sleep(0.05)


class SavesWithCtrlS(Screen):
    # A priority binding, as the app's keys that must not go to a field are: it acts in the app's own turn.
    BINDINGS = [Binding("ctrl+s", "save", "Save", priority=True)]

    def __init__(self) -> None:
        super().__init__()
        self.saved: list[str] = []

    def compose(self) -> ComposeResult:
        yield SlowField()

    def action_save(self) -> None:
        self.saved.append(self.query_one(SlowField).value)


@pytest.mark.parametrize(("keys", "saved"), [
    (["4", "0", "ctrl+s"], ["40"]),
    (["4", "0", "backspace", "5", "ctrl+s"], ["45"]),
    (["4", "ctrl+s", "0", "ctrl+s"], ["4", "40"]),
], ids=["characters", "a field's own key", "twice"])
async def test_a_priority_key_acts_after_the_keys_typed_before_it(store, clock, keys, saved):
    """ctrl+s acted as it arrived, while the characters typed before it were still on their way through the field:
    it saved what the field held then."""
    app = make_app(store, clock)
    async with app.run_test() as pilot:
        screen = SavesWithCtrlS()
        await app.push_screen(screen)
        await until(pilot, lambda: isinstance(screen.focused, SlowField))
        press_together(pilot, *keys)
        await until(pilot, lambda: len(screen.saved) == len(saved))
        await handled(pilot, screen.query_one(SlowField))
        assert screen.saved == saved


async def test_an_exercise_searched_for_and_chosen_in_one_burst_is_the_one_added(store, clock):
    """The picker's enter acted before the search had its letters: "crunch" and enter added Push-up, the first
    exercise of the whole catalogue."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, RoutineEditorScreen))
        await pilot.press(*"Gym day", "enter")  # the name, and on to the exercises
        editor = app.screen
        entries = editor.query_one("#entries", OptionList)
        press_together(pilot, "a", *"crunch", "enter", "a", *"plank", "enter")
        await until(pilot, lambda: app.screen is editor and entries.option_count == 2)
        assert [str(entries.get_option_at_index(i).prompt).split("  ")[0] for i in range(2)] == [
            "1. Crunch", "2. Plank"]


async def test_a_whole_routine_typed_in_one_burst_is_saved_as_typed(store, clock):
    """enter in the name moves on to the exercises in the screen's answer to the field's Submitted message: the keys
    typed behind it went into the name ("Absacrunch")."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        press_together(pilot, "a", *"Abs", "enter", "a", *"crunch", "enter", "a", *"plank", "enter", "ctrl+s")
        await until(pilot, lambda: bool(store.routines.all()))
        (routine,) = store.routines.all()
        assert (routine.name, [entry.exercise_id for entry in routine.entries]) == ("Abs", ["crunch", "plank"])


async def test_the_editors_add_key_works_the_moment_enter_in_the_name_moves_to_the_exercises(store, clock):
    """`a` adds only in the exercise list, and is a priority binding: it acts as it arrives. Textual's has_focus
    turns true only once the list has handled its Focus message, so "Abs enter a crunch" typed together sometimes
    found the list not focused yet: nothing added, and the "r" of crunch renamed the routine "unch" (seen in tmux,
    1 time in 10 to 40). Here the key's check is made right after enter's move, before the list has its message."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, RoutineEditorScreen) and app.screen.focused is not None)
        editor = app.screen
        focus_now(editor.query_one("#entries"))  # what enter in the name does, in the screen's answer to it
        assert editor.active_bindings["a"].enabled, "a is off though the exercise list has the focus"
        await handled(pilot, *editor.query("*"))


async def test_tab_typed_with_down_moves_on_from_the_row_down_went_to(store, clock):
    """down from the last routine goes to the catalogue's first exercise, and the screen's answer to the list's
    new row hides the routine's exercises. Typed together, tab came before that answer: it went into the hidden
    exercises, and the focus was lost. A key's marker now also follows what its binding made the widget post."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: app.screen.focused is not None)
        listing = app.screen.query_one("#routine-list", OptionList)
        routines = [index for index in range(listing.option_count)
                    if (listing.get_option_at_index(index).id or "").startswith("shipped:")]
        listing.highlighted = routines[-1]
        await handled(pilot, *app.screen.query("*"))
        press_together(pilot, "down", "tab")
        await handled(pilot, *app.screen.query("*"))
        assert app.screen.focused is app.screen.query_one("#search")


def test_the_app_asks_where_the_focus_is_only_at_once():
    """Textual's has_focus turns true only once the widget has handled its Focus message, after keys typed with the
    one that moved the focus: every question of where the focus is goes through focused_now
    (tui/widgets/focus.py)."""
    asks = [f"{path.relative_to(SOURCE)}:{node.lineno}" for path in sorted(SOURCE.rglob("*.py"))
            for node in ast.walk(ast.parse(path.read_text()))
            if isinstance(node, ast.Attribute) and node.attr in ("has_focus", "has_focus_within")]
    assert asks == []


async def test_a_new_screen_that_focuses_nothing_gets_its_keys_all_the_same(store, clock):
    app = make_app(store, clock)
    async with app.run_test() as pilot:
        screen = FocusesNothing()
        app.push_screen(screen)  # not awaited: the keys come while it is being built
        await pilot.press("x", "x")
        await until(pilot, lambda: screen.marks == 2)
        assert screen.focused is None and screen.focus_chain  # it never took a focus
        await pilot.press("x")  # and once it has had keys, they are not held for it again
        await until(pilot, lambda: screen.marks == 3)


class ItsFieldNotFocusedYet(Screen):
    AUTO_FOCUS = "#elsewhere"  # matches nothing: the keys wait a few frames for a focus that does not come

    def compose(self) -> ComposeResult:
        yield Input()


async def test_keys_waiting_as_the_app_closes_close_with_it(store, clock):
    # They were looked at once more after the app's screens were gone: a crash (ScreenStackError) and its log, as
    # the app quit.
    app = make_app(store, clock)
    async with app.run_test() as pilot:
        await app.push_screen(ItsFieldNotFocusedYet())
        press_together(pilot, "x", "y")
        await until(pilot, lambda: app.handling_keys)  # they wait for the screen
        await app.switch_mode("workout")  # to another screen, and the app closes at once, the keys still held
    # run_test raises what the app raised as it closed


@pytest.mark.parametrize("keys", [
    ["p", "l", "a", "n", "x", "backspace", "k"],
    ["l", "a", "n", "k", "home", "p"],
    ["p", "l", "a", "k", "left", "n"],
    ["r", "o", "w", "ctrl+w", "p", "l", "a", "n", "k"],
], ids=["backspace", "home", "left", "ctrl+w"])
async def test_a_fields_own_keys_typed_with_characters_act_where_they_were_typed(store, clock, keys):
    """As an SSH connection that caught up delivers them. The field's own keys acted only after the characters
    typed behind them: "planx backspace k" searched for "planx"."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        press_together(pilot, "slash", *keys)
        search = app.screen.query_one("#search", Input)
        await handled(pilot, search)
        assert search.value == "plank"


async def test_a_new_routines_name_typed_with_a_goes_to_its_name(store, clock):
    """a acted once it had gone through the routine list, which the name's letters had reached first: "New
    routine" opened with an empty name."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        press_together(pilot, "a", *"My day")
        await until(pilot, lambda: bool(app.screen.query("#name")))
        await until(pilot, lambda: app.screen.query_one("#name", Input).value == "My day")
        await handled(pilot, *app.screen.query("*"))  # the editor built to the end, before the app closes


SOURCE = Path(__file__).parents[2] / "src" / "tui"

# A field's own keys, and tab and shift+tab from field to field, among the characters of a set's values.
FIELD_KEYS = ["backspace", "delete", "left", "right", "home", "end", "ctrl+w", "ctrl+k", "tab", "shift+tab"]
typing = st.lists(st.sampled_from([*"0123456789.kgr", *FIELD_KEYS]), min_size=1, max_size=16)


def _form(app, workout: WorkoutScreen) -> tuple[object, ...]:
    """What the set's form shows: every field's text, the field with the cursor and where the cursor is; and the
    screen shown (a digit typed on the form's buttons switches screens, as it does anywhere but in a field)."""
    fields = workout.query("#workout-set-form Input").results(Input)
    focused = workout.focused
    return (*(field.value for field in fields), focused and focused.id, getattr(focused, "cursor_position", None),
            app.current_mode)


async def _typed_both_ways(data_dir: Path, rounds: list[list[str]]) -> None:
    app = make_app(open_store(data_dir), FakeClock(pendulum.datetime(2026, 11, 20, 18, 30, tz="Europe/Paris")))
    async with app.run_test(size=(100, 30)) as pilot:
        app.start_workout(app.catalogue.routines["four-upper-body-exercises"])
        await until(pilot, lambda: isinstance(app.screen, WorkoutScreen) and app.session is not None)
        workout = app.screen
        for keys in rounds:
            left = []
            for together in (True, False):
                await pilot.press("e")
                await until(pilot, lambda: workout.focused is not None and workout.focused.id == "count")
                if together:
                    press_together(pilot, *keys)
                else:
                    await pilot.press(*keys)  # one at a time: each handled before the next is sent
                await handled(pilot, *workout.query("#workout-set-form Input"))
                left.append(_form(app, workout))
                if app.screen is not workout:
                    await pilot.press("2")
                    await until(pilot, lambda: app.screen is workout)
                await pilot.press("escape")  # the set keeps its values: the next round starts from the same form
                await until(pilot, lambda: not workout.query_one("#workout-set-form").display)
            assert left[0] == left[1], f"typed together {keys}: {left[0]}; one at a time: {left[1]}"


@given(rounds=st.lists(typing, min_size=1, max_size=4))
@example(rounds=[["tab", "3", "2", ".", "5", "backspace", "backspace"], ["tab", "4", "home", "1", "end", "ctrl+w", "7"],
                 ["1", "2", "tab", "tab", "shift+tab", "4", "0", "left", "backspace", "3"],
                 ["delete", "7", "g", "shift+tab", "7", "1"]])
@fuzz_settings(3)
def test_keys_typed_together_in_a_field_leave_what_they_leave_typed_one_at_a_time(tmp_path_factory, rounds):
    asyncio.run(_typed_both_ways(tmp_path_factory.mktemp("data"), rounds))


async def test_keys_typed_with_the_key_that_opens_a_dialog_start_from_the_button_it_focuses(store, clock):
    """e on a shipped routine asks whether to edit a copy, with "no" focused. shift+tab and enter typed with it
    went from the first button: the dialog's "no" came only after them, so enter said no to a copy asked for."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        press_together(pilot, "e", "shift+tab", "enter")
        await until(pilot, lambda: isinstance(app.screen, RoutineEditorScreen) and app.screen.query("#name"))
        await handled(pilot, *app.screen.query("*"))  # the editor built to the end, before the app closes
        assert app.screen.query_one("#name", Input).value == "Four upper-body moves for running (copy)"


def test_the_app_moves_the_focus_only_at_once():
    """Textual's widget.focus() waits for the messages already queued, keys typed together among them: every
    focus change goes through focus_now (tui/widgets/focus.py)."""
    calls = [f"{path.relative_to(SOURCE)}:{node.lineno}" for path in sorted(SOURCE.rglob("*.py"))
             for node in ast.walk(ast.parse(path.read_text()))
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "focus"]
    assert calls == []


async def test_down_typed_in_a_search_field_moves_the_list_under_it(store, clock):
    """A field of one line has nothing to scroll: down and up go on to the screen, as in Textual. Run as the
    field's own keys, they went nowhere: "band", down, enter in the exercise picker added Band-assisted pull-up,
    the first row, not Band row under it; down in the Routines search left the list where it was."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash", *"push")
        routines = app.screen.query_one("#routine-list", OptionList)
        await handled(pilot)
        first = routines.highlighted
        await pilot.press("down")
        await handled(pilot)
        assert routines.highlighted == first + 1 and isinstance(app.screen.focused, Input)
        await pilot.press("up")
        await handled(pilot)
        assert routines.highlighted == first

        await pilot.press("escape", "a")
        await until(pilot, lambda: isinstance(app.screen, RoutineEditorScreen))
        name = app.screen.query_one("#name", Input)
        await pilot.press("up")  # the first field: up stays in it (it went round to the exercises, under the form)
        await handled(pilot)
        assert app.screen.focused is name
        await pilot.press(*"Bands", "enter")
        editor = app.screen
        entries = editor.query_one("#entries", OptionList)
        await pilot.press("a", *"band", "down", "enter")
        await until(pilot, lambda: app.screen is editor and entries.option_count == 1)
        assert str(entries.get_option_at_index(0).prompt).startswith("1. Band row")


async def test_space_typed_with_the_palettes_enter_logs_the_first_set_of_the_workout_it_starts(store, clock):
    """The palette's command runs after the palette has closed, and starts the workout with a message of its own:
    the space typed with enter went into the palette's field, or to the Routines screen it had covered."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        press_together(pilot, "ctrl+p", *"start gym upper", "enter", "space")
        await until(pilot, lambda: app.session is not None and app.session.sets_logged()[0] == 1)
        await handled(pilot)
        assert isinstance(app.screen, WorkoutScreen)
        assert app.session.sets_logged()[0] == 1


async def test_enter_that_runs_no_command_holds_no_key(store, clock):
    """Enter in the palette holds the keys behind it until its command has run; when it finds nothing to run, an
    escape typed behind it waited two seconds to close the palette."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        press_together(pilot, "ctrl+p", *"xyzzy", "enter")
        await until(pilot, lambda: isinstance(app.screen, Palette) and app.screen.query_one(CommandInput).value)
        palette = app.screen
        await until(pilot, lambda: not palette.keys_wait)  # once its enter has waited for the search
        press_together(pilot, "escape")
        await until(pilot, lambda: not isinstance(app.screen, Palette))


async def test_the_answer_typed_with_the_palettes_finish_answers_its_question(store, clock):
    """"Finish workout" runs on the Workout screen once it shows, and asks first: the y typed with enter answers."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        app.start_workout(app.catalogue.routines["sample-upper-body-workout"])
        await until(pilot, lambda: isinstance(app.screen, WorkoutScreen) and app.session is not None)
        await pilot.press("space", "1")  # a set logged, and away to the routines
        await until(pilot, lambda: not isinstance(app.screen, WorkoutScreen))
        press_together(pilot, "ctrl+p", *"finish workout", "enter", "y")
        await until(pilot, lambda: app.session is None and store.history.summaries())  # filed once it shows
        assert store.history.summaries()[-1].sets == 1
