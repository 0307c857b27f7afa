"""What `status` needs from the main file, read once: no lock, nothing created, nothing migrated.

A read needs no lock because files are only ever replaced whole. An older file is read as it is (its tables
already have today's shape; migrating is left to the app, which may write), a newer or corrupt one is refused
with the store's usual message.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from tui.domain.settings import Settings
from tui.store.day_index import (
    INDEX_TABLE,
    YEAR_FILE_PREFIX,
    IndexedWorkout,
    entries_from_rows,
    index_is_current,
    index_row,
    year_files,
)
from tui.store.files import read_document
from tui.store.freezes_repo import TABLE as FREEZES_TABLE
from tui.store.freezes_repo import freeze_days
from tui.store.import_journal import pending
from tui.store.move_journal import pending as pending_move
from tui.store.records import workout_from_file
from tui.store.settings_repo import TABLE as SETTINGS_TABLE
from tui.store.settings_repo import settings_from_docs

# datastore.MAIN_FILE, repeated so `status` never imports the lock machinery (a test keeps the two equal).
MAIN_FILE = "runstrength.json"


class MainFileSnapshot(NamedTuple):
    settings: Settings
    freezes: list[date]
    workouts: list[IndexedWorkout]  # oldest first


def _docs(data: dict[str, Any], table: str) -> list[dict[str, Any]]:
    docs = data.get(table)
    return [doc for doc in docs.values() if isinstance(doc, dict)] if isinstance(docs, dict) else []


def read_snapshot(directory: Path) -> MainFileSnapshot | None:
    """The settings, freezes and per-day index of the data directory; None when it holds no main file yet."""
    directory = Path(directory)
    data = read_document(directory / MAIN_FILE, json.loads)
    index = _docs(data or {}, INDEX_TABLE)
    if not index_is_current(data, directory):
        # The index is out of step with the year files (a kill mid-write, a main file emptied or moved away):
        # the app rebuilds it when it next opens; `status` writes nothing, so it reads the year files instead.
        index = _rows_from_year_files(directory, data)
    elif data is None:
        return None
    workouts = entries_from_rows(index)
    if len(workouts) < len(index):
        # A row a hand edit broke ("sets": "many"): left out, `status` said "no workouts logged yet". The app
        # writes the index again when it next opens; the year files say meanwhile what that row was.
        workouts = entries_from_rows(_rows_from_year_files(directory, data))
    return MainFileSnapshot(
        settings=settings_from_docs(_docs(data or {}, SETTINGS_TABLE)),
        freezes=freeze_days(_docs(data or {}, FREEZES_TABLE)),
        workouts=workouts,
    )


def _rows_from_year_files(directory: Path, data: dict[str, Any] | None) -> list[dict[str, Any]]:
    indexed = {str(row.get("id")) for row in _docs(data or {}, INDEX_TABLE)}
    cut_off_import = set().union(*pending(directory).values()) - indexed
    move = pending_move(directory)
    rows: dict[str, dict[str, Any]] = {}
    moved_row: dict[str, Any] | None = None
    for year in sorted(year_files(directory)):
        path = directory / f"{YEAR_FILE_PREFIX}{year}.json"
        for doc in _docs(read_document(path, json.loads) or {}, "workouts"):
            if doc.get("id") not in cut_off_import:
                rows[str(doc.get("id"))] = row = index_row(workout_from_file(doc, path))
                if move and doc.get("id") == move.workout_id and int(year) == move.to_year:
                    moved_row = row
    if moved_row is not None:  # a move cut off in both years' files: where it went, as the next open completes it
        rows[moved_row["id"]] = moved_row
    return list(rows.values())
