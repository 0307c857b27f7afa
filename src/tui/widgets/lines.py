"""How the Workout screen changes a line of text: only when the text changed, laid out only when
its size can change.

Updating a Static asks Textual for a layout by default: every widget of the screen is measured and placed again.
On the Workout screen the elapsed time and the rest's clock change every second, and a key changes "Set 1 of 3"
into "Set 2 of 3": none of them changes the line's size, and the layouts they asked for competed with the user's
next key. Textual's own Digits skips the layout the same way when its width stays.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content
from textual.css.scalar import Unit
from textual.widgets import Static


def show_line(line: Static, text: str | Content) -> None:
    """Show text in a line (a Static or Label) if it is not what the line shows already."""
    shown = line.content
    if shown == text:
        return
    # A line its style hides takes no room: it is measured again when a style shows it (the suggestion is
    # hidden on a short terminal).
    line.update(text, layout=line.display and not _keeps_size(line, shown, text))


def _keeps_size(line: Static, shown: object, text: str | Content) -> bool:
    """True when the new text takes the same room as the shown one. A line one row high and as wide as its
    place (a style says so) keeps its size whatever it shows. Otherwise both texts must be one line no wider
    than the line (so neither wraps), and as wide as each other if the line is as wide as its text. A line not
    laid out yet never keeps its size."""
    if not isinstance(shown, str | Content):
        return False
    width, height = line.styles.width, line.styles.height
    as_wide_as_its_text = width is not None and width.is_auto
    if not as_wide_as_its_text and height is not None and height.unit == Unit.CELLS and height.value == 1:
        return bool(line.content_size.width)
    widths, room = (_width(text), _width(shown)), line.content_size.width
    if not all(cells is not None and 0 < cells <= room for cells in widths):
        return False
    return widths[0] == widths[1] or not as_wide_as_its_text


def _width(text: str | Content) -> int | None:
    """Cells across of a one-line text; None for text of several lines."""
    plain = text.plain if isinstance(text, Content) else text
    return None if "\n" in plain else cell_len(plain)
