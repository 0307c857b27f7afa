"""Whatever is typed, the focus is on nothing or on what the screen shows: a hidden widget with the focus takes the
keys unseen. Three were found: a workout started with the Empty workout button left it on the hidden Routines
button (enter went to the Routines screen, the arrows moved nothing); `x` on a routine's own view on a phone left
it on the hidden list; a day with no workout focused its hidden list. Random keys of every screen, its dialogs and
forms, with no history and with some, at a phone's size and a laptop's; then the three, typed as a user types them."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pendulum
from hypothesis import example, given
from hypothesis import strategies as st

from tests.builders import a_workout, moment
from tests.conftest import FakeClock
from tests.fuzz.conftest import fuzz_settings
from tui.app import make_app
from tui.store.open import open_store

KEYS = ("1", "2", "3", "4", "enter", "escape", "e", "d", "a", "c", "g", "r", "n", "p", "space", "u", "s", "f", "y",
        "plus", "minus", "left", "right", "up", "down", "j", "k", "tab", "shift+tab", "x", "i", "v", "A", "t", "o",
        "question_mark", "slash", "home", "end")
EMPTY_WORKOUT_BUTTON = ["2", "tab", "tab", "enter", *"plank", "enter", "down"]
X_ON_A_ROUTINES_VIEW = ["enter", "x", "down"]
A_DAY_WITH_NONE = ["3", "right", "enter"]


def focus_in_sight(app) -> bool:
    """The focus is on nothing, or on a widget the screen shows (one tab can reach)."""
    return app.focused is None or app.focused in app.screen.focus_chain


async def _type(data_dir, keys: list[str], size: tuple[int, int], with_history: bool) -> None:
    store = open_store(data_dir)
    if with_history:
        for day in (3, 10, 17):
            workout = a_workout(at=moment(2026, 11, day, 18, 0), sets=3, name="Ab workout")
            store.history.save(replace(workout, finished_at=moment(2026, 11, day, 18, 20)))
    app = make_app(store, FakeClock(pendulum.datetime(2026, 11, 20, 18, 30, tz="Europe/Paris")))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        for number, key in enumerate(keys):
            await pilot.press(key)
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert focus_in_sight(app), f"after {keys[:number + 1]}: the focus on {app.focused!r}, out of sight"


@fuzz_settings(4)
@given(keys=st.lists(st.sampled_from(KEYS), min_size=10, max_size=30), size=st.sampled_from([(40, 20), (80, 24)]),
       with_history=st.booleans())
@example(keys=EMPTY_WORKOUT_BUTTON, size=(80, 24), with_history=False)
@example(keys=X_ON_A_ROUTINES_VIEW, size=(40, 20), with_history=False)
@example(keys=A_DAY_WITH_NONE, size=(40, 20), with_history=True)
def test_whatever_is_typed_the_focus_is_on_nothing_or_on_what_the_screen_shows(tmp_path_factory, keys, size,
                                                                                with_history):
    asyncio.run(_type(tmp_path_factory.mktemp("focus") / "data", keys, size, with_history))
