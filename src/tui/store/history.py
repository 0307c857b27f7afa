"""Finished workouts in per-year files, and the small per-day index in the main file that summarises them."""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tinydb import Query, TinyDB
from tinydb.table import Table

from tui.store import move_journal
from tui.store.datastore import DataStore, read_fresh
from tui.store.day_index import (
    INDEX_TABLE,
    YEAR_FILES_TABLE,
    IndexedWorkout,
    index_in_step,
    index_is_current,
    index_row,
    index_rows,
    read_index,
    starts_by_routine,
    year_files,
    year_files_row,
)
from tui.store.errors import WorkoutGoneError
from tui.store.kept_summaries import KeptSummaries
from tui.store.move_journal import Move
from tui.store.records import workout_from_file

if TYPE_CHECKING:
    from tui.domain.progress.metrics import Session
    from tui.domain.progress.record_bests import Bests
    from tui.domain.progress.record_history import RecordHistory
    from tui.domain.workout.model import LoggedSet, Workout

WORKOUTS_TABLE = "workouts"

_by_id = Query().id


class HistoryRepo:
    def __init__(self, store: DataStore) -> None:
        self._store = store
        self._kept = KeptSummaries(store, self.all)

    def _year_of(self, workout: Workout) -> int:
        return workout.local_date.year

    def save(self, workout: Workout) -> None:
        """Store a finished workout (insert, or replace the one with its id) and index it.

        The year files are written first and the index last, recording how the year files then look: a kill in
        between leaves an index that disagrees with them, which the next open rebuilds (see heal_index). An edit
        that moves the workout to another year is journaled (see move_journal): a kill leaves it in one year's
        file, never in both nor in none.
        """
        if workout.finished_at is None:
            raise ValueError("only a finished workout goes into history")
        with self._store.locked():
            files = year_files(self._store.directory)
            kept = self._kept.before_change([workout.id])  # an edit replaces a workout
            move = self._move_of(workout)
            if move:
                move_journal.begin(self._store.directory, move)
            with self._store.transaction(self._store.history_path(self._year_of(workout))) as db:
                replace_by_id(db.table(WORKOUTS_TABLE), [workout.to_data()])
            if move:  # after the write to its new year: a kill in between is completed from the journal
                self._remove_from_year(move.from_year, workout.id)
            self._write_index(lambda table: replace_by_id(table, [index_row(workout)]), files)
            if move:
                move_journal.end(self._store.directory)
            self._kept.after_change(kept, [workout])  # last: a kill before it leaves the summaries out of date

    def save_edit(self, before: Workout, edited: Workout) -> Workout:
        """Save a form's edit of a past workout onto the workout as stored now, read under the lock: a change made in
        another window meanwhile stays (see edit_onto). Refused when the workout was deleted meanwhile: saving it
        whole brought it back. Returns the workout as saved."""
        from tui.domain.workout.forms import edit_onto  # here: the app opens without the forms' modules

        with self._store.locked():
            stored = self.get(before.id)
            if stored is None:
                raise WorkoutGoneError(before.name)
            saved = edit_onto(before, edited, stored)
            self.save(saved)
        return saved

    def save_many(self, workouts: list[Workout]) -> None:
        """Store many finished workouts at once: each year file and the index are rewritten once, not per workout.

        Year files are written before the index; running it again is harmless (upsert by id).
        """
        by_year: dict[int, list[Workout]] = {}
        for workout in workouts:
            if workout.finished_at is None:
                raise ValueError("only a finished workout goes into history")
            by_year.setdefault(self._year_of(workout), []).append(workout)
        with self._store.locked():
            files = year_files(self._store.directory)
            kept = self._kept.before_change(w.id for w in workouts)
            for year, in_year in sorted(by_year.items()):
                with self._store.transaction(self._store.history_path(year)) as db:
                    replace_by_id(db.table(WORKOUTS_TABLE), [w.to_data() for w in in_year])
            self._write_index(lambda table: replace_by_id(table, [index_row(w) for w in workouts]), files)
            self._kept.after_change(kept, workouts)

    def _write_index(self, change: Callable[[Table], object], files_before: dict[str, list[int]] | None = None) -> None:
        """Change the index table and record the year files as they are now, in one write of the main file.

        With `files_before` (the year files before the change): an index not written for them is rebuilt whole
        from the year files instead. The main file emptied or replaced while the app ran, a finish stamped an
        index of its one row as right, and every workout before it was gone from History for good.
        """
        with self._store.transaction(self._store.main_path) as db:
            index = db.table(INDEX_TABLE)
            if files_before is None or index_in_step(db, files_before):
                change(index)
            else:
                rows = {workout.id: index_row(workout) for workout in self.all()}  # by id, as rebuild_index
                index.truncate()
                index.insert_multiple(rows.values())
            record_year_files(db, self._store.directory)

    def _indexed_year(self, workout_id: str) -> int | None:
        with self._store.reading(self._store.main_path) as db:
            indexed = db.table(INDEX_TABLE).get(_WithId({workout_id}))  # on every finish: a Query took 1.5 ms
        try:
            return int(indexed["started_local"][:4]) if indexed else None
        except (KeyError, TypeError, ValueError):
            return None

    def _move_of(self, workout: Workout) -> Move | None:
        """The move an edit makes when it changes the workout's year (from the year the index had it in)."""
        year = self._indexed_year(workout.id)
        if year is not None and year != self._year_of(workout) and self._store.history_path(year).exists():
            return Move(workout.id, year, self._year_of(workout))
        return None

    def settle_move(self) -> None:
        """Complete a move cut off after the write to its new year, or drop one cut off before it; then forget it.

        Under the lock, as the store opens (see healing). The index is then rebuilt if the year files changed.
        """
        move = move_journal.pending(self._store.directory)
        if move and self._in_year(move.to_year, move.workout_id):
            self._remove_from_year(move.from_year, move.workout_id)
        move_journal.end(self._store.directory)

    def _in_year(self, year: int, workout_id: str) -> bool:
        path = self._store.history_path(year)
        if not path.exists():
            return False
        with self._store.reading(path) as view:
            return view.table(WORKOUTS_TABLE).contains(_by_id == workout_id)

    def delete(self, workout_id: str) -> bool:
        """Remove a finished workout; False when there was none with that id.

        The year file is the commit: written first, then the index. A kill in between leaves the index
        disagreeing with the year files, and the next open rebuilds it, which completes the delete.
        """
        with self._store.locked():
            kept = self._kept.before_change([workout_id])
            indexed_year = self._indexed_year(workout_id)
            removed = False
            # The indexed year; every other year only if it was not there (a workout filed in the wrong year's
            # file): reading every year file costs a noticeable moment with years of history.
            years = self._store.history_years()
            first = [indexed_year] if indexed_year in years else []
            for group in (first, [year for year in years if year not in first]):
                for year in group:
                    removed = self._remove_from_year(year, workout_id) or removed
                if removed:
                    break
            self._write_index(lambda table: table.remove(_by_id == workout_id))
            self._kept.after_change(kept, [])
            return removed or indexed_year is not None

    def _remove_from_year(self, year: int, workout_id: str) -> bool:
        if not self._in_year(year, workout_id):
            return False  # nothing to write
        with self._store.transaction(self._store.history_path(year)) as db:
            return bool(db.table(WORKOUTS_TABLE).remove(_by_id == workout_id))

    def get(self, workout_id: str) -> Workout | None:
        indexed_year = self._indexed_year(workout_id)
        years = self._store.history_years()
        if indexed_year in years:  # the indexed year first, then the others (a workout in the wrong year's file)
            years = [indexed_year] + [year for year in years if year != indexed_year]
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
            workouts = [workout_from(doc, path) for doc in db.table(WORKOUTS_TABLE)]  # all() copies them first
        return sorted(workouts, key=lambda w: w.started_at.utc)

    def all(self) -> Iterator[Workout]:
        """Every finished workout, oldest first, one year file at a time."""
        for year in self._store.history_years():
            yield from self.in_year(year)

    def started_before(self, workout: Workout) -> Iterator[Workout]:
        """Every finished workout that started before this one, oldest first, reading no year file after the
        year following its own (a workout is filed by its local date, and zones differ by up to a day)."""
        for year in self._store.history_years():
            if year > self._year_of(workout) + 1:
                return
            yield from (earlier for earlier in self.in_year(year) if earlier.started_at.utc < workout.started_at.utc)

    def newest_first(self) -> Iterator[Workout]:
        """Every finished workout, newest first, one year file at a time (so a search can stop early)."""
        for year in reversed(self._store.history_years()):
            yield from reversed(self.in_year(year))

    def summaries(self) -> list[IndexedWorkout]:
        """The per-day index: every finished workout in brief, oldest first. Reads the main file only, unless a
        row of it does not read (a hand edit): then the index is rebuilt from the year files (left out, the row's
        workout was gone from History, the Calendar and `status` for good); so it is when the index no longer
        agrees with the year files (a main file moved away, as a broken one's message advises, listed no workout
        until the app was started again)."""
        summaries = read_index(self._store)
        if len(summaries) < index_rows(self._store.peek(self._store.main_path)) and not self._store.read_only:
            self.rebuild_index()
            summaries = read_index(self._store)
        elif self.rebuild_index_if_stale():
            summaries = read_index(self._store)
        return summaries

    def rebuild_index_if_stale(self) -> bool:
        """Rebuild the per-day index if it was not written from the year files as they are now (a crash between
        the two writes, a hand edit, a main file moved away); whether it was rebuilt. A few stat calls when not."""
        store = self._store
        if store.read_only or index_is_current(store.peek(store.main_path), store.directory):
            return False
        with store.locked():
            if index_is_current(read_fresh(store.main_path), store.directory):
                return False  # another window had just written it, or rebuilt it
            self.rebuild_index()
            return True

    def starts_by_routine(self) -> dict[str, list[datetime]]:
        """Each routine's workouts' local starts, newest first. Reads the main file only (once it is current:
        see rebuild_index_if_stale)."""
        self.rebuild_index_if_stale()
        return starts_by_routine(self._store)

    def rebuild_index(self) -> int:
        """Rebuild the per-day index from the year files (after a crash, or a hand edit); returns its size."""
        with self._store.locked():
            summaries = {workout.id: index_row(workout) for workout in self._without_copies()}

            def rebuild(table: Table) -> None:
                table.truncate()
                table.insert_multiple(summaries.values())

            self._write_index(rebuild)
            return len(summaries)

    def _without_copies(self) -> list[Workout]:
        """Every finished workout once. A workout in two year files (a hand copy, a move cut off by an older
        version) is kept in its own year's file and taken out of the other: a delete writes the file of its own
        year only, and the copy came back at the next rebuild. Two copies in files of other years both stay."""
        found: dict[str, tuple[int, Workout]] = {}
        copies: dict[int, set[str]] = {}
        for year in self._store.history_years():
            for workout in self.in_year(year):
                earlier = found.get(workout.id)
                if earlier is not None and earlier[0] == self._year_of(earlier[1]):
                    copies.setdefault(year, set()).add(workout.id)
                    continue
                if earlier is not None and year == self._year_of(workout):
                    copies.setdefault(earlier[0], set()).add(workout.id)
                found[workout.id] = (year, workout)
        for year, ids in copies.items():
            with self._store.transaction(self._store.history_path(year)) as db:
                db.table(WORKOUTS_TABLE).remove(_by_id.one_of(sorted(ids)))
        return [workout for _, workout in found.values()]

    def version(self) -> object:
        """A value that changes whenever any finished workout does (a few stat calls): for a screen to tell
        whether what it worked out from the history is still right."""
        return year_files(self._store.directory)

    def kept_bests(self) -> Bests:
        """Every exercise's best figures (see record_bests), from the kept records summary; rebuilt from the year
        files when it is missing or out of date, which takes seconds with years of history: call off the UI thread."""
        return self._kept.records.current()

    def kept_bests_if_current(self) -> Bests | None:
        """The kept records summary if it is up to date (read in well under a millisecond), else None: never the
        rebuild kept_bests may take seconds for, so the UI thread may call it."""
        return self._kept.records.kept_if_current()

    def record_history(self) -> RecordHistory:
        """Each record as it was set (see record_history), from the kept record history; rebuilt from the year
        files when it is missing or out of date, which takes seconds with years of history: call off the UI thread."""
        return self._kept.record_history.current()

    def progress(self, units: str, rollover_hour: int) -> dict[str, list[Session]]:
        """For every exercise done, one Session per workout that did it, oldest first, as History's charts draw
        them (see progress_rows), from the kept progress summary; rebuilt from the year files when it is missing
        or out of date (seconds with years of history): call off the UI thread."""
        from tui.domain.progress.progress_rows import sessions_from

        return sessions_from(self._kept.progress.current(), units, rollover_hour)

    def last_sets(self, exercise_ids: Iterable[str], exclude: str | None = None) -> dict[str, tuple[LoggedSet, ...]]:
        """Each exercise's sets from the newest workout that did it (the workout `exclude` aside; () for none), from
        the kept last sets summary; rebuilt from the year files when it is missing or out of date (seconds with
        years of history): call off the UI thread."""
        from tui.domain.progress.last_sets import last_sets
        from tui.domain.progress.progression import previous_sets

        kept = self._kept.last_sets.current()
        found: dict[str, tuple[LoggedSet, ...]] = {}
        for exercise_id in exercise_ids:
            try:
                sets = last_sets(kept, exercise_id, exclude)
            except (KeyError, TypeError, ValueError):  # a set a hand edit broke: the year files say
                sets = None
            found[exercise_id] = previous_sets(exercise_id, self.newest_first(), exclude) if sets is None else sets
        return found

    def contains(self, workout: Workout) -> bool:
        path = self._store.history_path(self._year_of(workout))
        if not path.exists():
            return False
        with self._store.reading(path) as db:
            return db.table(WORKOUTS_TABLE).contains(_by_id == workout.id)


