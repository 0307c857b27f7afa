"""The Calendar screen's computation, as it runs on every look: per-day totals, the streak, and the totals of
every cell of the month grid and the 53-week heatmap."""

from __future__ import annotations

from datetime import timedelta

import pendulum

from tui.domain.streaks.weeks import local_today, month_weeks, week_start
from tui.store.training_totals import log_and_streak
from tui.store.open import Store


def read_inputs(store: Store):
    """What the screen reads from disk before computing (timed separately: it is I/O, not computation)."""
    return store.directory, store.history.summaries(), store.freezes.all(), store.settings.get()


def streak_and_calendar(directory, summaries, freezes, settings) -> int:
    """Everything the screen computes (from the kept per-day totals, or the index when they are out of date),
    reading the kept totals included; returns the number of cells filled."""
    today = local_today(pendulum.now("UTC"), settings.zone, settings.rollover_hour)
    log, _ = log_and_streak(directory, summaries, freezes, settings, today)
    cells = [day for week in month_weeks(today.year, today.month, settings.first_weekday) for day in week]
    first = week_start(today, settings.first_weekday) - timedelta(weeks=52)
    cells += [first + timedelta(days=offset) for offset in range(53 * 7)]
    for day in cells:
        log.on(day)
    return len(cells)
