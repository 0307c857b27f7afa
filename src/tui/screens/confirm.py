"""A yes-or-no question before anything that cannot be undone."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from tui.resources import screens_styles
from tui.screens.dialog import TextDialog
from tui.screens.key_hints import key_for
from tui.widgets.focus import focus_now
from tui.widgets.footer import Footer


class ConfirmScreen(TextDialog[bool]):
    """Dismisses with True for yes. The safe answer has the focus, so a stray enter changes nothing."""

    CSS_PATH = screens_styles()

    BINDINGS = [
        Binding("y", "answer(True)", "Yes", tooltip="Answer yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "No", tooltip="Answer no; nothing changes", id="confirm.no"),
    ]

    def __init__(self, question: str, yes: str = "Yes", no: str = "No", detail: str = "") -> None:
        super().__init__()
        self.question, self.yes, self.no, self.detail = question, yes, no, detail

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.question, classes="dialog-title", markup=False)
            if self.detail:
                yield Static(self.detail, classes="dialog-text", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(f"{self.yes} ({key_for(self, 'confirm.yes')})", id="yes", variant="error", compact=True)
                yield Button(f"{self.no} ({key_for(self, 'confirm.no')})", id="no", variant="primary", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        focus_now(self.query_one("#no", Button))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
