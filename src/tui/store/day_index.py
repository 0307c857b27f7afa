"""The per-day index of finished workouts in the main file: a row per workout, enough for the calendar,
streaks and `status` without opening any year file.

Read on every look, so it is kept light: no lock machinery imported (`status` never needs it), and a start is
parsed by the standard library (pendulum.parse costs about 0.2 ms a row, a third of a second for ten years).
The parsed start keeps the UTC offset the workout's zone had at that moment, so its local date and hour are
exactly those of the stored start.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from tui.domain.numbers import is_whole
from tui.domain.printable import one_line

if TYPE_CHECKING:
    from tinydb import TinyDB

    from tui.domain.workout.model import Workout
    from tui.store.datastore import DataStore

INDEX_TABLE = "days"
# How the year files looked when the index was last written from them (size and modification time of each):
# the store compares this with the files as it opens, and rebuilds the index when they differ. A kill between
# a year file's write and the index's, a year file restored or edited by hand, a main file emptied or moved
# away: each leaves a mismatch, so the calendar, History and `status` never disagree with the year files.
YEAR_FILES_TABLE = "year_files"
YEAR_FILE_PREFIX = "history-"
# Bumped when an index row gains or changes a field: an index of another shape is rebuilt as the store opens,
# like one out of step with the year files. Shape 2 added each workout's duration and volume (History's list),
# shape 3 the routine it was started from (Routines' "last done") in the place of its date, which its local start
# holds too: a row of eleven keys takes a dict twice the size, and ten years of rows then took 1.3 MiB more.
INDEX_SHAPE = 3


def year_files(directory: Path) -> dict[str, list[int]]:
    """Each year file's [size, mtime in ns], by year; a few stat calls, cheap enough for every open."""
    found: dict[str, list[int]] = {}
    try:
        entries = list(os.scandir(directory))
    except (FileNotFoundError, NotADirectoryError):
        return found
    for entry in entries:
        name = entry.name
        if name.startswith(YEAR_FILE_PREFIX) and name.endswith(".json") and name[8:-5].isdigit():
            try:
                info = entry.stat(follow_symlinks=False)
            except FileNotFoundError:
                continue
            found[name[8:-5]] = [info.st_size, info.st_mtime_ns]
    return found


def year_files_row(directory: Path, rows: int) -> dict[str, Any]:
    """The row that records the year files as they are now, the shape of the index's rows and how many rows it
    has; written with every change of the index."""
    return {"files": year_files(directory), "shape": INDEX_SHAPE, "rows": rows}


def index_is_current(data: dict[str, Any] | None, directory: Path) -> bool:
    """Whether the main file's index was written, in today's shape, from the year files as they are now, and
    still has the rows it was written with (a hand edit that emptied it hid every workout, for good: the year
    files had not changed)."""
    recorded = _stamp(data).get("rows")
    return index_written_for(data, year_files(directory)) and recorded in (None, index_rows(data))


def index_rows(data: dict[str, Any] | None) -> int:
    """How many rows the main file's index has, read or not (a row a hand edit broke is one)."""
    table = (data or {}).get(INDEX_TABLE)
    return len(table) if isinstance(table, dict) else 0


def _stamp(data: dict[str, Any] | None) -> dict[str, Any]:
    rows: Any = (data or {}).get(YEAR_FILES_TABLE)
    first: Any = next(iter(rows.values()), {}) if isinstance(rows, dict) and rows else {}
    return first if isinstance(first, dict) else {}


def index_in_step(db: TinyDB, files: dict[str, list[int]]) -> bool:
    """index_written_for, of the main file open in a transaction (a write about to change its index)."""
    stamp = {YEAR_FILES_TABLE: {str(doc.doc_id): dict(doc) for doc in db.table(YEAR_FILES_TABLE).all()}}
    return index_written_for(stamp, files)


def index_written_for(data: dict[str, Any] | None, files: dict[str, list[int]]) -> bool:
    """Whether the main file's index was written, in today's shape, from the year files as `files` says they were."""
    first = _stamp(data)
    recorded = first.get("files")
    if recorded is None:
        return not files  # no record: right only when there is nothing to index
    return bool(recorded == files and first.get("shape") == INDEX_SHAPE)


