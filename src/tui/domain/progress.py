"""Per-exercise progress over time and personal records, from finished workouts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import Enum

from tui.domain.calendar_math import training_day
from tui.domain.units import convert
from tui.domain.workouts import LoggedSet, Workout


class Metric(str, Enum):
    """What a progress chart plots, one point per workout that did the exercise."""

    BEST_REPS = "best reps"  # most reps in one set
    BEST_LOAD = "best load"  # heaviest added load in one set
    BEST_HOLD = "best hold"  # longest hold in one set, seconds
    # Reps x added load over the workout's sets, as the finish summary counts it: bodyweight alone and
    # assistance (a negative load) add nothing.
    VOLUME = "volume"

    def next(self) -> Metric:
        members = list(Metric)
        return members[(members.index(self) + 1) % len(members)]


def load_in(logged: LoggedSet, units: str) -> float | None:
    """The set's added load in the user's units (kg or lb); None for bodyweight alone."""
    if logged.load is None:
        return None
    return convert(logged.load, logged.unit, units)


@dataclass(frozen=True)
class Session:
    """One workout's sets of one exercise, summed up."""

    day: date
    workout_id: str
    sets: int
    best_reps: int | None
    best_load: float | None
    best_hold: int | None
    volume: float  # in the user's units
    best_set_volume: float | None  # reps x load of the best single set, as the finish summary's record

    def value(self, metric: Metric) -> float | None:
        if metric is Metric.BEST_REPS:
            return self.best_reps
        if metric is Metric.BEST_LOAD:
            return self.best_load
        if metric is Metric.BEST_HOLD:
            return self.best_hold
        return self.volume if self.volume else None


def _best(values: Iterable[float | None]) -> float | None:
    present = [value for value in values if value is not None]
    return max(present) if present else None


def _session(workout: Workout, day: date, sets: list[LoggedSet], units: str) -> Session:
    loads = [load_in(logged, units) for logged in sets]
    set_volumes = [(logged.reps or 0) * load for logged, load in zip(sets, loads) if load is not None and load > 0]
    best_set = max(set_volumes) if set_volumes else None
    return Session(
        day, workout.id, len(sets), _best(s.reps for s in sets), _best(loads), _best(s.hold_s for s in sets),
        round(sum(set_volumes), 1), round(best_set, 1) if best_set else None,
    )


def sessions_by_exercise(
    workouts: Iterable[Workout], units: str = "kg", rollover_hour: int = 0
) -> dict[str, list[Session]]:
    """For every exercise done, one Session per workout that did it, oldest first."""
    found: dict[str, list[Session]] = {}
    for workout in sorted(workouts, key=lambda w: w.started_at.utc):
        day = training_day(workout.started_at.local, rollover_hour)
        per_exercise: dict[str, list[LoggedSet]] = {}
        for logged in workout.sets:
            if not logged.counts_as_set:  # a warm-up or a cardio entry is never a record, nor progress
                continue
            per_exercise.setdefault(logged.exercise_id, []).append(logged)
        for exercise_id, sets in per_exercise.items():
            found.setdefault(exercise_id, []).append(_session(workout, day, sets, units))
    return found


# The same four records the Workout screen's finish summary announces, so both screens agree.
RECORD_KINDS = ("most reps", "heaviest load", "longest hold", "best set volume")


@dataclass(frozen=True)
class PersonalRecord:
    """The best value of one kind for one exercise, and the first day it was reached."""

    kind: str  # one of RECORD_KINDS
    value: float
    day: date
    workout_id: str


def record_values(session: Session) -> dict[str, float | None]:
    heaviest = session.best_load if session.best_load is not None and session.best_load > 0 else None
    return {
        "most reps": session.best_reps,
        "heaviest load": heaviest,
        "longest hold": session.best_hold,
        "best set volume": session.best_set_volume,
    }


def personal_records(sessions: list[Session]) -> dict[str, PersonalRecord]:
    """The record of each kind that has any value, from one exercise's sessions (oldest first)."""
    records: dict[str, PersonalRecord] = {}
    for session in sessions:
        for kind, value in record_values(session).items():
            best = records.get(kind)
            # Strictly greater: a record is dated by the first time it was reached, not by a later tie.
            if value is not None and (best is None or value > best.value):
                records[kind] = PersonalRecord(kind, value, session.day, session.workout_id)
    return records


def format_metric(metric: Metric, value: float, units: str) -> str:
    """A chart value as the user reads it: "15 reps", "22.5 kg", "45 s", "1,350 kg"."""
    if metric is Metric.BEST_REPS:
        return f"{value:g} reps"
    if metric is Metric.BEST_HOLD:
        return f"{value:g} s"
    if metric is Metric.VOLUME:
        return f"{value:,.0f} {units}"
    return f"{value:g} {units}"


def format_record(record: PersonalRecord, units: str) -> str:
    """ "15 reps", "22.5 kg", "45 s", "300 kg"."""
    if record.kind == "most reps":
        return f"{record.value:g} reps"
    if record.kind == "longest hold":
        return f"{record.value:g} s"
    return f"{record.value:g} {units}"
