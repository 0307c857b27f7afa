"""Opening a data directory: one object holding every repository."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from tui.store.custom_exercises_repo import CustomExercisesRepo
from tui.store.datastore import DataStore
from tui.store.freezes_repo import FreezesRepo
from tui.store.healing import heal
from tui.store.history import HistoryRepo
from tui.store.routines_repo import RoutinesRepo
from tui.store.settings_repo import SettingsRepo
from tui.store.workout_in_progress import WorkoutInProgressRepo


class Store(NamedTuple):
    """Every repository of one data directory (a named tuple: a dataclass costs about 1 ms to define at start)."""

    data: DataStore
    settings: SettingsRepo
    routines: RoutinesRepo
    history: HistoryRepo
    workout: WorkoutInProgressRepo
    freezes: FreezesRepo
    exercises: CustomExercisesRepo

    @property
    def directory(self) -> Path:
        return self.data.directory


def open_store(directory: Path, lock_timeout: float = 10.0) -> Store:
    """Open (creating if needed) the data directory; raises a StoreError the user can act on."""
    data = DataStore(directory, lock_timeout=lock_timeout)
    history = HistoryRepo(data)
    store = Store(data, SettingsRepo(data), RoutinesRepo(data), history, WorkoutInProgressRepo(data, history),
                  FreezesRepo(data), CustomExercisesRepo(data))
    heal(data, history)
    store.workout.recover()
    return store
