"""History's list of ten years, turned with a mouse wheel (or a finger, on a phone over `serve`) in a real terminal:
the list holds a window of the workouts, and the wheel moves it down and up as the keys do. It stopped at the
hundredth workout, the last row built, whatever the wheel did."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pytest

from tests.app.test_history_screen import many_workouts
from tui.store.open import open_store
from tui.widgets.workout_list import PAGE, WIDEST

pytestmark = pytest.mark.slow

WHEEL_UP, WHEEL_DOWN = 64, 65  # SGR mouse reports (the app turns them on): the wheel's buttons


def shown(screen: str) -> list[int]:
    """The workouts on screen, by number."""
    return [int(number) for number in re.findall(r"Workout (\d+) ", screen)]


def turn_wheel(terminal, button: int, until: Callable[[list[int]], bool], turns: int = 400) -> None:
    """Turn the wheel over the list, a few notches at a time, until the workouts on screen are as asked."""
    for _ in range(turns // 5):
        terminal.type(f"\x1b[<{button};30;12M" * 5)
        if until(shown(terminal.screen())):
            return
    terminal.wait_until(lambda screen: until(shown(screen)), "the wheel did not get there", timeout=5)


def settled(terminal) -> str:
    """The screen once it has stopped changing (the wheel's turns sent are all taken in)."""
    before = ""
    for _ in range(30):
        if (now := terminal.screen()) == before:
            return now
        before = now
        time.sleep(0.3)
    raise AssertionError(f"the screen kept changing:\n{now}")


def test_the_wheel_goes_past_the_rows_built_both_ways(terminal, tmp_path):
    newest = len(many_workouts(open_store(tmp_path / "data"), count=WIDEST + PAGE * 2)) - 1  # "Workout 0" the oldest
    terminal.start("--data-dir", str(tmp_path / "data"))
    terminal.wait_for("Routines")
    terminal.press("4")
    terminal.wait_for(f"Workout {newest} ")
    terminal.press("End")  # a window of the oldest workouts
    terminal.wait_for("Workout 0 ")
    turn_wheel(terminal, WHEEL_UP, lambda numbers: bool(numbers) and max(numbers) > PAGE + 10)
    # The cursor (on the oldest workout) stays on screen as the wheel turns: Enter opened a workout out of sight,
    # never highlighted.
    on_screen = shown(settled(terminal))
    terminal.press("Enter")
    opened = re.search(r"Workout (\d+)\n", terminal.wait_for("(Europe/Paris)"))
    assert opened and int(opened[1]) in on_screen

    terminal.press("Escape", "Home")
    terminal.wait_for(f"Workout {newest} ")
    # One notch, the cursor on the first row: the list scrolls, and the cursor comes along (it went to the row under
    # the first one shown, and the table scrolled back to where the cursor had been: every other notch did nothing).
    terminal.type(f"\x1b[<{WHEEL_DOWN};30;12M")
    terminal.wait_until(lambda screen: f"Workout {newest} " not in screen, "one notch did not scroll the list")
    turn_wheel(terminal, WHEEL_DOWN, lambda numbers: bool(numbers) and min(numbers) < newest - PAGE - 10)
