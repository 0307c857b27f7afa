"""Turning what the user typed about a past workout (an edit, or one not logged live) into a Workout.

A set's values follow the very rules of a set logged live (set_values.py), so History's forms and the Workout
screen's set editor accept and refuse the same things. Every mistake on a form is found in one pass and
reported together (WorkoutFormError.problems, in the order the form shows its fields), so the user fixes them
all at once instead of one per save.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

import pendulum

from tui.domain import input_limits
from tui.domain.catalogue.model import Routine
from tui.domain.counts import count
from tui.domain.moments import YEARS, Moment, check_year
from tui.domain.printable import printable
from tui.domain.workout.breakdown import lasted_s
from tui.domain.workout.model import LoggedSet, Workout, new_id
from tui.domain.workout.plan import plan_for
from tui.domain.workout.plan_changes import ADDED_HOLD_S, ADDED_REPS
from tui.domain.workout.prefill import values_for
from tui.domain.workout.set_values import SetValueError, SetValues, check_one_count

MAX_NAME = input_limits.WORKOUT_NAME
MAX_NOTE = input_limits.WORKOUT_NOTE

# ASCII digits (`\d` takes full-width ones too); the month and the day as a phone's user types them too, 2021-6-15.
_DATE = re.compile(r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$")
_TIME = re.compile(r"^[0-9]{1,2}:[0-9]{2}$")
_MINUTES = re.compile(r"^[0-9]+$")
MAX_MINUTES = 24 * 60


@dataclass(frozen=True)
class FormProblem:
    """One mistake: the field at fault ("name", "note", "date", "time", "minutes" or "sets") and what is wrong.

    For "sets", position is the set's number (from 1), so the form can move its cursor to that set.
    """

    field: str
    message: str
    position: int | None = None


class WorkoutFormError(ValueError):
    """What is wrong with a form, every problem at once; str() reads them one per line."""

    def __init__(self, problems: Sequence[FormProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(problem.message for problem in self.problems))


def values_of(logged: LoggedSet, units: str | None = None) -> SetValues:
    """A logged set's values, as the set editor shows them (see SetValues.of); raises SetValueError for values it
    would refuse."""
    return SetValues.of(logged, units)


def with_values(logged: LoggedSet, values: SetValues) -> LoggedSet:
    """The set with the edited values, keeping its id, exercise, time and circuit round."""
    return replace(
        logged, reps=values.reps, hold_s=values.hold_s, load=values.load, unit=values.unit, bands=values.bands,
        side=values.side, rpe=values.rpe, note=values.note, set_type=values.set_type,
    )


def another_set(like: LoggedSet) -> LoggedSet:
    """A new set after `like`: the same exercise and values (as Strong adds a set), a new id, no round. Not its
    note: a note says something about that one set ("left elbow hurt")."""
    return replace(like, id=new_id(), round=None, note="")


def first_set(exercise_id: str, at: Moment, is_hold: bool, units: str, like: Sequence[LoggedSet] = ()) -> LoggedSet:
    """A new set of an exercise picked for the form, for the user to correct: the values of the first working set
    of `like` (its last set on the form, else last time's sets: Strong fills a new exercise in from last time),
    else the bottom of the target an exercise added to a workout gets (one rep, or a 1 s hold, was saved unnoticed
    as a set of one)."""
    blank = LoggedSet(id=new_id(), exercise_id=exercise_id, logged_at=at, reps=None if is_hold else ADDED_REPS.low,
                      hold_s=ADDED_HOLD_S.low if is_hold else None, unit=units)
    measured = (is_hold, not is_hold)  # (a hold, reps): a set counted as the new one is
    previous = next((s for s in like if not s.is_warmup and not s.is_cardio
                     and (s.hold_s is not None, s.reps is not None) == measured), None)
    if previous is None:
        return blank
    copied = replace(blank, reps=previous.reps, hold_s=previous.hold_s, load=previous.load, unit=previous.unit,
                     bands=previous.bands)
    try:
        values_of(copied)  # history keeps any value; the set form takes only what it could log
    except SetValueError:
        return blank
    return copied


def set_problem(logged: LoggedSet, position: int, exercise_name: str) -> FormProblem | None:
    """What is wrong with one set, by the rules of a set logged live; None when nothing is."""
    where = f"Set {position} ({exercise_name})"
    try:
        values_of(logged)
        check_one_count(logged.reps, logged.hold_s)
    except SetValueError as error:
        return FormProblem("sets", f"{where}: {error}", position)
    return None


def _name_problem(name: str, routine_picker: bool = False) -> FormProblem | None:
    """routine_picker: the form has one (a workout added afterwards), and picking a routine names the workout."""
    if not name:
        return FormProblem("name", "The workout needs a name" + (" (or pick a routine)" if routine_picker else ""))
    if len(name) > MAX_NAME:
        return FormProblem("name", f"The name is too long: at most {MAX_NAME} characters")
    return None


def _note_problem(note: str) -> FormProblem | None:
    if len(note) > MAX_NOTE:
        return FormProblem("note", f"The note is too long: at most {MAX_NOTE} characters")
    return None


def check_name(name: str) -> str:
    """The workout's name as it is kept (control characters dropped, trimmed); WorkoutFormError when unfit."""
    name = printable(name).strip()
    _raise_if([_name_problem(name)])
    return name


def check_note(note: str) -> str:
    """The workout's note as it is kept (control characters dropped, trimmed); WorkoutFormError when too long."""
    note = printable(note).strip()
    _raise_if([_note_problem(note)])
    return note


def _sets_problems(
    sets: Sequence[LoggedSet], exercise_names: Mapping[str, str], kept: Sequence[LoggedSet] = ()
) -> list[FormProblem]:
    """The problems of the form's sets. A set kept exactly as it was (in `kept`, the workout before the edit) is
    not held to the form's rules: an import may bring 1000 reps, or reps with a hold, and renaming the workout
    must not make the user change them. A cardio entry is never checked as a set either."""
    if not sets:
        return [FormProblem("sets", "Add at least one set")]
    untouched = list(kept)  # compared by value: a set changed in any field is checked
    found = (set_problem(logged, position, exercise_names.get(logged.exercise_id, logged.exercise_id))
             for position, logged in enumerate(sets, start=1)
             if logged not in untouched and not logged.is_cardio)
    return [problem for problem in found if problem is not None]


def _raise_if(problems: Sequence[FormProblem | None]) -> None:
    present = [problem for problem in problems if problem is not None]
    if present:
        raise WorkoutFormError(present)


@dataclass(frozen=True)
class WhenTyped:
    """The edit form's start and duration as typed: a date and a time in the workout's own zone, and whole minutes
    (blank: not measured, as a workout added afterwards)."""

    date: str
    time: str
    minutes: str


def when_of(workout: Workout) -> WhenTyped:
    """A workout's start and duration as the edit form first shows them."""
    local = workout.started_at.local
    lasted = lasted_s(workout)
    return WhenTyped(f"{local:%Y-%m-%d}", f"{local:%H:%M}", "" if lasted is None else str((lasted + 30) // 60))


def _minutes_problem(text: str) -> FormProblem | None:
    text = text.strip()
    if text and not _MINUTES.match(text):
        return FormProblem("minutes", f"The duration must be whole minutes, like 45 (or blank), not {text!r}")
    # Compared as text first: int() refuses a number of thousands of digits, pasted in.
    if text and (len(text) > len(str(MAX_MINUTES)) or int(text) > MAX_MINUTES):
        return FormProblem("minutes", f"A workout lasts at most {MAX_MINUTES} minutes (24 hours)")
    return None


def start_and_duration_problems(workout: Workout, when: WhenTyped, now_utc: pendulum.DateTime) -> list[FormProblem]:
    """What is wrong with the start and duration typed: the add form's rules for the start (a real, past moment),
    whole minutes for the duration, and no finish in the future. A start left as shown is not checked again."""
    shown = when_of(workout)
    moved = (when.date.strip(), when.time.strip()) != (shown.date, shown.time)
    start = start_problems(when.date, when.time, workout.started_at.zone, now_utc) if moved else []
    minutes = _minutes_problem(when.minutes)
    if not start and minutes is None:
        begun, finish, _shift = _new_times(workout, when, now_utc)
        if finish is not None and finish.utc > now_utc and (moved or when.minutes.strip() != shown.minutes):
            minutes = _ends_after_now(begun, finish, now_utc)
    return [*start, *([minutes] if minutes is not None else [])]


def _new_times(workout: Workout, when: WhenTyped, now_utc: pendulum.DateTime) -> tuple[Moment, Moment | None, float]:
    """The start and finish the form gives the workout, and how far it moved (seconds). A start left as shown keeps
    its seconds; a duration left as shown keeps its seconds too, moved with the start."""
    shown = when_of(workout)
    start, shift = workout.started_at, 0.0
    if (when.date.strip(), when.time.strip()) != (shown.date, shown.time):
        start = parse_start(when.date, when.time, workout.started_at.zone, now_utc)
        shift = start.seconds_after(workout.started_at)
    if when.minutes.strip() == shown.minutes:
        finish = workout.finished_at if workout.finished_at is None or not shift else workout.finished_at.later(shift)
    else:
        minutes = when.minutes.strip()
        finish = start.later(int(minutes) * 60) if minutes else start  # blank: finishes as it starts (unmeasured)
    return start, finish, shift


def edited_workout(
    workout: Workout, name: str, note: str, sets: Sequence[LoggedSet], exercise_names: Mapping[str, str],
    when: WhenTyped | None = None, now_utc: pendulum.DateTime | None = None,
) -> Workout:
    """workout with its name, note, sets and (when given) start and duration as the form has them: sets edited,
    added, removed or reordered, the whole workout moved to another day or time.

    A set that stays keeps its id (a retried save never duplicates it) and its time, moved with the start; an
    added set is timed like the set before it, since nobody timed it.
    """
    name, note = printable(name).strip(), printable(note).strip()
    if when is not None and now_utc is None:
        raise ValueError("a start typed needs the time now, to refuse one in the future")
    when_problems = [] if when is None or now_utc is None else start_and_duration_problems(workout, when, now_utc)
    # In the order the edit form shows its fields: the first problem is the first field at fault. As with the sets,
    # a name or note kept as it was is not refused: an import's name of 10,035 characters made every edit of its
    # workout, its note's too, impossible until the name was cut.
    kept_name, kept_note = name == printable(workout.name).strip(), note == printable(workout.note).strip()
    _raise_if([None if kept_name else _name_problem(name), None if kept_note else _note_problem(note), *when_problems,
               *_sets_problems(sets, exercise_names, workout.sets)])
    start, finish, shift = (workout.started_at, workout.finished_at, 0.0) if when is None or now_utc is None \
        else _new_times(workout, when, now_utc)
    timed: list[LoggedSet] = []
    for logged in sets:
        known = any(existing.id == logged.id for existing in workout.sets)
        if known:
            at = logged.logged_at.later(shift) if shift else logged.logged_at
        else:
            at = timed[-1].logged_at if timed else start
        timed.append(replace(logged, logged_at=at))
    return replace(workout, name=name, note=note, started_at=start, finished_at=finish, sets=tuple(timed))


def in_logged_order(sets: Sequence[LoggedSet], logged: Sequence[LoggedSet]) -> list[LoggedSet]:
    """The sets a form lists in the workout's order (breakdown.sets_as_listed) back in the order they were logged
    (`logged`), each set the form added after the one it followed there: only what was typed changes on saving,
    a circuit's rounds and a superset's turns stay as they were done."""
    place = {existing.id: index for index, existing in enumerate(logged)}
    runs: list[tuple[int, list[LoggedSet]]] = []  # a set logged before, with the sets added after it
    for one in sets:
        if one.id in place or not runs:
            runs.append((place.get(one.id, -1), [one]))
        else:
            runs[-1][1].append(one)
    return [one for _, run in sorted(runs, key=lambda run: run[0]) for one in run]


def edit_onto(before: Workout, edited: Workout, stored: Workout) -> Workout:
    """The form's edit (from `before` to `edited`) made to the workout as it is stored now.

    Another window may have changed the workout since the form opened: what the form did not change stays as that
    window left it. The name and the note as the form has them if it changed them; the stored sets, less those
    the form removed, each as the form has it if the form changed it; then the sets the form added. Nobody else
    changed it: the form's workout as it is, its order of sets too.
    """
    if stored == before:
        return edited
    before_sets = {logged.id: logged for logged in before.sets}
    kept_here = {logged.id: logged for logged in edited.sets}
    changed_here = {key: logged for key, logged in kept_here.items() if before_sets.get(key, logged) != logged}
    sets = [changed_here.get(logged.id, logged) for logged in stored.sets
            if logged.id in kept_here or logged.id not in before_sets]
    stored_ids = {logged.id for logged in stored.sets}
    sets += [logged for logged in edited.sets if logged.id not in before_sets and logged.id not in stored_ids]
    return replace(
        stored,
        name=edited.name if edited.name != before.name else stored.name,
        note=edited.note if edited.note != before.note else stored.note,
        started_at=edited.started_at if edited.started_at != before.started_at else stored.started_at,
        finished_at=edited.finished_at if edited.finished_at != before.finished_at else stored.finished_at,
        sets=tuple(sets),
    )


def start_problems(date_text: str, time_text: str, zone: str, now_utc: pendulum.DateTime) -> list[FormProblem]:
    """What is wrong with the start of a workout logged afterwards (an impossible date and time: both); none when
    it is a real past moment."""
    try:
        parse_start(date_text, time_text, zone, now_utc)
    except WorkoutFormError as error:
        return list(error.problems)
    return []


def parse_start(date_text: str, time_text: str, zone: str, now_utc: pendulum.DateTime) -> Moment:
    """The start of a workout logged afterwards, in zone; refused when malformed or in the future."""
    date_text, time_text = date_text.strip(), time_text.strip()
    # Each part's fault said at once, and as such: "2026-11-31 25:00 is not a real date and time" named neither,
    # and a date typed as 07/12/2026 hid the time's fault until it was put right.
    problems = []
    year = month = day = hour = minute = 0
    if not _DATE.match(date_text):
        problems.append(FormProblem("date", f"The date must look like 2026-11-20, not {date_text!r}"))
    else:
        year, month, day = (int(part) for part in date_text.split("-"))
        try:
            check_year(year)  # 0001-01-01 was a crash
            date(year, month, day)
        except ValueError as error:
            problems.append(FormProblem("date", _not_a_date(date_text, year, month) if year in YEARS else
                                        f"{date_text} cannot be kept: {error}"))
    if not _TIME.match(time_text):
        problems.append(FormProblem("time", f"The time must look like 18:30, not {time_text!r}"))
    else:
        hour, minute = (int(part) for part in time_text.split(":"))
        if hour > 23 or minute > 59:
            problems.append(FormProblem("time", f"{time_text} is not a time of day: hours go to 23, minutes to 59"))
    if problems:
        raise WorkoutFormError(problems)
    try:
        local = pendulum.datetime(year, month, day, hour, minute, tz=zone)
        start = Moment.at(local, zone)
    except ValueError as error:  # a year at the calendar's ends, moved past them by the zone
        raise WorkoutFormError([FormProblem("date", f"{date_text} cannot be kept: {error}")]) from None
    if (local.hour, local.minute) != (hour, minute):  # a time the clocks skip, moved on by the hour they skip
        raise WorkoutFormError([FormProblem("time", f"{time_text} did not happen on {date_text} in {zone}, where the "
                                                    f"clocks went forward: {local:%H:%M} is the same moment")])
    if local > now_utc:
        raise WorkoutFormError([FormProblem("date", "That start is in the future: log a workout once it has happened")])
    return start


def _not_a_date(text: str, year: int, month: int) -> str:
    if not 1 <= month <= 12:
        return f"{text} is not a date: months go from 1 to 12"
    days = count(calendar.monthrange(year, month)[1], "day")
    return f"{text} is not a date: {calendar.month_name[month]} {year} has {days}"


def logged_afterwards(
    date_text: str, time_text: str, zone: str, now_utc: pendulum.DateTime, name: str, routine_id: str | None,
    note: str, sets: Sequence[LoggedSet], exercise_names: Mapping[str, str], minutes_text: str = "",
) -> Workout:
    """A finished workout the user did not log live, lasting the minutes typed. Its sets are stamped with its start
    (the real times are unknown); with no minutes it finishes when it starts, claiming no duration."""
    name, note = printable(name).strip(), printable(note).strip()
    # Listed in the order the form shows its fields, so the first problem is the first field at fault.
    problems = [*added_start_problems(date_text, time_text, minutes_text, zone, now_utc),
                _name_problem(name, routine_picker=True),
                _note_problem(note), *_sets_problems(sets, exercise_names)]
    _raise_if(problems)
    start = parse_start(date_text, time_text, zone, now_utc)
    minutes = minutes_text.strip()
    return Workout(
        id=new_id(), routine_id=routine_id, name=name, started_at=start,
        finished_at=start.later(int(minutes) * 60) if minutes else start,
        sets=tuple(replace(logged, logged_at=start) for logged in sets), note=note,
    )


def added_start_problems(date_text: str, time_text: str, minutes_text: str, zone: str,
                         now_utc: pendulum.DateTime) -> list[FormProblem]:
    """What is wrong with a workout added afterwards's start and minutes: a real, past start, whole minutes (or
    blank), and no finish in the future."""
    start = start_problems(date_text, time_text, zone, now_utc)
    minutes = _minutes_problem(minutes_text)
    if not start and minutes is None and minutes_text.strip():
        begun = parse_start(date_text, time_text, zone, now_utc)
        finish = begun.later(int(minutes_text.strip()) * 60)
        if finish.utc > now_utc:
            minutes = _ends_after_now(begun, finish, now_utc)
    return [*start, *([minutes] if minutes is not None else [])]


def _ends_after_now(start: Moment, finish: Moment, now_utc: pendulum.DateTime) -> FormProblem:
    """A duration that runs past now, with the latest start it fits: the add form starts at the time it opened,
    and "45" minutes was refused with no word of what would do."""
    latest = start.later((now_utc - finish.utc).total_seconds()).local  # as far back as it ends after now
    when = f"{latest:%H:%M}" if latest.date() == start.local.date() else f"{latest:%Y-%m-%d %H:%M}"
    return FormProblem("minutes", f"That duration ends in the future: a workout is logged once it is over (with "
                                  f"these minutes, it started at {when} at the latest)")


def planned_sets(routine: Routine, at: Moment, units: str,
                 last_time: Mapping[str, Sequence[LoggedSet]] | None = None) -> list[LoggedSet]:
    """The routine's sets in order, for the user to correct: each filled as the workout fills its first set, from
    the set done in its place last time (`last_time`: each exercise's sets then), else the low end of its target.
    Left at the target with no load, a band row or a dumbbell row went into history with neither. A circuit's
    sets say their round, as a live workout's do: without, the workout was done again as straight sets."""
    last_time = last_time or {}
    return [
        with_values(LoggedSet(id=new_id(), exercise_id=slot.exercise_id, logged_at=at, unit=units, round=slot.round),
                    values_for(slot, tuple(last_time.get(slot.exercise_id, ())), units))
        for slot in plan_for(routine, default_rest_s=0)
    ]
