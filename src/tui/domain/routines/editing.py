"""Editing the user's own routines: what they type becomes a valid Routine, or they are told exactly what is wrong.

Nothing here saves anything; the screen saves the Routine that build_routine returns, so an invalid routine
never reaches the store.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace

from tui.domain import input_limits
from tui.domain.catalogue.codec import routine_from_data, routine_to_data
from tui.domain.catalogue.ids import copy_name, unique_id
from tui.domain.catalogue.model import Exercise, Focus, Routine, RoutineEntry, RoutineFormat
from tui.domain.errors import DataFileError
from tui.domain.printable import one_line, printable, quoted
from tui.domain.ranges import IntRange

NAME_MAX = input_limits.ROUTINE_NAME


@dataclass(frozen=True)
class Limit:
    label: str  # the field's name as the form shows it
    minimum: int
    maximum: int
    seconds: bool = False  # accepts "45 s" and "1:30"


# Generous bounds: they catch typing slips (300 sets, a 9000 s rest) without second-guessing training choices; a
# set's reps and hold as the set form logs them.
SETS = Limit("Sets", 1, 20)
REPS = Limit("Reps", 1, input_limits.MOST_REPS)
HOLD = Limit("Hold", 1, input_limits.LONGEST_HOLD_S, seconds=True)
REST = Limit("Rest", 0, input_limits.LONGEST_REST_S, seconds=True)  # as Settings' default rest and `+` take it
ROUNDS = Limit("Rounds", 1, 20)
ROUND_REST = Limit("Rest after each round", 0, input_limits.LONGEST_REST_S, seconds=True)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with what was typed: the field it is in and a message that says how to fix it."""

    field: str
    message: str
    entry: int | None = None  # which exercise (from 0), for problems found when saving the whole routine


class RoutineInputError(ValueError):
    """What the user typed cannot be saved; problems lists every reason."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(problem.message for problem in self.problems))


# ASCII digits only, as in every figure field: `\d` would take "１２" (full-width) or "٣" as numbers.
_NUMBER = r"([0-9]+(?::[0-9][0-9])?)"
_RANGE = re.compile(rf"^{_NUMBER}(?:\s*(?:-|–|—|to)\s*{_NUMBER})?$")
_SECONDS_UNIT = re.compile(r"\s*(?:s|sec|secs|second|seconds)$")


def _whole(token: str, limit: Limit) -> int | None:
    if len(token) > 12:  # far beyond any limit; int() would refuse thousands of digits with a bare ValueError
        return None
    if ":" in token:
        if not limit.seconds:
            return None
        minutes, seconds = token.split(":")
        return int(minutes) * 60 + int(seconds) if int(seconds) < 60 else None
    return int(token)


def parse_range(text: str, limit: Limit, field: str, required: bool = True) -> IntRange | None:
    """A whole number or a range ("12", "12-15", "12 to 15"; "45 s", "1:30" for seconds) within limit.

    Raises RoutineInputError with one Problem for field; returns None for a blank optional field.
    """
    unit = " s" if limit.seconds else ""
    example = "45" if limit.seconds else "3"
    cleaned = text.strip().lower()
    if limit.seconds:
        cleaned = _SECONDS_UNIT.sub("", cleaned)
        if not cleaned and text.strip():  # " s": a unit with no figure is a slip, not a blank field
            raise RoutineInputError([Problem(
                field, f"{limit.label}: '{text.strip()}' has a unit but no number; type a number like 45 s.")])
    if not cleaned:
        if not required:
            return None
        raise RoutineInputError([Problem(field, f"{limit.label}: needed; type a number like {example}.")])
    found = _RANGE.match(cleaned)
    if not found and cleaned[:1] in "-−" and _RANGE.match(cleaned[1:].lstrip()):  # "-5" is a number, too small
        raise RoutineInputError([Problem(field, f"{limit.label}: no sign belongs here; type a number of "
                                                f"{limit.minimum}{unit} or more, like {example}{unit}.")])
    values = [_whole(token, limit) for token in found.groups() if token is not None] if found else [None]
    if None in values:
        raise RoutineInputError([Problem(
            field, f"{limit.label}: '{text.strip()}' is not a whole number; type one like {example} "
                   f"or a range like {example}-{int(example) * 2}.",
        )])
    low, high = values[0], values[-1]
    assert low is not None and high is not None
    if high < low:
        message = f"{limit.label}: {low}-{high} runs backwards; put the smaller number first."
    elif low < limit.minimum:
        message = f"{limit.label}: must be at least {limit.minimum}{unit}."
    elif high > limit.maximum:
        message = f"{limit.label}: must be at most {limit.maximum}{unit}."
    else:
        return IntRange(low, high)
    raise RoutineInputError([Problem(field, message)])


def _checked(problems: list[Problem], text: str, limit: Limit, field: str, required: bool = True) -> IntRange | None:
    """parse_range, noting a problem instead of stopping, so the user hears about every field at once."""
    try:
        return parse_range(text, limit, field, required)
    except RoutineInputError as error:
        problems.extend(error.problems)
        return None


@dataclass(frozen=True)
class EntryForm:
    """One exercise's fields as typed: sets, reps or hold seconds, per side, rest."""

    sets: str
    amount: str  # reps, or hold seconds for a hold
    per_side: bool
    rest: str


