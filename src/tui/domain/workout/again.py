"""A past workout as a plan to do again (Strong's "Perform again", Hevy's "Repeat workout"): an empty workout built
as it went, or a routine changed on the day, is then done once more as it was done, not rebuilt exercise by
exercise."""

from __future__ import annotations

from collections.abc import Container

from tui.domain.catalogue.model import Routine, RoutineEntry, RoutineFormat
from tui.domain.input_limits import MOST_PLANNED
from tui.domain.ranges import IntRange
from tui.domain.workout.breakdown import by_exercise
from tui.domain.workout.model import LoggedSet, Workout
from tui.domain.workout.session import EMPTY_ROUTINE_ID


def plan_of(workout: Workout, known: Container[str], routine: Routine | None = None) -> Routine | None:
    """Its exercises in the workout's order (breakdown.by_exercise), each with as many working sets as were done
    (on each side, for one done per side); warm-ups, runs and exercises no longer known are left out. The target
    and rest of an exercise are its routine's (the routine it was done from, when it still exists, and counts the
    exercise as it was done: reps or a hold); else reps or a hold from the fewest done to the most. A circuit
    stays a circuit of as many rounds. None when nothing is left to do."""
    done = {exercise_id: kept for exercise_id, sets in by_exercise(workout, routine).items() if exercise_id in known
            and (kept := [logged for logged in sets if not (logged.is_warmup or logged.is_cardio)])}
    if not done:
        return None
    rounds = min(max((logged.round or 0 for sets in done.values() for logged in sets), default=0), MOST_PLANNED)
    planned: dict[str, RoutineEntry] = {}
    for entry in routine.entries if routine else ():
        planned.setdefault(entry.exercise_id, entry)
    entries = tuple(_entry(exercise_id, sets, rounds > 0, planned.get(exercise_id))
                    for exercise_id, sets in done.items())
    return Routine(
        id=workout.routine_id or EMPTY_ROUTINE_ID, name=workout.name, description="",
        format=RoutineFormat.CIRCUIT if rounds else RoutineFormat.STRAIGHT_SETS, focus=(), entries=entries,
        rounds=IntRange.exactly(rounds) if rounds else None,
        rest_after_round_s=routine.rest_after_round_s if routine and rounds else None,
    )


def _entry(exercise_id: str, sets: list[LoggedSet], by_round: bool, planned: RoutineEntry | None) -> RoutineEntry:
    per_side = any(logged.side for logged in sets)
    # Sets per side, and per round in a circuit: a side plank's "L, R" three times is three sets.
    groups: dict[tuple[int | None, str | None], int] = {}
    for logged in sets:
        group = (logged.round if by_round else None, logged.side if per_side else None)
        groups[group] = groups.get(group, 0) + 1
    holds = [logged.hold_s for logged in sets if logged.hold_s]
    reps = [logged.reps for logged in sets if logged.reps and not logged.hold_s]  # a failed set's 0 is no target
    hold = bool(holds) and not reps
    times = IntRange.exactly(min(max(groups.values()), MOST_PLANNED))  # an import's thousands: a plan holds fewer
    if planned is not None and (planned.hold_s is not None) == hold and planned.per_side == per_side:
        return planned._replace(sets=times)
    return RoutineEntry(exercise_id=exercise_id, sets=times, reps=None if hold else _range(reps),
                        hold_s=_range(holds) if hold else None, per_side=per_side)


def _range(values: list[int]) -> IntRange:
    """From the fewest to the most done; one, when none was (an import's sets of a load alone, or failed ones)."""
    return IntRange(min(values), max(values)) if values else IntRange.exactly(1)
