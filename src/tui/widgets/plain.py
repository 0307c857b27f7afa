"""The one rule for text from the user or a file on screen: drawn as text, never read as markup.

A routine called "Core [/dim] day" or a note holding "[/]" is the user's text, not Textual markup: parsed, it
raises a MarkupError (or restyles the screen). And a name from an imported file may hold escape sequences,
which a terminal obeys. So every such text reaches the screen through here: control characters dropped, then
wrapped as a Content (which Textual draws as it is), or notified with markup off.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from rich.text import Text
from textual.content import Content
from textual.dom import DOMNode
from textual.notifications import SeverityLevel

from tui.domain.printable import printable

if TYPE_CHECKING:
    from textual.app import App


def plain(text: object) -> Content:
    """text (a name, a note, an error message) as it reads, for a Static, Label, cell or option."""
    return Content(printable(str(text)))


# On a phone's terminal a note takes the full width at the top, over the title bar (styles/routines.tcss), and
# stays as long as its words take to read, not Textual's five seconds for every note: about three words a second,
# never under 3 s.
WORDS_READ_PER_SECOND = 3
NARROW_NOTE_AT_LEAST = 3.0


# The notes each app shows, by what they say, and when each goes. A key pressed again and again (space once every
# set is logged, a second window's refusals) said the same thing at each press, and the copies stacked up over the
# screen (on a phone, over the whole workout): a note said again while it shows is not shown twice.
_showing: WeakKeyDictionary[App[object], dict[tuple[str, str, str], float]] = WeakKeyDictionary()


def say(node: DOMNode, message: object, *, title: str = "", severity: SeverityLevel = "information",
        timeout: float | None = None) -> None:
    """A notification whose text is shown as written: the one way screens notify."""
    message, title = printable(str(message)), printable(title)
    app, lasts = node.app, _lasts(node, f"{title} {message}", severity, timeout)
    showing, now, note = _showing.setdefault(app, {}), time.monotonic(), (title, message, severity)
    if showing.get(note, now) > now:
        return
    shown_for = app.NOTIFICATION_TIMEOUT if lasts is None else lasts
    showing[note] = now + shown_for
    app.notify(message, title=title, severity=severity, timeout=lasts, markup=False)
    app.set_timer(shown_for + REDRAW_AFTER_NOTE_S, _redraw_screen(app))


def withdraw_notes(node: DOMNode) -> None:
    """Take every note off the screen now (one is no longer true), each free to be said again at once."""
    node.app.clear_notifications()
    _showing.pop(node.app, None)


# Textual (8.2) can leave a note's picture on the terminal after the note has gone, where nothing else draws over it
# again: on a phone's Calendar, "Froze the week..." stayed over the title bar until another screen was shown. Its
# place was not marked to be drawn again: a widget refreshed while it went (the heatmap's hidden scroll bar) had the
# screen's map rebuilt without it, and the map compared against to find what to draw then no longer held it. So the
# screen is drawn whole once a note's time is up.
REDRAW_AFTER_NOTE_S = 0.25


def _redraw_screen(app: App[object]) -> Callable[[], None]:
    def redraw() -> None:
        if app.screen_stack:
            app.screen.refresh()
    return redraw


def clear_notes(app: App[object]) -> None:
    """Take down every note shown: what they said may be said again at once."""
    app.clear_notifications()
    _showing.pop(app, None)
    app.set_timer(REDRAW_AFTER_NOTE_S, _redraw_screen(app))


def _lasts(node: DOMNode, text: str, severity: SeverityLevel, timeout: float | None) -> float | None:
    """How long a note stays: on a narrow screen (its -narrow class, app.py) a note's reading time, at most what a
    wide screen gives it. A warning or an error keeps its time there too: it may be read late, and matters."""
    app = node.app
    if severity != "information" or not app.screen_stack or not app.screen.has_class("-narrow"):
        return timeout
    reading = max(NARROW_NOTE_AT_LEAST, 1 + len(text.split()) / WORDS_READ_PER_SECOND)
    return min(reading, app.NOTIFICATION_TIMEOUT if timeout is None else timeout)


def plain_cells(*cells: object) -> list[Text]:
    """A table row's cells as text: a DataTable reads a string cell as Rich markup, and measures its columns from
    Rich renderables (a Content cell would leave them too narrow), so these are Rich Text, drawn as written."""
    return [Text(printable(str(cell)), end="") for cell in cells]