class IndexedWorkout(NamedTuple):
    """A finished workout as the per-day index holds it.

    A named tuple because ten years of these are built on every `status`: several times cheaper than a
    frozen dataclass.
    """

    id: str
    name: str
    started_local: datetime  # local time where it was started, with that zone's offset then
    zone: str
    sets: int  # working sets (no warm-ups, no cardio): what the streak and the shading count
    cardio: int = 0  # cardio entries (runs, rows, rides), counted apart
    lasted_s: int | None = None  # start to finish; None when nobody measured it (see breakdown.lasted_s)
    volume_kg: float = 0.0  # the workout's volume in each unit, as breakdown.volume counts it
    volume_lb: float = 0.0
    routine_id: str | None = None  # the routine it was started from; None for an empty workout or an import

    @property
    def local_date(self) -> date:
        return self.started_local.date()

    def volume(self, units: str) -> float:
        return self.volume_lb if units == "lb" else self.volume_kg


def index_row(workout: Workout) -> dict[str, Any]:
    """The index row of a finished workout, as stored in the main file."""
    from tui.domain.workout.breakdown import lasted_s, volume  # here: `status` reads rows, never writes them

    started = workout.started_at.local_plain()
    return {
        "id": workout.id,
        "name": workout.name,
        "started_local": started.isoformat(),  # its date first: the year file it is in (history._indexed_year)
        "zone": workout.started_at.zone,
        "routine": workout.routine_id,
        "sets": workout.working_sets,
        "cardio": len(workout.cardio_entries),
        # What History lists for each workout, so that its list never opens a year file.
        "lasted_s": lasted_s(workout),
        "volume_kg": volume(workout, "kg"),  # flat fields: a dict per row made the main file slower to read
        "volume_lb": volume(workout, "lb"),
    }


def entries_from_rows(rows: Iterable[dict[str, Any]]) -> list[IndexedWorkout]:
    """Index rows as IndexedWorkout in order of local start time (wall clock where each started); a row a hand
    edit broke is left out (the index is rebuildable).

    Local order, not instant order: sorting ten years by instant costs more than everything else `status` does
    (each aware comparison converts to UTC), and the two differ only for workouts hours apart in different zones.
    """
    found = []
    for row in rows:
        try:
            text = row["started_local"]
            started = datetime.fromisoformat(text)
            if started.tzinfo is None:
                continue
            # The name as drawn: a row written by an older version may hold control characters or a line break.
            name = one_line(row["name"])
            lasted, routine = row.get("lasted_s"), row.get("routine")
            found.append((text[:19], IndexedWorkout(row["id"], name, started, row["zone"], _count(row["sets"]),
                                                    _count(row.get("cardio", 0)),
                                                    None if lasted is None else int(lasted),
                                                    float(row.get("volume_kg", 0)), float(row.get("volume_lb", 0)),
                                                    routine if isinstance(routine, str) else None)))
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
    found.sort(key=lambda pair: pair[0])
    return [entry for _, entry in found]


def _count(value: Any) -> int:
    """A count of sets as the index holds it: "sets": -5 or true in a hand-edited row was counted (-5 sets, and a
    week short of its target), where "many" had the row left out."""
    if not is_whole(value) or value < 0:
        raise ValueError(f"{value!r} is no count")
    return int(value)


def last_lived(entries: list[IndexedWorkout], now: datetime) -> IndexedWorkout | None:
    """The workout that started last by the instant, no later than now, from entries in local start order."""
    best = None
    latest_local = None
    for entry in reversed(entries):
        local = entry.started_local.replace(tzinfo=None)
        # Zones differ by at most 26 hours: once two days before the best, nothing earlier can beat it.
        if latest_local is not None and (latest_local - local).days >= 2:
            break
        if entry.started_local <= now and (best is None or entry.started_local > best.started_local):
            best, latest_local = entry, local
    return best


def read_index(store: DataStore) -> list[IndexedWorkout]:
    """Every finished workout in brief, oldest first, from the main file only (its rows built once per change
    of the file: the Calendar and History read the index on every visit)."""
    return list(store.made_from_main_file("index", _index_of))  # a copy: a caller may reorder its list


def starts_by_routine(store: DataStore) -> dict[str, list[datetime]]:
    """Each routine's workouts' local starts, newest first (Routines' "last done"): grouped once per change of the
    main file, not on every visit to Routines (2 ms at ten years)."""
    def grouped(_data: object) -> dict[str, list[datetime]]:
        starts: dict[str, list[datetime]] = {}
        for entry in reversed(read_index(store)):
            if entry.routine_id is not None:
                starts.setdefault(entry.routine_id, []).append(entry.started_local)
        return starts

    return store.made_from_main_file("starts by routine", grouped)


def _index_of(data: dict[str, Any] | None) -> list[IndexedWorkout]:
    table = (data or {}).get(INDEX_TABLE)
    return entries_from_rows(row for row in table.values() if isinstance(row, dict)) if isinstance(table, dict) else []
