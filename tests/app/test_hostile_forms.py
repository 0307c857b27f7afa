"""Every form driven through Pilot with arbitrary text (fuzzed), typed for real: the routine editor and its exercise
figures, History's edit and add forms, the Settings modal and the export dialog.

The text is typed key by key (tests/app/keystrokes.py), markup and escape sequences in several alphabets among it;
what no keyboard sends as a key (control characters) arrives as a terminal's paste, and a field takes what its
limit and its own checks let through, as it does for a user. What a form saves is checked against what its field
held when it was submitted.

Each example runs one app and goes round the same loop: type into every field, submit, check; then type again
into the form still open, as a user correcting a mistake would, or open it again once it has closed. After each
submit the app is still running with the form still there and a message saying what is wrong, and not one byte
of the data dir changed; or the form closed and what it saved reads back valid from a fresh store. Hand-picked
rounds (a valid one, then control characters, thousands of digits, "²" and other unicode digits, blanks) make
one explicit example, and the test checks it saw both outcomes there.
"""

from __future__ import annotations

import asyncio
import os
import stat
from dataclasses import replace
from pathlib import Path

import orjson
import pendulum
from hypothesis import example, given
from hypothesis import strategies as st
from textual.command import CommandPalette
from textual.widgets import Input, Static

from tests.app.keystrokes import type_text
from tests.app.waiting import until
from tests.builders import a_set, a_workout, moment
from tests.conftest import FakeClock
from tests.fuzz.conftest import fuzz_settings
from tests.transfer.conftest import picture
from tui.app import make_app
from tui.domain.catalogue.codec import routine_from_data, routine_to_data
from tui.domain.printable import printable
from tui.domain.ranges import IntRange
from tui.domain.routines.editing import REPS, REST, ROUND_REST, ROUNDS, SETS, copy_routine
from tui.domain.settings import Settings
from tui.domain.workout.forms import MAX_NAME, MAX_NOTE
from tui.domain.workout.set_values import SetValues
from tui.screens.confirm import ConfirmScreen
from tui.screens.entry_editor import EntryEditorScreen
from tui.screens.history import HistoryScreen
from tui.screens.pickers import ExercisePickerScreen
from tui.screens.routine_editor import RoutineEditorScreen
from tui.screens.set_editor import SetEditor
from tui.screens.settings import SettingsScreen
from tui.screens.transfer_dialog import TransferDialog, as_dropped
from tui.screens.workout_add import AddWorkoutScreen
from tui.screens.workout_edit import EditWorkoutScreen
from tui.store.open import open_store
from tui.widgets.plain import clear_notes

HUGE = "9" * 5000  # more digits than int() converts by default
# Hand-picked text that trips parsers and terminals; every field gets each of these in one round or another.
NASTY = ["", "   ", HUGE, "²", "٣٠", "1e400", "-1", "\x00", "\x1b[2J\x1b]0;x\x07\t\n\r", "🏃‍♀️", "1" + "0" * 30,
         "Core [/dim] day", "[/]", "[bold]x[/bold", "[link=x]y",  # markup a name or note must show as written
         # ...in other alphabets, with digits of other scripts, full-width ones and a right-to-left override
         "Жим [/b] лёжа", "腹筋[@click=app.quit]", "Ποδηλασία \\[b]", "१२", "１２ ｓ", "\u202eתרגיל[/]"]
# Arbitrary text (any unicode, control characters included), number-like noise, or one of the above.
typed = st.one_of(st.text(max_size=40), st.text(alphabet="0123456789+-.,: s²٣\x00\n", max_size=12),
                  st.sampled_from(NASTY))
# Few examples, each a list of rounds run in one app: starting an app costs a second or two, a round a fraction.
# Each test runs its hand-picked rounds (an explicit example), then two generated examples: hypothesis starts with
# the simplest (blank fields), then random text. Derandomized: every run types the same text.
ROUNDS_PER_EXAMPLE = 4
FUZZ = fuzz_settings(2)  # 2 generated examples in CI (after the hand-picked one); `make fuzz`: many more


