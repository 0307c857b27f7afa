"""What `status` needs from the main file, read once: no lock, nothing created, nothing migrated.

A read needs no lock because files are only ever replaced whole. An older file is read as it is (its tables
already have today's shape; migrating is left to the app, which may write), a newer or corrupt one is refused
with the store's usual message.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import NamedTuple

from tui.domain.settings import Settings
from tui.store.day_index import INDEX_TABLE, IndexedWorkout, entries_from_rows
from tui.store.files import read_document
from tui.store.freezes_repo import TABLE as FREEZES_TABLE, freeze_days
from tui.store.settings_repo import TABLE as SETTINGS_TABLE, settings_from_docs

# datastore.MAIN_FILE, repeated so `status` never imports the lock machinery (a test keeps the two equal).
MAIN_FILE = "runstrength.json"


class MainFileSnapshot(NamedTuple):
    settings: Settings
    freezes: list[date]
    workouts: list[IndexedWorkout]  # oldest first


def _docs(data: dict, table: str) -> list[dict]:
    docs = data.get(table)
    return [doc for doc in docs.values() if isinstance(doc, dict)] if isinstance(docs, dict) else []


def read_snapshot(directory: Path) -> MainFileSnapshot | None:
    """The settings, freezes and per-day index of the data directory; None when it holds no main file yet."""
    data = read_document(Path(directory) / MAIN_FILE, json.loads)
    if data is None:
        return None
    return MainFileSnapshot(
        settings=settings_from_docs(_docs(data, SETTINGS_TABLE)),
        freezes=freeze_days(_docs(data, FREEZES_TABLE)),
        workouts=entries_from_rows(_docs(data, INDEX_TABLE)),
    )
