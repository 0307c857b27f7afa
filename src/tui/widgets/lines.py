"""How the Workout screen and its countdown change a line of text: only when the text changed, laid out only when
its size can change.

Updating a Static asks Textual for a layout by default: every widget of the screen is measured and placed again.
On the Workout screen the elapsed time and the rest's clock change every second, and a key changes "Set 1 of 3"
into "Set 2 of 3": none of them changes the line's size, and the layouts they asked for competed with the user's
next key. Textual's own Digits skips the layout the same way when its width stays.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content
from textual.widgets import Static


def show_line(line: Static, text: str | Content) -> None:
    """Show text in a line (a Static or Label) if it is not what the line shows already."""
    shown = line.content
    if shown == text:
        return
    # A line its style hides takes no room: it is measured again when a style shows it (the clock in one line
    # of the Countdown is hidden where the big digits show).
    line.update(text, layout=line.display and not _keeps_size(line, shown, text))


def _keeps_size(line: Static, shown: object, text: str | Content) -> bool:
    """True when the new text takes the same room as the shown one: one line each, as wide as each other, and
    narrower than the line (so neither wraps). A line not laid out yet never keeps its size."""
    if not isinstance(shown, str | Content):
        return False
    width = _width(text)
    return width is not None and width == _width(shown) and 0 < width <= line.content_size.width


def _width(text: str | Content) -> int | None:
    """Cells across of a one-line text; None for text of several lines."""
    plain = text.plain if isinstance(text, Content) else text
    return None if "\n" in plain else cell_len(plain)
