"""An unexpected error in the running app, in a real terminal (tmux): the workout in progress is saved, the terminal is
given back clean (main screen, cursor shown, no mouse reporting, line editing and echo back on), and a short message
names the crash log; the exit status is 70, not a screenful of traceback.

The error is raised by the app's own test hook (RUNSTRENGTH_TEST_CRASH_KEY binds a key to it; see tui/crash.py):
no patching, the installed command line as a user runs it.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from tui.crash import CRASH_KEY_ENV, EXIT_CRASHED
from tui.store.open import open_store

pytestmark = pytest.mark.slow


def terminal_modes(terminal) -> dict[str, str]:
    names = ("alternate_on", "cursor_flag", "mouse_any_flag", "mouse_all_flag", "mouse_button_flag",
             "mouse_sgr_flag", "pane_tty")
    shown = terminal.tmux("display-message", "-p", "-t", "app", " ".join(f"#{{{name}}}" for name in names))
    return dict(zip(names, shown.split()))


def test_an_unexpected_error_saves_the_workout_gives_the_terminal_back_and_names_the_crash_log(terminal, tmp_path):
    data, state = tmp_path / "data", tmp_path / "state"
    terminal.start("--data-dir", str(data), keep_pane=True, env={CRASH_KEY_ENV: "f12", "XDG_STATE_HOME": str(state)})
    terminal.wait_for("Routines")
    terminal.press("C-p")
    terminal.wait_for("Search for commands")
    terminal.type("start four upper")
    terminal.wait_for("Start workout: Four upper-body moves")
    terminal.press("Enter")
    terminal.wait_for("Set 1 of 3")
    terminal.press("Space")
    terminal.wait_for("Set 2 of 3")
    assert terminal_modes(terminal)["alternate_on"] == "1", "the app is drawn on the alternate screen"

    terminal.press("F12")
    terminal.wait_for(f"exit {EXIT_CRASHED}")
    # The message is word-wrapped to the terminal's width; -J keeps each line's trailing blank, so taking the line
    # ends out gives the text as written (a long path is folded mid-word, with nothing lost).
    shown = terminal.tmux("capture-pane", "-p", "-J", "-t", "app").replace("\n", "")
    assert "runstrength-tui stopped after an unexpected error (InjectedCrash: raised on purpose" in shown
    assert "The workout in progress was saved: the next start offers to resume it." in shown
    assert "Traceback" not in shown and "│" not in shown, "no traceback, no leftover of the app's frame"
    log = Path(re.search(r"Details are in (\S+?\.log)\. Please report it", shown).group(1))
    assert log.parent == state / "runstrength-tui" and log.stat().st_mode & 0o777 == 0o600
    assert "InjectedCrash" in log.read_text()

    modes = terminal_modes(terminal)
    assert (modes["alternate_on"], modes["cursor_flag"]) == ("0", "1"), "main screen, cursor shown"
    assert {modes[name] for name in ("mouse_any_flag", "mouse_all_flag", "mouse_button_flag", "mouse_sgr_flag")} \
        == {"0"}, "the terminal no longer reports the mouse"
    line_settings = subprocess.run(["stty", "-a", "-F", modes["pane_tty"]], capture_output=True, text=True).stdout
    assert re.search(r"(?<!-)\bicanon\b", line_settings) and re.search(r"(?<!-)\becho\b", line_settings), \
        "line editing and echo are back"

    assert len(open_store(data).workout.current().sets) == 1, "the logged set was saved before leaving"
