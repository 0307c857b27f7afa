"""A data file broken while the app runs (a sync tool, a failing disk, a hand edit): whatever the user types then,
the app keeps running and says what it could not read, and a file holding the user's data is left byte for byte
(PRODUCT.md: a file that is not valid JSON is never overwritten). Once the file is back, the app goes on.

A file broken before the app opens is refused at the start (tests/store/test_schema_and_bad_files.py); this is the
same file going bad under a running app, which read it fine when it opened.
"""

from __future__ import annotations

import asyncio
import shutil
from dataclasses import replace

import pendulum
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.app.waiting import until
from tests.builders import a_workout, moment
from tests.conftest import FakeClock
from tui.app import make_app
from tui.screens.calendar import CalendarScreen
from tui.screens.history import HistoryScreen
from tui.screens.routine_editor import RoutineEditorScreen
from tui.screens.workout_detail import WorkoutDetailScreen
from tui.store.open import open_store

BROKEN = b'{"workouts": {"1": '  # cut short, as a copy stopped halfway leaves it
# The files holding the user's own data: never rewritten while broken. The others are summaries the store keeps
# and rebuilds from these.
USERS_OWN = ("runstrength.json", "workout.json", "history-2025.json", "history-2026.json")
KEPT = ("last-sets.json", "progress.jsonl", "record-history.json", "records.json", "status.json")
# What a user types on the four screens, their dialogs and forms: every screen's keys, answers, moves, the workout's.
KEYS = ("1", "2", "3", "4", "enter", "escape", "e", "d", "a", "c", "g", "r", "n", "p", "space", "u", "s", "f", "y",
        "plus", "minus", "z", "left", "right", "up", "down", "j", "k", "tab", "ctrl+s", "comma", "D", "x", "ctrl+n",
        "R", "i", "v", "A")
FOUR_MOVES = "four-upper-body-exercises"


def finished(year: int, month: int, day: int, name: str):
    workout = a_workout(at=moment(year, month, day, 18, 0), sets=3, name=name)
    return replace(workout, finished_at=moment(year, month, day, 18, 20))


@pytest.fixture(scope="module")
def lived_in(tmp_path_factory):
    """A data dir with a year and a half of workouts: every file the app keeps is there."""
    data = tmp_path_factory.mktemp("lived-in") / "data"
    store = open_store(data)
    store.history.save_many([finished(2025, month, 12, "Upper-back trio") for month in range(1, 13)]
                            + [finished(2026, 11, day, "Ab workout") for day in (3, 10, 17)])
    store.history.summaries()
    store.history.kept_bests()
    store.history.progress("kg", 4)
    # workout.json comes with the first workout started; broken before that, it is one written by hand.
    assert {path.name for path in data.iterdir()} >= (set(USERS_OWN) - {"workout.json"}) | set(KEPT)
    return data


def said(app, text: str) -> bool:
    return any(text in notification.message for notification in app._notifications)


def app_on_a_copy(lived_in, tmp_path):
    """A copy of the lived-in data dir, and the app on it (the clock a Friday evening of November 2026)."""
    data = tmp_path / "data"
    shutil.copytree(lived_in, data)
    return data, make_app(open_store(data), FakeClock(pendulum.datetime(2026, 11, 20, 18, 30, tz="Europe/Paris")))


async def history_listed(app, pilot) -> None:
    await pilot.press("4")
    await until(pilot, lambda: isinstance(app.screen, HistoryScreen) and app.screen.summaries)


def broken(path, how: str) -> None:
    """A file cut short (a copy stopped halfway), or a folder where it was (a sync tool's conflict, a file no
    longer readable: every read of it is an OSError, which the Routines screen did not expect and stopped on)."""
    if how == "cut short":
        path.write_bytes(BROKEN)
    else:
        path.unlink(missing_ok=True)
        path.mkdir()


def still_broken(path, how: str) -> bool:
    return path.read_bytes() == BROKEN if how == "cut short" else path.is_dir() and not any(path.iterdir())


