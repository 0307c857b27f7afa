"""`q` in the middle of a workout, in a real terminal: the app leaves, and says on its way out that the workout is
kept (a phone app's user was told nothing, and took it for lost until the next start offered it back)."""

from __future__ import annotations

import os
import signal

import pytest

from tests.e2e.terminal import Terminal

pytestmark = pytest.mark.slow


def one_set_logged(terminal: Terminal, data, keep_pane: bool = False) -> None:
    """The app on data, the first routine started from its list and its first set logged."""
    terminal.start("--data-dir", str(data), keep_pane=keep_pane)
    terminal.wait_for("Four upper-body moves")
    terminal.press("Enter")
    terminal.wait_for("Set 1 of 3")
    terminal.press("Space")
    terminal.wait_for("Set 2 of 3")


def test_q_mid_workout_says_in_the_terminal_that_the_workout_is_kept(terminal, tmp_path):
    one_set_logged(terminal, tmp_path / "data", keep_pane=True)
    terminal.press("q")
    terminal.wait_for("exit 0")
    shown = terminal.tmux("capture-pane", "-p", "-J", "-t", "app").replace("\n", "")  # its lines joined as written
    assert ("Your workout “Four upper-body moves for running” is kept (1 set logged): start the app again to go on "
            "with it." in shown)


def test_q_on_the_offer_to_resume_says_the_workout_is_still_kept(terminal, tmp_path):
    """Quit from the offer to take the workout up again (left by a kill, or a dropped connection): nothing said."""
    data = tmp_path / "data"
    one_set_logged(terminal, data)
    os.kill(terminal.app_pid(), signal.SIGKILL)
    terminal.close()
    again = Terminal("offered-again")
    try:
        again.start("--data-dir", str(data), keep_pane=True)
        again.wait_for("Resume (r)")
        again.press("C-q")
        again.wait_for("exit 0")
        shown = again.tmux("capture-pane", "-p", "-J", "-t", "app").replace("\n", "")
        assert "is kept (1 set logged): start the app again to go on with it." in shown
    finally:
        again.close()
