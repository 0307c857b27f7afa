"""Finished workouts in per-year files, and the small per-day index in the main file that summarises them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from tinydb import Query

from tui.store.datastore import DataStore
from tui.store.day_index import INDEX_TABLE, IndexedWorkout, index_row, read_index

if TYPE_CHECKING:
    from tui.domain.workouts import Workout

WORKOUTS_TABLE = "workouts"

_by_id = Query().id


class HistoryRepo:
    def __init__(self, store: DataStore) -> None:
        self._store = store

    def _year_of(self, workout: Workout) -> int:
        return workout.local_date.year

    def save(self, workout: Workout) -> None:
        """Store a finished workout (insert, or replace the one with its id) and index it."""
        if workout.finished_at is None:
            raise ValueError("only a finished workout goes into history")
        with self._store.locked():
            self._remove_everywhere_but(workout)
            with self._store.transaction(self._store.history_path(self._year_of(workout))) as db:
                replace_by_id(db.table(WORKOUTS_TABLE), [workout.to_data()])
            with self._store.transaction(self._store.main_path) as db:
                replace_by_id(db.table(INDEX_TABLE), [index_row(workout)])

    def save_many(self, workouts: list[Workout]) -> None:
        """Store many finished workouts at once: each year file and the index are rewritten once, not per workout.

        Year files are written before the index, so a cut-off run leaves nothing indexed that is not stored;
        running it again is harmless (upsert by id).
        """
        by_year: dict[int, list[Workout]] = {}
        for workout in workouts:
            if workout.finished_at is None:
                raise ValueError("only a finished workout goes into history")
            by_year.setdefault(self._year_of(workout), []).append(workout)
        with self._store.locked():
            for year, in_year in sorted(by_year.items()):
                with self._store.transaction(self._store.history_path(year)) as db:
                    replace_by_id(db.table(WORKOUTS_TABLE), [w.to_data() for w in in_year])
            with self._store.transaction(self._store.main_path) as db:
                replace_by_id(db.table(INDEX_TABLE), [index_row(w) for w in workouts])

    def _remove_everywhere_but(self, workout: Workout) -> None:
        # An edit may move a workout to another year: drop it from any other year's file first.
        year = self._year_of(workout)
        with self._store.reading(self._store.main_path) as db:
            indexed = db.table(INDEX_TABLE).get(_by_id == workout.id)
        if indexed and int(indexed["date"][:4]) != year:
            with self._store.transaction(self._store.history_path(int(indexed["date"][:4]))) as db:
                db.table(WORKOUTS_TABLE).remove(_by_id == workout.id)

    def delete(self, workout_id: str) -> bool:
        """Remove a finished workout; False when there was none with that id."""
        with self._store.locked():
            with self._store.transaction(self._store.main_path) as db:
                indexed = db.table(INDEX_TABLE).get(_by_id == workout_id)
                db.table(INDEX_TABLE).remove(_by_id == workout_id)
            years = [int(indexed["date"][:4])] if indexed else self._store.history_years()
            removed = False
            for year in years:
                with self._store.transaction(self._store.history_path(year)) as db:
                    removed = bool(db.table(WORKOUTS_TABLE).remove(_by_id == workout_id)) or removed
            return removed or indexed is not None

    def get(self, workout_id: str) -> Workout | None:
        with self._store.reading(self._store.main_path) as db:
            indexed = db.table(INDEX_TABLE).get(_by_id == workout_id)
        years = [int(indexed["date"][:4])] if indexed else self._store.history_years()
        for year in years:
            for workout in self.in_year(year):
                if workout.id == workout_id:
                    return workout
        return None

    def in_year(self, year: int) -> list[Workout]:
        """The finished workouts whose local start date falls in year, oldest first."""
        path = self._store.history_path(year)
        if not path.exists():
            return []
        with self._store.reading(path) as db:
            workouts = [workout_from(doc) for doc in db.table(WORKOUTS_TABLE).all()]
        return sorted(workouts, key=lambda w: w.started_at.utc)

    def all(self) -> Iterator[Workout]:
        """Every finished workout, oldest first, one year file at a time."""
        for year in self._store.history_years():
            yield from self.in_year(year)

    def newest_first(self) -> Iterator[Workout]:
        """Every finished workout, newest first, one year file at a time (so a search can stop early)."""
        for year in reversed(self._store.history_years()):
            yield from reversed(self.in_year(year))

    def summaries(self) -> list[IndexedWorkout]:
        """The per-day index: every finished workout in brief, oldest first. Reads the main file only."""
        return read_index(self._store)

    def rebuild_index(self) -> int:
        """Rebuild the per-day index from the year files (after a crash, or a hand edit); returns its size."""
        with self._store.locked():
            summaries = [index_row(workout) for workout in self.all()]
            with self._store.transaction(self._store.main_path) as db:
                table = db.table(INDEX_TABLE)
                table.truncate()
                table.insert_multiple(summaries)
            return len(summaries)

    def contains(self, workout: Workout) -> bool:
        path = self._store.history_path(self._year_of(workout))
        if not path.exists():
            return False
        with self._store.reading(path) as db:
            return db.table(WORKOUTS_TABLE).contains(_by_id == workout.id)


def workout_from(doc: dict) -> Workout:
    """A stored workout as a Workout.

    The workout records are imported when a workout is first read, not as the app starts: their classes
    (with the moments and training log they bring) cost about 5 ms, and the first screen shows no workout.
    """
    from tui.domain.workouts import Workout

    return Workout.from_data(doc)


def replace_by_id(table, docs: list[dict]) -> None:
    """Insert documents, replacing whole any with the same "id" (TinyDB's upsert would merge old fields in).

    Also how an import lands: a year file may already hold a workout from an import cut off before its commit.
    """
    wanted = {doc["id"]: doc for doc in docs}
    stale = [doc.doc_id for doc in table.all() if doc.get("id") in wanted]
    if stale:
        table.remove(doc_ids=stale)
    table.insert_multiple(wanted.values())
