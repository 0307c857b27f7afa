"""Changing a custom exercise in the data directory: its name, whether it is a bodyweight exercise, or every set of
it moved to a catalogue exercise.

A rename or a change of kind touches the main file only: one atomic write. Saying a custom exercise is one of ours
touches every year file holding its sets, the workout in progress and the main file (routines, the exercise's
record, the index's note of the year files), so it is journaled and rolled forward: the journal is written first
and names the change; if a kill cuts the change off, the store finishes it as it next opens (see heal). Moving a
set from one id to another can be done twice without harm, so finishing is doing it again, and the user never sees
half of their workouts moved.

No lock machinery in the journal's helpers: they are plain files, like the import journal.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tinydb import Query

from tui.domain.catalogue.custom_exercise_changes import moved_to
from tui.store.custom_exercises_repo import TABLE as EXERCISES_TABLE
from tui.store.custom_exercises_repo import add_new, stored
from tui.store.files import fsync_directory, read_document, write_atomically
from tui.store.history import WORKOUTS_TABLE, record_year_files
from tui.store.routines_repo import TABLE as ROUTINES_TABLE
from tui.store.workout_in_progress import TABLE as IN_PROGRESS_TABLE

if TYPE_CHECKING:
    from tinydb.table import Table

    from tui.domain.catalogue.custom_exercises import CustomExercise
    from tui.store.datastore import DataStore

JOURNAL_FILE = "exercise-journal.json"


def journal_path(directory: Path) -> Path:
    return Path(directory) / JOURNAL_FILE


def rename(data: DataStore, exercise: CustomExercise) -> None:
    """Store the custom exercise's new name (the domain checked it); its sets keep its id, so nothing else moves."""
    _change(data, exercise, {"name": exercise.name})


def count_as_bodyweight(data: DataStore, exercise: CustomExercise) -> None:
    """Store whether the custom exercise is a bodyweight one (exercise.bodyweight); its sets stay as they are."""
    _change(data, exercise, {"bodyweight": exercise.bodyweight})


def _change(data: DataStore, exercise: CustomExercise, fields: dict[str, Any]) -> None:
    # Only the fields changed, read fresh under the lock: a change made in another window meanwhile stays. One an
    # early import left without a record of its own (its name made from its id) gets one now.
    with data.transaction(data.main_path) as db:
        table = db.table(EXERCISES_TABLE)
        if table.contains(Query().id == exercise.id):
            table.update(fields, Query().id == exercise.id)
        else:
            table.insert(stored(exercise._replace(same_as="")))


def map_onto(data: DataStore, exercise: CustomExercise) -> int:
    """Move every set of the custom exercise to the catalogue exercise it is the same as (exercise.same_as), in
    history, the workout in progress and the user's routines; returns how many sets moved."""
    with data.locked():
        with data.transaction(data.main_path) as db:  # its record notes the mapping: one is made if it had none
            add_new(db.table(EXERCISES_TABLE), [exercise._replace(same_as="")])
        document = {"map": {"1": {"from": exercise.id, "to": exercise.same_as}}}
        write_atomically(journal_path(data.directory), json.dumps(document).encode())
        moved = _move(data, exercise.id, exercise.same_as)
        _end(data.directory)
    return moved


def finish_cut_off_change(data: DataStore) -> None:
    """Finish a mapping a kill cut off (called under the lock as the store opens); nothing when there is none."""
    document = read_document(journal_path(data.directory), json.loads) or {}
    for change in (document.get("map") or {}).values():
        if isinstance(change, dict) and isinstance(change.get("from"), str) and isinstance(change.get("to"), str):
            _move(data, change["from"], change["to"])
    _end(data.directory)


def _end(directory: Path) -> None:
    journal_path(directory).unlink(missing_ok=True)
    fsync_directory(Path(directory))


def _move(data: DataStore, from_id: str, to_id: str) -> int:
    moved = 0
    for year in data.history_years():
        path = data.history_path(year)
        with data.reading(path) as view:  # most years hold none of it: read, and write only the ones that do
            changed = {doc.doc_id: _moved_sets(doc, from_id, to_id) for doc in view.table(WORKOUTS_TABLE).all()}
        changed = {doc_id: sets for doc_id, sets in changed.items() if sets is not None}
        if not changed:
            continue
        with data.transaction(path) as db:
            table = db.table(WORKOUTS_TABLE)
            for doc in table.all():
                sets = _moved_sets(doc, from_id, to_id)
                if sets is not None:
                    moved += sum(1 for old in doc["sets"] if isinstance(old, dict) and old.get("exercise") == from_id)
                    table.update({"sets": sets}, doc_ids=[doc.doc_id])
    if data.workout_path.exists():
        with data.transaction(data.workout_path) as db:
            _replace_in_table(db.table(IN_PROGRESS_TABLE), from_id, to_id)
    with data.transaction(data.main_path) as db:
        _replace_in_table(db.table(ROUTINES_TABLE), from_id, to_id)
        db.table(EXERCISES_TABLE).update({"same_as": to_id}, Query().id == from_id)
        record_year_files(db, data.directory)  # the year files just changed; the index itself did not
    return moved


def _moved_sets(doc: dict[str, Any], from_id: str, to_id: str) -> list[Any] | None:
    """The workout's sets with from_id's moved to to_id; None when it has none of from_id's."""
    sets = doc.get("sets")
    if not isinstance(sets, list) or not any(isinstance(s, dict) and s.get("exercise") == from_id for s in sets):
        return None
    return [{**s, "exercise": to_id} if isinstance(s, dict) and s.get("exercise") == from_id else s for s in sets]


def _replace_in_table(table: Table, from_id: str, to_id: str) -> None:
    for doc in table.all():
        new = moved_to(dict(doc), from_id, to_id)
        if new != doc:
            table.update(new, doc_ids=[doc.doc_id])
