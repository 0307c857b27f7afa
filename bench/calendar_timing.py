"""The Calendar screen's computation, as it runs on every look: per-day totals, the streak, and the totals of
every cell of the month grid and the 53-week heatmap."""

from __future__ import annotations

from datetime import timedelta

import pendulum

from tui.domain.streaks.weeks import local_today, month_weeks, week_start
from tui.domain.streaks.streak import StreakRules, streak_of
from tui.domain.streaks.training_log import TrainingLog
from tui.store.open import Store


def read_inputs(store: Store):
    """What the screen reads from disk before computing (timed separately: it is I/O, not computation)."""
    return store.history.summaries(), store.freezes.all(), store.settings.get()


def streak_and_calendar(summaries, freezes, settings) -> int:
    """Everything the screen computes from the index; returns the number of cells filled."""
    today = local_today(pendulum.now("UTC"), settings.zone, settings.rollover_hour)
    log = TrainingLog.of(summaries, settings.rollover_hour)
    streak_of(log, freezes, StreakRules.of(settings), today)
    cells = [day for week in month_weeks(today.year, today.month, settings.first_weekday) for day in week]
    first = week_start(today, settings.first_weekday) - timedelta(weeks=52)
    cells += [first + timedelta(days=offset) for offset in range(53 * 7)]
    for day in cells:
        log.on(day)
    return len(cells)
