"""A checkbox whose mark is a shape, not only a colour, so it reads the same with NO_COLOR=1."""

from __future__ import annotations

from textual.widgets import Checkbox


class TickBox(Checkbox):
    """Shows X when ticked and a blank when not; Textual's own shows X both ways and tells them apart by colour."""

    @property  # Checkbox reads this class attribute on every render
    def BUTTON_INNER(self) -> str:  # type: ignore[override]  # noqa: N802 - Textual's name
        return "X" if self.value else " "
