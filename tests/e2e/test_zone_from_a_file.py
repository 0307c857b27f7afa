"""A system whose zone has no name, only a file (TZ=:/etc/localtime, or an /etc/localtime copied rather than
linked): a whole workout in a real terminal, stored in the zone that file is. Before: "runstrength-tui stopped
after an unexpected error (AttributeError: 'NoneType' object has no attribute 'lower')" on starting it."""

from __future__ import annotations

import pytest

from tests.e2e.terminal import Terminal
from tests.unit.test_system_zone import database_file
from tui.store.open import open_store

pytestmark = pytest.mark.slow


def test_a_workout_in_the_zone_of_a_copied_zone_file(tmp_path):
    data, localtime = tmp_path / "data", tmp_path / "localtime"
    localtime.write_bytes(database_file("Asia/Tokyo").read_bytes())
    terminal = Terminal("zone-file")
    try:
        terminal.start("--data-dir", str(data), env={"TZ": f":{localtime}"})
        terminal.wait_for("Four upper-body moves for running")
        terminal.press("Enter")
        terminal.wait_for("Exercise 1 of 4")
        terminal.press("Space")
        terminal.wait_for("Set 2 of 3")
        terminal.press("f")
        terminal.wait_for("Finish now?")
        terminal.press("y")
        terminal.wait_for("Finished: Four upper-body moves for running")
    finally:
        terminal.close()
    [workout] = open_store(data).history.all()
    assert workout.started_at.zone == "Asia/Tokyo" and len(workout.sets) == 1