def entry_form(entry: RoutineEntry) -> EntryForm:
    amount = entry.hold_s if entry.hold_s is not None else entry.reps
    return EntryForm(str(entry.sets), str(amount or ""), entry.per_side, str(entry.rest_s or ""))


ONE_SET, STRAIGHT_SETS_START, REST_START = IntRange.exactly(1), IntRange.exactly(3), IntRange(60, 90)


def new_entry(exercise: Exercise, routine_format: RoutineFormat) -> RoutineEntry:
    """A starting point for an added exercise, from the sources' common figures: 3 x 10-12, 30-60 s holds,
    60-90 s rest; in a circuit one set a round and no rest of its own."""
    circuit = routine_format is RoutineFormat.CIRCUIT
    hold = exercise.measurement.is_hold
    return RoutineEntry(
        exercise_id=exercise.id,
        sets=ONE_SET if circuit else STRAIGHT_SETS_START,
        reps=None if hold else (IntRange.exactly(10) if circuit else IntRange(10, 12)),
        hold_s=(IntRange.exactly(30) if circuit else IntRange(30, 60)) if hold else None,
        per_side=exercise.measurement.per_side,
        rest_s=None if circuit else REST_START,
    )


def entry_in_format(entry: RoutineEntry, routine_format: RoutineFormat) -> RoutineEntry:
    """An exercise of a routine switched to another format, shaped as one added in it starts: in a circuit one set
    a round and no rest of its own (3 x 10-12 in each of 2 rounds read "one set of each exercise a round" and
    did 18 sets); in straight sets, one set becomes 3 sets, with 60-90 s rest unless the user gave it a rest (one
    given in the circuit left it at "1 x 10 reps · rest 20 s"). Reps, holds, sides stay, and any other sets or
    rest: the user's own."""
    if routine_format is RoutineFormat.CIRCUIT:
        shaped = entry._replace(sets=ONE_SET, rest_s=None)
    elif entry.sets == ONE_SET:
        shaped = entry._replace(sets=STRAIGHT_SETS_START, rest_s=entry.rest_s or REST_START)
    else:
        return entry
    changed = {name for name in ("sets", "rest_s") if getattr(shaped, name) != getattr(entry, name)}
    return shaped._replace(ours=tuple(name for name in entry.ours if name not in changed))


