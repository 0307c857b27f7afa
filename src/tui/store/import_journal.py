"""The import journal: what an import is adding to the year files, written before them, removed after the commit.

An import writes one file per year, then the main file (its commit). Killed between two year files, it would
leave workouts in some years that the index does not list, and a rebuilt index would show half an import. The
journal lists the workouts the import adds, by year; if it is still there when the store opens, the import was
cut off: when the main file lists them the commit happened and only the journal's removal was lost, otherwise
they are taken out of the year files again, so an import is all there or not there at all.

No lock machinery or TinyDB here: `status` reads the journal too, to leave such workouts out.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tui.store.files import read_document, write_atomically

JOURNAL_FILE = "import-journal.json"


def journal_path(directory: Path) -> Path:
    return Path(directory) / JOURNAL_FILE


def begin(directory: Path, ids_by_year: dict[int, list[str]]) -> None:
    """Record what the import will add, before any year file is written."""
    document = {"import": {"1": {"years": {str(year): ids for year, ids in ids_by_year.items()}}}}
    write_atomically(journal_path(directory), json.dumps(document).encode())


def end(directory: Path) -> None:
    """The import is committed: forget its journal."""
    from tui.store.files import fsync_directory

    journal_path(directory).unlink(missing_ok=True)
    fsync_directory(Path(directory))


def pending(directory: Path) -> dict[int, set[str]]:
    """The workouts an unfinished import was adding, by year; empty when there is no journal."""
    document = read_document(journal_path(directory), json.loads)
    rows: dict[str, Any] = (document or {}).get("import") or {}
    first: Any = next(iter(rows.values()), {})
    years: dict[str, Any] = first.get("years", {}) if rows else {}
    found: dict[int, set[str]] = {}
    for year, ids in years.items():
        if str(year).isdigit() and isinstance(ids, list):
            found[int(year)] = {str(workout_id) for workout_id in ids}
    return found
