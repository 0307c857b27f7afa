"""A whole workout in a real terminal of a phone's size (40x20, an SSH app held upright): started from the
Routines list, sets logged, a rest adjusted and skipped, finished, and in the history on disk."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from tests.e2e.terminal import Terminal, wait_until_dead
from tui.store.errors import CorruptFileError
from tui.store.open import open_store

pytestmark = pytest.mark.slow


def test_a_whole_workout_at_40x20(tmp_path):
    data = tmp_path / "data"
    terminal = Terminal("phone-workout", width=40, height=20)
    try:
        terminal.start("--data-dir", str(data))
        shown = terminal.wait_for("Four upper-body moves for")
        assert "Source:" not in shown, "the list alone at this width, no squeezed detail"
        pid = terminal.app_pid()
        terminal.press("Enter")  # the first routine, on a view of its own
        shown = terminal.wait_for("Start ▸")
        assert "Source:" in shown and "Shipped routines" not in shown, "the routine alone, not the list"
        terminal.press("Enter")  # starts it
        terminal.wait_for("· 1 of 4 ·")  # the routine, the exercise's place and the time, on one line
        for number in (2, 3):
            terminal.press("Space")
            terminal.wait_for(f"Set {number} of 3")
        shown = terminal.wait_for("Rest 1:00")  # in the header: the time alone at this width
        assert "+15s" in shown and "Finish" in shown, "the tap targets are on screen"
        terminal.press("+")
        terminal.wait_for("Rest 1:1")
        terminal.press("s", "Space")
        terminal.wait_for("Pull-up")
        terminal.press("f")
        terminal.wait_for("Finish now?")
        terminal.press("y")
        terminal.wait_for("Finished: Four")
        for line in terminal.screen().splitlines():
            assert len(line) <= 40, line
        terminal.press("Enter", "q")
        wait_until_dead(pid)
    finally:
        terminal.close()
    (finished,) = open_store(data).history.all()
    assert [s.reps for s in finished.sets] == [12, 12, 12]


def test_a_data_problem_is_told_at_40_columns_in_whole_words():
    """The app refuses to start with a broken year file, and says why. The terminal cut that text wherever the
    40th column fell: "...history-2026" on one line, ".json is not valid JSON" on the next."""
    data = Path(tempfile.mkdtemp(prefix="rs-"))  # short enough that the path itself fits on one line
    terminal = Terminal("phone-refusal", width=40, height=20)
    try:
        (data / "history-2026.json").write_text('{"history": {"1": ', encoding="utf-8")
        with pytest.raises(CorruptFileError) as refused:
            open_store(data)
        terminal.start("--data-dir", str(data), keep_pane=True)
        shown = terminal.wait_for("exit 2")
    finally:
        terminal.close()
        shutil.rmtree(data)
    told = shown[:shown.index("exit 2")].split()
    assert " ".join(told) == f"runstrength-tui: {refused.value}", "no word cut across two lines"
    lines = [line for line in shown.splitlines() if line.strip()]
    assert all(len(line) <= 40 for line in lines), lines
    assert len(lines) > 3, "a message this long takes several lines at 40 columns"
