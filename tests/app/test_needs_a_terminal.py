"""The app started where there is no terminal to draw on or to read keys from: `ssh host runstrength-tui` without
-t, a cron job, `runstrength-tui > file`. It drew its screens into the pipe (the connection showed escape codes,
a file filled with them) and waited for keys that never came. Now it says what to do, at once, and draws
nothing (a data dir or config at fault is still said first). The installed command runs as a user's shell runs it,
with real pipes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

COMMAND = str(Path(sys.executable).parent / "runstrength-tui")
SAID = ("runstrength-tui: the app needs a terminal, and its input or output is not one. Over SSH, ask for one: "
        "ssh -t HOST runstrength-tui. For one line of streak and week from a script: runstrength-tui status.\n")


@pytest.mark.parametrize("where", ["ssh without -t", "output to a file", "input from a pipe"])
def test_without_a_terminal_the_app_says_so_and_draws_nothing(tmp_path, where):
    data = tmp_path / "data"
    out = tmp_path / "out.txt"
    # ssh without -t: both ends are pipes; `> file`: the input is the terminal (here a pseudo-terminal of the
    # test's own); `echo | runstrength-tui`: the output is.
    main, other = os.openpty()
    stdin = {"ssh without -t": subprocess.PIPE, "output to a file": other, "input from a pipe": subprocess.PIPE}[where]
    with out.open("wb") as file:
        stdout = {"ssh without -t": subprocess.PIPE, "output to a file": file, "input from a pipe": other}[where]
        try:
            done = subprocess.run([COMMAND, "--data-dir", str(data)], stdin=stdin, stdout=stdout,
                                  stderr=subprocess.PIPE, input=None, timeout=60, env={**os.environ, "TERM": "xterm"})
        finally:
            os.close(main)
            os.close(other)
    assert done.returncode == 2
    assert done.stderr.decode() == SAID
    assert (done.stdout or b"") == b"" and out.read_bytes() == b"", "no screen drawn into the pipe or the file"


def test_status_still_answers_a_script(tmp_path):
    done = subprocess.run([COMMAND, "--data-dir", str(tmp_path / "data"), "status"], stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("no workouts logged yet"), done.stderr
