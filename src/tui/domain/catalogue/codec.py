"""Routines to and from plain data: the same shape in data/routines.toml, the store and exports."""

from __future__ import annotations

from typing import Any

from tui.domain.catalogue.fields import EntryReader
from tui.domain.catalogue.model import Focus, Routine, RoutineEntry, RoutineFormat
from tui.domain.input_limits import LONGEST_HOLD_S, LONGEST_REST_S, MOST_PLANNED, MOST_REPS
from tui.domain.printable import one_line
from tui.domain.ranges import IntRange

ROUTINE_FIELDS = (
    "id", "name", "description", "format", "focus", "rounds", "rest_after_round_s", "weekly_sessions",
    "source", "ours", "exercise",
)
ENTRY_FIELDS = ("exercise", "sets", "reps", "hold_s", "per_side", "rest_s", "ours")


def routine_from_data(raw: Any, file: str, shipped: bool, may_be_empty: bool = False) -> Routine:
    """Read and validate one routine; raises DataFileError naming the file, routine and field. may_be_empty: a
    workout's own copy, which an empty workout starts with no exercise in."""
    label = f"routine '{raw.get('id', '?')}'" if isinstance(raw, dict) else "routine"
    reader = EntryReader(raw, file, label)
    reader.only(*ROUTINE_FIELDS)
    routine_format = reader.choice("format", RoutineFormat)
    entries = tuple(
        _entry_from_data(item, file, f"{label}, exercise {number}", routine_format)
        for number, item in enumerate(reader.entries("exercise", may_be_empty=may_be_empty), start=1)
    )
    rounds = reader.range("rounds", minimum=1, maximum=MOST_PLANNED)
    if routine_format is RoutineFormat.CIRCUIT and rounds is None:
        reader.fail("rounds", "is missing; a circuit needs a number of rounds")
    if routine_format is RoutineFormat.STRAIGHT_SETS and rounds is not None:
        reader.fail("rounds", "only applies to circuits")
    return Routine(
        id=reader.text("id"),
        name=one_line(reader.text("name")),  # an import's "Line one\nline two" split the list's row in two
        description=reader.text("description", required=False),
        format=routine_format,
        # A routine of the user's own exercises only (added by hand) works nothing the catalogue can name.
        focus=reader.choices("focus", Focus, non_empty=shipped),
        entries=entries,
        rounds=rounds,
        rest_after_round_s=reader.range("rest_after_round_s", maximum=LONGEST_REST_S),
        weekly_sessions=reader.range("weekly_sessions", minimum=1),
        source=reader.text("source", required=shipped) or None,
        shipped=shipped,
        ours=reader.texts("ours", required=False),
    )


def _entry_from_data(raw: Any, file: str, label: str, routine_format: RoutineFormat) -> RoutineEntry:
    reader = EntryReader(raw, file, label)
    reader.only(*ENTRY_FIELDS)
    # The editor's limits, the set form's and `+`'s: a rest of 99999 s edited in by hand ran as 27:46:39 (`-` then
    # made it an hour at once), and the editor saved it back unchecked.
    reps = reader.range("reps", minimum=1, maximum=MOST_REPS)
    hold_s = reader.range("hold_s", minimum=1, maximum=LONGEST_HOLD_S)
    if (reps is None) == (hold_s is None):
        reader.fail("reps", "give either reps or hold_s, not both or neither")
    sets = reader.range("sets", minimum=1, maximum=MOST_PLANNED)
    if sets is None:
        if routine_format is RoutineFormat.STRAIGHT_SETS:
            reader.fail("sets", "is missing")
        sets = IntRange.exactly(1)  # a circuit does each exercise once a round unless told otherwise
    return RoutineEntry(
        exercise_id=reader.text("exercise"),
        sets=sets,
        reps=reps,
        hold_s=hold_s,
        per_side=bool(reader.flag("per_side", default=False)),
        rest_s=reader.range("rest_s", maximum=LONGEST_REST_S),
        ours=reader.texts("ours", required=False),
    )


def routine_to_data(routine: Routine) -> dict[str, Any]:
    """The plain-data form routine_from_data reads back to an equal routine."""
    data: dict[str, Any] = {
        "id": routine.id,
        "name": routine.name,
        "format": routine.format.value,
        "focus": [f.value for f in routine.focus],
        "exercise": [_entry_to_data(entry) for entry in routine.entries],
    }
    if routine.description:
        data["description"] = routine.description
    optional = {
        "rounds": routine.rounds,
        "rest_after_round_s": routine.rest_after_round_s,
        "weekly_sessions": routine.weekly_sessions,
    }
    data.update({key: value.to_data() for key, value in optional.items() if value is not None})
    if routine.source:
        data["source"] = routine.source
    if routine.ours:
        data["ours"] = list(routine.ours)
    return data


def _entry_to_data(entry: RoutineEntry) -> dict[str, Any]:
    data: dict[str, Any] = {"exercise": entry.exercise_id, "sets": entry.sets.to_data()}
    for key, value in (("reps", entry.reps), ("hold_s", entry.hold_s), ("rest_s", entry.rest_s)):
        if value is not None:
            data[key] = value.to_data()
    if entry.per_side:
        data["per_side"] = True
    if entry.ours:
        data["ours"] = list(entry.ours)
    return data
