"""How a table fits the width it has: every column as wide as its widest cell, except its free text (a name, a
note), which is wrapped to the room the others leave. So no table reaches past the screen's right edge: at 80
columns History's volumes and the records' years were cut off behind a long workout or exercise name."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.cells import cell_len
from rich.text import Text
from textual.content import Content

from tui.widgets.plain import plain_cells

SCROLLBAR = 2  # the columns a table's vertical scrollbar takes
NARROWEST = 8  # free text never narrower than this, whatever the other columns take


def widest(label: str, cells: Iterable[str]) -> int:
    """A column's width: its title's or its widest cell's."""
    return max([cell_len(label), *(cell_len(cell) for cell in cells)])


def usual(label: str, cells: Sequence[str]) -> int:
    """A column's width when its rare wide cells wrap in it: its title's, or as wide as all but the widest cells of
    one row in twenty, never narrower than a cell's longest word (a wide cell breaks between words). One run
    imported among ten years of workouts (then "0 +1 cardio") made the Sets column that wide on every row, and every
    workout's name wrapped to three lines beside it."""
    if not cells:
        return cell_len(label)
    widths = sorted(map(cell_len, cells))
    width = max(cell_len(label), widths[len(widths) * 19 // 20])
    if widths[-1] == width + 1:
        return width + 1  # one cell more costs less than a row of two lines: "12,517.3" over a lone "lb"
    if widths[-1] > width:  # the wider cells' words, each whole on a line
        width = max(width, *(cell_len(word) for cell in set(cells) if cell_len(cell) > width for word in cell.split()))
    return width


def room_left(width: int, cell_padding: int, others: Sequence[int], free_columns: int = 1) -> int:
    """The cells the free text columns share: the table's width less every other column, the padding either side of
    every column, and a scrollbar."""
    columns = len(others) + free_columns
    return max(NARROWEST * free_columns, width - sum(others) - 2 * cell_padding * columns - SCROLLBAR)


def share(room: int, wanted: Sequence[int]) -> list[int]:
    """Widths for several free text columns within room: each as wide as it wants when all fit; else the narrow ones
    whole and what is left split evenly between the others."""
    widths = [0] * len(wanted)
    left, waiting = room, sorted(range(len(wanted)), key=lambda index: wanted[index])
    while waiting:
        even = left // len(waiting)
        index = waiting.pop(0)
        widths[index] = max(1, min(wanted[index], even))
        left -= widths[index]
    return widths


def fit(text: str, width: int) -> Text:
    """text on one line of at most width cells, cut with an ellipsis; drawn as text, never markup."""
    (line,) = plain_cells(text)
    line.truncate(max(width, 1), overflow="ellipsis")
    return line


def wrapped(text: str, width: int, max_lines: int | None = None) -> Text:
    """text (a name, a note) on as many lines of at most width cells as it needs (at most max_lines, the last cut
    with an ellipsis), broken between words; a word longer than a line, and text of wide characters (Chinese,
    Japanese), broken where the line ends."""
    text, width = str(text), max(width, 1)
    # Most names fit their room as they are: then the one line wrapping would give (ten years of workouts listed at
    # once spent a third of our part of it wrapping). Not for a tab, a line break or other control character, nor
    # a trailing blank, all of which wrapping changes.
    if len(text) <= width and text.isprintable() and not text.endswith(" ") and cell_len(text) <= width:
        return Text(text)
    # Broken by cells, between words (Python's textwrap counts characters: its lines of wide characters, broken
    # again by cells, split a word: "Tue 💪 核心 cor", then "e" alone).
    lines = [line.plain for line in Content(text).wrap(width)] or [""]
    if max_lines is not None and len(lines) > max_lines:
        lines = [*lines[:max_lines - 1], lines[max_lines - 1] + "…"]  # fit() cuts it to the width if need be
    return Text("\n").join(fit(line, width) for line in lines)


def lines_in(*cells: Text) -> int:
    """The height of a row of these cells."""
    return max(cell.plain.count("\n") + 1 for cell in cells)
