"""Which of a set's optional fields its form asks for: the ones its exercise can use, and any the set has; and
what it is done with that its values do not say yet (a first bench press has no load).

A form of eight fields for a dumbbell row asked for bands and a side it never has; on a phone that is two of its
twenty rows. A field is left out only where the exercise cannot use it, and never when the set already has a
value in it (a band logged with an imported row, a side on a set edited in History): what a set holds is
always shown, and kept as it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from tui.domain.catalogue.model import Equipment, Exercise
from tui.domain.workout.set_values import SetValues


@dataclass(frozen=True)
class SetFields:
    """The optional fields shown; reps or hold, RPE, set type and note always are."""

    load: bool = True  # the load and its unit
    bands: bool = True
    side: bool = True


EVERY_FIELD = SetFields()


def set_fields(values: SetValues, exercise: Exercise | None) -> SetFields:
    """The fields for a set of `exercise` (None: one of the user's own, whose kit nobody said: every field).

    A band exercise takes no load; bands go with a band exercise and with one of the body's weight done for reps
    (a band assisting a pull-up, resisting a push-up; a plank is held with none); a side with a set done on one,
    or of an exercise done per side (a set added in History, or imported from an app that writes no side)."""
    if exercise is None:
        return EVERY_FIELD
    kit = set(exercise.equipment)
    return SetFields(
        load=kit != {Equipment.BAND} or values.load is not None,
        bands=Equipment.BAND in kit or (exercise.bodyweight and not exercise.measurement.is_hold) or bool(values.bands),
        side=values.side is not None or exercise.measurement.per_side,
    )


WEIGHTS = frozenset({Equipment.DUMBBELL, Equipment.KETTLEBELL, Equipment.BARBELL_OR_MACHINE})


def not_said_yet(values: SetValues, exercise: Exercise | None) -> str | None:
    """What the set is done with that its values do not say yet: "load" for a weight lifted (a dumbbell,
    kettlebell, barbell or machine, not the body's weight), "band" for a band exercise; None when nothing is
    missing. A first bench press, with no last time to start from, has no load."""
    if exercise is None:
        return None
    kit = set(exercise.equipment)
    if values.load is None and not exercise.bodyweight and WEIGHTS & kit:
        return "load"
    if not values.bands and Equipment.BAND in kit:
        return "band"
    return None
