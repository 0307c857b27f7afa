"""A table whose cursor picks a row (History's workouts and records, a workout's sets): home and end go to its first
and last row, as they do in every other list of the app (Textual's OptionList).

DataTable's own home and end scroll sideways, which in a table of rows moved nothing a user could see: the cursor
stayed where it was. Sideways scrolling stays on left and right.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.widgets import DataTable

if TYPE_CHECKING:
    from typing_extensions import Self  # typing's own from Python 3.11


class RowTable(DataTable):
    BINDINGS = [
        Binding("home", "scroll_top", "First", show=False),
        Binding("end", "scroll_bottom", "Last", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)

    def clear(self, columns: bool = False) -> Self:
        """Every row gone, and the columns measured again from the rows added next. DataTable's own keeps each
        column as wide as the widest cell it ever held: History's list, filled at 100 columns and again at 80
        (its names wrapped to the new room), kept its name column 100 wide, and the volumes were cut to "61"."""
        kept = [] if columns else [(column.label, column.key.value, None if column.auto_width else column.width)
                                   for column in self.ordered_columns]
        super().clear(columns=True)
        for label, key, width in kept:
            self.add_column(label, width=width, key=key)
        return self
