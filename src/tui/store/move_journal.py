"""The move journal: a past workout whose edited date moves it into another year, written before the move and
removed after it.

A move writes the workout into its new year's file, then takes it out of the old year's file, then the index. A
kill between the first two writes would leave it in both files (shown twice, or the stale copy winning a rebuild).
The journal names the workout and both years; if it is still there when the store opens, the move was cut off: when
the new year's file holds the workout the move is completed (the old copy removed), otherwise nothing of it
happened and the journal is simply dropped. So a move is all done or not done at all.

No lock machinery or TinyDB here: `status` reads the journal too, to count such a workout once, where it went.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

from tui.store.files import fsync_directory, read_document, write_atomically

JOURNAL_FILE = "move-journal.json"


class Move(NamedTuple):
    workout_id: str
    from_year: int
    to_year: int


def journal_path(directory: Path) -> Path:
    return Path(directory) / JOURNAL_FILE


def begin(directory: Path, move: Move) -> None:
    """Record the move, before any year file is written."""
    row = {"id": move.workout_id, "from": move.from_year, "to": move.to_year}
    write_atomically(journal_path(directory), json.dumps({"move": {"1": row}}).encode())


def end(directory: Path) -> None:
    """The move is done (or undone): forget it."""
    journal_path(directory).unlink(missing_ok=True)
    fsync_directory(Path(directory))


def pending(directory: Path) -> Move | None:
    """The move that was cut off, if any; None when there is no journal or it is not one we wrote."""
    document = read_document(journal_path(directory), json.loads) or {}
    rows = document.get("move") or {}
    row = next(iter(rows.values()), None) if isinstance(rows, dict) else None
    if not isinstance(row, dict):
        return None
    workout_id, from_year, to_year = row.get("id"), row.get("from"), row.get("to")
    if isinstance(workout_id, str) and type(from_year) is int and type(to_year) is int:
        return Move(workout_id, from_year, to_year)
    return None
