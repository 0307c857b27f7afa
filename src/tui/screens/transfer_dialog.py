"""A small modal asking for the file to export to or import from; dismisses with the path, or None."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Input, Static


class TransferDialog(ModalScreen[Path | None]):
    """Asks for a path. For an export, a file that exists is replaced only after a second enter."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", tooltip="Close without exporting or importing anything",
                id="transfer.cancel"),
    ]
    DEFAULT_CSS = """
    TransferDialog { align: center middle; }
    TransferDialog #transfer-problem { color: $text-warning; height: auto; }
    """

    def __init__(self, title: str, explanation: str, action: str, default: str = "", reading: bool = False) -> None:
        super().__init__()
        self.title_text, self.explanation, self.action, self.default = title, explanation, action, default
        self.reading = reading  # importing: the file must exist; exporting: it will be written
        self._replace_confirmed: Path | None = None

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield Static(self.explanation, classes="dialog-text", markup=False)
            yield Input(self.default, placeholder="path to the file, e.g. ~/strong.csv", id="transfer-path",
                        compact=True)
            yield Static("", id="transfer-problem", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(f"{self.action} (enter)", id="go", variant="primary", compact=True)
                yield Button("Cancel (esc)", id="cancel", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#transfer-path", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._go()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "go":
            self._go()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def _go(self) -> None:
        text = self.query_one("#transfer-path", Input).value.strip()
        problem = self.query_one("#transfer-problem", Static)
        if not text:
            problem.update("Type the path of a file.")
            return
        path = Path(text).expanduser()
        if self.reading and not path.is_file():
            problem.update(f"There is no file at {text}.")
            return
        if not self.reading:
            if path.is_dir() or not path.parent.is_dir():
                problem.update(f"{text} is a folder, not a file." if path.is_dir()
                               else f"The folder {path.parent} does not exist.")
                return
            if path.exists() and self._replace_confirmed != path:
                self._replace_confirmed = path
                problem.update(f"{text} exists. Press enter again to replace it.")
                return
        self.dismiss(path)
