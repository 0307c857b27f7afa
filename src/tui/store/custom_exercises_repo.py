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
    by a name made from the id), and of two with one id (a hand copy) the first is kept: lists tell them apart by
    id, and two stopped the app."""
    found: dict[str, CustomExercise] = {}
    for doc in docs:
        try:
            exercise = CustomExercise.from_data(doc)
        except (KeyError, TypeError, ValueError):
            continue
        found.setdefault(exercise.id, exercise)
    return sorted(found.values(), key=lambda exercise: exercise.id)


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


    def rename(self, exercise: CustomExercise) -> None:
        """Store a custom exercise's new name (checked by the domain's rules first)."""
        from tui.store import custom_exercise_changes

        custom_exercise_changes.rename(self._store, exercise)

    def count_as_bodyweight(self, exercise: CustomExercise) -> None:
        """Store whether a custom exercise is a bodyweight one (exercise.bodyweight)."""
        from tui.store import custom_exercise_changes

        custom_exercise_changes.count_as_bodyweight(self._store, exercise)

    def map_onto(self, exercise: CustomExercise) -> int:
        """Move every set of a custom exercise to the catalogue exercise it is the same as (`same_as`), all or
        nothing; how many sets moved."""
        from tui.store import custom_exercise_changes

        return custom_exercise_changes.map_onto(self._store, exercise)


def stored(exercise: CustomExercise) -> dict[str, Any]:
    """A custom exercise as its record: its cardio mark said even when False, so that one stored before imports
    marked runs (no mark either way) is told apart and marked once (healing.mark_old_cardio)."""
    return {**exercise.to_data(), "cardio": exercise.cardio}


def add_new(table: Table, exercises: Iterable[CustomExercise]) -> int:
    present = {doc.get("id") for doc in table.all()}
    new = {exercise.id: stored(exercise) for exercise in exercises if exercise.id not in present}
    table.insert_multiple(new.values())
    return len(new)
