"""A workout in progress whose saved rest (or hold) in workout.json cannot be read back: a file broken by a disk, a
sync tool or a hand edit. Resuming it must not crash nor refuse the workout: the timer is dropped, the user is told,
and every logged set carries on."""

from __future__ import annotations

import orjson
import pytest

from tui.app import make_app
from tui.screens.workout_dialogs import ResumeScreen
from tui.store.open import open_store
from tests.app.waiting import until

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


@pytest.mark.parametrize("rest", BROKEN_RESTS.values(), ids=BROKEN_RESTS.keys())
async def test_an_unreadable_rest_is_dropped_on_resume_and_the_user_is_told(data_dir, clock, rest):
    await left_in_progress_with_two_sets(data_dir, clock)
    path, document = saved_workout(data_dir)
    document["workout"]["1"]["progress"]["rest"] = rest
    path.write_bytes(orjson.dumps(document))

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
    await left_in_progress_with_two_sets(data_dir, clock)
    path, document = saved_workout(data_dir)
    # A hold of 10^30 seconds: reading it back would overflow the calendar.
    document["workout"]["1"]["progress"]["hold"] = {"ready_deadline": "2026-11-20T18:00:05+00:00",
                                                     "target_s": 10**18}
    path.write_bytes(orjson.dumps(document))

    app = make_app(open_store(data_dir), clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
        await pilot.press("r")
        await until(pilot, lambda: app.session is not None)
        assert app.session.hold is None and len(app.session.workout.sets) == 2
        assert any("hold timer saved with this workout could not be read" in n.message for n in app._notifications)
        assert app.is_running
