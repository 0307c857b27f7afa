"""The workout in progress, saved on every change so a kill, crash or dropped connection loses nothing."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from tinydb import Query

from tui.domain.moments import Moment
from tui.domain.workouts import LoggedSet, Workout
from tui.store.datastore import DataStore
from tui.store.history import HistoryRepo

TABLE = "workout"

_by_id = Query().id


class WorkoutInProgressRepo:
    def __init__(self, store: DataStore, history: HistoryRepo) -> None:
        self._store = store
        self._history = history

    def current(self) -> Workout | None:
        with self._store.reading(self._store.workout_path) as db:
            docs = db.table(TABLE).all()
        return Workout.from_data(docs[0]) if docs else None

    def start(self, workout: Workout) -> Workout:
        """Make workout the one in progress. Refuses when another is already in progress (maybe elsewhere)."""
        with self._store.transaction(self._store.workout_path) as db:
            table = db.table(TABLE)
            existing = table.all()
            if existing and existing[0]["id"] != workout.id:
                raise WorkoutInProgressError(Workout.from_data(existing[0]))
            table.truncate()
            table.insert(workout.to_data())
        return workout

    def _change(self, workout_id: str, change) -> Workout:
        with self._store.transaction(self._store.workout_path) as db:
            table = db.table(TABLE)
            doc = table.get(_by_id == workout_id)
            if doc is None:
                raise NoWorkoutInProgressError(workout_id)
            workout = change(Workout.from_data(doc))
            table.truncate()
            table.insert(workout.to_data())
        return workout

    def log_set(self, workout_id: str, logged: LoggedSet) -> None:
        """Add a set durably; logging the same set id again (a retry) changes nothing.

        Works on the stored document directly: the cost of a set write must not grow with the workout.
        """
        with self._store.transaction(self._store.workout_path) as db:
            table = db.table(TABLE)
            doc = table.get(_by_id == workout_id)
            if doc is None:
                raise NoWorkoutInProgressError(workout_id)
            sets = doc.get("sets", [])
            if all(existing["id"] != logged.id for existing in sets):
                table.update({"sets": [*sets, logged.to_data()]}, doc_ids=[doc.doc_id])

    def replace(self, workout: Workout) -> Workout:
        """Save an edited workout in progress: sets edited or undone, progress (cursor, rest deadline)."""
        return self._change(workout.id, lambda _: workout)

    def save_progress(self, workout_id: str, progress: dict[str, Any]) -> Workout:
        return self._change(workout_id, lambda workout: replace(workout, progress=progress))

    def discard(self) -> None:
        with self._store.transaction(self._store.workout_path) as db:
            db.table(TABLE).truncate()

    def finish(self, workout_id: str, finished_at: Moment) -> Workout:
        """Move the workout to history. Safe to repeat after a crash halfway: history is keyed by id."""
        with self._store.locked():
            current = self.current()
            if current is None or current.id != workout_id:
                raise NoWorkoutInProgressError(workout_id)
            finished = replace(current, finished_at=finished_at, progress={})
            self._history.save(finished)  # first: if we die after it, recover() completes the move
            self.discard()
        return finished

    def recover(self) -> Workout | None:
        """Complete a finish that was cut off after the history write; returns the workout still in progress."""
        with self._store.locked():
            current = self.current()
            if current is None or not self._history.contains(current):
                return current
            finished = self._history.get(current.id)
            if finished is not None:
                self._history.save(finished)  # re-index it, in case the cut came before the index write
            self.discard()
            return None


class WorkoutInProgressError(Exception):
    """Another workout is already in progress (perhaps started in another window)."""

    def __init__(self, workout: Workout) -> None:
        self.workout = workout
        super().__init__(f"'{workout.name}' is already in progress, started {workout.started_at.local:%a %d %b %H:%M}.")


class NoWorkoutInProgressError(Exception):
    def __init__(self, workout_id: str) -> None:
        super().__init__(f"workout {workout_id} is no longer in progress (finished or discarded elsewhere)")
