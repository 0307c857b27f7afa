"""Training days and calendar weeks: which day a workout belongs to, and which week holds a day.

Days are handled as proleptic ordinals (``date.toordinal()``) in the hot paths: the streak over ten years of
workouts has to stay within a few milliseconds, and integer arithmetic is far cheaper than date objects.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from tui.domain.settings import WEEKDAYS

if TYPE_CHECKING:
    import pendulum

    from tui.domain.workout.model import Workout

DAYS_IN_WEEK = 7


def weekday_index(first_weekday: str) -> int:
    """0 for Monday ... 6 for Sunday, from a weekday name as Settings stores it."""
    return WEEKDAYS.index(first_weekday)


def training_day_ordinal(started_local: datetime, rollover_hour: int) -> int:
    """The ordinal of the day a workout counts for: its local start date, or the day before when it started
    before the rollover hour (a 1 a.m. session after a late night still belongs to the evening before)."""
    ordinal = started_local.toordinal()
    return ordinal - 1 if started_local.hour < rollover_hour else ordinal


def training_day(started_local: datetime, rollover_hour: int) -> date:
    """The day a workout started at started_local (local time in its own zone) counts for."""
    return date.fromordinal(training_day_ordinal(started_local, rollover_hour))


def day_of(workout: Workout, rollover_hour: int) -> date:
    """The day a workout counts for, as the Calendar, History and the records date it."""
    return training_day(workout.started_at.local_plain(), rollover_hour)


def time_on(started_local: datetime, day: date) -> str:
    """A workout's start as read beside the day it counts for (training_day): "18:05", or "Tue 00:49" when it
    started on the next date, before the rollover hour. Every list of workouts by day reads it so."""
    return f"{started_local:%H:%M}" if started_local.date() == day else f"{started_local:%a %H:%M}"


def week_start_ordinal(day_ordinal: int, first_index: int) -> int:
    """The ordinal of the first day of the week holding day_ordinal (ordinal 1, 1 Jan of year 1, is a Monday)."""
    return day_ordinal - (day_ordinal - 1 - first_index) % DAYS_IN_WEEK


def week_start(day: date, first_weekday: str) -> date:
    """The first day of the calendar week holding day, weeks starting on first_weekday."""
    return date.fromordinal(week_start_ordinal(day.toordinal(), weekday_index(first_weekday)))


def week_days(first_day: date) -> list[date]:
    """The seven days of the week starting on first_day."""
    return [first_day + timedelta(days=offset) for offset in range(DAYS_IN_WEEK)]


def weekday_names(first_weekday: str) -> list[str]:
    """The weekday names in the order the user's week runs, capitalised ("Monday", ...)."""
    start = weekday_index(first_weekday)
    return [WEEKDAYS[(start + offset) % DAYS_IN_WEEK].capitalize() for offset in range(DAYS_IN_WEEK)]


def last_weekday_name(first_weekday: str) -> str:
    """The name of the week's last day: "Sunday" for weeks from Monday, "Saturday" for weeks from Sunday."""
    return weekday_names(first_weekday)[-1]


def week_year(first_day: date) -> int:
    """The year a week belongs to: the one holding most of its days (its fourth day), as ISO 8601 does.

    A week across New Year is counted once, in one year, whichever weekday the user's week starts on.
    """
    return (first_day + timedelta(days=3)).year


def local_today(now_utc: pendulum.DateTime, zone: str, rollover_hour: int) -> date:
    """Today as the user counts it: the date in their zone, still yesterday before the rollover hour."""
    return training_day(now_utc.in_timezone(zone), rollover_hour)


def add_months(day: date, months: int) -> date:
    """The same day of another month, clamped to that month's last day (31 Jan + 1 month = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def month_weeks(year: int, month: int, first_weekday: str) -> list[list[date]]:
    """The weeks (rows of seven days) a month grid shows: from the week holding the 1st to the one holding
    the last day, days of the neighbouring months included."""
    first = week_start(date(year, month, 1), first_weekday)
    last = date(year, month, calendar.monthrange(year, month)[1])
    weeks = []
    while first <= last:
        weeks.append(week_days(first))
        first += timedelta(days=DAYS_IN_WEEK)
    return weeks
