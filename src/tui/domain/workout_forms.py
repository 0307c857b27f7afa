"""Turning what the user typed about a past workout (an edit, or one not logged live) into a Workout.

Every mistake raises WorkoutFormError with a message that names the field and says what is expected; the
screens only show it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import pendulum

from tui.domain.catalogue import Routine
from tui.domain.moments import Moment
from tui.domain.printable import printable
from tui.domain.set_values import SetValueError, SetValues, parse_load, parse_whole
from tui.domain.workout_plan import plan_for
from tui.domain.workouts import LoggedSet, Workout, new_id

MAX_NAME = 80
MAX_NOTE = 500

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^\d{1,2}:\d{2}$")


class WorkoutFormError(ValueError):
    """Something typed about a workout is not acceptable; the message says which field and why."""


@dataclass(frozen=True)
class SetInput:
    """One set as typed: text fields, empty when left blank."""

    exercise_id: str
    exercise_name: str
    reps: str = ""
    load: str = ""
    hold: str = ""
    side: str | None = None  # "L" or "R" for one side of a per-side exercise


def parse_set(typed: SetInput, position: int, kept: LoggedSet | None = None) -> SetValues:
    """The values of set number position (from 1), checked with the same rules as a set logged live.

    Values left as they were in `kept` (the set being edited) are not held to the form's limits: an imported set
    may have 1000 reps, and editing the workout's name must not make the user change it.
    """
    where = f"Set {position} ({typed.exercise_name})"
    try:
        reps, hold, load = (parse_whole(typed.reps, "reps"), parse_whole(typed.hold, "hold seconds"),
                            parse_load(typed.load))
        if kept is not None and (reps, hold, load) == (kept.reps, kept.hold_s, kept.load):
            return SetValues.unchecked(reps=reps, hold_s=hold, load=load, unit=kept.unit)
        values = SetValues(reps=reps, hold_s=hold, load=load)
    except SetValueError as error:
        raise WorkoutFormError(f"{where}: {error}") from None
    if values.reps is None and values.hold_s is None:
        raise WorkoutFormError(f"{where}: give the reps or the hold seconds")
    return values


def check_name(name: str) -> str:
    name = printable(name).strip()
    if not name:
        raise WorkoutFormError("The workout needs a name (or pick a routine)")
    if len(name) > MAX_NAME:
        raise WorkoutFormError(f"The name is too long: at most {MAX_NAME} characters")
    return name


def check_note(note: str) -> str:
    note = printable(note).strip()
    if len(note) > MAX_NOTE:
        raise WorkoutFormError(f"The note is too long: at most {MAX_NOTE} characters")
    return note


def edited_workout(workout: Workout, name: str, note: str, sets: Sequence[SetInput], units: str = "kg") -> Workout:
    """workout with its name, note and each set's reps, load and hold changed; sets align with workout.sets.

    A load keeps the unit it was logged in; a load added to a set that had none is in the user's units.
    """
    if len(sets) != len(workout.sets):
        raise ValueError("one input per logged set is expected")
    changed = []
    for position, (logged, typed) in enumerate(zip(workout.sets, sets), start=1):
        if logged.is_cardio:  # shown, not edited here: its distance and time stay as they are
            changed.append(logged)
            continue
        values = parse_set(typed, position, kept=logged)
        unit = logged.unit if logged.load is not None else units
        changed.append(replace(logged, reps=values.reps, load=values.load, hold_s=values.hold_s, unit=unit))
    return replace(workout, name=check_name(name), note=check_note(note), sets=tuple(changed))


def parse_start(date_text: str, time_text: str, zone: str, now_utc: pendulum.DateTime) -> Moment:
    """The start of a workout logged afterwards, in zone; refused when malformed or in the future."""
    date_text, time_text = date_text.strip(), time_text.strip()
    if not _DATE.match(date_text):
        raise WorkoutFormError(f"The date must look like 2026-11-20, not {date_text!r}")
    if not _TIME.match(time_text):
        raise WorkoutFormError(f"The time must look like 18:30, not {time_text!r}")
    year, month, day = (int(part) for part in date_text.split("-"))
    hour, minute = (int(part) for part in time_text.split(":"))
    try:
        local = pendulum.datetime(year, month, day, hour, minute, tz=zone)
    except ValueError:
        raise WorkoutFormError(f"{date_text} {time_text} is not a real date and time") from None
    if local > now_utc:
        raise WorkoutFormError("That start is in the future: log a workout once it has happened")
    return Moment.at(local, zone)


def logged_afterwards(
    start: Moment, name: str, routine_id: str | None, note: str, sets: Sequence[SetInput], units: str
) -> Workout:
    """A finished workout the user did not log live. Its sets are stamped with its start (the real times are
    unknown), and it finishes when it starts, so it never claims a duration nobody measured."""
    # Checked in the order the form shows them, so the first message is about the first mistake on screen.
    name, note = check_name(name), check_note(note)
    if not sets:
        raise WorkoutFormError("Add at least one set")
    logged = []
    for position, typed in enumerate(sets, start=1):
        values = parse_set(typed, position)
        logged.append(
            LoggedSet(
                id=new_id(), exercise_id=typed.exercise_id, logged_at=start, reps=values.reps, hold_s=values.hold_s,
                load=values.load, unit=units, side=typed.side,
            )
        )
    return Workout(
        id=new_id(), routine_id=routine_id, name=name, started_at=start, finished_at=start, sets=tuple(logged),
        note=note,
    )


def planned_sets(routine: Routine, exercise_names: dict[str, str]) -> list[SetInput]:
    """The routine's sets in order, filled with the low end of each target: a start the user corrects."""
    typed = []
    for slot in plan_for(routine, default_rest_s=0):
        typed.append(
            SetInput(
                exercise_id=slot.exercise_id,
                exercise_name=exercise_names.get(slot.exercise_id, slot.exercise_id),
                reps=str(slot.target_reps.low) if slot.target_reps else "",
                hold=str(slot.target_hold_s.low) if slot.target_hold_s else "",
                side=slot.side,
            )
        )
    return typed
