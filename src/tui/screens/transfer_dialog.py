"""A small modal asking for the file to export to or import from; dismisses with the path, or None."""

from __future__ import annotations

import os
import shlex
from pathlib import Path

from textual.binding import Binding

from tui.domain import input_limits
from tui.screens.one_field_dialog import OneFieldDialog, Refused
from tui.store.transfer import DATA_DIR_REFUSAL, in_data_dir


class TransferDialog(OneFieldDialog[Path | None]):
    """Asks for a path. For an export, a file that exists is replaced only after a second enter."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", tooltip="Close without exporting or importing anything",
                id="transfer.cancel"),
    ]
    FIELD_ID, PROBLEM_ID, CANCEL_ID = "transfer-path", "transfer-problem", "transfer.cancel"
    REPLACED_ON_TYPING = False

    def __init__(self, title: str, explanation: str, action: str, default: str = "", reading: bool = False,
                 data_dir: Path | None = None, problem: str = "") -> None:
        example = "~/strong.csv" if reading else f"~/backup{Path(default).suffix}"  # short: whole at 40 columns
        super().__init__(title, default, action, max_length=input_limits.PATH, explanation=explanation,
                         placeholder=f"file path, e.g. {example}", problem=problem)
        self.reading = reading  # importing: the file must exist; exporting: it will be written
        self._default_name = Path(default).name  # an export to a folder is written there under this name
        self._replace_confirmed: Path | None = None
        self.data_dir = data_dir  # exporting: no file in here (write_export refuses one too, after the question)

    def read(self, text: str) -> Path:
        text = as_dropped(text)
        if not text:
            raise Refused("Type the path of a file.")
        try:
            path = Path(text).expanduser()
            if not self.reading and self._default_name and path.is_dir():  # a folder typed or dragged in
                path = path / self._default_name
                text = str(Path(text) / self._default_name)
            refusal = self._refusal(path, text)
        except (OSError, RuntimeError) as error:
            # Typed text can be no usable path at all: a name longer than the file system allows (stat raises
            # ENAMETOOLONG), a ~user that does not exist (expanduser raises RuntimeError). Say so; never crash.
            shown = text if len(text) <= 60 else f"{text[:57]}..."
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            refusal = f"{shown} cannot be used as a file name ({reason})."
        if refusal:
            raise Refused(refusal)
        return path

    def _refusal(self, path: Path, text: str) -> str:
        """Why path cannot be used, or "" when it can."""
        if "\x00" in text:  # no file system takes it; pathlib's checks say "no such file" and writing it raises
            return "A file name cannot contain a NUL character (\\x00)."
        if self.reading and not path.is_file():
            return f"{text} is a folder: add the file's name." if path.is_dir() else f"There is no file at {text}."
        if not self.reading:
            if text.endswith(("/", os.sep)) and not path.is_dir():  # Path() drops the slash: it was written as a file
                return f"{text} is a file, not a folder." if path.exists() else f"The folder {text} does not exist."
            if path.is_dir() or not path.parent.is_dir():
                return (f"{text} is a folder, not a file." if path.is_dir()
                        else f"The folder {path.parent} does not exist.")
            if self.data_dir is not None and in_data_dir(path, self.data_dir):
                return f"{path.parent} is the data directory: it {DATA_DIR_REFUSAL}."
            if path.exists() and self._replace_confirmed != path:
                self._replace_confirmed = path
                return f"{text} exists. Press enter again to replace it."
        return ""


def as_dropped(text: str) -> str:
    """The path in text as a terminal pastes a file dragged onto it, and as a shell would take it: GNOME Terminal
    quotes it ('/home/me/My Files/strong.csv' ), macOS Terminal and iTerm2 put a backslash before each space
    (/Users/me/My\\ Files/strong.csv). Text that is not one shell word (an unquoted space, a lone quote: "it's.csv")
    is kept as typed; a name with quotes or backslashes of its own is typed as a shell wants it."""
    try:
        words = shlex.split(text)
    except ValueError:  # a quote left open
        return text.strip()
    return words[0] if len(words) == 1 else text.strip()