def rounds_of(fields: dict) -> st.SearchStrategy[list[dict]]:
    # unique: the simplest example (every field blank) is then one round, not the same round over again.
    return st.lists(st.fixed_dictionaries(fields), min_size=1, max_size=ROUNDS_PER_EXAMPLE,
                    unique_by=lambda texts: tuple(texts.values()))


def nasty_rounds(names: list[str]) -> list[dict[str, str]]:
    """len(NASTY) rounds in which every field takes every hand-picked text once (rotated across fields)."""
    return [{name: NASTY[(number + offset) % len(NASTY)] for offset, name in enumerate(names)}
            for number in range(len(NASTY))]


def clock() -> FakeClock:
    return FakeClock(pendulum.datetime(2026, 11, 20, 18, 30, tz="Europe/Paris"))


def shown(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render()).strip()


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.pause()


async def submit(app, pilot, form, message_selector: str, key: str = "ctrl+s") -> bool:
    """Press key in form; True when the form closed, False when it stayed open with a message."""
    form.query_one(message_selector, Static).update("")  # so the message seen is about this attempt
    await pilot.press(key)
    await until(pilot, lambda: app.screen is not form or bool(shown(form, message_selector)))
    if app.screen is not form:
        await settle(pilot)
        return True
    return False


def check_refused(app, form, message_selector: str, data_dir: Path, before) -> None:
    assert app.is_running and app.screen is form  # no crash: the form is still open
    assert shown(form, message_selector), "refused without a word"
    assert picture(data_dir) == before  # and nothing of it reached the store


# -- the routine editor and its exercise figures --------------------------------------------------------------

ENTRY_FIELDS = ["sets", "amount", "rest"]
ROUTINE_FIELDS = ["name", "rounds", "round-rest"]
VALID_ROUTINE_ROUND = {"sets": "2", "amount": "8-10", "rest": "45 s", "name": "  Hotel  room circuit ",
                       "rounds": "2-4", "round-rest": "1:30"}


def within(found: IntRange | None, limit, required: bool = True) -> bool:
    if found is None:
        return not required
    return limit.minimum <= found.low <= found.high <= limit.maximum


async def _fuzz_routine_editor(data_dir: Path, rounds: list[dict[str, str]]) -> set[str]:
    store = open_store(data_dir)
    app = make_app(store, clock())
    mine = copy_routine(app.catalogue.routines["home-bodyweight-circuit"], set(app.catalogue.routines), ())
    store.routines.save(mine)
    outcomes = set()
    async with app.run_test(size=(100, 30)) as pilot:
        routines = app.screen
        editor = None
        for texts in rounds:
            if editor is None:  # (re)open the editor on the routine
                app.screen.query_one("#routine-list").highlight_id(f"own:{mine.id}")
                await pilot.press("e")
                await until(pilot, lambda: isinstance(app.screen, RoutineEditorScreen))
                editor = app.screen
            editor.query_one("#entries").focus()
            await pilot.press("enter")  # the figures of the first exercise
            await until(pilot, lambda: isinstance(app.screen, EntryEditorScreen))
            figures = app.screen
            for field in ENTRY_FIELDS:
                await type_text(pilot, figures.query_one(f"#{field}", Input), texts[field])
            before = picture(data_dir)
            if await submit(app, pilot, figures, "#entry-problems"):
                outcomes.add("figures kept")
            else:
                check_refused(app, figures, "#entry-problems", data_dir, before)
                outcomes.add("figures refused")
                await pilot.press("escape")
                await until(pilot, lambda editor=editor: app.screen is editor)
            assert app.screen is editor and app.is_running
            first = editor.draft.entries[0]  # whatever the editor holds now passed every check
            assert within(first.sets, SETS) and within(first.reps, REPS) and within(first.rest_s, REST, False)

            held = {field: await type_text(pilot, editor.query_one(f"#{field}", Input), texts[field])
                    for field in ROUTINE_FIELDS}
            before = picture(data_dir)
            if await submit(app, pilot, editor, "#editor-problems"):
                outcomes.add("routine saved")
                editor = None
                assert app.screen is routines and app.is_running
                (saved,) = open_store(data_dir).routines.all()  # read back through a fresh store
                assert saved.id == mine.id and saved.name == " ".join(printable(held["name"]).split())
                assert within(saved.rounds, ROUNDS) and within(saved.rest_after_round_s, ROUND_REST, False)
                assert saved.entries[0] == first
                assert routine_from_data(routine_to_data(saved), "runstrength.json", shipped=False) == saved
            else:  # the user corrects it in the next round
                check_refused(app, editor, "#editor-problems", data_dir, before)
                outcomes.add("routine refused")
        if editor is not None:  # leaving with unsaved changes asks first, and saves nothing
            before = picture(data_dir)
            await pilot.press("escape")
            await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
            await pilot.press("y")
            await until(pilot, lambda: app.screen is routines)
            assert picture(data_dir) == before
    return outcomes


