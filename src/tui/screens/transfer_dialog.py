"""A small modal asking for the file to export to or import from; dismisses with the path, or None."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Static

from tui.domain import input_limits
from tui.resources import screens_styles
from tui.widgets.footer import Footer
from tui.screens.dialog import Dialog


class TransferDialog(Dialog[Path | None]):
    """Asks for a path. For an export, a file that exists is replaced only after a second enter."""

    CSS_PATH = screens_styles()

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
                        compact=True, max_length=input_limits.PATH)
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
        try:
            path = Path(text).expanduser()
            refusal = self._refusal(path, text)
        except (OSError, RuntimeError) as error:
            # Typed text can be no usable path at all: a name longer than the file system allows (stat raises
            # ENAMETOOLONG), a ~user that does not exist (expanduser raises RuntimeError). Say so; never crash.
            shown = text if len(text) <= 60 else f"{text[:57]}..."
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            refusal = f"{shown} cannot be used as a file name ({reason})."
        if refusal:
            problem.update(refusal)
            return
        self.dismiss(path)

    def _refusal(self, path: Path, text: str) -> str:
        """Why path cannot be used, or "" when it can."""
        if "\x00" in text:  # no file system takes it; pathlib's checks say "no such file" and writing it raises
            return "A file name cannot contain a NUL character (\\x00)."
        if self.reading and not path.is_file():
            return f"There is no file at {text}."
        if not self.reading:
            if path.is_dir() or not path.parent.is_dir():
                return (f"{text} is a folder, not a file." if path.is_dir()
                        else f"The folder {path.parent} does not exist.")
            if path.exists() and self._replace_confirmed != path:
                self._replace_confirmed = path
                return f"{text} exists. Press enter again to replace it."
        return ""
