"""The user's personal records as History's Records tab lists them, each with the training day it was first
reached: one reading of the kept bests, for that tab and for an exercise's page."""

from __future__ import annotations

from collections.abc import Container, Iterable
from datetime import date

from tui.domain.progress.record_bests import Bests, personal_records_of
from tui.domain.progress.records import PersonalRecord, RecordKind
from tui.domain.settings import Settings
from tui.domain.streaks.weeks import training_day
from tui.store.day_index import IndexedWorkout


def personal_records(bests: Bests, workouts: Iterable[IndexedWorkout], settings: Settings,
                     bodyweight: Container[str]) -> dict[str, dict[RecordKind, PersonalRecord]]:
    """Every exercise's records in the user's unit; a record of a workout not in `workouts` (the index) is left out."""
    days = {workout.id: workout.started_local for workout in workouts}

    def day_of(workout_id: str) -> date | None:
        started = days.get(workout_id)
        return None if started is None else training_day(started, settings.rollover_hour)

    return personal_records_of(bests, settings.units, day_of, bodyweight)
