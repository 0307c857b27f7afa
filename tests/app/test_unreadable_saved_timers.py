"""A workout in progress whose saved rest (or hold) in workout.json cannot be read back: a file broken by a disk, a
sync tool or a hand edit. Resuming it must not crash nor refuse the workout: the timer is dropped, the user is told,
and every logged set carries on. When the rest of its tracker state cannot be read (the routine it follows), it
cannot be resumed: the offer says so and takes only a finish, which keeps every set, or a discard."""

from __future__ import annotations

import orjson
import pytest

from tests.app.waiting import until
from tui.app import make_app
from tui.screens.confirm import ConfirmScreen
from tui.screens.workout_dialogs import ResumeScreen
from tui.screens.workout_summary import SummaryScreen
from tui.store.open import open_store

FOUR_MOVES = "four-upper-body-exercises"

BROKEN_RESTS = {
    "a deadline that is not a time": {"started": "2026-11-20T17:59:00+00:00", "deadline": "next tuesday"},
    "a deadline that is a number": {"started": "2026-11-20T17:59:00+00:00", "deadline": 1763661600},
    "no deadline": {"started": "2026-11-20T17:59:00+00:00"},
    "a month 13": {"started": "2026-11-20T17:59:00+00:00", "deadline": "2026-13-20T18:00:00+00:00"},
    "a deadline at the end of time": {"started": "2026-11-20T17:59:00+00:00", "deadline": "9999-12-31T23:59:59+00:00"},
    "a deadline before its start": {"started": "2026-11-20T17:59:00+00:00", "deadline": "1970-01-01T00:00:00+00:00"},
    "a list": ["2026-11-20T18:00:00+00:00"],
    "a text": "1:30",
}


def saved_workout(data_dir):
    path = data_dir / "workout.json"
    return path, orjson.loads(path.read_bytes())


async def left_in_progress_with_two_sets(data_dir, clock) -> None:
    first = make_app(open_store(data_dir), clock)
    async with first.run_test() as pilot:
        first.start_workout(first.catalogue.routines[FOUR_MOVES])
        await pilot.pause()
        await pilot.press("space", "space")
        await until(pilot, lambda: len(open_store(data_dir).workout.current().sets) == 2)


async def left_with_its_state_changed(data_dir, clock, change) -> None:
    """A workout left in progress with two sets, then its saved tracker state changed by change(progress), as a
    disk, a sync tool or a hand edit would."""
    await left_in_progress_with_two_sets(data_dir, clock)
    path, document = saved_workout(data_dir)
    saved = document["workout"]["1"]
    replaced = change(saved["progress"])  # a value returned takes the whole state's place
    if replaced is not None:
        saved["progress"] = replaced
    path.write_bytes(orjson.dumps(document))


