"""A whole Gym session in a real terminal, typed as a user types it: loads that carry from set to set, an
assisted pull-up, a wrong set deleted from the list, the rest still running after `n`, and the finish summary."""

from __future__ import annotations

import pytest

from tests.e2e.terminal import Terminal, wait_until_dead
from tui.store.open import open_store

pytestmark = pytest.mark.slow


def edit_load(terminal: Terminal, load: str, shown: str) -> None:
    terminal.press("e")
    terminal.wait_for("Use these values")
    terminal.wait_until_settled()
    terminal.press("Tab")  # from the reps to the load
    terminal.type(load)
    terminal.press("C-s")
    terminal.wait_for(f"{shown}   (e to change)")


def test_a_gym_session_with_loads_from_the_first_set_to_the_summary(tmp_path):
    data = tmp_path / "data"
    terminal = Terminal("gym-session", width=100, height=30)
    try:
        terminal.start("--data-dir", str(data))
        terminal.wait_for("Gym upper-body session")
        pid = terminal.app_pid()
        terminal.press("j", "Enter")
        terminal.wait_for("Exercise 1 of 6")
        edit_load(terminal, "40", "8 reps @ 40 kg")
        terminal.press("Space")
        terminal.wait_for("Set 2 of 3")
        terminal.wait_for("space logs: 8 reps @ 40 kg")  # the load carried to the next set
        terminal.press("Space")
        terminal.wait_for("Set 3 of 3")
        terminal.press("Space")
        terminal.wait_for("✓ Set 3: 8 reps @ 40 kg")
        terminal.press("n")  # skip the overhead press; the rest keeps running
        terminal.wait_for("Pull-up  (Gym upper-body session)")
        assert "Rest" in terminal.screen()
        terminal.press("s")
        edit_load(terminal, "-20", "8 reps, 20 kg assisted")  # a pull-up: the body, less 20 kg
        terminal.press("Space", "Space")
        terminal.wait_for("✓ Set 2: 8 reps, 20 kg assisted")
        terminal.press("Up")  # the cursor from the next set up to the last one logged
        terminal.press("d")
        terminal.wait_for("Delete Pull-up - Set 2: 8 reps, 20 kg assisted?")  # which set, by its name in the list
        terminal.press("y")
        terminal.wait_for("▶ Set 2: 8-12 reps  next")
        terminal.press("f")
        terminal.wait_for("Finish now?")
        terminal.press("y")
        summary = terminal.wait_for("Finished: Gym upper-body session")
        assert "Bench press: 3 x 8 reps @ 40 kg" in summary
        assert "Pull-up: 1 set, 8 reps, 20 kg assisted" in summary
        terminal.press("Enter", "q")
        wait_until_dead(pid)
    finally:
        terminal.close()

    (finished,) = open_store(data).history.all()
    assert [(s.exercise_id, s.load) for s in finished.sets] == [("bench-press", 40.0)] * 3 + [("pull-up", -20.0)]
