"""The history of each record, kept so a past workout's page never reads ten years of workouts: for each exercise
and record kind, every value that beat all those reached before it (a record at its time), by start.

A past workout's page lists what that workout did better than every workout before it, as records_set_by finds
it from a scan of the earlier workouts: a second at ten years. The best values kept for the finish (record_bests)
can say so only where one of them came before it (for 61 of a ten-year history's newest 100 workouts); the
history of each record says it for every workout. Values are worked out as records.py works them out, in each
unit: the best before a workout is the best of the records started before it.

Plain dicts and lists, so the store can write them as JSON and read them back unchanged.
"""

from __future__ import annotations

import bisect
from collections.abc import Container, Iterable
from typing import Any

from tui.domain.numbers import is_number
from tui.domain.progress.metrics import workout_sessions
from tui.domain.progress.record_bests import UNITS, by_kind_looks_right, values_shown
from tui.domain.progress.records import Record, WorkoutValues
from tui.domain.workout.model import Workout

# A record at its time: [value, its workout's id, the workout's start as a UTC timestamp].
Entry = list[Any]
# One kind's: {"records": its entries by start, each beating every value started before it (so each beats those
# listed before it, but those of its own start); "newest": the latest start of a value counted, a record or not}.
Kind = dict[str, Any]
# units -> exercise id -> record kind (its text) -> Kind
RecordHistory = dict[str, dict[str, dict[str, Kind]]]


def no_record_history() -> RecordHistory:
    return {units: {} for units in UNITS}


def record_history_of(workouts: Iterable[Workout]) -> RecordHistory:
    """The record history of every workout given (one per id: the last given of an id counts)."""
    by_id = {workout.id: workout for workout in workouts}
    history = no_record_history()
    for workout in by_id.values():
        add_workout(history, workout)
    return history


def add_workout(history: RecordHistory, workout: Workout, summed: WorkoutValues | None = None) -> None:
    """Count one workout that is not in history yet (an edited one is forgotten first); summed: its sessions and
    values in UNITS, when worked out already."""
    started = workout.started_at.utc.timestamp()
    summed = summed or WorkoutValues(workout_sessions(workout, UNITS))
    for units, sessions in summed.by_unit.items():
        per_exercise = history.setdefault(units, {})
        for exercise_id, session in sessions.items():
            kinds = per_exercise.setdefault(exercise_id, {})
            for kind_text, reached in summed.values_of(session):
                _add_value(kinds, kind_text, reached.value, workout.id, started)


def _add_value(kinds: dict[str, Kind], kind_text: str, value: float, workout_id: str, started: float) -> None:
    """A record when it beats every value started before it; the later records it equals or beats are records no
    more."""
    kind = kinds.get(kind_text)
    if kind is None:
        kinds[kind_text] = {"records": [[value, workout_id, started]], "newest": started}
        return
    if started > kind["newest"]:
        kind["newest"] = started
    records = kind["records"]
    # Most values of an import come in the order they were done, after every record listed.
    at = len(records) if started > records[-1][2] else bisect.bisect_left(records, started, key=_start)
    before = _best_before(records, at)
    if before is not None and value <= before:
        return
    while at < len(records) and records[at][2] == started:
        at += 1  # records of the same start are not before it, nor it before them
    if at < len(records):
        records[at:] = [entry for entry in records[at:] if entry[0] > value]
    records.insert(at, [value, workout_id, started])


def _start(entry: Entry) -> float:
    start: float = entry[2]
    return start


def _best_before(records: list[Entry], at: int) -> float | None:
    """The best value of the records listed before `at` (those started earlier): the best of the last start among
    them, as a record beats every value listed before it, but those of its own start."""
    if at == 0:
        return None
    last_start = records[at - 1][2]
    best: float = records[at - 1][0]
    while at > 1 and records[at - 2][2] == last_start:
        at -= 1
        best = max(best, records[at - 1][0])
    return best


def forget_workouts(history: RecordHistory, leaving: Iterable[str]) -> bool:
    """Take out the values of these workouts (deleted, or an edit's old version); False when one was a record
    with values counted after it: one of those it beat may have been a record in its place, which only the year
    files know (the history is then rebuilt). The newest workout, the one most often put right, leaves none."""
    leaving = set(leaving)
    for per_exercise in history.values():
        for exercise_id, kinds in list(per_exercise.items()):
            for kind in kinds.values():
                records = kind["records"]
                gone = [entry for entry in records if entry[1] in leaving]
                if any(entry[2] < kind["newest"] for entry in gone):
                    return False
                if gone:
                    records[:] = [entry for entry in records if entry[1] not in leaving]
            for kind_text in [kind_text for kind_text, kind in kinds.items() if not kind["records"]]:
                del kinds[kind_text]  # its only value gone: the first value of a kind is always a record
            if not kinds:
                del per_exercise[exercise_id]
    return True


def records_at_the_time(workout: Workout, history: RecordHistory, units: str,
                        bodyweight: Container[str]) -> list[Record] | None:
    """What this stored workout did better than every workout before it, as records_set_by finds it from a scan of
    the earlier workouts; None when the history does not hold the workout's values (not of these year files)."""
    kept = history.get(units, {})
    started = workout.started_at.utc.timestamp()
    found = []
    for exercise_id, kind, shown, reached in values_shown(workout, units, bodyweight):
        counted = kept.get(exercise_id, {}).get(kind.value)
        if counted is None:
            return None
        records = counted["records"]
        before = _best_before(records, bisect.bisect_left(records, started, key=_start))
        if before is None or reached.value > before:
            found.append(Record(exercise_id, shown, reached.shown, reached.unit))
    return found


def looks_right(history: Any) -> bool:
    """Whether a history read back from a file has the shape written, down to each value's type (a hand edit
    that left the file's fingerprint as it was is then rebuilt, never misread)."""
    return by_kind_looks_right(history, _kind_looks_right)


def _kind_looks_right(kind: Any) -> bool:
    return (isinstance(kind, dict) and is_number(kind.get("newest")) and isinstance(kind.get("records"), list)
            and bool(kind["records"]) and all(map(_entry_looks_right, kind["records"])))


def _entry_looks_right(entry: Any) -> bool:
    return (isinstance(entry, list) and len(entry) == 3 and is_number(entry[0]) and isinstance(entry[1], str)
            and is_number(entry[2]))