@pytest.mark.parametrize("rest", BROKEN_RESTS.values(), ids=BROKEN_RESTS.keys())
async def test_an_unreadable_rest_is_dropped_on_resume_and_the_user_is_told(data_dir, clock, rest):
    await left_with_its_state_changed(data_dir, clock, lambda progress: progress.update(rest=rest))

    app = make_app(open_store(data_dir), clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
        offer = str(app.screen.query_one(".dialog-text").render())
        assert "2 sets logged" in offer and "rest timer could not be read" in offer
        await pilot.press("r")
        await until(pilot, lambda: app.session is not None)
        assert app.session.rest is None, "no rest is running"
        assert any("rest timer saved with this workout could not be read, so it was dropped" in n.message
                   for n in app._notifications)
        assert app.is_running
        await pilot.press("space")
        await until(pilot, lambda: len(open_store(data_dir).workout.current().sets) == 3)
    stored = open_store(data_dir).workout.current()
    assert len(stored.sets) == 3 and stored.progress.get("rest") != rest, "the broken rest is not written back"


async def test_an_unreadable_hold_is_dropped_and_the_user_is_told(data_dir, clock):
    # A hold of 10^30 seconds: reading it back would overflow the calendar.
    hold = {"ready_deadline": "2026-11-20T18:00:05+00:00", "target_s": 10**18}
    await left_with_its_state_changed(data_dir, clock, lambda progress: progress.update(hold=hold))

    app = make_app(open_store(data_dir), clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
        await pilot.press("r")
        await until(pilot, lambda: app.session is not None)
        assert app.session.hold is None and len(app.session.workout.sets) == 2
        assert any("hold timer saved with this workout could not be read" in n.message for n in app._notifications)
        assert app.is_running


BROKEN_STATES = {
    "a routine that is a number": lambda progress: progress.update(routine=42),
    "no routine": lambda progress: progress.pop("routine"),
    "a default rest in words": lambda progress: progress.update(default_rest_s="ninety"),
    # Not an object at all: the app refused to start ("holds workout ... that cannot be read"), no offer made.
    "a list": lambda progress: [1, 2],
}


def left_unfinished(data_dir) -> bool:
    """workout.json, read without opening the store (which would file a finish waiting there), holds the workout
    unfinished."""
    workouts = list(saved_workout(data_dir)[1]["workout"].values())
    return len(workouts) == 1 and workouts[0]["finished_at"] is None


@pytest.mark.parametrize("damage", BROKEN_STATES.values(), ids=BROKEN_STATES.keys())
async def test_a_workout_whose_tracker_cannot_be_read_is_finished_only_when_the_user_says_so(data_dir, clock, damage):
    def damaged_and_driven_by_none(progress):
        # No window drives it (the first app ran in this process, which looks like another window still open):
        # closing the offer would resume it.
        progress.pop("driver")
        return damage(progress)

    await left_with_its_state_changed(data_dir, clock, damaged_and_driven_by_none)

    app = make_app(open_store(data_dir), clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
        offer = str(app.screen.query_one(".dialog-text").render())
        assert "2 sets logged" in offer and "cannot be resumed: finish it to keep its sets" in offer
        assert app.screen.query_one("#resume").disabled and app.screen.focused.id == "finish"
        await pilot.press("r")  # the key of a button that is off
        await pilot.press("escape")  # closing the offer resumes a workout: this one cannot be
        await until(pilot, lambda: any("cannot be resumed" in n.message for n in app._notifications))
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
        assert app.session is None and left_unfinished(data_dir), "nothing finished, nothing resumed"
        await pilot.press("f")
        await until(pilot, lambda: isinstance(app.screen, SummaryScreen))
        # Into history once the summary shows, as any finish.
        await until(pilot, lambda: not saved_workout(data_dir)[1]["workout"])
    history = list(open_store(data_dir).history.all())
    assert [len(workout.sets) for workout in history] == [2], "both sets kept"
    assert history[0].finished_at == history[0].sets[-1].logged_at, "finished as of its last set"


async def test_a_workout_whose_tracker_cannot_be_read_can_be_discarded(data_dir, clock):
    await left_with_its_state_changed(data_dir, clock, BROKEN_STATES["a routine that is a number"])

    app = make_app(open_store(data_dir), clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await until(pilot, lambda: not saved_workout(data_dir)[1]["workout"])
    store = open_store(data_dir)
    assert store.workout.current() is None and not list(store.history.all())


@pytest.mark.parametrize("driver", ["another window", 7, ["pid", 1]], ids=["text", "a number", "a list"])
async def test_a_driver_that_is_no_object_is_no_driver_the_workout_resumes(data_dir, clock, driver):
    """The window driving the workout, saved as no object by a hand edit, stopped the app as it started (the offer
    asked it whether it lived). It is no window: the workout is offered, resumed, and goes on."""
    await left_with_its_state_changed(data_dir, clock, lambda progress: progress.update(driver=driver))

    app = make_app(open_store(data_dir), clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
        assert "2 sets logged" in str(app.screen.query_one(".dialog-text").render())
        await pilot.press("r")
        await until(pilot, lambda: app.session is not None)
        await pilot.press("space")
        await until(pilot, lambda: len(open_store(data_dir).workout.current().sets) == 3)
        assert app.is_running
