"""Two tabs on one served data dir behave like two terminal windows: the newer one offers to take the workout over,
and once it has, the older one stops driving it; every set logged in either is kept."""

from __future__ import annotations

import aiohttp
import pytest

from tests.serve.tab import Tab
from tui.store.open import open_store

pytestmark = pytest.mark.slow


async def test_the_newest_tab_takes_the_workout_over_and_nothing_is_lost(serve, tmp_path):
    served = serve()
    async with aiohttp.ClientSession() as session:
        first = await Tab.open(session, served.url)
        await first.wait_for("Four upper-body moves for running")
        await first.press("\r")  # enter: start the highlighted routine
        await first.wait_for("Set 1 of 3")
        await first.press(" ")
        await first.wait_for("Set 2 of 3")

        second = await Tab.open(session, served.url)
        await second.wait_for("It is open in another window")
        await second.press("r")
        await second.wait_for("Set 2 of 3")
        await second.press(" ")
        await second.wait_for("Set 3 of 3")

        await first.press(" ")  # the first tab no longer drives it, and says so
        await first.wait_for("taken over by another window")

    workout = open_store(tmp_path / "data").workout.current()
    assert workout is not None and len(workout.sets) == 2
