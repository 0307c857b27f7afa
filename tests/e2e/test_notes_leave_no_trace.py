"""A note on a phone's terminal goes without a trace. On the Calendar at 40 columns "Froze the week..." stayed
drawn over the title bar and the month after its time was up, until another screen was shown: Textual had not
marked its place to be drawn again (see widgets/plain.py). Only a real terminal shows what is left on it."""

from __future__ import annotations

import pytest

from tests.e2e.terminal import Terminal

pytestmark = pytest.mark.slow


def test_a_note_at_40_columns_leaves_the_title_bar_and_the_month_as_they_were(tmp_path):
    terminal = Terminal("note-trace", width=40, height=20)
    try:
        terminal.start("--data-dir", str(tmp_path / "data"))
        terminal.wait_for("Four upper-body")
        terminal.press("3")
        terminal.wait_for("Freezes left")
        terminal.press("t", "Down", "z")  # freeze next week: refused, no workout logged yet
        terminal.wait_for("No streak ran in")
        # The note stays as long as its words take to read (about 6 s here), then the screen is whole again.
        screen = terminal.wait_until(lambda text: "No streak ran" not in text and "Cannot freeze" not in text,
                                     "the note's picture stayed on the terminal", timeout=20)
        assert screen.splitlines()[0].strip().endswith("runstrength — Calendar"), screen
        assert screen.splitlines()[1].startswith("╭─ "), "the month's frame, whole"
        assert not any(line.startswith("▌") for line in screen.splitlines()), "no line of a note is left"
    finally:
        terminal.close()
