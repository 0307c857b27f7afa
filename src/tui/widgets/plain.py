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


def say(node: DOMNode, message: object, *, title: str = "", severity: SeverityLevel = "information",
        timeout: float | None = None) -> None:
    """A notification whose text is shown as written: the one way screens notify."""
    node.app.notify(printable(str(message)), title=printable(title), severity=severity, timeout=timeout,
                    markup=False)


def plain_cells(*cells: object) -> list[Text]:
    """A table row's cells as text: a DataTable reads a string cell as Rich markup, and measures its columns from
    Rich renderables (a Content cell would leave them too narrow), so these are Rich Text, drawn as written."""
    return [Text(printable(str(cell)), end="") for cell in cells]
