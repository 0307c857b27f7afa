"""`q` in the middle of a workout, in a real terminal: the app leaves, and says on its way out that the workout is
kept (a phone app's user was told nothing, and took it for lost until the next start offered it back)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_q_mid_workout_says_in_the_terminal_that_the_workout_is_kept(terminal, tmp_path):
    terminal.start("--data-dir", str(tmp_path / "data"), keep_pane=True)
    terminal.wait_for("Four upper-body moves")
    terminal.press("Enter")
    terminal.wait_for("Set 1 of 3")
    terminal.press("Space")
    terminal.wait_for("Set 2 of 3")
    terminal.press("q")
    terminal.wait_for("exit 0")
    shown = terminal.tmux("capture-pane", "-p", "-J", "-t", "app").replace("\n", "")  # its lines joined as written
    assert ("Your workout “Four upper-body moves for running” is kept (1 set logged): start runstrength-tui to go "
            "on with it." in shown)
