"""The Calendar's training log and streak, from the totals the store keeps when it can (status_summary)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import orjson

from tui.domain.settings import Settings
from tui.domain.streaks.streak import Streak, StreakRules, streak_of, streak_of_weeks
from tui.domain.streaks.training_log import TrainingLog
from tui.domain.streaks.weeks import local_today
from tui.store.day_index import IndexedWorkout
from tui.store.status_summary import per_day, read_summary

if TYPE_CHECKING:
    import pendulum

    from tui.store.open import Store


class TrainingNow(NamedTuple):
    summaries: list[IndexedWorkout]  # every finished workout in brief, oldest first
    freezes: list[date]
    today: date  # as the user counts days (their zone, their rollover hour)
    log: TrainingLog
    streak: Streak


def training_now(store: Store, settings: Settings, now: pendulum.DateTime) -> TrainingNow:
    """The training log and the streak as of now, with what they were worked out from: what the Calendar shows,
    and what the other screens' side pane tells of the streak on a wide terminal, read one way for both."""
    summaries = store.history.summaries()
    freezes = store.freezes.all()
    today = local_today(now, settings.zone, settings.rollover_hour)
    log, streak = log_and_streak(store.directory, summaries, freezes, settings, today)
    return TrainingNow(summaries, freezes, today, log, streak)


def log_and_streak(directory: Path, summaries: Iterable[IndexedWorkout], freezes: Iterable[date], settings: Settings,
                   today: date) -> tuple[TrainingLog, Streak]:
    """The training log and the streak, from the totals the store keeps (status_summary) when they were added up
    under these settings' week rules; from the index otherwise. At ten years the kept totals save adding up
    every workout on each visit to the screen."""
    rules = StreakRules.of(settings)
    kept = read_summary(directory, orjson.loads)
    same_rules = kept is not None and kept.rules == (rules.first_weekday, rules.rollover_hour)
    days = per_day(kept, orjson.loads) if kept is not None and same_rules else None
    if kept is not None and days is not None:
        return TrainingLog(days), streak_of_weeks(kept.weeks, freezes, rules, today)
    log = TrainingLog.of(summaries, settings.rollover_hour)
    return log, streak_of(log, freezes, rules, today)
