"""A note in a one-line field. A note from another app may hold line breaks (Hevy's workout descriptions often
do), and an Input draws one as a second line over the form's border and the row below. The field shows each
line break as ↵ and the note read back from it has them again: saving a form whose note was not touched keeps
the note as it was. A note pasted keeps its lines the same way (paste_limits.py)."""

from __future__ import annotations

from typing import Any

from textual.widgets import Input

LINE_BREAK = "↵"


class NoteInput(Input):
    """A field for a note: its line breaks shown as ↵ (note_in_field), and kept so when pasted. Focused, the cursor
    goes to its end, the note not selected: a figure's field is selected to be typed over, but a note tabbed into
    and one backspace lost 500 characters, and ctrl+s saved the loss."""

    def __init__(self, value: str = "", **options: Any) -> None:
        # A note longer than the field takes (an import keeps other apps' notes whole) can be shortened: Textual
        # refuses every edit that leaves a text over its field's length, and the note could not be cut at all.
        if options.get("max_length") and len(value) > options["max_length"]:
            options["max_length"] = len(value)
        super().__init__(value, select_on_focus=False, **options)


def note_in_field(note: str) -> str:
    """The note as its one-line field shows it."""
    return note.replace("\r\n", "\n").replace("\n", LINE_BREAK)


def note_from_field(text: str) -> str:
    """The note a field's text stands for."""
    return text.replace(LINE_BREAK, "\n")
