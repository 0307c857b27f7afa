"""The installed app in a real terminal: a whole workout from the Routines screen to the saved history, and every
screen at the smallest supported size (80x24)."""

from __future__ import annotations

import json
import stat
import time

import pytest

from tests.e2e.terminal import Terminal, wait_until_dead
from tui.store.open import open_store

pytestmark = pytest.mark.slow


def wait_until_gone(terminal: Terminal, text: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if text not in terminal.screen():
            return
        time.sleep(0.1)
    raise AssertionError(f"{text!r} is still on screen:\n{terminal.screen()}")


def test_a_whole_workout_from_the_routines_screen_ends_in_the_history_with_private_files(terminal, tmp_path):
    data = tmp_path / "data"
    terminal.start("--data-dir", str(data))
    terminal.wait_for("Routines")
    terminal.wait_for("Four upper-body moves for running")
    pid = terminal.app_pid()
    terminal.press("Enter")  # the highlighted routine, the first one
    terminal.wait_for("Set 1 of 3")
    terminal.press("Space")
    terminal.wait_for("Set 2 of 3")
    terminal.press("Space")
    terminal.wait_for("Set 3 of 3")
    terminal.press("f")
    terminal.wait_for("Finish now?")
    terminal.press("y")
    # Its totals, not only its title: a pane read between the two frames held the title alone.
    summary = terminal.wait_for("Sets       2")
    assert "Finished: Four upper-body moves for running" in summary
    terminal.press("Enter")
    wait_until_gone(terminal, "Finished:")
    assert "No workout in progress" in terminal.screen()
    terminal.press("q")
    wait_until_dead(pid)

    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    for path in data.rglob("*"):
        wanted = 0o700 if path.is_dir() else 0o600
        assert stat.S_IMODE(path.lstat().st_mode) == wanted, path.name

    # Moved into history by the app itself (after the summary, or as it quit), not by opening the store here.
    assert json.loads((data / "workout.json").read_bytes())["workout"] == {}
    store = open_store(data)
    assert store.workout.current() is None
    (finished,) = store.history.all()
    assert finished.name == "Four upper-body moves for running"
    assert finished.finished_at is not None
    assert len(finished.sets) == 2
    assert all(s.reps for s in finished.sets)


def test_every_screen_fits_80x24_without_the_too_small_overlay(terminal, tmp_path):
    terminal.start("--data-dir", str(tmp_path / "data"))
    terminal.wait_for("Four upper-body moves for running")
    # Each screen's title in the header, and a text only that screen shows; settings is a modal over History.
    for key, title, text in (("2", "— Workout", "No workout in progress"), ("3", "— Calendar", "Current streak"),
                             ("4", "— History", "No workouts yet"), (",", "— History", "Default rest"),
                             ("Escape", "— History", "No workouts yet"), ("1", "— Routines", "Shipped routines")):
        terminal.press(key)
        if key == "Escape":
            wait_until_gone(terminal, "Default rest")
        terminal.wait_for(title)
        screen = terminal.wait_for(text)
        assert title in screen, screen
        assert "Make the window bigger" not in screen, screen
        assert len(screen.splitlines()) <= 24 and max(len(line) for line in screen.splitlines()) <= 80
