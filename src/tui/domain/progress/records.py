"""Personal records: the kinds there are, how each is worked out, and how each reads.

The one place records are computed: the History screen's list, a past workout's detail and the Workout
screen's finish summary all ask this module, so they never disagree.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum
from typing import NamedTuple

from tui.domain.progress.metrics import AsLogged, ByUnit, Metric, Session, sessions_by_exercise
from tui.domain.units import hundredths, reps_text, tenths, volume_number
from tui.domain.workout.model import Workout


class RecordKind(str, Enum):
    """What a record is of, as the user reads it; listed in the order the screens show them. A str, so a kind
    compares equal to its name as text ("heaviest load") and reads as that in any message."""

    MOST_REPS = "most reps"
    HEAVIEST_LOAD = "heaviest load"
    # A bodyweight exercise's heaviest load: what was added to the body (see shown_as).
    MOST_ADDED_LOAD = "most added load"
    # The least assistance (a negative load: a band or a machine taking weight off) an exercise was done with:
    # where a user on assisted pull-ups sees progress, as less help, before they add any load.
    LEAST_ASSISTANCE = "least assistance"
    LONGEST_HOLD = "longest hold"
    BEST_SET_VOLUME = "best set volume"
    # Named with its formula: estimates differ by formula, and a user comparing with another app must know which.
    ESTIMATED_1RM = "estimated 1RM (Epley)"

    def __str__(self) -> str:
        return self.value

    def value_text(self, value: float, unit: str) -> str:
        """ "15 reps", "1 rep", "45 s", "43.75 kg", "+10 kg", "1,350 lb": a load as its set reads (to a hundredth at
        most, never 40.8233; a load added to the body with its "+"), an estimated 1RM to a tenth."""
        if self is RecordKind.MOST_REPS:
            return reps_text(value)
        if self is RecordKind.LONGEST_HOLD:
            return f"{value:g} {unit}"
        if self is RecordKind.BEST_SET_VOLUME:
            return f"{volume_number(value)} {unit}"
        if self is RecordKind.LEAST_ASSISTANCE:
            return f"{hundredths(value):g} {unit} assisted"
        if self is RecordKind.HEAVIEST_LOAD:
            return f"{hundredths(value):g} {unit}"
        if self is RecordKind.MOST_ADDED_LOAD:  # as its set reads it: "12 reps, +10 kg"
            return f"+{hundredths(value):g} {unit}"
        return f"{tenths(value):g} {unit}"


class Reached(NamedTuple):
    """One workout's best of one kind: `value` is what records compare (loads in the user's units, so loads
    logged in kg and in lb rank as loads); `shown` in `unit` is how it reads.

    The rule for a record's unit: a load (and the 1RM estimated from it) reads in the unit of the set that made
    it ("65 lb" for a set logged in lb, whatever the settings' unit), as that set reads in the workout; a set's
    volume reads in the user's units, as every volume does; reps and seconds read as such.
    """

    value: float
    shown: float
    unit: str  # "reps", "s", "kg" or "lb"


# The least assistance of reps done with none at all (bodyweight alone, or a load added): less help than any, so an
# assisted set after years of unassisted pull-ups is no record; kept only to be beaten, it never reads as one.
NO_ASSISTANCE = 0.0


def session_values(session: Session) -> dict[RecordKind, Reached | None]:
    """One workout's best of each kind for one exercise (None where it has no value of that kind)."""
    best, as_logged = session.best_load, session.load_as_logged
    heaviest = best if best is not None and best > 0 else None
    # Every set assisted: the least help is the best (-10 beats -15), read as the assistance it was ("10 kg").
    # A set with a load added, or of bodyweight alone, had none. Sets with a band and no load say no amount: they
    # are neither (taken for no help, a band workout made every later assisted set no record).
    if best is not None and best < 0:
        least_help = _lifted(best, as_logged and (-as_logged[0], as_logged[1]))
    elif (best is not None and session.best_reps is not None) or session.bodyweight_alone:
        least_help = Reached(NO_ASSISTANCE, NO_ASSISTANCE, "kg")
    else:
        least_help = None
    return {
        RecordKind.MOST_REPS: _counted(session.best_reps, "reps"),
        RecordKind.HEAVIEST_LOAD: _lifted(heaviest, as_logged),
        RecordKind.LEAST_ASSISTANCE: least_help,
        RecordKind.LONGEST_HOLD: _counted(session.best_hold, "s"),
        RecordKind.BEST_SET_VOLUME: _lifted(session.best_set_volume, session.set_volume_shown),
        RecordKind.ESTIMATED_1RM: _lifted(session.best_estimated_1rm, session.estimated_1rm_as_logged),
    }


# A kind's text: an enum's .value is a property, read 70k times in an import's summing up.
KIND_TEXT = {kind: kind.value for kind in RecordKind}

# The chart a record is seen on, over time: a load record's (a 1RM is estimated from the load) on the load's.
CHARTED_AS = {
    RecordKind.MOST_REPS: Metric.BEST_REPS, RecordKind.HEAVIEST_LOAD: Metric.BEST_LOAD,
    RecordKind.MOST_ADDED_LOAD: Metric.BEST_LOAD, RecordKind.LEAST_ASSISTANCE: Metric.BEST_LOAD,
    RecordKind.LONGEST_HOLD: Metric.BEST_HOLD, RecordKind.BEST_SET_VOLUME: Metric.VOLUME,
    RecordKind.ESTIMATED_1RM: Metric.BEST_LOAD,
}


class WorkoutValues:
    """One workout summed up for the kept summaries that take it in: its sessions in their units (by_unit, from
    metrics.workout_sessions) and each session's record values (values_of), each worked out once for all of them.
    Worked out by each summary, they made half of a 50,000-set import's summing up."""

    def __init__(self, by_unit: ByUnit) -> None:
        self.by_unit = by_unit
        self._values: dict[int, list[tuple[str, Reached]]] = {}  # by the session's id: by_unit holds them all

    def values_of(self, session: Session) -> list[tuple[str, Reached]]:
        """The session's values of each kind it has one of (session_values), with the kind's text; a session
        shared by two units (an exercise with no load reads the same in both) is valued once."""
        values = self._values.get(id(session))
        if values is None:
            values = self._values[id(session)] = [(KIND_TEXT[kind], reached)
                                                  for kind, reached in session_values(session).items()
                                                  if reached is not None]
        return values


def _counted(value: float | None, unit: str) -> Reached | None:
    return None if value is None else Reached(value, value, unit)


def _lifted(value: float | None, as_logged: AsLogged | None) -> Reached | None:
    return None if value is None or as_logged is None else Reached(value, *as_logged)


@dataclass(frozen=True)
class PersonalRecord:
    """The best value of one kind for one exercise, and the first day it was reached; `value` is compared,
    `shown` in `unit` is read (see Reached)."""

    kind: RecordKind
    value: float
    day: date
    workout_id: str
    shown: float
    unit: str

    def text(self) -> str:
        return self.kind.value_text(self.shown, self.unit)


def shown_as(kind: RecordKind, bodyweight: bool, value: float) -> RecordKind | None:
    """The kind a best (of `value`) is a record of for an exercise, or None for one that means nothing for it: the
    one rule for what records a bodyweight exercise has (a pull-up, a dip; see Exercise.bodyweight), and for a
    least assistance of none (NO_ASSISTANCE), which is never read as a record.

    Its load is added to the body, so its heaviest load is the most load added; a set volume or an Epley 1RM
    worked out on the added load alone is no measure of anything, and is left out. (Assistance, a negative
    load, is never a load record on any exercise: it is a record of the least assistance, see session_values.)
    """
    if kind is RecordKind.LEAST_ASSISTANCE and value == NO_ASSISTANCE:
        return None
    if not bodyweight:
        return kind
    if kind is RecordKind.HEAVIEST_LOAD:
        return RecordKind.MOST_ADDED_LOAD
    return None if kind in (RecordKind.BEST_SET_VOLUME, RecordKind.ESTIMATED_1RM) else kind


def personal_records(sessions: Iterable[Session], *, bodyweight: bool) -> dict[RecordKind, PersonalRecord]:
    """The record of each kind that has any value, from one exercise's sessions (oldest first), in RecordKind order;
    bodyweight: whether the exercise is a bodyweight one (see shown_as)."""
    found = {shown_as(kind, bodyweight, record.value): record for kind, record in _bests(sessions).items()}
    return {kind: replace(found[kind], kind=kind) for kind in RecordKind if kind in found}  # in the screens' order


def _bests(sessions: Iterable[Session]) -> dict[RecordKind, PersonalRecord]:
    """The best of each kind that has any value, from one exercise's sessions (oldest first)."""
    records: dict[RecordKind, PersonalRecord] = {}
    for session in sessions:
        for kind, reached in session_values(session).items():
            best = records.get(kind)
            # Strictly greater: a record is dated by the first time it was reached, not by a later tie.
            if reached is not None and (best is None or reached.value > best.value):
                records[kind] = PersonalRecord(kind, reached.value, session.day, session.workout_id, reached.shown,
                                               reached.unit)
    return records


@dataclass(frozen=True)
class Record:
    """A record one workout set: its exercise, kind and value as it reads (see Reached)."""

    exercise_id: str
    kind: RecordKind
    value: float
    unit: str  # "reps", "s", "kg" or "lb"

    def text(self) -> str:
        return self.kind.value_text(self.value, self.unit)


def records_set_by(workout: Workout, earlier: Iterable[Workout], units: str,
                   bodyweight: Container[str]) -> list[Record]:
    """What this workout did better than every earlier workout, per exercise, compared in the user's units;
    bodyweight: the ids of the bodyweight exercises (see shown_as).

    A first try is a record too, as Strong counts it: the first time a load is lifted, it is the heaviest yet.
    """
    before = sessions_by_exercise((w for w in earlier if w.id != workout.id), units)
    found = []
    for exercise_id, sessions in sessions_by_exercise([workout], units).items():
        best_before = _bests(before.get(exercise_id, ()))
        for kind, reached in session_values(sessions[0]).items():
            if reached is None or (shown := shown_as(kind, exercise_id in bodyweight, reached.value)) is None:
                continue
            if kind not in best_before or reached.value > best_before[kind].value:
                found.append(Record(exercise_id, shown, reached.shown, reached.unit))
    return found
