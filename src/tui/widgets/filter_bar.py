"""The line under the search box that says which filters are on, so a narrowed list is never a mystery."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.widgets import Static

from tui.domain.counts import count
from tui.domain.routines.filters import RoutineFilter

GAP = "  "


class FilterBar(Static):
    DEFAULT_CSS = """
    FilterBar {
        height: auto;
        padding: 0 1;
        color: $text-muted;
    }
    FilterBar.-active {
        color: $text;
        background: $boost;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._pieces: list[Text] = []

    def show(self, routine_filter: RoutineFilter, routines: int, exercises: int, keys: dict[str, str]) -> None:
        """keys maps each filter's name to the key that changes it, as the user has it bound."""
        pieces = []
        for name, value in routine_filter.describe():
            piece = Text()
            key = keys.get(name)
            if key:
                piece.append(f"{key} ", style="bold")
            piece.append(f"{name}: ")
            piece.append(value, style="bold" if value != "any" else "")
            pieces.append(piece)
        pieces.append(Text(f"{count(routines, 'routine')}, {count(exercises, 'exercise')}", style="italic"))
        if routine_filter.is_active and keys.get("Clear"):
            pieces.append(Text(f"{keys['Clear']} clears", style="bold"))
        self._pieces = pieces
        self._lay_out()
        self.set_class(routine_filter.is_active, "-active")

    def on_resize(self, event: events.Resize) -> None:
        self._lay_out()

    def _lay_out(self) -> None:
        # Lines break between the filters, never inside one: on a phone's 40 columns "t" at the end of a line and
        # "Time: any" on the next read as two things.
        width = self.content_region.width or 10_000  # not laid out yet: one line, laid out again on resize
        text, used = Text(), 0
        for piece in self._pieces:
            needed = cell_len(piece.plain)
            if used and used + len(GAP) + needed > width:
                text.append("\n")
                used = 0
            elif used:
                text.append(GAP)
                used += len(GAP)
            text.append_text(piece)
            used += needed
        self.update(text)