def entry_from_form(form: EntryForm, exercise: Exercise, previous: RoutineEntry | None = None) -> RoutineEntry:
    """The entry the form describes; raises RoutineInputError listing every field that is wrong.

    A figure the user changes is theirs now, so it loses its "ours" mark.
    """
    problems: list[Problem] = []
    hold = exercise.measurement.is_hold
    sets = _checked(problems, form.sets, SETS, "sets")
    amount = _checked(problems, form.amount, HOLD if hold else REPS, "hold_s" if hold else "reps")
    rest = _checked(problems, form.rest, REST, "rest_s", required=False)
    if problems:
        raise RoutineInputError(problems)
    entry = RoutineEntry(
        exercise_id=exercise.id,
        sets=sets or IntRange.exactly(1),
        reps=None if hold else amount,
        hold_s=amount if hold else None,
        per_side=form.per_side or exercise.measurement.per_side,  # a per-side exercise is always per side
        rest_s=rest,
    )
    if previous is not None and previous.exercise_id == exercise.id:
        kept = tuple(name for name in previous.ours if getattr(previous, name, None) == getattr(entry, name, None))
        entry = entry._replace(ours=kept)
    return entry


@dataclass(frozen=True)
class RoutineDraft:
    """A routine being edited: the routine-wide fields as typed, and entries already checked one by one."""

    name: str
    format: RoutineFormat
    rounds: str
    rest_after_round: str
    entries: tuple[RoutineEntry, ...]
    base: Routine | None = None  # the saved routine being edited; None for a new one

    def with_format(self, routine_format: RoutineFormat) -> RoutineDraft:
        """The draft in another format, its exercises shaped for it (entry_in_format); a new circuit starts from 3
        rounds and the sources' 60-90 s rest."""
        entries = tuple(entry_in_format(entry, routine_format) for entry in self.entries)
        if routine_format is not RoutineFormat.CIRCUIT or self.rounds:
            return replace(self, format=routine_format, entries=entries)
        return replace(self, format=routine_format, entries=entries, rounds="3",
                       rest_after_round=self.rest_after_round or "60-90")

    def with_entry(self, index: int, entry: RoutineEntry) -> RoutineDraft:
        entries = list(self.entries)
        entries[index] = entry
        return replace(self, entries=tuple(entries))

    def with_added(self, entry: RoutineEntry, after: int | None = None) -> RoutineDraft:
        """Adds entry after position `after` (at the end when None)."""
        entries = list(self.entries)
        entries.insert(len(entries) if after is None else after + 1, entry)
        return replace(self, entries=tuple(entries))

    def without(self, index: int) -> RoutineDraft:
        return replace(self, entries=self.entries[:index] + self.entries[index + 1:])

    def moved(self, index: int, step: int) -> tuple[RoutineDraft, int]:
        """The entry at index moved step places (clamped at the ends), and where it is now."""
        target = max(0, min(len(self.entries) - 1, index + step))
        entries = list(self.entries)
        entries.insert(target, entries.pop(index))
        return replace(self, entries=tuple(entries)), target


def blank_draft() -> RoutineDraft:
    return RoutineDraft(name="", format=RoutineFormat.STRAIGHT_SETS, rounds="", rest_after_round="", entries=())


def draft_of(routine: Routine) -> RoutineDraft:
    """A draft holding the routine as it is saved, for the editor to start from."""
    return RoutineDraft(
        name=routine.name,
        format=routine.format,
        rounds=str(routine.rounds or ""),
        rest_after_round=str(routine.rest_after_round_s or ""),
        entries=routine.entries,
        base=routine,
    )


def focus_of(entries: Iterable[RoutineEntry], exercises: Mapping[str, Exercise]) -> tuple[Focus, ...]:
    """What the routine works, from its exercises: the most often worked first."""
    counts: Counter[Focus] = Counter(
        focus for entry in entries if entry.exercise_id in exercises for focus in exercises[entry.exercise_id].focus
    )
    order = list(Focus)
    return tuple(sorted(counts, key=lambda focus: (-counts[focus], order.index(focus))))