async def _type_with_a_file_broken(data, name: str, before: list[str], after: list[str], in_workout: bool,
                                   how: str) -> None:
    app = make_app(open_store(data), FakeClock(pendulum.datetime(2026, 11, 20, 18, 30, tz="Europe/Paris")))
    async with app.run_test(size=(80, 24)) as pilot:
        if in_workout:
            app.start_workout(app.catalogue.routines[FOUR_MOVES])
        for key in before:
            await pilot.press(key)
        await app.workers.wait_for_complete()
        await pilot.pause()
        broken(data / name, how)
        for key in after:
            await pilot.press(key)
            assert app.is_running, f"the app stopped at {key!r}"
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running
    if name in USERS_OWN:
        assert still_broken(data / name, how), f"{name} was written over"


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(name=st.sampled_from(USERS_OWN + KEPT), before=st.lists(st.sampled_from(KEYS), max_size=6),
       after=st.lists(st.sampled_from(KEYS), min_size=4, max_size=20), in_workout=st.booleans(),
       how=st.sampled_from(["cut short", "a folder"]))
def test_a_file_broken_while_the_app_runs_never_stops_it_whatever_is_typed(lived_in, tmp_path_factory, name, before,
                                                                            after, in_workout, how):
    data = tmp_path_factory.mktemp("broken") / "data"
    shutil.copytree(lived_in, data)
    asyncio.run(_type_with_a_file_broken(data, name, before, after, in_workout, how))


# The property above must meet each of these: the keys that read the broken file, one by one, and what is said.
async def test_history_with_its_index_broken_says_so_and_lists_again_once_the_file_is_back(lived_in, tmp_path):
    data, app = app_on_a_copy(lived_in, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        main = (data / "runstrength.json").read_bytes()
        (data / "runstrength.json").write_bytes(BROKEN)
        await pilot.press("4")
        await until(pilot, lambda: said(app, "Could not read your history: "))
        # The file's own message, then what was kept: one sentence after the other, not "again).. The list".
        assert said(app, "runstrength.json is not valid JSON")
        # Never listed before, the list is empty: "shows it as it was" was said of it, and of a blank calendar.
        assert said(app, "listed again). Your workouts are listed once they can be read (come back to History).")
        await pilot.press("3")
        await until(pilot, lambda: isinstance(app.screen, CalendarScreen))
        await until(pilot, lambda: said(app, "The calendar is shown once it can be read (come back to it)."))
        assert app.is_running and (data / "runstrength.json").read_bytes() == BROKEN
        (data / "runstrength.json").write_bytes(main)
        await pilot.press("4")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen) and len(app.screen.summaries) == 15)


