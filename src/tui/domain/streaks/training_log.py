"""Workouts and sets per training day and per calendar week: what the calendar shades and the streak counts."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import NamedTuple, Protocol

from tui.domain.streaks.weeks import week_start_ordinal, weekday_index


QUALIFYING_SETS = 3  # PRODUCT.md: a workout counts toward the streak with at least 3 logged sets


class DatedWorkout(Protocol):
    """What the calendar needs of a finished workout (the store's IndexedWorkout is one)."""

    @property
    def started_local(self) -> datetime:
        """The start, as local time in the zone the workout was started in."""
        ...

    @property
    def sets(self) -> int:
        """How many working sets were logged."""
        ...

    @property
    def cardio(self) -> int:
        """How many cardio entries (runs, rows, rides) were logged."""
        ...


class Totals(NamedTuple):
    """What was done on one day or in one week."""

    workouts: int = 0
    qualifying: int = 0  # workouts with at least QUALIFYING_SETS sets: the ones a streak counts
    sets: int = 0
    cardio: int = 0  # cardio entries: not sets, so neither shading nor streak, but marked on their day


NOTHING = Totals()


class TrainingLog:
    """Totals per training day (by local start date in each workout's own zone, after the rollover hour)."""

    def __init__(self, days: dict[int, list[int]]) -> None:
        self._days = days  # day ordinal -> [workouts, qualifying workouts, sets, cardio entries]

    @classmethod
    def of(cls, workouts: Iterable[DatedWorkout], rollover_hour: int = 0) -> TrainingLog:
        """Add up workouts by the day each counts for."""
        # Inlined training_day_ordinal and plain lists: this loop runs over every workout ever logged.
        days: dict[int, list[int]] = {}
        for workout in workouts:
            started = workout.started_local
            day = started.toordinal()
            if started.hour < rollover_hour:
                day -= 1
            sets = workout.sets
            entry = days.get(day)
            if entry is None:
                days[day] = [1, int(sets >= QUALIFYING_SETS), sets, workout.cardio]
            else:
                entry[0] += 1
                entry[1] += sets >= QUALIFYING_SETS
                entry[2] += sets
                entry[3] += workout.cardio
        return cls(days)

    def per_day(self) -> dict[int, list[int]]:
        """The totals as the log holds them (day ordinal -> [workouts, qualifying, sets, cardio]), for the store
        to keep, so the calendar need not add up ten years again; TrainingLog(per_day) makes the log back."""
        return self._days

    def on(self, day: date) -> Totals:
        """The totals of one day (zeros for a day without workouts)."""
        found = self._days.get(day.toordinal())
        return Totals(*found) if found else NOTHING

    def day_ordinals(self) -> Iterable[int]:
        return self._days.keys()

    def weeks(self, first_weekday: str) -> dict[int, Totals]:
        """Totals per calendar week, keyed by the ordinal of each week's first day."""
        first_index = weekday_index(first_weekday)
        counts: dict[int, list[int]] = {}
        for day, (workouts, qualifying, sets, cardio) in self._days.items():
            start = day - (day - 1 - first_index) % 7
            entry = counts.get(start)
            if entry is None:
                counts[start] = [workouts, qualifying, sets, cardio]
            else:
                entry[0] += workouts
                entry[1] += qualifying
                entry[2] += sets
                entry[3] += cardio
        return {start: Totals(*entry) for start, entry in counts.items()}

    def qualifying_per_week(self, first_weekday: str) -> dict[int, int]:
        """Qualifying workouts per calendar week (keyed by the first day's ordinal): all a streak needs."""
        first_index = weekday_index(first_weekday)
        counts: dict[int, int] = {}
        for day, entry in self._days.items():
            if entry[1]:
                start = day - (day - 1 - first_index) % 7
                counts[start] = counts.get(start, 0) + entry[1]
        return counts

    def week_of(self, day: date, first_weekday: str) -> Totals:
        """The totals of the calendar week holding day."""
        start = week_start_ordinal(day.toordinal(), weekday_index(first_weekday))
        found = [0, 0, 0, 0]
        for offset in range(7):
            entry = self._days.get(start + offset)
            if entry is not None:
                found = [a + b for a, b in zip(found, entry)]
        return Totals(*found)

    def first_day(self) -> date | None:
        """The earliest day with a workout, if any."""
        return date.fromordinal(min(self._days)) if self._days else None
