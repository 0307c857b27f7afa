"""A report to read and close: what an import found in its file and added (the command line prints the same)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from tui.domain.printable import printable
from tui.resources import screens_styles
from tui.screens.dialog import TextDialog
from tui.screens.key_hints import key_for
from tui.widgets.footer import Footer
from tui.widgets.hanging import HangingLines


class ReportScreen(TextDialog[None]):
    """A title and lines of text, scrolled with the keys on a phone (see TextDialog), closed with any of its keys."""

    CSS_PATH = screens_styles()
    OPENS_AT_TITLE = True

    BINDINGS = [
        Binding("escape,enter,space", "close", "Close", tooltip="Back to the app", id="report.close"),
    ]

    def __init__(self, title: str, text: str) -> None:
        super().__init__()
        # A file's name and what it holds (exercise names, notes) reach this text: no control character from them
        # reaches the terminal, as none does through a notification (say).
        self.title_text, self.text = printable(title), printable(text)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield Static(HangingLines(self.text), classes="dialog-text")
            with Horizontal(classes="dialog-buttons"):
                yield Button(f"Close ({key_for(self, 'report.close')})", variant="primary", id="close", compact=True)
        yield Footer()

    def action_close(self) -> None:
        self.dismiss(None)

    def on_button_pressed(self) -> None:
        self.dismiss(None)