ROUTINE_EDITOR_PICKED = [VALID_ROUTINE_ROUND, *nasty_rounds(ENTRY_FIELDS + ROUTINE_FIELDS)]


@FUZZ
@given(rounds=rounds_of({field: typed for field in ENTRY_FIELDS + ROUTINE_FIELDS}))
@example(rounds=ROUTINE_EDITOR_PICKED)
def test_picked_and_sampled_text_in_the_routine_editor_and_its_figures_is_saved_valid_or_refused_with_nothing_changed(
        tmp_path_factory, rounds):
    data_dir = tmp_path_factory.mktemp("routine-editor") / "data"
    outcomes = asyncio.run(_fuzz_routine_editor(data_dir, rounds))
    if rounds == ROUTINE_EDITOR_PICKED:  # the test sees both outcomes of both forms
        assert outcomes == {"figures refused", "figures kept", "routine refused", "routine saved"}


# -- History: editing a past workout, adding one -----------------------------------------------------------

# The set editor's fields: the one the Workout screen logs with, opened on a past set with enter.
SET_FIELDS = ["count", "load", "unit", "bands", "side", "rpe", "set-type", "note"]


def past_workout(store):
    start = moment(2026, 11, 18, 7, 15)
    sets = (a_set("crunch", at=start, reps=20), a_set("dumbbell-row", at=start, reps=10, load=12.0),
            a_set("plank", at=start, reps=None, hold_s=40))
    workout = replace(a_workout(at=start, name="Ab workout"), sets=sets, finished_at=start)
    store.history.save(workout)
    return workout


def assert_valid_sets(workout) -> None:
    for logged in workout.sets:  # each set passes the same checks as one logged live
        SetValues(reps=logged.reps, hold_s=logged.hold_s, load=logged.load, unit=logged.unit, bands=logged.bands,
                  side=logged.side, rpe=logged.rpe, note=logged.note, set_type=logged.set_type)
        assert (logged.reps is None) != (logged.hold_s is None)  # reps or a hold, never both


async def open_history(app, pilot) -> HistoryScreen:
    await pilot.press("4")
    await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
    await app.workers.wait_for_complete()
    await settle(pilot)
    return app.screen


async def edit_set(app, pilot, form, data_dir: Path, texts: dict[str, str], number: int) -> str:
    """Open set `number` (from 0) of the form in the set editor, type into every field and use the values.

    A refusal leaves the editor open with a message and nothing saved; escape then keeps the set as it was.
    """
    table = form.query_one("#form-sets")
    table.focus()
    table.move_cursor(row=number)
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(app.screen, SetEditor))
    editor = app.screen
    for field in SET_FIELDS:
        await type_text(pilot, editor.query_one(f"#{field}", Input), texts[f"{field}{number}"])
    before = picture(data_dir)
    if await submit(app, pilot, editor, "#set-editor-error"):
        return "set kept"
    check_refused(app, editor, "#set-editor-error", data_dir, before)
    await pilot.press("escape")
    await until(pilot, lambda: app.screen is form)
    return "set refused"


