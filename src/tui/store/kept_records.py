"""The kept records summary (`records.json`): each exercise's best figures, so a finish shows its personal
records without reading every year file.

It is derived data, like the per-day index: it records how the year files looked when it was written (size and
modification time of each), and a summary that disagrees with them (a kill between a year file's write and
its own, an import, a year file restored by hand), or that is missing or unreadable, is rebuilt from the year
files the next time it is asked for. A delete or an edit of a workout that holds a best leaves it out of date
on purpose: the best may now be lower, and only the year files can say what it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import orjson

from tui.store.day_index import year_files
from tui.store.errors import StoreError
from tui.store.files import write_atomically
from tui.store.status_summary import as_data_file, from_data_file

if TYPE_CHECKING:
    from tui.domain.progress.record_bests import Bests
    from tui.domain.workout.model import Workout
    from tui.store.datastore import DataStore

RECORDS_FILE = "records.json"
# Bumped when what a best holds changes: a summary of another shape is rebuilt, never misread.
# 2: each best also holds its workout's start, so that equal values date from the first;
# 3: and its value as it reads, in the unit its set was logged in; 4: the least assistance is a kind too.
SHAPE = 4


def records_path(directory: Path) -> Path:
    return Path(directory) / RECORDS_FILE


def read_current(directory: Path) -> Bests | None:
    """The kept bests if they were written from the year files as they are now; None otherwise."""
    try:
        data = from_data_file(orjson.loads(records_path(directory).read_bytes()))
    except FileNotFoundError:
        # No history yet, no bests: a new data dir starts its summary with its first workout.
        return None if year_files(directory) else {"kg": {}, "lb": {}}
    except (OSError, ValueError):  # unreadable or cut short: a summary is only ever rebuilt
        return None
    if not isinstance(data, dict) or data.get("shape") != SHAPE or data.get("year_files") != year_files(directory):
        return None
    bests = data.get("bests")
    return bests if isinstance(bests, dict) and all(isinstance(v, dict) for v in bests.values()) else None


def write(directory: Path, bests: Bests) -> None:
    """Write the bests, recording the year files as they are now (call under the store's lock)."""
    document = {"shape": SHAPE, "year_files": year_files(directory), "bests": bests}
    write_atomically(records_path(directory), orjson.dumps(as_data_file(document)))


class KeptRecords:
    """Keeps records.json in step with the history as HistoryRepo writes it."""

    def __init__(self, store: DataStore, every_workout: Callable[[], Iterable[Workout]]) -> None:
        self._store = store
        self._every_workout = every_workout  # () -> Iterable[Workout], read from the year files

    def before_change(self, leaving: Iterable[str]) -> Bests | None:
        """Read (under the lock, before a year file changes) the bests a change can be added to: None when they
        are out of date already, or when a workout about to be replaced or removed holds one of them."""
        from tui.domain.progress.record_bests import holds_a_best

        bests = read_current(self._store.directory)
        if bests is None or any(holds_a_best(bests, workout_id) for workout_id in leaving):
            return None
        return bests

    def after_change(self, bests: Bests | None, added: Iterable[Workout]) -> None:
        """Add the workouts just written and record the year files as they are now; with no usable bests,
        leave the summary out of date, for the next reader to rebuild."""
        from tui.domain.progress.record_bests import add_workout

        if bests is None:
            return
        for workout in added:
            add_workout(bests, workout)
        try:
            write(self._store.directory, bests)
        except OSError:
            pass  # the change itself is written; the summary, left as it was, disagrees with it and is rebuilt

    def current(self) -> Bests:
        """The bests of every finished workout, rebuilt from the year files when out of date.

        The rebuild reads without the lock (year files are only ever replaced whole), so a window logging sets
        is not held up for the seconds ten years take; it is written only if no year file changed meanwhile.
        """
        from tui.domain.progress.record_bests import bests_of

        directory = self._store.directory
        bests = read_current(directory)
        if bests is not None:
            return bests
        before = year_files(directory)
        bests = bests_of(self._every_workout())
        try:
            with self._store.locked():
                if year_files(directory) == before:
                    write(directory, bests)
        except (OSError, StoreError):
            pass  # a full disk or a busy lock: the bests are right all the same; the next reader writes them
        return bests

