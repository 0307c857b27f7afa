"""The driver a browser tab's app draws through: Textual's web driver, for which a lost connection is no crash.

The app writes what it draws to a pipe read by the server, which passes it on to the tab. A server killed outright
(kill -9, out of memory) leaves the pipe with no reader, and the app's next write (the rest timer draws every
second) fails with a broken pipe: Textual's web driver lets that error through, so the app wrote a crash log, as
for a bug. It is the end of the connection, like a terminal closed under the app: the driver hangs up on itself
(SIGHUP, as the system does for a dropped SSH connection), and the app leaves the way it leaves then, everything
saved (tui.app's RunStrengthApp._leave). What the app draws meanwhile, on its way out too, goes nowhere.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from typing import Any

from textual.drivers.web_driver import WebDriver


class TabDriver(WebDriver):
    """WebDriver, but every write that finds the connection gone hangs up instead of raising (see the module)."""

    connection_lost = False

    # Every way WebDriver writes: the screen (write), messages to the server (write_meta), file downloads
    # (write_binary_encoded), and the greeting the server waits for (start_application_mode).
    def write(self, data: str) -> None:
        self._unless_lost(super().write, data)

    def write_meta(self, data: dict[str, object]) -> None:
        self._unless_lost(super().write_meta, data)

    def write_binary_encoded(self, data: tuple[str | bytes, ...]) -> None:
        self._unless_lost(super().write_binary_encoded, data)

    def start_application_mode(self) -> None:
        self._unless_lost(super().start_application_mode)

    def _unless_lost(self, write: Callable[..., None], *args: Any) -> None:
        if self.connection_lost:
            return  # no one to show it to: the app is leaving
        try:
            write(*args)
        except ConnectionError:  # a broken pipe (no reader left) or a reset: the server has gone
            self.connection_lost = True
            # Once the app runs, its SIGHUP handler saves and leaves; a hang-up before that (as it starts) ends
            # the process outright, as in a terminal: nothing has been logged by then.
            os.kill(os.getpid(), signal.SIGHUP)