EDIT_FIELDS = ["name", "note"] + [f"{field}{n}" for n in range(3) for field in SET_FIELDS]
SET_DEFAULTS = {"unit": "kg", "bands": "", "side": "", "rpe": "", "set-type": "", "note": ""}
VALID_EDIT_ROUND = {"name": " Ab workout, short ", "note": "windy",
                    **{f"{field}{n}": text for n in range(3) for field, text in SET_DEFAULTS.items()},
                    "count0": "22", "load0": "2,5", "count1": "8", "load1": "-5", "unit1": "LB", "rpe1": "8,5",
                    "set-type1": "w", "bands1": "red + green", "count2": "45", "load2": "", "note2": "shaky"}


async def _fuzz_edit_form(data_dir: Path, rounds: list[dict[str, str]]) -> set[str]:
    store = open_store(data_dir)
    original = past_workout(store)
    app = make_app(store, clock())
    outcomes = set()
    async with app.run_test(size=(100, 30)) as pilot:
        history = await open_history(app, pilot)
        form = None
        for texts in rounds:
            if form is None:
                await pilot.press("e")
                await until(pilot, lambda: isinstance(app.screen, EditWorkoutScreen))
                form = app.screen
            for number in range(3):
                outcomes.add(await edit_set(app, pilot, form, data_dir, texts, number))
            held = {field: await type_text(pilot, form.query_one(f"#form-{field}", Input), texts[field])
                    for field in ("name", "note")}
            before = picture(data_dir)
            if await submit(app, pilot, form, "#form-error"):
                outcomes.add("saved")
                form = None
                assert app.screen is history and app.is_running
                saved = open_store(data_dir).history.get(original.id)  # read back through a fresh store
                # Control characters are dropped, never stored (and never reach a terminal).
                assert saved.name == printable(held["name"]).strip() and 0 < len(saved.name) <= MAX_NAME
                assert saved.note == printable(held["note"]).strip() and len(saved.note) <= MAX_NOTE
                assert [s.id for s in saved.sets] == [s.id for s in original.sets]  # edited, not replaced
                assert_valid_sets(saved)
            else:
                check_refused(app, form, "#form-error", data_dir, before)
                outcomes.add("refused")
    assert len(open_store(data_dir).history.summaries()) == 1
    return outcomes


EDIT_PICKED = [VALID_EDIT_ROUND, *nasty_rounds(EDIT_FIELDS)]


@FUZZ
@given(rounds=rounds_of({field: typed for field in EDIT_FIELDS}))
@example(rounds=EDIT_PICKED)
def test_picked_and_sampled_text_in_the_edit_workout_form_is_saved_valid_or_refused_with_nothing_changed(
        tmp_path_factory, rounds):
    data_dir = tmp_path_factory.mktemp("edit-workout") / "data"
    outcomes = asyncio.run(_fuzz_edit_form(data_dir, rounds))
    if rounds == EDIT_PICKED:
        assert outcomes == {"refused", "saved", "set kept", "set refused"}


ADD_FIELDS = ["date", "time", "name", "note"] + [f"{field}{n}" for n in range(2) for field in SET_FIELDS]
VALID_ADD_ROUND = {"date": "2026-11-19", "time": "6:45", "name": "Hotel push-ups", "note": "",
                   **{f"{field}{n}": text for n in range(2) for field, text in SET_DEFAULTS.items()},
                   "count0": "15", "load0": "", "count1": "12", "load1": "+5", "side1": "r"}
# Dates and times: arbitrary text, or ones that look right (some of them impossible, or in the future).
dates = st.one_of(typed, st.dates().map(lambda day: f"{day.year:04d}-{day.month:02d}-{day.day:02d}"),
                  st.sampled_from(["2026-11-19", "2026-02-30", "0000-01-01", "٢٠٢٦-١١-١٩"]))
