"""The rules for changing a custom exercise from History: a new name, or "the same as" one of ours.

An import keeps an exercise we do not know by the name the other app gave it; the user may want another name
("DB Pull Apart" -> "Band pull-apart"), or may see it is one of ours after all ("Flat Bench" is our Bench press).
Renaming changes the name only (the id, and so every set, stays). Saying it is one of ours moves every set of it
to our exercise, so history, records, progress and exports count them as that one; the custom exercise stays as
a note of the mapping, so importing the same name again brings it in as ours too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from tui.domain import input_limits
from tui.domain.catalogue.custom_exercises import CUSTOM_PREFIX, CustomExercise, ExerciseNameBook
from tui.domain.catalogue.exercise_names import ExerciseNames, custom_id
from tui.domain.printable import printable, quoted


class CustomExerciseError(ValueError):
    """A change to a custom exercise that cannot be made; the message says why in the user's words."""


def is_custom(exercise_id: str) -> bool:
    """Whether the id is one of the user's own exercises rather than the catalogue's."""
    return exercise_id.startswith(CUSTOM_PREFIX)


def moved_to(value: Any, from_id: str, to_id: str) -> Any:
    """A record (a routine, the workout in progress, as its file holds it) with the custom exercise from_id counted as
    to_id. A routine or the workout in progress names the exercise in several places (entries, the live tracker's
    plan): every string that is exactly the custom id is the exercise, as no other value looks like "custom:..."."""
    if value == from_id:
        return to_id
    if isinstance(value, dict):
        return {key: moved_to(item, from_id, to_id) for key, item in value.items()}
    if isinstance(value, list):
        return [moved_to(item, from_id, to_id) for item in value]
    return value


def why_unchangeable(exercise_id: str, names: ExerciseNameBook) -> str | None:
    """Why the exercise can be neither renamed nor counted as one of ours, in the user's words; None when it can.
    The screens offer their key for it (N) only where this is None."""
    name = names.get(exercise_id, exercise_id)
    if not is_custom(exercise_id):
        return (f"{name} is in our catalogue: only your own exercises (imported or added by you) can be renamed "
                f"or mapped.")
    exercise = names.custom.get(exercise_id)
    if exercise is not None and exercise.same_as:
        return f"{exercise.name} already counts as {name}."
    return None


def clean_name(typed: str) -> str:
    """The name as typed, without control characters and with its blanks tidied; refuses an empty or long one."""
    name = " ".join(printable(typed).split())
    if not name:
        raise CustomExerciseError("type a name: it cannot be empty")
    if len(name) > input_limits.EXERCISE_NAME:
        raise CustomExerciseError(f"a name can be at most {input_limits.EXERCISE_NAME} characters")
    return name


def _ours(name: str, catalogue: ExerciseNames) -> str | None:
    """Our name for the exercise an import reads `name` as, or None: "push up", "pushups" and "Bench Press
    (Barbell)" were taken as names of the user's own, and a CSV export imported again made their sets ours."""
    found = catalogue.find(name)
    return None if found is None else catalogue.name_of(found)


def renamed(exercise: CustomExercise, typed: str, catalogue: ExerciseNames,
            others: Iterable[CustomExercise]) -> CustomExercise:
    """The exercise with the new name; refuses a name one of ours or another of the user's already has (two
    exercises of one name could not be told apart in History, records or an export). `catalogue`: ours alone."""
    name = clean_name(typed)
    key = name.casefold()
    # The user's own first, as an import finds them first; its own name in other letters is its name still.
    for other in others:
        if other.id != exercise.id and not other.same_as and other.name.casefold() == key:
            raise CustomExerciseError(f"you already have an exercise named {quoted(other.name)}")
    ours = None if key == exercise.name.casefold() else _ours(name, catalogue)
    if ours is not None:
        raise CustomExerciseError(f"{quoted(ours)} is an exercise of ours, and an import reads {quoted(name)} as it: "
                                  f"choose “Same as a catalogue exercise” to count these sets as it")
    return exercise._replace(name=name)


def mapped(exercise: CustomExercise, target_id: str, catalogue_names: Mapping[str, str]) -> CustomExercise:
    """The exercise noted as the same as our exercise target_id; refuses an id the catalogue does not have."""
    if target_id not in catalogue_names:
        raise CustomExerciseError("pick an exercise of the catalogue")
    if exercise.cardio:  # its entries are distances and times: counted as a push-up, they read "Push-up: 5.2 km"
        raise CustomExerciseError(f"{quoted(exercise.name)} is cardio (a distance and a time): it can be renamed, but "
                                  f"not counted as one of our exercises, which are done in sets")
    if exercise.same_as:
        counted_as = catalogue_names.get(exercise.same_as, exercise.same_as)
        raise CustomExerciseError(f"{quoted(exercise.name)} already counts as {quoted(counted_as)}")
    return exercise._replace(same_as=target_id)


def new_custom_exercise(typed: str, taken: Iterable[CustomExercise], catalogue: ExerciseNames) -> CustomExercise:
    """A custom exercise the user adds by hand (from a picker): the typed name cleaned; the one they already
    have of that name when there is one (adding it twice gives one exercise, not two). `catalogue`: ours alone."""
    name = clean_name(typed)
    key = name.casefold()
    taken = tuple(taken)
    for other in taken:  # first, as an import finds the user's own by name before ours
        if other.name.casefold() == key and not other.same_as:
            return other
    ours = _ours(name, catalogue)  # as renamed: as an import reads names
    if ours is not None:
        raise CustomExerciseError(f"{quoted(ours)} is in the catalogue already: pick it from the list")
    # The id an import would give this name; another if a renamed exercise of the user's holds that one.
    ids = {other.id for other in taken}
    exercise_id = base = custom_id(name)
    number = 1
    while exercise_id in ids:
        number += 1
        exercise_id = f"{base}-{number}"
    return CustomExercise(exercise_id, name)
