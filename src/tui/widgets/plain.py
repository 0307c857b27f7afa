"""The one rule for text from the user or a file on screen: drawn as text, never read as markup.

A routine called "Core [/dim] day" or a note holding "[/]" is the user's text, not Textual markup: parsed, it
raises a MarkupError (or restyles the screen). And a name from an imported file may hold escape sequences,
which a terminal obeys. So every such text reaches the screen through here: control characters dropped, then
wrapped as a Content (which Textual draws as it is), or notified with markup off.
"""

from __future__ import annotations

import time
from weakref import WeakKeyDictionary

from rich.text import Text
from textual.app import App
from textual.content import Content
from textual.dom import DOMNode
from textual.notifications import SeverityLevel

from tui.domain.printable import printable


def plain(text: object) -> Content:
    """text (a name, a note, an error message) as it reads, for a Static, Label, cell or option."""
    return Content(printable(str(text)))


# On a phone's terminal a note takes the full width at the top, over the title bar (styles/routines.tcss), and
# stays as long as its words take to read, not Textual's five seconds for every note: about three words a second,
# never under 3 s.
WORDS_READ_PER_SECOND = 3
NARROW_NOTE_AT_LEAST = 3.0


# Each app's last note and until when it shows (time.monotonic()).
_last_note: WeakKeyDictionary[App[object], tuple[tuple[str, str, str], float]] = WeakKeyDictionary()


def say(node: DOMNode, message: object, *, title: str = "", severity: SeverityLevel = "information",
        timeout: float | None = None) -> None:
    """A notification whose text is shown as written: the one way screens notify. The note still showing is not
    shown again: a key pressed twice stacked two of them, over the header and the tabs of a phone's screen."""
    app = node.app
    message, title = printable(str(message)), printable(title)
    lasts = _lasts(node, f"{title} {message}", severity, timeout)
    note, now = (message, title, severity), time.monotonic()
    shown, until = _last_note.get(app, (None, 0.0))
    if note == shown and now < until:
        return
    _last_note[app] = note, now + (app.NOTIFICATION_TIMEOUT if lasts is None else lasts)
    app.notify(message, title=title, severity=severity, timeout=lasts, markup=False)


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
