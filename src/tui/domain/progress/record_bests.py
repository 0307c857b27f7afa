"""The best figures so far, per exercise and record kind, kept so a finish never reads ten years of workouts.

For each exercise and kind the two best values held by different workouts are kept: the finish summary asks
what a workout did better than every *other* workout, and when that workout holds the best itself, the
runner-up is the best of the others. Values are worked out exactly as records.py works them out (one session
per workout, compared in the user's units, read as their sets were logged), so a record found against the bests
is the record a full scan finds.

The best is held by the workout that reached it first (the earliest start among equal values, whatever order
the workouts were added in: an import adds older ones last), so History's records list dates each record as a
scan of every workout does.

Plain dicts and lists, so the store can write them as JSON and read them back unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable
from datetime import date
from typing import Any

from tui.domain.progress.metrics import ByUnit, workout_sessions
from tui.domain.progress.records import PersonalRecord, Reached, Record, RecordKind, session_values, shown_as
from tui.domain.workout.model import Workout

UNITS = ("kg", "lb")  # records compare in the user's units; each is kept, as rounding may rank loads differently

# One best: [best value, its workout's id, runner-up value or None, the runner-up's workout id or None,
#            the best's workout's start as a UTC timestamp, the best as it reads and its unit (see records.Reached)]
Best = list[Any]
# units -> exercise id -> record kind (its text) -> Best
Bests = dict[str, dict[str, dict[str, Best]]]


def no_bests() -> Bests:
    return {units: {} for units in UNITS}


def add_workout(bests: Bests, workout: Workout, summed: ByUnit | None = None) -> None:
    """Count one workout that is not in bests yet (see holds_a_best for one that may be); summed: its
    workout_sessions in UNITS, when worked out already (a change adds to every kept summary)."""
    started = workout.started_at.utc.timestamp()
    for units, sessions in (summed or workout_sessions(workout, UNITS)).items():
        per_exercise = bests.setdefault(units, {})
        for exercise_id, session in sessions.items():
            kinds = per_exercise.setdefault(exercise_id, {})
            for kind, reached in session_values(session).items():
                if reached is not None:
                    _add_value(kinds, kind.value, reached, workout.id, started)


def _add_value(kinds: dict[str, Best], kind: str, reached: Reached, workout_id: str, started: float) -> None:
    best, value = kinds.get(kind), reached.value
    if best is None:
        kinds[kind] = [value, workout_id, None, None, started, reached.shown, reached.unit]
    elif value > best[0] or (value == best[0] and started < best[4]):  # equalled earlier: first reached then
        kinds[kind] = [value, workout_id, best[0], best[1], started, reached.shown, reached.unit]
    elif best[2] is None or value > best[2]:
        best[2], best[3] = value, workout_id


def bests_of(workouts: Iterable[Workout]) -> Bests:
    """The bests of every workout given (one per id: the last given of an id counts)."""
    by_id = {workout.id: workout for workout in workouts}
    bests = no_bests()
    for workout in by_id.values():
        add_workout(bests, workout)
    return bests


def holds_a_best(bests: Bests, workout_id: str) -> bool:
    """Whether taking this workout away (a delete, or an edit's old version) could lower a kept best."""
    return any(
        workout_id in (best[1], best[3])
        for per_exercise in bests.values() for kinds in per_exercise.values() for best in kinds.values()
    )


def records_against(workout: Workout, bests: Bests, units: str, bodyweight: Container[str], *,
                    beaten_only: bool = False) -> list[Record]:
    """What this workout did better than every other workout, as records_set_by finds it from a full scan;
    beaten_only: only where another workout had a value to beat (a first time is no news while it is logged).

    The workout itself may be counted in bests (it was stored before the summary is shown): where it holds
    the best, the runner-up is what it had to beat.
    """
    kept = bests.get(units, {})
    found = []
    for exercise_id, session in workout_sessions(workout, (units,))[units].items():
        kinds = kept.get(exercise_id, {})
        for kind, reached in session_values(session).items():
            if reached is None or (shown := shown_as(kind, exercise_id in bodyweight, reached.value)) is None:
                continue
            to_beat = _best_of_others(kinds.get(kind.value), workout.id)
            if (to_beat is None and not beaten_only) or (to_beat is not None and reached.value > to_beat):
                found.append(Record(exercise_id, shown, reached.shown, reached.unit))
    return found


def _best_of_others(best: Best | None, workout_id: str) -> float | None:
    if best is None:
        return None
    value: float | None = best[2] if best[1] == workout_id else best[0]
    return value


def personal_records_of(bests: Bests, units: str, day_of: Callable[[str], date | None],
                        bodyweight: Container[str]) -> dict[str, dict[RecordKind, PersonalRecord]]:
    """Every exercise's personal records, as records.personal_records finds them from all its sessions, from the
    kept bests: day_of gives the day a workout counts for (None for one unknown, whose records are left out);
    bodyweight: the ids of the bodyweight exercises (see records.shown_as)."""
    found = {}
    for exercise_id, kinds in bests.get(units, {}).items():
        records = {}
        for kind in RecordKind:  # in the order the screens list them
            best = kinds.get(kind.value)
            shown = shown_as(kind, exercise_id in bodyweight, best[0]) if best is not None else None
            day = day_of(best[1]) if best is not None else None
            if shown is not None and best is not None and day is not None:
                records[shown] = PersonalRecord(shown, best[0], day, best[1], best[5], best[6])
        if records:
            found[exercise_id] = records
    return found
