"""Summaries of every finished workout, kept beside the year files so that a reader never reads ten years of them:
`records.json`, each exercise's best figures (a finish's personal records, History's records; see record_bests),
`progress.jsonl`, each exercise's figures per workout (History's charts; see progress_rows), kept as lines a
change is appended to (summary_lines), `last-sets.json`, each exercise's sets from the newest workouts that
did it (a workout's "Last time"; see last_sets), and `record-history.json`, each record as it was set (a past
workout's records at the time; see record_history).

Each is derived data, like the per-day index: it records how the year files looked when it was written (size and
modification time of each), and a summary that disagrees with them (a kill between a year file's write and its
own, an import cut off, a year file restored by hand), or that is missing or unreadable, is rebuilt from the year
files the next time it is asked for. A change of the history is added to each summary under the store's lock;
one a summary cannot take in (the deletes of more workouts holding an exercise's best values than it keeps:
only the year files can say what the best now is) leaves that summary out of date on purpose.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import orjson

from tui.store.day_index import year_files
from tui.store.errors import StoreError
from tui.store.files import write_atomically
from tui.store.status_summary import as_data_file, from_data_file

if TYPE_CHECKING:
    from tui.domain.progress.records import WorkoutValues
    from tui.domain.workout.model import Workout
    from tui.store.datastore import DataStore

S = TypeVar("S")


@dataclass(frozen=True)
class SummaryKind(Generic[S]):
    """What one kept summary is and how it follows the history."""

    file: str
    # Bumped when what the summary holds changes: a summary of another shape is rebuilt, never misread.
    shape: int
    of: Callable[[Iterable[Workout]], S]  # the summary of these workouts (a rebuild)
    # Take in a workout written (new, or an edit's new version), with its sessions and record values in both
    # units: worked out once for every summary (twice, they made half of a 50,000-set import's summing up).
    add: Callable[[S, Workout, WorkoutValues], None]
    # Take out the workouts about to be replaced or removed; False when the summary cannot (it is then rebuilt).
    forget: Callable[[S, list[str]], bool]
    looks_right: Callable[[Any], bool]  # whether what was read back has the shape written
    # Read after the change rather than before it, when forgetting is exact: a big summary (the charts') is then
    # not held in memory while the year file is read and written, which doubled the peak of a finish.
    read_after: bool = False
    loads: Callable[[bytes], Any] = orjson.loads  # how the file is parsed
    written_as: Callable[[S], Any] = lambda summary: summary  # what the file holds of a summary (JSON's types only)

    def path(self, directory: Path) -> Path:
        return Path(directory) / self.file

    def read_current(self, directory: Path, files: dict[str, list[int]] | None = None) -> S | None:
        """The summary if it was written from the year files as they are now (or as `files` says they were);
        None otherwise."""
        return self.read(directory, files)[0]

    def read(self, directory: Path, files: dict[str, list[int]] | None = None) -> tuple[S | None, bool]:
        """read_current's summary, and whether it is worth writing whole again (never, for a file written whole)."""
        files = year_files(directory) if files is None else files
        try:
            data = from_data_file(self.loads(self.path(directory).read_bytes()))
        except FileNotFoundError:
            # No history yet, nothing to sum up: a new data dir starts its summary with its first workout.
            return (None if files else self.of(())), False
        except (OSError, ValueError):  # unreadable or cut short: a summary is only ever rebuilt
            return None, False
        if data.get("shape") != self.shape or data.get("year_files") != files:
            return None, False
        summary = data.get("summary")
        return (summary if self.looks_right(summary) else None), False

    def write(self, directory: Path, summary: S) -> None:
        """Write the summary, recording the year files as they are now (call under the store's lock)."""
        document = {"shape": self.shape, "year_files": year_files(directory), "summary": self.written_as(summary)}
        write_atomically(self.path(directory), orjson.dumps(as_data_file(document)))

    def take_in(self, directory: Path, read: Any, added: Iterable[tuple[Workout, WorkoutValues]]) -> None:
        """Add the workouts just written to what before_change read (see KeptSummary) and write the summary (under
        the store's lock); with no usable summary, leave it out of date, for the next reader to rebuild."""
        summary = read
        if isinstance(read, Before):  # current before the change, the leaving taken out
            summary = self.read_current(directory, read.files)
            if summary is not None and not self.forget(summary, read.leaving):
                summary = None
        if summary is None:
            return
        for workout, summed in added:
            self.add(summary, workout, summed)
        self.write(directory, summary)


