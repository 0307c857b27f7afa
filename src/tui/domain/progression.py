"""Last time's sets, the double-progression suggestion, personal records and the finish summary."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pendulum

from tui.domain.catalogue import BandReference, Exercise
from tui.domain.workout_plan import Slot
from tui.domain.workouts import LoggedSet, Workout

KG_PER_LB = 0.45359237
LOAD_STEP = {"kg": 2.5, "lb": 5.0}


def convert(load: float, unit: str, to_unit: str) -> float:
    if unit == to_unit:
        return load
    return load * KG_PER_LB if to_unit == "kg" else load / KG_PER_LB


def previous_sets(exercise_id: str, newest_first: Iterable[Workout], exclude: str | None = None) -> tuple[LoggedSet, ...]:
    """Every set of the exercise from the last workout that had it (the workout `exclude` aside)."""
    for workout in newest_first:
        if workout.id == exclude:
            continue
        sets = tuple(s for s in workout.sets if s.exercise_id == exercise_id)
        if sets:
            return sets
    return ()


@dataclass(frozen=True)
class Suggestion:
    text: str
    harder_exercise_id: str | None = None
    load: float | None = None


def suggest(
    slot: Slot, exercise: Exercise, last: tuple[LoggedSet, ...], harder_names: dict[str, str], bands: BandReference
) -> Suggestion:
    """Double progression: once every set reached the top of the range, move up; until then, one more rep.

    Moving up means more load when load was used, a heavier band when a band was, else the harder variation.
    """
    target = slot.target_hold_s if slot.is_hold else slot.target_reps
    if not last or target is None:
        return Suggestion(f"First time: aim for {slot.target_text()}.")
    values = [(s.hold_s if slot.is_hold else s.reps) or 0 for s in last]
    unit_word = "s" if slot.is_hold else "reps"
    if all(value >= target.high for value in values):
        top = f"Every set reached {target.high} {unit_word} last time:"
        loads = [s.load for s in last if s.load is not None]
        used_bands = [s.bands for s in last if s.bands]
        if loads:
            step = LOAD_STEP.get(last[-1].unit, 2.5)
            heavier = max(loads) + step
            return Suggestion(f"{top} add {step:g} {last[-1].unit} ({heavier:g} {last[-1].unit}).", load=heavier)
        if used_bands:
            return Suggestion(f"{top} {_heavier_band_advice(used_bands[-1], bands)}")
        if exercise.harder:
            harder = exercise.harder[0]
            return Suggestion(f"{top} try {harder_names.get(harder, harder)}.", harder_exercise_id=harder)
        return Suggestion(f"{top} slow the lowering to three seconds to make it harder.")
    best = max(values)
    aim = min(best + (5 if slot.is_hold else 1), target.high)
    return Suggestion(f"Last time your best was {best} {unit_word}: aim for {aim} on every set.")


def _heavier_band_advice(used: tuple[str, ...], bands: BandReference) -> str:
    order = [band.colour for band in bands.bands]  # the reference lists bands from light to heavy
    known = [order.index(colour) for colour in used if colour in order]
    if known and max(known) + 1 < len(order):
        return f"move up to the {order[max(known) + 1]} band."
    return "combine two bands or step further from the anchor."


@dataclass(frozen=True)
class Record:
    exercise_id: str
    kind: str  # "most reps", "heaviest load", "longest hold", "best set volume"
    value: float
    unit: str


def _bests(sets: Iterable[LoggedSet], unit: str) -> dict[str, float]:
    bests: dict[str, float] = {}

    def keep(kind: str, value: float | None) -> None:
        if value is not None and value > bests.get(kind, float("-inf")):
            bests[kind] = value

    for s in sets:
        keep("most reps", s.reps)
        keep("longest hold", s.hold_s)
        if s.load is not None and s.load > 0:
            load = convert(s.load, s.unit, unit)
            keep("heaviest load", round(load, 2))
            if s.reps:
                keep("best set volume", round(load * s.reps, 1))
    return bests


RECORD_UNITS = {"most reps": "reps", "longest hold": "s"}


def personal_records(workout: Workout, earlier: Iterable[Workout], unit: str) -> list[Record]:
    """What this workout did better than every earlier workout, per exercise (not counting first tries)."""
    by_exercise: dict[str, list[LoggedSet]] = {}
    for workout_before in earlier:
        if workout_before.id == workout.id:
            continue
        for s in workout_before.sets:
            by_exercise.setdefault(s.exercise_id, []).append(s)
    records = []
    exercises_here = dict.fromkeys(s.exercise_id for s in workout.sets)
    for exercise_id in exercises_here:
        before = by_exercise.get(exercise_id)
        if not before:
            continue
        old = _bests(before, unit)
        new = _bests((s for s in workout.sets if s.exercise_id == exercise_id), unit)
        for kind, value in new.items():
            if value > old.get(kind, float("-inf")):
                records.append(Record(exercise_id, kind, value, RECORD_UNITS.get(kind, unit)))
    return records


@dataclass(frozen=True)
class Summary:
    duration: pendulum.Duration
    sets: int
    reps: int
    hold_s: int
    volume: float
    unit: str
    records: tuple[Record, ...]


def summarise(workout: Workout, earlier: Iterable[Workout], unit: str) -> Summary:
    """The finish summary: duration, sets, reps, total hold, volume (reps x added load) and records."""
    end = workout.finished_at.utc if workout.finished_at else workout.started_at.utc
    volume = sum(
        convert(s.load, s.unit, unit) * (s.reps or 0) for s in workout.sets if s.load is not None and s.load > 0
    )
    return Summary(
        duration=end - workout.started_at.utc,
        sets=len(workout.sets),
        reps=sum(s.reps or 0 for s in workout.sets),
        hold_s=sum(s.hold_s or 0 for s in workout.sets),
        volume=round(volume, 1),
        unit=unit,
        records=tuple(personal_records(workout, earlier, unit)),
    )
