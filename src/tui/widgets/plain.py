"""The one rule for text from the user or a file on screen: drawn as text, never read as markup.

A routine called "Core [/dim] day" or a note holding "[/]" is the user's text, not Textual markup: parsed, it
raises a MarkupError (or restyles the screen). And a name from an imported file may hold escape sequences,
which a terminal obeys. So every such text reaches the screen through here: control characters dropped, then
wrapped as a Content (which Textual draws as it is), or notified with markup off.
"""

from __future__ import annotations

from rich.text import Text
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


def say(node: DOMNode, message: object, *, title: str = "", severity: SeverityLevel = "information",
        timeout: float | None = None) -> None:
    """A notification whose text is shown as written: the one way screens notify."""
    message, title = printable(str(message)), printable(title)
    node.app.notify(message, title=title, severity=severity, timeout=_lasts(node, f"{title} {message}", severity,
                                                                            timeout), markup=False)


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
