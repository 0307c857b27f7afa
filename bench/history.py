"""Realistic synthetic training histories, written through the store's own API.

Workouts follow the shipped routines (straight sets, per-side sets, holds and circuits), two or three a week,
spread back from a given day over up to ten years, with reps, loads and bands that drift upward like a real log.
"""

from __future__ import annotations

import random
from dataclasses import replace

import pendulum

from tui.domain.catalogue.model import Catalogue
from tui.domain.moments import Moment
from tui.domain.workout.set_values import SetValues
from tui.domain.workout.session import WorkoutSession
from tui.domain.workout.model import Workout
from tui.store.open import Store

ZONES = ("Europe/Paris", "Europe/Paris", "Europe/Paris", "America/New_York")  # mostly home, sometimes travel
BANDS = ("red", "green", "blue")


def synthetic_workouts(catalogue: Catalogue, total_sets: int, end: pendulum.DateTime, years: int = 10,
                       seed: int = 7) -> list[Workout]:
    """Finished workouts holding total_sets sets between them, ending at `end`, spread over at most `years`."""
    rng = random.Random(seed)
    routines = list(catalogue.routines.values())
    plans = [WorkoutSession.begin(r, end, "UTC", 90) for r in routines]
    average = sum(len(p.plan) for p in plans) / len(plans)
    count = max(1, round(total_sets / average))
    span_days = min(years * 365, max(7, round(count / 2.5 * 7)))  # two or three a week, as the sources advise
    workouts: list[Workout] = []
    logged = 0
    for number in range(count):
        day = end.subtract(days=round(span_days * (1 - number / count)))
        zone = rng.choice(ZONES)
        start = pendulum.datetime(day.year, day.month, day.day, rng.choice((7, 12, 18, 19)), rng.randint(0, 59),
                                  tz=zone)
        session = WorkoutSession.begin(rng.choice(routines), start.in_timezone("UTC"), zone, 90)
        now = start.in_timezone("UTC")
        progress = number / count
        while session.current_slot and logged < total_sets:
            slot = session.current_slot
            target = slot.target_hold_s if slot.is_hold else slot.target_reps
            value = target.low + round((target.high - target.low) * progress) + rng.randint(-1, 1)
            values = SetValues(
                reps=None if slot.is_hold else max(1, value),
                hold_s=max(5, value) if slot.is_hold else None,
                load=round(5 + 30 * progress, 1) if "dumbbell" in slot.exercise_id or "press" in slot.exercise_id
                else None,
                bands=(rng.choice(BANDS),) if slot.exercise_id.startswith("band") else (),
                rpe=rng.choice((None, 7.0, 8.0, 8.5)),
            )
            session.log(values, now)
            now = now.add(seconds=(slot.rest_after_s or 20) + 40)
            logged += 1
        workouts.append(replace(session.workout, finished_at=Moment.at(now, zone)))
        if logged >= total_sets:
            break
    return workouts


def write_history(store: Store, catalogue: Catalogue, total_sets: int, end: pendulum.DateTime) -> int:
    """Fill an empty store with a synthetic history; returns the number of workouts written."""
    workouts = synthetic_workouts(catalogue, total_sets, end)
    store.history.save_many(workouts)
    return len(workouts)
