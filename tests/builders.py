"""Small constructors for domain objects, so tests say only what matters to them."""

from __future__ import annotations

import pendulum

from tui.domain.moments import Moment
from tui.domain.workout.model import LoggedSet, Workout, new_id

PARIS = "Europe/Paris"


def moment(*args: int, zone: str = PARIS) -> Moment:
    return Moment.at(pendulum.datetime(*args, tz=zone), zone)


def a_set(exercise: str = "push-up", at: Moment | None = None, reps: int = 10, **fields) -> LoggedSet:
    return LoggedSet(id=new_id(), exercise_id=exercise, logged_at=at or moment(2026, 11, 20, 18, 0), reps=reps,
                     **fields)


def a_workout(at: Moment | None = None, sets: int = 0, name: str = "Test workout", routine_id: str | None = None,
              **fields) -> Workout:
    start = at or moment(2026, 11, 20, 18, 0)
    return Workout(
        id=new_id(), routine_id=routine_id, name=name, started_at=start,
        sets=tuple(a_set(at=start) for _ in range(sets)), **fields,
    )
