"""A table whose cursor picks a row (History's workouts and records, a workout's sets): home and end go to its first
and last row, as they do in every other list of the app (Textual's OptionList).

DataTable's own home and end scroll sideways, which in a table of rows moved nothing a user could see: the cursor
stayed where it was. Sideways scrolling stays on left and right.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import DataTable


class RowTable(DataTable):
    BINDINGS = [
        Binding("home", "scroll_top", "First", show=False),
        Binding("end", "scroll_bottom", "Last", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
