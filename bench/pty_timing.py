"""The first frame read straight from a terminal's other end (a pty), with no terminal emulator in between.

tmux parses the app's output and draws it before `capture-pane` can see it; reading the pty directly measures
the app alone, from starting its process to the first bytes of the text wanted on screen.
"""

from __future__ import annotations

import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import termios
import time
from pathlib import Path

from bench.terminal_timing import USER_ENV

ROOT = Path(__file__).resolve().parent.parent
# Escape sequences (colours, cursor moves, modes): a word on screen may have them between its letters.
ESCAPES = re.compile(rb"\x1b(\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|[@-_])")


def first_frame_in_a_pty(command: list[str], text: str, size: tuple[int, int] = (100, 30),
                         timeout: float = 20.0) -> float:
    """Seconds from starting command on a fresh pty of size (columns, lines) until `text` has been written."""
    parent, child = os.openpty()
    columns, lines = size
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
    env = dict(USER_ENV, TERM="xterm-256color", COLUMNS=str(columns), LINES=str(lines))
    started = time.perf_counter()
    process = subprocess.Popen(command, stdin=child, stdout=child, stderr=child, cwd=ROOT, env=env,
                               start_new_session=True)
    os.close(child)
    wanted, seen = text.encode(), b""
    try:
        while time.perf_counter() - started < timeout:
            ready, _, _ = select.select([parent], [], [], 0.05)
            if not ready:
                continue
            try:
                seen += os.read(parent, 65536)
            except OSError:  # the process ended and closed its side
                break
            if wanted in ESCAPES.sub(b"", seen):
                return time.perf_counter() - started
        raise TimeoutError(f"{text!r} never appeared on the pty")
    finally:
        _end(process, parent)


def _end(process: subprocess.Popen, parent: int) -> None:
    """Stop the app and drain its output (a full pty would keep it from exiting), then close the pty."""
    os.killpg(process.pid, signal.SIGTERM)
    deadline = time.monotonic() + 10
    while process.poll() is None and time.monotonic() < deadline:
        if select.select([parent], [], [], 0.05)[0]:
            try:
                os.read(parent, 65536)
            except OSError:
                break
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    os.close(parent)
