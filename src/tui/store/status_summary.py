"""The status summary (`status.json`): what `runstrength-tui status` shows, added up per week, so a shell prompt
reads a few kilobytes whatever the size of the history.

Written after every write of the main file (the per-day index, settings and freezes live there), from what was
just written: the qualifying workouts of each week under the settings' week rules, the last few workouts, the
count, the settings and freezes. It records the main file's size and modification time as it was then, and
the year files the index was written from; `status` trusts it only while both still match, and reads the main
file as before otherwise (a kill between the two writes, a main file changed by hand or by an older version).
The next open writes it again.

Light, like everything `status` imports: the standard library's json, no lock, no TinyDB.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from tui.domain.settings import Settings
from tui.store.day_index import INDEX_TABLE, YEAR_FILES_TABLE, IndexedWorkout, entries_from_rows, year_files
from tui.store.freezes_repo import TABLE as FREEZES_TABLE
from tui.store.freezes_repo import freeze_days
from tui.store.schema import stamp
from tui.store.settings_repo import TABLE as SETTINGS_TABLE
from tui.store.settings_repo import settings_from_docs

STATUS_FILE = "status.json"
MAIN_FILE = "runstrength.json"  # datastore.MAIN_FILE, repeated so `status` never imports the lock machinery
WORKOUT_FILE, IN_PROGRESS_TABLE = "workout.json", "workout"  # datastore's and workout_in_progress's, repeated too
SHAPE = 3
# The last workouts by local start, kept so `status` can name the last one lived. More than one: a workout
# added with a future date is not "last", and the ones before it must still be there.
TAIL = 20


class StatusSummary(NamedTuple):
    settings: Settings
    freezes: list[date]
    weeks: dict[int, int]  # qualifying workouts per week, by the ordinal of its first day
    # The training log's totals per day (see TrainingLog.per_day) as one text of numbers, five a day (ordinal,
    # workouts, qualifying, sets, cardio): `status` never needs them, and a JSON text costs next to nothing to
    # read, where ten years of numbers would cost it a millisecond or more (see per_day).
    days: str
    rules: tuple[str, int]  # (first weekday, rollover hour) the weeks were added up with
    last_workouts: list[IndexedWorkout]  # oldest first
    workouts: int


def as_data_file(summary: dict[str, Any]) -> dict[str, Any]:
    """A summary in the shape of every data file (numbered records in a table, the schema version stamped), so
    whatever reads the data dir's files, a user's tool or our own checks, reads it like the others."""
    return stamp({"summary": {"1": summary}})


def from_data_file(data: Any) -> dict[str, Any]:
    try:
        summary: dict[str, Any] = data["summary"]["1"]
        return summary
    except (KeyError, TypeError):
        raise ValueError("not a summary file") from None


def status_path(directory: Path) -> Path:
    return Path(directory) / STATUS_FILE


def _stamp(path: Path) -> list[int] | None:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    return [info.st_size, info.st_mtime_ns]


def _docs(data: dict[str, Any], table: str) -> list[dict[str, Any]]:
    docs = data.get(table)
    return [doc for doc in docs.values() if isinstance(doc, dict)] if isinstance(docs, dict) else []


def _recorded_year_files(data: dict[str, Any]) -> Any:
    rows = data.get(YEAR_FILES_TABLE)
    first: Any = next(iter(rows.values()), {}) if isinstance(rows, dict) and rows else {}
    return first.get("files")


def summary_of(directory: Path, data: dict[str, Any]) -> dict[str, Any]:
    """The summary of the main file's content `data`, as written to status.json."""
    from tui.domain.streaks.training_log import TrainingLog

    settings = settings_from_docs(_docs(data, SETTINGS_TABLE))
    rows = _docs(data, INDEX_TABLE)
    entries = entries_from_rows(rows)
    log = TrainingLog.of(entries, settings.rollover_hour)
    weeks = log.qualifying_per_week(settings.first_weekday)
    by_id = {row.get("id"): row for row in rows}
    return {
        "shape": SHAPE,
        "main_file": _stamp(Path(directory) / MAIN_FILE),
        "year_files": _recorded_year_files(data),
        "settings": _docs(data, SETTINGS_TABLE),
        "freezes": _docs(data, FREEZES_TABLE),
        "rules": [settings.first_weekday, settings.rollover_hour],
        "weeks": {str(start): count for start, count in weeks.items()},
        "days": ",".join(f"{day},{a},{b},{c},{d}" for day, (a, b, c, d) in log.per_day().items()),
        "last_workouts": [by_id[entry.id] for entry in entries[-TAIL:]],
        "workouts": len(entries),
    }