times = st.one_of(typed, st.sampled_from(["06:45", "23:59", "24:00", "7:60", "99:99"]))


async def _fuzz_add_form(data_dir: Path, rounds: list[dict[str, str]]) -> set[str]:
    store = open_store(data_dir)
    past_workout(store)
    app = make_app(store, clock())
    outcomes = set()
    async with app.run_test(size=(100, 30)) as pilot:
        history = await open_history(app, pilot)
        form = None
        for texts in rounds:
            if form is None:
                await pilot.press("a")
                await until(pilot, lambda: isinstance(app.screen, AddWorkoutScreen))
                form = app.screen
                await pilot.press("ctrl+o")  # a set of the first exercise offered, then one more like it
                await until(pilot, lambda: isinstance(app.screen, ExercisePickerScreen))
                await pilot.press("enter")
                await until(pilot, lambda: isinstance(app.screen, SetEditor))
                await pilot.press("ctrl+s", "ctrl+n")
                await until(pilot, lambda form=form: isinstance(app.screen, SetEditor) and len(form.sets) == 2)
                await pilot.press("ctrl+s")
                await until(pilot, lambda form=form: app.screen is form)
            for number in range(2):
                outcomes.add(await edit_set(app, pilot, form, data_dir, texts, number))
            held = {field: await type_text(pilot, form.query_one(f"#form-{field}", Input), texts[field])
                    for field in ("date", "time", "name", "note")}
            known = {summary.id for summary in open_store(data_dir).history.summaries()}
            before = picture(data_dir)
            if await submit(app, pilot, form, "#form-error"):
                outcomes.add("saved")
                form = None
                assert app.screen is history and app.is_running
                fresh = open_store(data_dir)  # read back through a fresh store
                (added,) = [s for s in fresh.history.summaries() if s.id not in known]
                workout = fresh.history.get(added.id)
                assert workout.name == printable(held["name"]).strip() and 0 < len(workout.name) <= MAX_NAME
                assert len(workout.sets) == 2 and workout.started_at.utc <= app.clock.now()
                assert_valid_sets(workout)
            else:
                check_refused(app, form, "#form-error", data_dir, before)
                outcomes.add("refused")
    return outcomes


ADD_PICKED = [VALID_ADD_ROUND, *nasty_rounds(ADD_FIELDS)]


@FUZZ
@given(rounds=rounds_of({field: dates if field == "date" else times if field == "time" else typed
                         for field in ADD_FIELDS}))
@example(rounds=ADD_PICKED)
def test_picked_and_sampled_text_in_the_add_workout_form_is_saved_valid_or_refused_with_nothing_changed(
        tmp_path_factory, rounds):
    data_dir = tmp_path_factory.mktemp("add-workout") / "data"
    outcomes = asyncio.run(_fuzz_add_form(data_dir, rounds))
    if rounds == ADD_PICKED:
        assert outcomes == {"refused", "saved", "set kept", "set refused"}


# -- the Settings modal --------------------------------------------------------------------------------------

SETTINGS_FIELDS = ["default-rest", "time-zone"]
zones = st.one_of(typed, st.sampled_from(["Europe/Paris", " Asia/Tokyo ", "UTC", "Mars/Base", "../../etc/passwd",
                                          "Europe/Paris\x00", "europe/paris"]))


