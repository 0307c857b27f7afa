"""The workout in progress, saved on every change so a kill, crash or dropped connection loses nothing."""

from __future__ import annotations

import os
import uuid
from dataclasses import replace
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from tinydb import Query

from tui.store.datastore import DataStore
from tui.store.history import HistoryRepo, workout_from

if TYPE_CHECKING:
    from tui.domain.moments import Moment
    from tui.domain.workout.model import LoggedSet, Workout

TABLE = "workout"

_by_id = Query().id


class WorkoutInProgressRepo:
    def __init__(self, store: DataStore, history: HistoryRepo) -> None:
        self._store = store
        self._history = history

    def current(self) -> Workout | None:
        with self._store.reading(self._store.workout_path) as db:
            docs = db.table(TABLE).all()
        return workout_from(docs[0], self._store.workout_path) if docs else None

    def start(self, workout: Workout) -> Workout:
        """Make workout the one in progress. Refuses when another is already in progress (maybe elsewhere)."""
        with self._store.transaction(self._store.workout_path) as db:
            table = db.table(TABLE)
            existing = table.all()
            if existing and existing[0]["id"] != workout.id:
                raise WorkoutInProgressError(workout_from(existing[0], self._store.workout_path))
            table.truncate()
            table.insert(workout.to_data())
        return workout

    def _change(self, workout_id: str, change: Callable[[Workout], Workout]) -> Workout:
        with self._store.transaction(self._store.workout_path) as db:
            table = db.table(TABLE)
            doc = table.get(_by_id == workout_id)
            if doc is None:
                raise NoWorkoutInProgressError(workout_id)
            workout = change(workout_from(doc, self._store.workout_path))
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

    def save(self, workout: Workout) -> None:
        """Save the tracker's workout (sets and progress) unless another window has taken it over since."""
        mine = workout.progress.get("driver", {}).get("id")

        def unless_taken_over(stored: Workout) -> Workout:
            theirs = stored.progress.get("driver", {})
            if mine and theirs.get("id") not in (None, mine):
                raise WorkoutTakenOverError(theirs)
            return workout

        self._change(workout.id, unless_taken_over)

    def take_over(self, workout_id: str, driver: dict[str, Any]) -> Workout:
        """Make this window the one driving the workout; a window that drove it before is refused from now on."""
        return self._change(workout_id, lambda w: replace(w, progress={**w.progress, "driver": driver}))

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


def this_window() -> dict[str, Any]:
    """Who drives a workout: a fresh id, with the process and host so another window can tell if it lives."""
    return {"id": str(uuid.uuid4()), "pid": os.getpid(), "host": os.uname().nodename}


def driven_elsewhere(driver: dict[str, Any], mine: dict[str, Any]) -> bool:
    """Whether another live window may be driving the workout (on another host we cannot tell: assume so)."""
    if not driver or driver.get("id") == mine.get("id"):
        return False
    if driver.get("host") != os.uname().nodename or driver.get("pid") == os.getpid():
        return True
    try:
        os.kill(int(driver["pid"]), 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except (PermissionError, KeyError, ValueError, TypeError):
        return True
    return True


class WorkoutTakenOverError(Exception):
    """Another window took over the workout in progress; this one must stop driving it."""

    def __init__(self, driver: dict[str, Any]) -> None:
        self.driver = driver
        super().__init__(
            f"This workout was taken over by another window (process {driver.get('pid')} on {driver.get('host')})."
        )


class WorkoutInProgressError(Exception):
    """Another workout is already in progress (perhaps started in another window)."""

    def __init__(self, workout: Workout) -> None:
        self.workout = workout
        super().__init__(f"'{workout.name}' is already in progress, started {workout.started_at.local:%a %d %b %H:%M}.")


class NoWorkoutInProgressError(Exception):
    def __init__(self, workout_id: str) -> None:
        super().__init__(f"workout {workout_id} is no longer in progress (finished or discarded elsewhere)")