def build_routine(
    draft: RoutineDraft, exercises: Mapping[str, Exercise], taken_ids: Collection[str],
    taken_names: Collection[str] = (),
) -> Routine:
    """The routine to save; raises RoutineInputError listing every problem. A new routine gets an id from its
    name, unique among taken_ids; an edited one keeps its id, so past workouts still point at it.

    taken_names: the names of every other routine (shipped and the user's); two routines of one name could not
    be told apart in the list or in History, so the name must differ (case and spacing aside).
    """
    problems: list[Problem] = []
    name = one_line(" ".join(printable(draft.name).split()))
    if not name:
        problems.append(Problem("name", "Name: give the routine a name."))
    elif len(name) > NAME_MAX:
        problems.append(Problem("name", f"Name: keep it to {NAME_MAX} characters (it has {len(name)})."))
    elif (taken := next((other for other in taken_names
                         if one_line(" ".join(other.split())).casefold() == name.casefold()), None)) is not None:
        # Named as it is: "a routine called “CAFÉ”" was said of the typed name, of a routine called "Café".
        problems.append(Problem("name", f"Name: there is already a routine called {quoted(taken)}; pick another name."))
    circuit = draft.format is RoutineFormat.CIRCUIT
    rounds = rest_after_round = None
    if circuit:  # a straight-sets routine has no rounds; whatever the hidden fields hold is not saved
        rounds = _checked(problems, draft.rounds, ROUNDS, "rounds")
        rest_after_round = _checked(problems, draft.rest_after_round, ROUND_REST, "rest_after_round_s", False)
    if not draft.entries:
        problems.append(Problem("exercises", "Exercises: add at least one exercise."))
    elif circuit and draft.entries[-1].rest_s is not None:
        # The workout rests after a round's last exercise as the round does: a rest of its own was saved, shown on
        # the routine ("rest 30 s") and never run.
        last = len(draft.entries)
        problems.append(Problem("exercises", f"Exercise {last}: the round's last exercise rests as the round does "
                                             "(Rest after each round); leave its own rest blank.", entry=last - 1))
    for index, entry in enumerate(draft.entries):
        if entry.exercise_id not in exercises:
            problems.append(Problem("exercises", f"Exercise {index + 1}: {quoted(entry.exercise_id)} is not in the "
                                                 "catalogue any more; remove it.", entry=index))
    if problems:
        raise RoutineInputError(problems)
    base = draft.base
    # The words, the sessions a week and the source of the routine copied describe its exercises: kept while the
    # copy holds every one of them, and dropped once one is taken out ("Four gentle stretches ... Source: Upper
    # Body Strength for Runners" over a copy holding only push-ups).
    described = base if base is not None and {entry.exercise_id for entry in base.entries} <= {
        entry.exercise_id for entry in draft.entries} else None
    routine = Routine(
        id=base.id if base is not None and not base.shipped else unique_id(name, taken_ids),
        name=name,
        description=described.description if described else "",
        format=draft.format,
        focus=focus_of(draft.entries, exercises),
        entries=draft.entries,
        rounds=rounds,
        rest_after_round_s=rest_after_round,
        weekly_sessions=described.weekly_sessions if described else None,
        source=described.source if described else None,
        shipped=False,
        ours=_kept_ours(base, rounds, rest_after_round),
    )
    if base is not None and base.shipped:
        routine = without_our_marks(routine)
    try:  # the store reads routines back through the codec: never save one it would refuse
        routine_from_data(routine_to_data(routine), "your routine", shipped=False)
    except DataFileError as error:
        raise RoutineInputError([Problem("routine", str(error))]) from None
    return routine


def _kept_ours(base: Routine | None, rounds: IntRange | None, rest_after_round: IntRange | None) -> tuple[str, ...]:
    if base is None:
        return ()
    now = {"rounds": rounds, "rest_after_round_s": rest_after_round, "weekly_sessions": base.weekly_sessions}
    return tuple(name for name in base.ours if name in now and getattr(base, name) == now[name])


def without_our_marks(routine: Routine) -> Routine:
    """The routine with no figure marked as our default: in the user's copy every figure is theirs to keep or
    change, and "*: the source gives no figure" would no longer be about their routine."""
    return routine._replace(ours=(), entries=tuple(entry._replace(ours=()) for entry in routine.entries))


def copy_routine(routine: Routine, taken_ids: Collection[str], taken_names: Collection[str]) -> Routine:
    """An editable copy of any routine (shipped or the user's), with a new name and id of its own."""
    name = copy_name(routine.name, taken_names)
    return without_our_marks(routine._replace(id=unique_id(name, taken_ids), name=name, shipped=False))