def record_year_files(db: TinyDB, directory: Path) -> None:
    """Record in the main file how the year files look now (see day_index.YEAR_FILES_TABLE)."""
    table = db.table(YEAR_FILES_TABLE)
    table.truncate()
    table.insert(year_files_row(directory, len(db.table(INDEX_TABLE))))


def workout_from(doc: Mapping[str, Any], path: Path) -> Workout:
    """A stored workout of the file at path as a Workout; BadRecordError naming the file when it is broken.

    The workout records are imported when a workout is first read, not as the app starts: their classes
    (with the moments and training log they bring) cost about 5 ms, and the first screen shows no workout.
    """
    return workout_from_file(doc, path)


def replace_by_id(table: Table, docs: list[dict[str, Any]]) -> None:
    """Insert documents, replacing whole any with the same "id" (TinyDB's upsert would merge old fields in).

    Also how an import lands: a year file may already hold a workout from an import cut off before its commit.
    """
    wanted = {doc["id"]: doc for doc in docs}
    present = _WithId(wanted)
    # Looked for first, in the stored rows as they are: a finish's new workout is in none, and TinyDB's remove
    # rebuilds the whole table twice even when it removes nothing (3.4 ms of a finish's index write at ten years).
    if table.contains(present):
        table.remove(present)
    table.insert_multiple(wanted.values())


class _WithId:
    """A TinyDB condition: the document's "id" is one of ids."""

    def __init__(self, ids: Container[str]) -> None:
        self.ids = ids

    def __call__(self, value: Mapping[str, Any]) -> bool:  # named as TinyDB's QueryLike names it
        return value.get("id") in self.ids