@dataclass(frozen=True)
class Before:
    """What a summary read after a change needs from before it."""

    files: dict[str, list[int]]  # the year files as they were
    leaving: list[str]  # the workouts replaced or removed


class KeptSummary(Generic[S]):
    """Keeps one summary file in step with the history as HistoryRepo (and an import) writes it."""

    def __init__(self, store: DataStore, every_workout: Callable[[], Iterable[Workout]], kind: SummaryKind[S]) -> None:
        self._store = store
        self._every_workout = every_workout  # () -> Iterable[Workout], read from the year files
        self.kind = kind

    def before_change(self, leaving: Iterable[str]) -> Any:
        """Read (under the lock, before a year file changes) the summary a change can be added to, without the
        workouts about to be replaced or removed: None when it is out of date already, or cannot forget them.
        A summary read after the change: how the year files look now, and who leaves."""
        if self.kind.read_after:
            return Before(year_files(self._store.directory), list(leaving))
        summary = self.kind.read_current(self._store.directory)
        if summary is None or not self.kind.forget(summary, list(leaving)):
            return None
        return summary

    def after_change(self, read: Any, added: Iterable[tuple[Workout, WorkoutValues]]) -> None:
        """Add the workouts just written (each with its sessions) and record the year files as they are now; with
        no usable summary, leave it out of date, for the next reader to rebuild."""
        try:
            self.kind.take_in(self._store.directory, read, added)
        except (OSError, TypeError):  # TypeError: a hand edit put in what orjson cannot write (a 70-bit number)
            pass  # the change itself is written; the summary, left as it was, disagrees with it and is rebuilt

    def kept_if_current(self) -> S | None:
        """The summary as kept, if it is up to date; None otherwise (and no rebuild)."""
        return self.kind.read_current(self._store.directory)

    def current(self) -> S:
        """The summary of every finished workout, rebuilt from the year files when out of date.

        The rebuild reads without the lock (year files are only ever replaced whole), so a window logging sets
        is not held up for the seconds ten years take; it is written only if no year file changed meanwhile (as
        is a summary of many changes appended, written whole again: see summary_lines).
        """
        directory = self._store.directory
        before = year_files(directory)
        summary, write_whole = self.kind.read(directory, before)
        if summary is None:
            summary, write_whole = self.kind.of(self._every_workout()), True
        if write_whole:
            try:
                with self._store.locked():
                    if year_files(directory) == before:
                        self.kind.write(directory, summary)
            except (OSError, StoreError):
                pass  # a full disk or a busy lock: the summary is right all the same; the next reader writes it
        return summary


class KeptSummaries:
    """Every kept summary, changed together: what HistoryRepo and an import call around a change."""

    def __init__(self, store: DataStore, every_workout: Callable[[], Iterable[Workout]]) -> None:
        from tui.store.kept_last_sets import LAST_SETS
        from tui.store.kept_progress import PROGRESS
        from tui.store.kept_record_history import RECORD_HISTORY
        from tui.store.kept_records import RECORDS

        self.records = KeptSummary(store, every_workout, RECORDS)
        self.progress = KeptSummary(store, every_workout, PROGRESS)
        self.last_sets = KeptSummary(store, every_workout, LAST_SETS)
        self.record_history = KeptSummary(store, every_workout, RECORD_HISTORY)
        self._every: tuple[KeptSummary[Any], ...] = (self.records, self.progress, self.last_sets, self.record_history)

    def before_change(self, leaving: Iterable[str]) -> list[Any]:
        leaving = list(leaving)
        return [kept.before_change(leaving) for kept in self._every]

    def after_change(self, read: list[Any], added: Iterable[Workout]) -> None:
        from tui.domain.progress.metrics import workout_sessions
        from tui.domain.progress.record_bests import UNITS
        from tui.domain.progress.records import WorkoutValues

        if all(one is None for one in read):
            return  # every summary out of date already: rebuilt when next read
        summed = [(workout, WorkoutValues(workout_sessions(workout, UNITS))) for workout in added]
        for kept, its_read in zip(self._every, read, strict=True):
            kept.after_change(its_read, summed)
