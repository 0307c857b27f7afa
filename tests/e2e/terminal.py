"""Driving the installed runstrength-tui in a real terminal: a private tmux server, send-keys, capture-pane."""

from __future__ import annotations

import itertools
import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

APP = Path(sys.executable).parent / "runstrength-tui"
_servers = itertools.count()


class Terminal:
    """One tmux server of our own (never the user's), one window running the app."""

    def __init__(self, name: str, width: int = 80, height: int = 24) -> None:
        if shutil.which("tmux") is None:
            pytest.fail("tmux is needed for the end-to-end tests (.ci/run installs it)")
        # A server of its own every time: a test that reused the name of the one before it (a parametrized test's
        # cases, named alike) could reach that server as it was closing, and see its app vanish with it.
        self.socket = f"runstrength-test-{name}-{os.getpid()}-{next(_servers)}"
        self.width, self.height = width, height

    def tmux(self, *args: str) -> str:
        # Without COLUMNS and LINES: the test process has them (80x24), tmux's server would hand them on to the
        # app, and the app would size itself by them rather than by its window.
        environment = {name: value for name, value in os.environ.items() if name not in ("COLUMNS", "LINES")}
        result = subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=False,
                                env=environment)
        return result.stdout

    def start(self, *app_args: str, keep_pane: bool = False, env: dict[str, str] | None = None) -> None:
        """Run the app in the pane; keep_pane leaves what it printed on screen after it exits.

        env is set for the app itself: tmux sets TERM in its panes whatever the test's environment says, so a
        TERM given any other way never reaches the app.
        """
        settings = [f"{name}={shlex.quote(value)}" for name, value in (env or {}).items()]
        app = " ".join([*(["env", *settings] if settings else []), str(APP), *app_args])
        # exec: the pane's process is the app itself, so killing the pane's pid kills the app.
        command = f"{app}; echo exit $?; sleep 60" if keep_pane else f"exec {app}"
        self.tmux("new-session", "-d", "-s", "app", "-x", str(self.width), "-y", str(self.height), command)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "app")

    def press(self, *keys: str) -> None:
        for key in keys:
            self.tmux("send-keys", "-t", "app", key)
            time.sleep(0.05)

    def press_at_once(self, *keys: str) -> None:
        """Every key in one send-keys: tmux writes them to the app's terminal together, as an SSH connection that
        stalled delivers the keys typed meanwhile."""
        self.tmux("send-keys", "-t", "app", *keys)

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-t", "app", "-l", "--", text)  # "--": text such as "-20" is not an option

    def wait_for(self, text: str, timeout: float = 15.0) -> str:
        return self.wait_until(lambda screen: text in screen, f"{text!r} did not appear on screen", timeout)

    def wait_until(self, shows: Callable[[str], bool], failure: str, timeout: float = 15.0) -> str:
        """Until shows(the screen's text), then that text."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if shows(screen):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{failure}; it shows:\n{self.screen()}")

    def wait_until_settled(self, timeout: float = 15.0) -> str:
        """Until the screen stops changing (a dialog that just opened has taken the focus), then what it shows."""
        deadline = time.monotonic() + timeout
        shown = self.screen()
        while time.monotonic() < deadline:
            time.sleep(0.2)
            now = self.screen()
            if now == shown:
                return now
            shown = now
        raise AssertionError(f"the screen kept changing:\n{shown}")

    def app_pid(self) -> int:
        return int(self.tmux("list-panes", "-t", "app", "-F", "#{pane_pid}").split()[0])

    def close(self) -> None:
        self.tmux("kill-server")


def wait_until_dead(pid: int, timeout: float = 10.0) -> None:
    """Wait for a process to end; fail if it is still alive after timeout seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    raise AssertionError(f"process {pid} is still alive")