def write_summary(directory: Path, data: dict[str, Any]) -> None:
    """Write status.json from the main file just written (call under the store's lock)."""
    from tui.store.files import write_atomically

    write_atomically(status_path(directory), json.dumps(as_data_file(summary_of(directory, data))).encode())


def read_summary(directory: Path, loads: Callable[[bytes | str], Any] = json.loads) -> StatusSummary | None:
    """The summary if it was written from the main file as it is now, and that file's index is current.

    `status` parses with the standard library's json (orjson costs it more to import than it saves); the app,
    which has orjson loaded already, passes orjson.loads.
    """
    try:
        doc = from_data_file(loads(status_path(directory).read_bytes()))
    except (OSError, ValueError):  # missing, unreadable, cut short: status reads the main file instead
        return None
    try:
        if doc["shape"] != SHAPE or doc["main_file"] != _stamp(Path(directory) / MAIN_FILE):
            return None
        recorded = doc["year_files"]
        if (recorded is None and year_files(directory)) or (recorded is not None and recorded != year_files(directory)):
            return None  # the index is out of step with the year files: the main file's reader handles that
        settings = settings_from_docs(doc["settings"])
        rules = (settings.first_weekday, settings.rollover_hour)
        if tuple(doc["rules"]) != rules:
            return None
        weeks = {int(start): int(count) for start, count in doc["weeks"].items()}
        days = doc["days"]
        if not isinstance(days, str):
            return None
        return StatusSummary(settings, freeze_days(doc["freezes"]), weeks, days, rules,
                             entries_from_rows(doc["last_workouts"]), int(doc["workouts"]))
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


# The totals last made by per_day, with the text they were made from (the Calendar asks on every visit; the
# text is compared in microseconds, the totals take a millisecond or two to make at ten years). TrainingLog
# never changes the totals it is given, so they can be shared.
_last_days: tuple[str, dict[int, list[int]]] | None = None


def per_day(summary: StatusSummary, loads: Callable[[bytes | str], Any] = json.loads) -> dict[int, list[int]] | None:
    """The kept totals per day, for TrainingLog(...); None when a hand edit broke them."""
    global _last_days
    if not summary.days:
        return {}
    if _last_days is not None and _last_days[0] == summary.days:  # unchanged since the last visit: no new parse
        return _last_days[1]
    try:
        numbers = loads(f"[{summary.days}]")  # the JSON parser reads numbers several times faster than int()
        sum(numbers)  # a hand edit's text or null among them is refused here, at C speed, not in a screen
    except (ValueError, TypeError):
        return None
    numbers = iter(numbers)
    days = {day: [a, b, c, d] for day, a, b, c, d in zip(numbers, numbers, numbers, numbers, numbers)}
    _last_days = (summary.days, days)
    return days


def is_current(directory: Path) -> bool:
    return read_summary(directory) is not None


class LeftOpen(NamedTuple):
    """A workout in progress, as `status` reminds of it: a dropped connection leaves one open for days."""

    name: str
    sets: int


def workout_left_open(directory: Path) -> LeftOpen | None:
    """The workout in progress in workout.json; None with none, with a finished one waiting to be filed, or with a
    file that cannot be read: `status` then says what it always does, and the app explains the file."""
    try:
        table = json.loads((Path(directory) / WORKOUT_FILE).read_bytes()).get(IN_PROGRESS_TABLE, {})
        doc = next(iter(table.values()), None)
        if doc is None or doc.get("finished_at") or not isinstance(doc["name"], str):
            return None  # a name that is no text was printed as Python writes a list: "in progress: ['x']"
        return LeftOpen(doc["name"], len(doc.get("sets", ())))
    # RecursionError: a file of nested brackets by the thousand, which the parser gives up on.
    except (OSError, ValueError, AttributeError, KeyError, TypeError, RecursionError):
        return None
