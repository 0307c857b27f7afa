"""Small constructors for domain objects, so tests say only what matters to them."""

from __future__ import annotations

from dataclasses import replace

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


def a_streak_begun_in_2025(store) -> None:
    """Three finished workouts of three sets in the week of Mon 1 Dec 2025: a streak ran from then, so a freeze set
    on a 2026 week that does not count is spent (one set before the first week that counts keeps nothing alive,
    and takes none of the year's four)."""
    workouts = [a_workout(at=moment(2025, 12, day, 18, 0), sets=3, name="The first week") for day in (2, 3, 4)]
    store.history.save_many([replace(workout, finished_at=workout.started_at) for workout in workouts])
