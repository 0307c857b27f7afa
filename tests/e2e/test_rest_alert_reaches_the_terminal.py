"""At the end of a rest, the terminal itself gets the bell and the desktop notification escapes (OSC 9 and
OSC 777): read from a pty of our own, as a terminal emulator would receive them."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import termios
import time

import pytest

from tests.e2e.terminal import APP

pytestmark = pytest.mark.slow


def read_until(master: int, wanted: bytes, shown: bytes, timeout: float = 15.0) -> bytes:
    deadline = time.monotonic() + timeout
    while wanted not in shown:
        ready, _, _ = select.select([master], [], [], max(0.0, deadline - time.monotonic()))
        assert ready, f"{wanted!r} never reached the terminal"
        shown += os.read(master, 65536)
    return shown


def test_the_rest_over_alert_is_written_to_the_terminal(tmp_path):
    master, pane = pty.openpty()
    fcntl.ioctl(pane, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    app = subprocess.Popen([str(APP), "--data-dir", str(tmp_path / "data")], stdin=pane, stdout=pane, stderr=pane,
                           start_new_session=True, env={**os.environ, "TERM": "xterm-256color"})
    os.close(pane)
    try:
        shown = read_until(master, b"Four upper", b"")
        os.write(master, b"\r")  # start the first routine
        shown = read_until(master, b"Exercise 1 of 4", shown)
        os.write(master, b" ")  # log a set: a 60 s rest starts
        shown = read_until(master, b"Rest 1:00", shown)
        os.write(master, b"----")  # take the whole 60 s away
        shown = read_until(master, b"\x1b]9;Rest over: Time for the next set.\x07", shown)
        assert b"\x1b]777;notify;Rest over;Time for the next set.\x07" in shown
        bare_bells = re.sub(rb"\x1b\][^\x07]*\x07", b"", shown).count(b"\x07")  # BEL outside any OSC
        assert bare_bells == 1, "the bell rang too, once"
    finally:
        app.kill()
        app.wait()
        os.close(master)
