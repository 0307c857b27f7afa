"""A stored workout record read back, or refused by name when a hand edit or a foreign tool broke its shape.

Light (no TinyDB, no lock): `status` reads year files through it when its index is out of date.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.store.errors import BadRecordError

if TYPE_CHECKING:
    from tui.domain.workout.model import Workout


def workout_from_file(doc: Any, path: Path) -> Workout:
    """doc (a record of the file at path) as a Workout; BadRecordError naming the file and the record otherwise.

    The record is checked as far as anything reading it later goes (its moments are turned into local times,
    which needs a known zone), so a bad record is refused here, once, rather than crashing a screen later.
    """
    from tui.domain.workout.model import Workout
    from tui.domain.workout.set_rules import set_record_problem

    try:
        workout = Workout.from_data(doc)
        if not all(isinstance(value, str) for value in (workout.id, workout.name, workout.note)):
            raise TypeError("its id, name and note must be text")
        moments = [workout.started_at, *(logged.logged_at for logged in workout.sets)]
        if workout.finished_at is not None:
            moments.append(workout.finished_at)
        for moment in moments:
            # Raises for an instant whose local time is out of range (the zone was checked as it was read). The
            # standard library's conversion: pendulum's took a fifth of an export of ten years.
            moment.local_plain()
        for logged in workout.sets:
            if not isinstance(logged.id, str) or not isinstance(logged.exercise_id, str):
                raise TypeError("a set's id and exercise must be text")
        for number, record in enumerate(doc.get("sets", ()), start=1):  # each value as an import checks it
            found = set_record_problem(record)
            if found is not None:
                raise ValueError(f"set {number}'s {found[0]} {found[1]}")
    except Exception as error:  # any failure means the record is not one of ours as written
        name = doc.get("id") if isinstance(doc, dict) else None
        raise BadRecordError(path, f"workout {name!r}" if isinstance(name, str) else "a workout record",
                             _problem(error)) from None
    return workout


def _problem(error: Exception) -> str:
    """What is wrong with a record, in words: the checks' own messages as they are ("set 1's reps should be a whole
    number", not "ValueError: set 1's reps..."), a field missing by its name; only another failure by its kind."""
    if isinstance(error, KeyError):
        return f"{error} is missing"
    if isinstance(error, (ValueError, TypeError)) and str(error):
        return str(error)
    return f"{type(error).__name__}: {error}"
