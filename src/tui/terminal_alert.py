"""Telling a user who is not looking that the rest is over: the bell and a desktop notification escape.

Textual has a public bell() but no public way to write another escape sequence to the terminal, so this is the
one place that writes to its driver (tui/textual_internals.py reaches it, the way App.bell does).
"""

from __future__ import annotations

from textual.app import App

from tui.domain.printable import printable
from tui.textual_internals import driver_of


def desktop_notification(title: str, body: str) -> str:
    """OSC 9 (iTerm2, kitty, WezTerm, Windows Terminal) and OSC 777 (VTE, foot, urxvt): each ignores the other's."""
    title, body = (printable(text).replace(";", ",").replace("\n", " ") for text in (title, body))
    return f"\x1b]9;{title}: {body}\x07\x1b]777;notify;{title};{body}\x07"


def send_desktop_notification(app: App, title: str, body: str) -> bool:
    """Write the notification escapes to the app's terminal; False when there is none (headless, tests)."""
    driver = driver_of(app)
    if app.is_headless or driver is None:
        return False
    driver.write(desktop_notification(title, body))
    return True
