"""The line under the search box that says which filters are on, so a narrowed list is never a mystery."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from tui.domain.routines.filters import RoutineFilter
from tui.widgets.routine_text import plural


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

    def show(self, routine_filter: RoutineFilter, routines: int, exercises: int, keys: dict[str, str]) -> None:
        """keys maps each filter's name to the key that changes it, as the user has it bound."""
        text = Text()
        for name, value in routine_filter.describe():
            key = keys.get(name)
            if key:
                text.append(f"{key} ", style="bold")
            text.append(f"{name}: ")
            text.append(value, style="bold" if value != "any" else "")
            text.append("  ")
        text.append(f"{plural(routines, 'routine')}, {plural(exercises, 'exercise')}", style="italic")
        if routine_filter.is_active and keys.get("Clear"):
            text.append(f"  {keys['Clear']} clears", style="bold")
        self.update(text)
        self.set_class(routine_filter.is_active, "-active")
