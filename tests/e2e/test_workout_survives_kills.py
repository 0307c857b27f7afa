"""A real app process killed mid-workout (SIGKILL, and the SIGHUP of a dropped connection) resumes exactly."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import termios
import time
from pathlib import Path

import pytest

from tests.e2e.terminal import APP, wait_until_dead
from tui.store.open import open_store

pytestmark = pytest.mark.slow


def test_sigkill_mid_workout_then_the_next_start_resumes_with_the_rest_timer(terminal, tmp_path):
    data = tmp_path / "data"
    terminal.start("--data-dir", str(data))
    terminal.wait_for("Routines")
    terminal.press("C-p")
    terminal.wait_for("Search for commands")
    terminal.type("start four upper")
    terminal.wait_for("Start workout: Four upper-body moves")
    terminal.press("Enter")
    terminal.wait_for("Set 1 of 3")
    terminal.press("Space")
    terminal.wait_for("Set 2 of 3")
    terminal.press("Space")
    terminal.wait_for("Set 3 of 3")
    terminal.wait_for("Rest")

    pid = terminal.app_pid()
    os.kill(pid, signal.SIGKILL)
    wait_until_dead(pid)

    saved = open_store(data).workout.current()
    assert len(saved.sets) == 2 and saved.progress["rest"]

    terminal.start("--data-dir", str(data))
    dialog = terminal.wait_for("Workout in progress")
    assert "2 sets logged" in dialog and "left." in dialog
    terminal.press("r")
    terminal.wait_for("Set 3 of 3")
    terminal.wait_for("Rest")  # the rest carried over (a loaded machine may draw it a frame after the heading)
    terminal.press("Space")
    terminal.wait_for("✓ Set 3: 12 reps")  # the third set, logged after the resume, in the workout's list

    # A dropped SSH connection: the terminal goes away and the app gets SIGHUP.
    pid = terminal.app_pid()
    terminal.tmux("kill-session", "-t", "app")
    wait_until_dead(pid)
    assert len(open_store(data).workout.current().sets) == 3


def test_a_corrupt_main_file_gives_a_clear_message_and_is_left_unchanged(terminal, tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    main_file = data / "runstrength.json"
    main_file.write_bytes(b'{"settings": {"1": ')
    terminal.start("--data-dir", str(data), keep_pane=True)
    screen = terminal.wait_for("not valid JSON")
    assert "runstrength.json" in screen.replace("\n", "")
    assert main_file.read_bytes() == b'{"settings": {"1": '


@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGHUP"])
def test_sigterm_and_sighup_leave_cleanly_with_everything_saved(terminal, tmp_path, signal_name):
    data = tmp_path / "data"
    terminal.start("--data-dir", str(data), keep_pane=True)
    terminal.wait_for("Routines")
    terminal.press("C-p")
    terminal.wait_for("Search for commands")
    terminal.type("start ab workout")
    terminal.wait_for("Start workout: Ab workout")
    terminal.press("Enter")
    terminal.wait_for("Set 1 of 3")
    terminal.press("Space")
    terminal.wait_for("Set 2 of 3")
    shell = terminal.app_pid()  # with keep_pane the pane runs a shell, and the app is its child
    app_pid = int(subprocess.run(["pgrep", "-P", str(shell)], capture_output=True, text=True).stdout.split()[0])
    os.kill(app_pid, getattr(signal, signal_name))
    wait_until_dead(app_pid)
    assert "exit 0" in terminal.wait_for("exit ")
    assert len(open_store(data).workout.current().sets) == 1


@pytest.mark.parametrize("environment", [{"TERM": "xterm"}, {"NO_COLOR": "1"}], ids=["TERM=xterm", "NO_COLOR"])
def test_plain_terminals_still_show_every_screen(terminal, tmp_path, environment):
    terminal.start("--data-dir", str(tmp_path / "data"), env=environment)
    terminal.wait_for("Four upper-body moves for running")
    seen = Path(f"/proc/{terminal.app_pid()}/environ").read_bytes().split(b"\0")
    for name, value in environment.items():  # the app itself runs with it (tmux sets TERM in its panes)
        assert f"{name}={value}".encode() in seen
    for key, title, text in (("2", "Workout", "No workout in progress"), ("3", "Calendar", "Current streak"),
                             ("4", "History", "Date"), ("1", "Routines", "Four upper-body moves")):
        terminal.press(key)
        terminal.wait_for(f"runstrength — {title}")  # the header names the screen now shown
        terminal.wait_for(text)


def test_sighup_ends_the_app_even_when_its_terminal_takes_no_more_output(tmp_path):
    # A connection that hangs, then drops, leaves a terminal nobody reads: Textual's output thread blocks, then
    # the app's event loop, and the process lived on after SIGHUP (still driving any workout in progress). A pty
    # of our own that is never read again after the first frame is such a terminal.
    master, pane = pty.openpty()
    sizes = [struct.pack("HHHH", 30, width, 0, 0) for width in (100, 90)]
    fcntl.ioctl(pane, termios.TIOCSWINSZ, sizes[0])
    app = subprocess.Popen([str(APP), "--data-dir", str(tmp_path / "data")], stdin=pane, stdout=pane, stderr=pane,
                           start_new_session=True, env={**os.environ, "TERM": "xterm-256color"})
    os.close(pane)
    try:
        shown = b""
        while b"Four upper" not in shown:
            ready, _, _ = select.select([master], [], [], 15)
            assert ready, "no first frame"
            shown += os.read(master, 65536)
        for number in range(60):  # redraw after redraw at a new width, none of it read
            fcntl.ioctl(master, termios.TIOCSWINSZ, sizes[number % 2])
            app.send_signal(signal.SIGWINCH)
            time.sleep(0.02)
        app.send_signal(signal.SIGHUP)
        assert app.wait(timeout=10) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        os.close(master)
