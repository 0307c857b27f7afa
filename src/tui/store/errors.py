"""Problems with the user's data files, typed so the edge (cli.py, screens) can explain them plainly."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

from tui.domain.printable import quoted


def fault_reason(error: BaseException) -> str:
    """A store fault in the user's words, for the middle of a sentence (without a full stop of its own: "Could not
    read the workout: <reason>. Nothing was changed."): a StoreError's own message, or the system's reason and the
    file."""
    if isinstance(error, OSError):
        reason = "the disk is full" if error.errno == errno.ENOSPC else (error.strerror or str(error))
        return f"{reason} ({error.filename})" if error.filename else reason.rstrip(".")
    return str(error).rstrip(".")


class StoreError(Exception):
    """Base of every store problem the user can meet; str() is a message for them."""


class DataDirError(StoreError):
    def __init__(self, path: Path, problem: str, what: str = "The data directory") -> None:
        self.path = path
        super().__init__(f"{what} {path} {problem}.")


class CorruptFileError(StoreError):
    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        super().__init__(
            f"{path} is not valid JSON ({detail}). It has been left exactly as it is. "
            f"Restore it from a backup, or move it elsewhere {_without(path)}."
        )


def _without(path: Path) -> str:
    """What going on without one of the data files leaves out: each holds a part of the data (see datastore). It
    said "to start with an empty log" for any file, and a year file moved away leaves the other years."""
    name = path.name
    if name.startswith("history-"):
        return "to go on without the workouts of that year (the other years' are kept)"
    if name == "workout.json":
        return "to go on without the workout in progress (the finished ones are kept)"
    if name == "runstrength.json":
        return ("to go on without your routines, settings, freeze weeks and own exercises (your workouts are "
                "kept in the year files, and listed again)")
    return "to go on without it"


class NewerSchemaError(StoreError):
    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.path, self.found, self.supported = path, found, supported
        super().__init__(
            f"{path} was written by a newer runstrength-tui (data version {found}; this one reads up to "
            f"{supported}). It has not been touched. Upgrade runstrength-tui to open it."
        )


class StoreBusyError(StoreError):
    def __init__(self, path: Path, seconds: float) -> None:
        self.path = path
        super().__init__(
            f"Another runstrength-tui has held the lock on {path} for over {seconds:g} s. "
            f"Close it, or wait for it to finish writing, then try again."
        )


class BadRecordError(StoreError):
    """A record in a data file is valid JSON but not of the shape this version wrote."""

    def __init__(self, path: Path, record: str, detail: str) -> None:
        self.path = path
        super().__init__(
            f"{path} holds {record} that cannot be read ({detail[:200]}). It has been left exactly as it is. "
            f"Fix or remove that record, or restore the file from a backup."
        )


class SavedMeanwhileError(StoreError):
    """A save refused rather than written over what another window saved since this one read it (two windows
    saving at once each said "Saved", and one's routine was lost). `stored`: what the other window saved."""

    def __init__(self, message: str, stored: Any) -> None:
        self.stored = stored
        super().__init__(message)


class GoneError(Exception):
    """What a form edits was deleted meanwhile (in another window): not a fault of the data dir, whose message
    would say to try again, but the end of that edit. Saving it whole would bring it back."""

    def __init__(self, name: str, where: str = "in another window") -> None:
        super().__init__(f"{quoted(name)} was deleted since this form opened ({where})")


class WorkoutGoneError(GoneError):
    """A past workout being edited was deleted meanwhile (in another window, or from the Calendar)."""

    def __init__(self, name: str) -> None:
        super().__init__(name, "in another window, or from the Calendar")
