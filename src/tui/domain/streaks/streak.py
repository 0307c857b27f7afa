"""The weekly streak, exactly as PRODUCT.md defines it.

A week is a calendar week from the user's first weekday. It counts when it holds at least the weekly target
of qualifying workouts (at least QUALIFYING_SETS logged sets). The streak is the number of consecutive counted
weeks ending with last week; the current week adds as soon as it counts and never breaks the streak while it
runs. A freeze week keeps the streak alive without adding to it (at most 4 a year).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from tui.domain.settings import Settings
from tui.domain.streaks.freezes import before_the_streak, frozen_weeks
from tui.domain.streaks.training_log import DatedWorkout, TrainingLog
from tui.domain.streaks.weeks import DAYS_IN_WEEK, last_weekday_name, week_start_ordinal, weekday_index

# Named tuples, not dataclasses, here and in all that `status` imports: importing dataclasses costs 15 ms, and
# `status` runs on every shell prompt.


class StreakRules(NamedTuple):
    """The settings a streak depends on."""

    weekly_target: int = 2
    first_weekday: str = "monday"
    rollover_hour: int = 0

    @classmethod
    def of(cls, settings: Settings) -> StreakRules:
        return cls(settings.weekly_target, settings.first_weekday, settings.rollover_hour)


class WeekProgress(NamedTuple):
    """How the week holding today is going."""

    first_day: date
    done: int  # qualifying workouts so far
    target: int
    last_day_name: str  # "Sunday" for weeks from Monday
    frozen: bool
    ends_today: bool = False  # today is its last day: "1 more by Sunday" read, on that Sunday, as a week away

    @property
    def counts(self) -> bool:
        return self.done >= self.target

    @property
    def remaining(self) -> int:
        return max(0, self.target - self.done)

    @property
    def text(self) -> str:
        """As the user reads it: "1 of 2 - 1 more by Sunday"; past the target "3 - target 2 met", not "3 of 2"."""
        if self.done > self.target:
            return f"{self.done} - target {self.target} met"
        done = f"{self.done} of {self.target}"
        if self.counts:
            return f"{done} - this week counts"
        if self.frozen:
            return f"{done} - week frozen"
        return f"{done} - {self.remaining} more by {'today' if self.ends_today else self.last_day_name}"


class Streak(NamedTuple):
    current: int  # weeks
    longest: int  # weeks, the current run included
    this_week: WeekProgress
    counted: frozenset[int]  # ordinals of the first days of counted weeks
    frozen: frozenset[int]  # ordinals of the first days of frozen weeks (cap applied)
    # Ordinals of the first days of the weeks whose freeze takes none of the year's four: the counted weeks, and
    # those frozen before the first week that counted (freezes.before_the_streak).
    unspent: frozenset[int]

    def week_counts(self, first_day: date) -> bool:
        return first_day.toordinal() in self.counted

    def week_frozen(self, first_day: date) -> bool:
        return first_day.toordinal() in self.frozen

    def before_it_ran(self, first_day: date) -> bool:
        """Whether the week starting on first_day comes before the first week that counted, or none has: a
        freeze there keeps no streak alive."""
        return not self.counted or first_day.toordinal() < min(self.counted)


def streak_of(log: TrainingLog, freezes: Iterable[date], rules: StreakRules, today: date) -> Streak:
    """The streak on today (the user's training day) from a log already added up with rules.rollover_hour."""
    return streak_of_weeks(log.qualifying_per_week(rules.first_weekday), freezes, rules, today)


def streak_of_weeks(weeks: dict[int, int], freezes: Iterable[date], rules: StreakRules, today: date) -> Streak:
    """The streak from qualifying workouts per week (by the ordinal of each week's first day, added up with
    rules): what `status` keeps, so it never adds up ten years of workouts."""
    first_index = weekday_index(rules.first_weekday)
    counted = frozenset(start for start, qualifying in weeks.items() if qualifying >= rules.weekly_target)
    freezes = list(freezes)
    unspent = counted | before_the_streak(freezes, rules.first_weekday, counted)
    frozen = frozenset(frozen_weeks(freezes, rules.first_weekday, unspent))
    this_week = week_start_ordinal(today.toordinal(), first_index)

    current = 0
    week = this_week - DAYS_IN_WEEK
    while week in counted or week in frozen:
        current += week in counted
        week -= DAYS_IN_WEEK
    current += this_week in counted

    longest = _longest_run(counted, frozen, this_week)
    done = weeks.get(this_week, 0)
    progress = WeekProgress(date.fromordinal(this_week), done, rules.weekly_target,
                            last_weekday_name(rules.first_weekday), this_week in frozen,
                            ends_today=today.toordinal() == this_week + DAYS_IN_WEEK - 1)
    return Streak(current, max(longest, current), progress, counted, frozen, unspent)


def _longest_run(counted: frozenset[int], frozen: frozenset[int], this_week: int) -> int:
    # Weeks after this one are not lived yet: a workout logged with a future date does not lengthen a run.
    past = [week for week in counted if week <= this_week]
    if not past:
        return 0
    longest = run = 0
    for week in range(min(past), this_week + 1, DAYS_IN_WEEK):
        if week in counted:
            run += 1
            longest = max(longest, run)
        elif week not in frozen and week != this_week:
            run = 0
    return longest


def streak(
    workouts: Iterable[DatedWorkout], freezes: Iterable[date], settings: Settings | StreakRules, today: date
) -> Streak:
    """The streak from finished workouts (the per-day index), freeze days, the settings and today."""
    rules = settings if isinstance(settings, StreakRules) else StreakRules.of(settings)
    return streak_of(TrainingLog.of(workouts, rules.rollover_hour), freezes, rules, today)