async def test_opening_a_workout_whose_year_file_broke_says_so_and_opens_it_once_the_file_is_back(lived_in,
                                                                                                   tmp_path):
    data, app = app_on_a_copy(lived_in, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await history_listed(app, pilot)
        year = (data / "history-2026.json").read_bytes()
        (data / "history-2026.json").write_bytes(BROKEN)
        for key in ("enter", "e", "d"):  # open, edit, delete: each reads the workout first
            await pilot.press(key)
            assert isinstance(app.screen, HistoryScreen), f"{key} opened something it could not read"
        await until(pilot, lambda: said(app, "Could not read the workout: ") and said(app, "history-2026.json"))
        (data / "history-2026.json").write_bytes(year)
        await pilot.press("enter")
        await until(pilot, lambda: not isinstance(app.screen, HistoryScreen))
        assert app.is_running


async def test_a_past_workout_done_again_or_saved_as_a_routine_with_the_main_file_broken(lived_in, tmp_path):
    """The user's routines are in the broken file: "do again" plans from the sets alone, and the routine editor
    opens, to say so when it saves. The first version of `R` read the routines unguarded."""
    data, app = app_on_a_copy(lived_in, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await history_listed(app, pilot)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        (data / "runstrength.json").write_bytes(BROKEN)
        await pilot.press("R")
        await until(pilot, lambda: isinstance(app.screen, RoutineEditorScreen))
        await pilot.press("ctrl+s")
        problems = app.screen.query_one("#editor-problems")
        await until(pilot, lambda: "runstrength.json is not valid JSON" in str(problems.render()))
        assert app.is_running and (data / "runstrength.json").read_bytes() == BROKEN
        await pilot.press("escape", "y")
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        await pilot.press("s")
        await until(pilot, lambda: app.session is not None)
        assert app.session.workout.name == "Ab workout" and app.is_running


@pytest.mark.parametrize("put_right", ["put back", "moved away"])
async def test_a_set_logged_with_the_workout_file_broken_is_kept_and_saved_once_the_file_is_put_right(
        lived_in, tmp_path, put_right):
    data, app = app_on_a_copy(lived_in, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_workout(app.catalogue.routines[FOUR_MOVES])
        await pilot.press("space")
        await until(pilot, lambda: len(open_store(data).workout.current().sets) == 1)
        saved = (data / "workout.json").read_bytes()
        (data / "workout.json").write_bytes(BROKEN)
        await pilot.press("space")
        await until(pilot, lambda: app.workout.unsaved is not None)
        # The file by its name: its whole message (where, what to do) took a phone's screen from the workout.
        assert app.workout.unsaved == "Not saved yet (workout.json is not valid JSON): kept here and retried every " \
                                      "few seconds."
        assert len(app.session.workout.sets) == 2, "the set is on screen, kept in the app"
        assert (data / "workout.json").read_bytes() == BROKEN
        if put_right == "put back":
            (data / "workout.json").write_bytes(saved)
        else:  # as the message for a broken file advises: "move it elsewhere"
            (data / "workout.json").rename(tmp_path / "workout.json.broken")
        app.screen.tick()  # the retry, as the workout's clock does every few seconds
        await until(pilot, lambda: app.workout.unsaved is None)
        assert app.session is not None and len(app.session.workout.sets) == 2, "still this window's workout"
        await pilot.press("space")
        await until(pilot, lambda: len(open_store(data).workout.current().sets) == 3)
    assert not said(app, "finished or discarded in another window")


async def test_a_finish_whose_records_cannot_be_read_says_so_in_its_summary(lived_in, tmp_path):
    """This year's file emptied mid-workout: the note said why the records were not found, and the summary went on
    saying "Personal records: looking through your history..."."""
    data, app = app_on_a_copy(lived_in, tmp_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        app.start_workout(app.catalogue.routines[FOUR_MOVES])
        await pilot.press("space")
        await until(pilot, lambda: len(open_store(data).workout.current().sets) == 1)
        (data / "history-2026.json").write_bytes(b"")
        await pilot.press("f")
        await until(pilot, lambda: type(app.screen).__name__ == "ConfirmScreen")
        await pilot.press("y")
        await until(pilot, lambda: said(app, "Could not find this workout's personal records"))
        await until(pilot, lambda: "not found" in str(app.screen.query_one("#summary-records").render()))
        assert str(app.screen.query_one("#summary-records").render()) == (
            "Personal records: not found (history-2026.json is not valid JSON).")


@pytest.mark.parametrize("emptied", [b"", b"{}", b'{"workout": {}, "meta": {"1": {"schema": 1}}}'],
                         ids=["no bytes", "no tables", "a copy from before the workout"])
async def test_a_workout_file_emptied_by_hand_is_written_again_from_the_workout_on_screen(lived_in, tmp_path, emptied):
    """Emptied by a hand or a sync tool (or a copy from before the workout put back), not by a finish or a discard
    of ours: taken as a finish elsewhere, the window stopped ("finished or discarded in another window"), and the
    sets it held were in no file."""
    data, app = app_on_a_copy(lived_in, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_workout(app.catalogue.routines[FOUR_MOVES])
        await pilot.press("space", "s", "space")
        await until(pilot, lambda: len(open_store(data).workout.current().sets) == 2)
        (data / "workout.json").write_bytes(emptied)
        await pilot.press("s", "space")
        await until(pilot, lambda: len(getattr(open_store(data).workout.current(), "sets", ())) == 3)
        assert app.session is not None and app.workout.unsaved is None
    assert not said(app, "finished or discarded in another window")


@pytest.mark.parametrize("how", ["cut short", "a folder"])
async def test_routines_and_the_routine_editor_with_the_main_file_broken_say_so(lived_in, tmp_path, how):
    """The main file unreadable (a folder in its place, or not the user's to read after a sudo run): back on
    Routines, and saving in the routine editor, stopped the app (an OSError), and a workout's sets shown as
    logged but not yet saved went with it."""
    data, app = app_on_a_copy(lived_in, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await history_listed(app, pilot)
        broken(data / "runstrength.json", how)
        await pilot.press("1")  # Routines reads your routines again as it comes back
        await until(pilot, lambda: said(app, "Your routines could not be read: "))
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, RoutineEditorScreen))
        await pilot.press(*"Mine", "ctrl+s")
        problems = app.screen.query_one("#editor-problems")
        await until(pilot, lambda: "Not saved: " in str(problems.render()) and "runstrength.json" in str(
            problems.render()))
        assert app.is_running and still_broken(data / "runstrength.json", how)
