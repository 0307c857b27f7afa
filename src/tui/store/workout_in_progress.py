"""The workout in progress, saved on every change so a kill, crash or dropped connection loses nothing; and a
workout just finished, saved here first and moved into history right after (see mark_finished)."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from tinydb import Query
from tinydb.table import Document, Table

from tui.domain.printable import quoted
from tui.domain.workout.driving_window import saved_driver
from tui.store.datastore import DataStore
from tui.store.files import read_document
from tui.store.history import HistoryRepo, workout_from

if TYPE_CHECKING:
    from tui.domain.moments import Moment
    from tui.domain.workout.model import LoggedSet, Workout

TABLE = "workout"
# The workout that was last finished or discarded here ({"id": ...}): a window still driving it is told so, where a
# workout.json emptied by a hand or a sync tool is written again from the window's workout.
ENDED_TABLE = "ended"

_by_id = Query().id


class WorkoutInProgressRepo:
    def __init__(self, store: DataStore, history: HistoryRepo) -> None:
        self._store = store
        self._history = history

    def _stored(self) -> Workout | None:
        """What workout.json holds: the workout in progress, or one finished and not yet filed (see mark_finished)."""
        with self._store.reading(self._store.workout_path) as db:
            docs = db.table(TABLE).all()
        return workout_from(docs[0], self._store.workout_path) if docs else None

    def current(self) -> Workout | None:
        """The workout in progress; None also while a finished one waits in workout.json to be filed."""
        stored = self._stored()
        return stored if stored is not None and stored.finished_at is None else None

    def waiting(self) -> Workout | None:
        """A finished workout in workout.json, not yet filed into history (see mark_finished)."""
        stored = self._stored()
        return stored if stored is not None and stored.finished_at is not None else None

    def start(self, workout: Workout) -> Workout:
        """Make workout the one in progress. Refuses when another is already in progress (maybe elsewhere); files
        a finished one that waits (a window killed between its finish and the filing), never overwrites it."""
        with self._store.locked():
            self.file_finished()
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
            doc = _in_progress(table, workout_id)
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
            doc = _in_progress(table, workout_id)
            sets = doc.get("sets", [])
            if all(existing["id"] != logged.id for existing in sets):
                table.update({"sets": [*sets, logged.to_data()]}, doc_ids=[doc.doc_id])

    def save(self, workout: Workout) -> None:
        """Save the tracker's workout (sets and progress) unless another window has taken it over since.

        A workout.json that is gone is written again from this workout: only a hand (or a sync tool) removes that
        file, as the message for a broken one advises; a finish or a discard in another window empties it, and
        says which workout ended (see _empty).
        """
        mine = saved_driver(workout.progress).get("id")

        def unless_taken_over(stored: Workout) -> Workout:
            theirs = saved_driver(stored.progress)
            if mine and theirs.get("id") not in (None, mine):
                raise WorkoutTakenOverError(theirs, stored)
            return workout

        with self._store.locked():
            if not self._store.workout_path.exists():
                self.start(workout)
                return
            try:
                self._change(workout.id, unless_taken_over)
            except NoWorkoutInProgressError:
                if self._ended(workout):
                    raise  # finished or discarded in another window
                # Emptied, but not by a window of ours (no bytes, "{}", an older copy of the file put back: a hand, a
                # sync tool): as a file gone, written again. Taken as a finish elsewhere, the window stopped, and the
                # sets it held were lost.
                self.start(workout)

    def _ended(self, workout: Workout) -> bool:
        """Whether the workout was finished or discarded: workout.json holds it finished, waiting to be filed, or
        says it ended; or it is in history."""
        stored = read_document(self._store.workout_path, json.loads) or {}
        ids = [row.get("id") for table in (TABLE, ENDED_TABLE) if isinstance(stored.get(table), dict)
               for row in stored[table].values() if isinstance(row, dict)]
        return workout.id in ids or self._history.contains(workout)

    def take_over(self, workout_id: str, driver: dict[str, Any]) -> Workout:
        """Make this window the one driving the workout; a window that drove it before is refused from now on."""
        return self._change(workout_id, lambda w: replace(w, progress={**w.progress, "driver": driver}))

    def discard(self, workout_id: str | None = None, mine: dict[str, Any] | None = None) -> None:
        """Drop the workout in progress. A finished one waiting to be filed is filed instead: never dropped.

        workout_id: the workout the user was asked about; another one in progress now (started since, or put there
        from elsewhere) is not dropped: NoWorkoutInProgressError. mine: the window asking, which drives it; one that
        another window has taken over since is not dropped by this one: WorkoutTakenOverError. A question to discard
        left open in a window that had stopped driving the workout, answered, threw away the sets the other window
        had logged meanwhile."""
        with self._store.locked():
            stored = self._stored()
            if self.file_finished() or stored is None:
                return
            if workout_id is not None and stored.id != workout_id:
                raise NoWorkoutInProgressError(workout_id)
            theirs = saved_driver(stored.progress)
            if mine is not None and theirs.get("id") not in (None, mine.get("id")):
                raise WorkoutTakenOverError(theirs, stored)
            self._empty(stored.id)

    def finish(self, workout_id: str, finished_at: Moment) -> Workout:
        """Finish the workout and move it to history (mark_finished, then file_finished)."""
        with self._store.locked():
            finished = self.mark_finished(workout_id, finished_at)
            self.file_finished()
        return finished

    def mark_finished(self, workout_id: str, finished_at: Moment) -> Workout:
        """Finish the workout durably in workout.json, where it waits for file_finished to move it to history.

        The finish a user waits for: at ten years, the move rewrites a year file, the index and the kept
        summaries (about 50 ms); the mark rewrites one small file. Whatever happens after it, the finish stands:
        the app files it once the summary shows, or else the next open, start, discard or import does; an export
        includes it meanwhile.
        """
        return self._change(workout_id, lambda w: replace(w, finished_at=finished_at, progress={}))

    def file_finished(self) -> bool:
        """Move a finished workout waiting in workout.json to history; whether there was one."""
        if self._store.read_only:
            return False  # a copy nobody may write here: export still has it (see waiting)
        with self._store.locked():
            waiting = self.waiting()
            if waiting is not None:
                self._file(waiting)
            return waiting is not None

    def _file(self, finished: Workout) -> None:
        """Safe to repeat after a kill halfway: history is keyed by id, and the workout leaves workout.json last."""
        self._history.save(finished)
        self._empty(finished.id)

    def _empty(self, ended: str) -> None:
        """No workout in progress now: `ended` was finished or discarded, as another window driving it is told
        when its next save finds it gone (rather than writing it back, as it does into a file emptied by hand)."""
        with self._store.transaction(self._store.workout_path) as db:
            db.table(TABLE).truncate()
            db.table(ENDED_TABLE).truncate()
            db.table(ENDED_TABLE).insert({"id": ended})

    def recover(self) -> Workout | None:
        """As the store opens: file a finished workout that waits, and complete a move to history an older
        version cut off after the history write; returns the workout still in progress."""
        with self._store.locked():
            stored = self._stored()  # read once: this runs on every start of the app
            if stored is not None and stored.finished_at is not None:
                if not self._store.read_only:
                    try:
                        self._file(stored)
                    except OSError:
                        # A full disk: it waits in workout.json, whole (export has it), for the next finish or open
                        # to file it. Raised, it refused the export that gets the data off that disk.
                        pass
                return None
            if stored is None or not self._history.contains(stored):
                return stored
            finished = self._history.get(stored.id)
            if finished is not None:
                self._history.save(finished)  # re-index it, in case the cut came before the index write
            self._empty(stored.id)
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
    """Another window took over the workout in progress; this one must stop driving it. taken: the workout as that
    window has it, when read."""

    def __init__(self, driver: dict[str, Any], taken: Workout | None = None) -> None:
        self.driver = driver
        self.taken = taken
        super().__init__(
            f"This workout was taken over by another window (process {driver.get('pid')} on {driver.get('host')})."
        )


class WorkoutInProgressError(Exception):
    """Another workout is already in progress (perhaps started in another window)."""

    def __init__(self, workout: Workout) -> None:
        self.workout = workout
        started = workout.started_at.local
        super().__init__(f"{quoted(workout.name)} is already in progress, started {started:%a %d %b %H:%M}.")


def _in_progress(table: Table, workout_id: str) -> Document:
    """The stored workout with that id if it is still in progress: a finished one is never changed again (a
    window that lost track of the finish would otherwise take it back into progress)."""
    doc = table.get(_by_id == workout_id)
    if doc is None or doc.get("finished_at") is not None:
        raise NoWorkoutInProgressError(workout_id)
    return doc


class NoWorkoutInProgressError(Exception):
    def __init__(self, workout_id: str) -> None:
        super().__init__(f"workout {workout_id} is no longer in progress (finished or discarded elsewhere)")