async def _fuzz_settings(data_dir: Path, rounds: list[dict[str, str]]) -> set[str]:
    store = open_store(data_dir)
    store.settings.save(Settings(time_zone="Europe/Paris"))
    app = make_app(store, clock())
    outcomes = set()
    async with app.run_test(size=(100, 30)) as pilot:
        home = app.screen
        modal = None
        for texts in rounds:
            if modal is None:
                await pilot.press("comma")
                await until(pilot, lambda: isinstance(app.screen, SettingsScreen))
                modal = app.screen
            held = {field: await type_text(pilot, modal.query_one(f"#{field}", Input), texts[field])
                    for field in SETTINGS_FIELDS}
            before = picture(data_dir)
            if await submit(app, pilot, modal, "#settings-error"):
                outcomes.add("saved")
                modal = None
                assert app.screen is home and app.is_running
                saved = open_store(data_dir).settings.get()  # read back through a fresh store
                assert saved == app.settings == Settings.from_data(saved.to_data())
                assert saved.default_rest_s == int(held["default-rest"].strip().removesuffix("s").strip())
                # The zone typed, in any case, spelled as the time zone database spells it ("europe/paris" is saved
                # as Europe/Paris).
                assert saved.time_zone.casefold() == held["time-zone"].strip().casefold()
            else:
                check_refused(app, modal, "#settings-error", data_dir, before)
                outcomes.add("refused")
    return outcomes


SETTINGS_PICKED = [{"default-rest": "75 s", "time-zone": " Asia/Tokyo "}, *nasty_rounds(SETTINGS_FIELDS),
                   {"default-rest": "90", "time-zone": "../../etc/passwd"},
                   {"default-rest": "0", "time-zone": "europe/paris"}]


@FUZZ
@given(rounds=rounds_of({"default-rest": typed, "time-zone": zones}))
@example(rounds=SETTINGS_PICKED)
def test_picked_and_sampled_text_in_the_settings_is_saved_valid_or_refused_with_nothing_changed(
        tmp_path_factory, rounds):
    data_dir = tmp_path_factory.mktemp("settings") / "data"
    outcomes = asyncio.run(_fuzz_settings(data_dir, rounds))
    if rounds == SETTINGS_PICKED:
        assert outcomes == {"refused", "saved"}


# -- the export dialog ---------------------------------------------------------------------------------------


def stays_in_the_sandbox(text: str) -> bool:
    """A path the export may really write to, read as the dialog reads it (as a shell does: "'/etc/x'" is /etc/x):
    relative, without "..", so it lands in the test's own folder. (Absolute paths and ~user are typed by hand-picked
    rounds that point into the test's folders.)"""
    path = as_dropped(text)
    return not path.startswith(("/", "~")) and ".." not in Path(path).parts


paths = st.one_of(typed, st.sampled_from(["export.json", "a/b.json", "no/such/folder/x.json", ".", "./",
                                          "~/from-home.json", "same.json", "same.json"])).filter(stays_in_the_sandbox)


def first_command(app) -> str:
    """The palette's first hit, or "" while it is still searching."""
    hits = app.screen.query("CommandList")
    if not hits or not hits.first().option_count:
        return ""
    return str(hits.first().get_option_at_index(0).prompt)


