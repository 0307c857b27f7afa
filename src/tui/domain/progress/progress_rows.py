"""Each exercise's figures per workout, kept so History's charts never read ten years of workouts.

A row holds what a chart draws for one exercise in one workout, in both units (so a change of the settings' unit
needs no rebuild), and the workout's local start (so the day it counts for follows the rollover hour as set when
the charts are drawn). Every figure comes from metrics.workout_sessions, the one place a workout's sets become
sessions: a chart drawn from the rows is the chart drawn from the workouts.

Plain dicts and lists, so the store can write them as JSON and read them back unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from tui.domain.progress.metrics import ByUnit, Session, workout_sessions
from tui.domain.streaks.weeks import training_day
from tui.domain.workout.model import Workout

UNITS = ("kg", "lb")

# One workout's figures for one exercise: [its start as a UTC timestamp, its local start (ISO, no zone), sets,
#   best reps, best hold, best load in kg, best load in lb, volume in kg, volume in lb]
Row = list[Any]
# exercise id -> workout id -> Row
ProgressRows = dict[str, dict[str, Row]]
_LOAD, _VOLUME = {"kg": 5, "lb": 6}, {"kg": 7, "lb": 8}


def rows_of(workouts: Iterable[Workout]) -> ProgressRows:
    """The rows of every workout given (one per id: the last given of an id counts)."""
    rows: ProgressRows = {}
    for workout in workouts:
        add_workout(rows, workout)
    return rows


def add_workout(rows: ProgressRows, workout: Workout, summed: ByUnit | None = None) -> None:
    """Count one workout, replacing its rows if it was counted before (an edit); summed: its workout_sessions in
    UNITS, when worked out already."""
    forget(rows, [workout.id])
    by_unit = summed or workout_sessions(workout, UNITS)
    started = workout.started_at
    local = started.local_plain().replace(tzinfo=None).isoformat()
    for exercise_id, kg in by_unit["kg"].items():
        lb = by_unit["lb"][exercise_id]
        rows.setdefault(exercise_id, {})[workout.id] = [
            started.utc.timestamp(), local, kg.sets, kg.best_reps, kg.best_hold, kg.best_load, lb.best_load,
            kg.volume, lb.volume]


def forget(rows: ProgressRows, workout_ids: Iterable[str]) -> None:
    """Take these workouts' rows out (a delete, or an edit's old version)."""
    leaving = tuple(workout_ids)  # most often one: every workout an import or a rebuild counts is forgotten first
    for exercise_id, per_workout in list(rows.items()):
        for workout_id in leaving:
            per_workout.pop(workout_id, None)
        if not per_workout:
            del rows[exercise_id]


def take_in(rows: ProgressRows, more: ProgressRows) -> None:
    """Add rows of other workouts (the rows of workouts already in rows having been forgotten first)."""
    for exercise_id, per_workout in more.items():
        rows.setdefault(exercise_id, {}).update(per_workout)


def sessions_from(rows: ProgressRows, units: str, rollover_hour: int) -> dict[str, list[Session]]:
    """For every exercise done, one Session per workout that did it, oldest first: what the charts draw (best
    reps, load and hold, and volume, in units); the figures only records need are not kept (None).

    Takes the rows apart as it goes (each exercise's are let go once its sessions are made), and makes one date
    per workout for all its exercises: at ten years, the session's peak memory was set here."""
    load, volume = _LOAD[units], _VOLUME[units]
    days: dict[str, date] = {}  # a workout's local start -> the day it counts for

    def day_of(local_start: str) -> date:
        day = days.get(local_start)
        if day is None:
            day = days[local_start] = training_day(datetime.fromisoformat(local_start), rollover_hour)
        return day

    found: dict[str, list[Session]] = {}
    for exercise_id in list(rows):
        ordered = sorted(rows.pop(exercise_id).items(), key=lambda item: item[1][0])  # by start; a stable sort
        found[exercise_id] = [
            Session(day_of(row[1]), workout_id, row[2], row[3], row[load], row[4], row[volume], None)
            for workout_id, row in ordered
        ]
    return found


def looks_right(rows: Any) -> bool:
    """Whether rows read back from a file have the shape written (a hand edit may have broken it)."""
    return isinstance(rows, dict) and all(
        isinstance(per_workout, dict)
        and all(map(_row_looks_right, per_workout.values()))
        for per_workout in rows.values())


_FIGURE, _FIGURE_OR_NONE = {int, float}, {int, float, type(None)}  # (NaN and infinities are refused in parsing)


def _row_looks_right(row: Any) -> bool:
    """A row's figures of the types written: a hand edit that left the file's fingerprint as it was ("abc" for a
    load) would have crashed the charts. Types compared as sets: 3 ms for the 16,000 rows of ten years, where
    isinstance took 7 (and let True pass for 1)."""
    return (type(row) is list and len(row) == 9 and type(row[0]) in _FIGURE and type(row[1]) is str
            and type(row[2]) is int and type(row[3]) in _FIGURE_OR_NONE and type(row[4]) in _FIGURE_OR_NONE
            and type(row[5]) in _FIGURE_OR_NONE and type(row[6]) in _FIGURE_OR_NONE
            and type(row[7]) in _FIGURE_OR_NONE and type(row[8]) in _FIGURE_OR_NONE)
