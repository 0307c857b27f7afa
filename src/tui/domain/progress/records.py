"""Personal records: the kinds there are, how each is worked out, and how each reads.

The one place records are computed: the History screen's list, a past workout's detail and the Workout
screen's finish summary all ask this module, so they never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import Enum

from tui.domain.progress.metrics import Session, sessions_by_exercise
from tui.domain.workout.model import Workout


class RecordKind(str, Enum):
    """What a record is of, as the user reads it; listed in the order the screens show them. A str, so a kind
    compares equal to its name as text ("heaviest load") and reads as that in any message."""

    MOST_REPS = "most reps"
    HEAVIEST_LOAD = "heaviest load"
    LONGEST_HOLD = "longest hold"
    BEST_SET_VOLUME = "best set volume"
    # Named with its formula: estimates differ by formula, and a user comparing with another app must know which.
    ESTIMATED_1RM = "estimated 1RM (Epley)"

    def __str__(self) -> str:
        return self.value

    def unit(self, units: str) -> str:
        """The unit a value of this kind is in: "reps", "s", or the user's load unit."""
        if self is RecordKind.MOST_REPS:
            return "reps"
        if self is RecordKind.LONGEST_HOLD:
            return "s"
        return units

    def value_text(self, value: float, units: str) -> str:
        """ "15 reps", "45 s", "40.8 kg", "1,350 kg": loads to a tenth, as a plate can make them, never 40.8233."""
        if self in (RecordKind.MOST_REPS, RecordKind.LONGEST_HOLD):
            return f"{value:g} {self.unit(units)}"
        if self is RecordKind.BEST_SET_VOLUME:
            return f"{value:,.0f} {units}"
        return f"{round(value, 1):g} {units}"


def session_values(session: Session) -> dict[RecordKind, float | None]:
    """One workout's best of each kind for one exercise (None where it has no value of that kind)."""
    heaviest = session.best_load if session.best_load is not None and session.best_load > 0 else None
    return {
        RecordKind.MOST_REPS: session.best_reps,
        RecordKind.HEAVIEST_LOAD: heaviest,
        RecordKind.LONGEST_HOLD: session.best_hold,
        RecordKind.BEST_SET_VOLUME: session.best_set_volume,
        RecordKind.ESTIMATED_1RM: session.best_estimated_1rm,
    }


@dataclass(frozen=True)
class PersonalRecord:
    """The best value of one kind for one exercise, and the first day it was reached."""

    kind: RecordKind
    value: float
    day: date
    workout_id: str

    def text(self, units: str) -> str:
        return self.kind.value_text(self.value, units)


def personal_records(sessions: Iterable[Session]) -> dict[RecordKind, PersonalRecord]:
    """The record of each kind that has any value, from one exercise's sessions (oldest first), in RecordKind order."""
    records: dict[RecordKind, PersonalRecord] = {}
    for session in sessions:
        for kind, value in session_values(session).items():
            best = records.get(kind)
            # Strictly greater: a record is dated by the first time it was reached, not by a later tie.
            if value is not None and (best is None or value > best.value):
                records[kind] = PersonalRecord(kind, value, session.day, session.workout_id)
    return {kind: records[kind] for kind in RecordKind if kind in records}  # in the order the screens list them


@dataclass(frozen=True)
class Record:
    """A record one workout set: its exercise, kind and value in the user's units."""

    exercise_id: str
    kind: RecordKind
    value: float
    unit: str  # "reps", "s", "kg" or "lb"

    def text(self) -> str:
        return self.kind.value_text(self.value, self.unit)  # reps and seconds name their own unit


def records_set_by(workout: Workout, earlier: Iterable[Workout], units: str) -> list[Record]:
    """What this workout did better than every earlier workout, per exercise, in the user's units.

    A first try is a record too, as Strong counts it: the first time a load is lifted, it is the heaviest yet.
    """
    before = sessions_by_exercise((w for w in earlier if w.id != workout.id), units)
    found = []
    for exercise_id, sessions in sessions_by_exercise([workout], units).items():
        best_before = personal_records(before.get(exercise_id, ()))
        for kind, value in session_values(sessions[0]).items():
            if value is not None and (kind not in best_before or value > best_before[kind].value):
                found.append(Record(exercise_id, kind, value, kind.unit(units)))
    return found