async def _fuzz_export(data_dir: Path, sandbox: Path, home: Path, rounds: list[str]) -> set[str]:
    store = open_store(data_dir)
    past_workout(store)
    app = make_app(store, clock())
    notified: list[str] = []  # every notification, kept (the app's own list drops them as they time out)
    notify = app.notify
    app.notify = lambda message, *args, **kwargs: (notified.append(message), notify(message, *args, **kwargs))[1]
    outcomes = set()
    async with app.run_test(size=(100, 30)) as pilot:
        home_screen = app.screen
        dialog = None
        for text in rounds:
            if dialog is None:
                await pilot.press("ctrl+p")
                await until(pilot, lambda: isinstance(app.screen, CommandPalette))
                await pilot.press(*"export all")
                await until(pilot, lambda: first_command(app).startswith("Export all data as JSON"))
                await pilot.press("enter")
                await until(pilot, lambda: isinstance(app.screen, TransferDialog))
                dialog = app.screen
            held = await type_text(pilot, dialog.query_one("#transfer-path", Input), text)
            data_before, sandbox_before, home_before = picture(data_dir), picture(sandbox), picture(home)
            clear_notes(app)  # each round's outcome its own note: one said again while shown is not shown twice
            notes = len(notified)
            closed = await submit(app, pilot, dialog, "#transfer-problem", key="enter")
            if not closed and "Press enter again to replace it" in shown(dialog, "#transfer-problem"):
                outcomes.add("asked before replacing")
                assert picture(sandbox) == sandbox_before and picture(home) == home_before
                closed = await submit(app, pilot, dialog, "#transfer-problem", key="enter")
            if not closed:
                check_refused(app, dialog, "#transfer-problem", data_dir, data_before)
                if text in REFUSALS:
                    assert shown(dialog, "#transfer-problem").startswith(REFUSALS[text])
                    outcomes.add(f"refused {text[:10]!r}")
                assert picture(sandbox) == sandbox_before and picture(home) == home_before
                outcomes.add("refused")
                continue
            await app.workers.wait_for_complete()
            # Exported, and said; or not, and asked again with why (a place the disk refuses).
            await until(pilot, lambda notes=notes: len(notified) > notes or isinstance(app.screen, TransferDialog))
            if isinstance(app.screen, TransferDialog):
                dialog = app.screen
                outcomes.add("export failed")
                assert shown(dialog, "#transfer-problem").startswith("Nothing was exported: ")
                assert picture(data_dir) == data_before  # an export never changes the data
                continue
            dialog = None
            assert app.screen is home_screen and app.is_running
            message = notified[-1]
            if message.startswith("Exported "):
                outcomes.add("exported")
                target = sandbox / Path(as_dropped(held)).expanduser()
                if target.is_dir():  # a folder: the export is in it, under the name the dialog suggested
                    target /= Path(message.rsplit(" to ", 1)[1]).name
                exported = orjson.loads(target.read_bytes())  # a whole, valid export
                assert len(exported["workouts"]) == 1
                assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
            else:
                raise AssertionError(f"neither exported nor asked again: {message}")
            assert picture(data_dir) == data_before  # an export never changes the data
    return outcomes


SANDBOX = "<the test's folder>"  # replaced by the folder relative paths land in
# What the dialog says to some of the hand-picked paths.
REFUSALS = {
    "": "Type the path of a file.",
    "   ": "Type the path of a file.",
    HUGE: f"{HUGE[:57]}... cannot be used as a file name (File name too long).",
    "\x00": "A file name cannot contain a NUL character (\\x00).",
    "~no-such-user-rs/x.json": "~no-such-user-rs/x.json cannot be used as a file name (Could not determine home",
    "no/such/folder/x.json": "The folder no/such/folder does not exist.",
    "a/missing/": "The folder a/missing/ does not exist.",  # was written as a file named "missing"
    "exists.json/": "exists.json/ is a file, not a folder.",
}
EXPORT_PICKED = [f"{SANDBOX}/absolute.json", "~/in-home.json", "exists.json", "exists.json", "exists.json/",
                 "~no-such-user-rs/x.json",
                 ".", "no/such/folder/x.json", "a/missing/", *[value for value in NASTY if stays_in_the_sandbox(value)]]


@FUZZ
@given(rounds=st.lists(paths, min_size=1, max_size=ROUNDS_PER_EXAMPLE))
@example(rounds=EXPORT_PICKED)
def test_picked_and_sampled_text_in_the_export_dialog_exports_a_valid_file_or_is_refused(tmp_path_factory, rounds):
    base = tmp_path_factory.mktemp("export")
    sandbox, home = base / "cwd" / "inner", Path(os.environ["HOME"])
    sandbox.mkdir(parents=True)
    (sandbox / "a").mkdir()
    previous = os.getcwd()
    os.chdir(sandbox)  # relative paths land here, never in the project
    try:
        typed_paths = [text.replace(SANDBOX, str(sandbox)) for text in rounds]
        outcomes = asyncio.run(_fuzz_export(base / "data", sandbox, home, typed_paths))
    finally:
        os.chdir(previous)
    if rounds == EXPORT_PICKED:
        expected = {"exported", "asked before replacing", "refused", *(f"refused {text[:10]!r}" for text in REFUSALS)}
        assert outcomes == expected, f"seen but not expected, or expected but not seen: {outcomes ^ expected}"
