"""Asking before a workout is deleted for good."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Static


class ConfirmDeleteScreen(ModalScreen[bool]):
    """Dismisses with True only when the user confirms."""

    BINDINGS = [
        Binding("y", "answer(True)", "Delete", tooltip="Delete the workout for good", id="confirm_delete.yes"),
        Binding("n,escape", "answer(False)", "Keep", key_display="n/esc", tooltip="Keep the workout",
                id="confirm_delete.no"),
    ]

    def __init__(self, question: str, detail: str) -> None:
        super().__init__()
        self.question, self.detail = question, detail

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-delete"):
            yield Static(self.question, id="confirm-question", markup=False)
            yield Static(self.detail, id="confirm-detail", markup=False)
            with Horizontal(id="confirm-buttons"):
                yield Button("Delete (y)", id="confirm-yes", variant="error", compact=True)
                yield Button("Keep (n)", id="confirm-no", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#confirm-no", Button).focus()  # the safe answer is the default

    def action_answer(self, delete: bool) -> None:
        self.dismiss(delete)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "confirm-yes")
