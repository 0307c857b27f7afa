"""The user's custom exercises (ones the catalogue does not have) in the main file, by id."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from tui.domain.catalogue.custom_exercises import CustomExercise

if TYPE_CHECKING:
    from tinydb.table import Table

    from tui.store.datastore import DataStore

TABLE = "exercises"


def custom_exercises_from_docs(docs: Iterable[Mapping[str, Any]]) -> list[CustomExercise]:
    """The table's documents as CustomExercise, by id; one a hand edit broke is left out (its sets still show,
    by a name made from the id)."""
    found = []
    for doc in docs:
        try:
            found.append(CustomExercise.from_data(doc))
        except (KeyError, TypeError):
            continue
    return sorted(found, key=lambda exercise: exercise.id)


class CustomExercisesRepo:
    def __init__(self, store: DataStore) -> None:
        self._store = store

    def all(self) -> list[CustomExercise]:
        with self._store.reading(self._store.main_path) as db:
            return custom_exercises_from_docs(db.table(TABLE).all())

    def add(self, exercises: Iterable[CustomExercise]) -> int:
        """Add the exercises whose ids are not there yet (one already there keeps its name); how many were added."""
        with self._store.transaction(self._store.main_path) as db:
            return add_new(db.table(TABLE), exercises)


def add_new(table: Table, exercises: Iterable[CustomExercise]) -> int:
    present = {doc.get("id") for doc in table.all()}
    new = {exercise.id: exercise.to_data() for exercise in exercises if exercise.id not in present}
    table.insert_multiple(new.values())
    return len(new)
