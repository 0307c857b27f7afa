"""A checkbox whose mark is a shape, not only a colour, so it reads the same with NO_COLOR=1."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Checkbox


class TickBox(Checkbox, inherit_bindings=False):
    """Shows X when ticked and a blank when not; Textual's own shows X both ways and tells them apart by colour.

    Space ticks it; enter is the form's, as in every field of it ("enter or ^s: apply"): Textual's checkbox ticked on
    enter too, so enter on "Each side" untied it and left the dialog open."""

    BINDINGS = [Binding("space", "toggle_button", "Toggle", show=False)]

    @property  # Checkbox reads this class attribute on every render
    def BUTTON_INNER(self) -> str:  # type: ignore[override]  # noqa: N802 - Textual's name
        return "X" if self.value else " "
