"""Freeze weeks: weeks the user sets aside (injury, race, travel) that keep the streak alive, at most 4 a year."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date

from tui.domain.counts import count
from tui.domain.streaks.weeks import week_start, week_start_ordinal, week_year, weekday_index

MAX_FREEZES_PER_YEAR = 4  # PRODUCT.md: "at most 4 a year"
# A freeze is stored as the first day of the week frozen. Under another week start it freezes the week that holds
# most of those days, the one holding the fourth of them: the week holding the stored day itself was the week
# before (a Sunday-week's first day ends a Monday-week), so a change of week start lost a freeze (shown on no week,
# and given back to the year's four) until it was changed back.
MIDDLE_OF_WEEK = 3


def frozen_week_ordinal(stored: date, first_index: int) -> int:
    """The ordinal of the first day of the week a stored freeze freezes, weeks starting on weekday first_index."""
    return week_start_ordinal(stored.toordinal() + MIDDLE_OF_WEEK, first_index)


def freezes_week(stored: date, first_day: date, first_weekday: str) -> bool:
    """Whether a stored freeze freezes the week starting on first_day."""
    return frozen_week_ordinal(stored, weekday_index(first_weekday)) == first_day.toordinal()


class FreezeRefused(ValueError):
    """A week cannot be frozen; the message tells the user why and what they can do."""


def frozen_weeks(days: Iterable[date], first_weekday: str, unspent: Collection[int] = ()) -> set[int]:
    """The ordinals of the first days of the frozen weeks, the yearly cap applied.

    unspent: the first-day ordinals of the weeks whose freeze is not spent (Streak.unspent). A freeze on a week
    that counts anyway is not: the week is shown as counted, and the freeze takes none of the year's four. It
    comes back to life if the week stops counting (a workout deleted), so nothing the user set is lost. Nor is
    one before the first week that counts (before_the_streak).

    Stored freezes are dates; each freezes the week holding most of its week under today's first weekday
    (frozen_week_ordinal), so a change of week start moves a freeze to the overlapping week instead of losing it.
    Beyond the cap (only possible by hand-editing the file), the earliest weeks win.
    """
    first_index = weekday_index(first_weekday)
    starts = sorted({frozen_week_ordinal(day, first_index) for day in days} - set(unspent))
    kept: set[int] = set()
    per_year: dict[int, int] = {}
    for start in starts:
        year = week_year(date.fromordinal(start))
        if per_year.get(year, 0) < MAX_FREEZES_PER_YEAR:
            per_year[year] = per_year.get(year, 0) + 1
            kept.add(start)
    return kept


def freeze_stays_off(days: Iterable[date], day: date, first_weekday: str, unspent: Collection[int] = ()) -> bool:
    """Whether the week holding day goes without the freeze the user set on it, though it does not count. A
    freeze handed back while its week counted, four weeks of the year frozen since, then a workout of that week
    deleted (or the weekly target raised): its freeze cannot come back, the earliest weeks win."""
    days = list(days)
    start = week_start(day, first_weekday).toordinal()
    first_index = weekday_index(first_weekday)
    if start in unspent or all(frozen_week_ordinal(freeze, first_index) != start for freeze in days):
        return False
    return start not in frozen_weeks(days, first_weekday, unspent)


def frozen_week(stored: date, first_weekday: str) -> date:
    """The first day of the week a stored freeze freezes."""
    return date.fromordinal(frozen_week_ordinal(stored, weekday_index(first_weekday)))


def freezes_kept_off(days: Iterable[date], first_weekday: str, unspent: Collection[int] = ()) -> list[date]:
    """The freezes the user set (as stored: the same freeze whatever day weeks start on) whose weeks go without
    them (freeze_stays_off), oldest first."""
    days = sorted(set(days))
    return [freeze for freeze in days
            if freeze_stays_off(days, frozen_week(freeze, first_weekday), first_weekday, unspent)]


def freeze_left_off(days: Iterable[date], day: date, first_weekday: str, unspent: Collection[int] = ()) -> str:
    """What a change to the week holding day (a workout deleted or moved out of it) did to a freeze the user set,
    to say as it happens: "" when nothing. Its own freeze, handed back while it counted, stays off when the year's
    four are spent; or it has its freeze, and a later week the user froze goes without one (the earliest weeks
    win). Unsaid, in a past week the streak ended unexplained."""
    days = list(days)
    first_day = week_start(day, first_weekday)
    year = week_year(first_day)
    if freeze_stays_off(days, day, first_weekday, unspent):
        return (f"The week of {first_day:%a %d %b %Y} no longer counts, and the freeze you set on it stays off: "
                f"{year}'s {MAX_FREEZES_PER_YEAR} freezes are spent on other weeks. Unfreeze one of them on the "
                f"Calendar, and this week's comes back.")
    if first_day.toordinal() in unspent or not is_frozen(days, day, first_weekday, unspent):
        return ""
    kept_off = (frozen_week(freeze, first_weekday) for freeze in freezes_kept_off(days, first_weekday, unspent))
    pushed_out = [other for other in kept_off if week_year(other) == year]
    if not pushed_out:
        return ""
    weeks = " and ".join(f"{other:%a %d %b %Y}" for other in pushed_out)
    return (f"The freeze you set on the week of {weeks} stays off: {year}'s {MAX_FREEZES_PER_YEAR} are spent on "
            f"earlier weeks, the week of {first_day:%a %d %b} among them now that it does not count. Unfreeze one "
            f"of them on the Calendar to give it back.")


def freezes_in_year(days: Iterable[date], year: int, first_weekday: str, unspent: Collection[int] = ()) -> int:
    """How many freezes of year are spent (the cap applied; a freeze on an unspent week is not)."""
    return sum(1 for start in frozen_weeks(days, first_weekday, unspent) if week_year(date.fromordinal(start)) == year)


def is_frozen(days: Iterable[date], day: date, first_weekday: str, unspent: Collection[int] = ()) -> bool:
    """Whether the week holding day is frozen."""
    start = week_start(day, first_weekday).toordinal()
    return start in frozen_weeks(days, first_weekday, unspent)


def before_the_streak(days: Iterable[date], first_weekday: str, counted: Collection[int]) -> frozenset[int]:
    """The first-day ordinals of the weeks frozen (days, stored freezes) before the first week that counted, or
    all of them when none has: no streak ran there to keep alive, so their freezes take none of the year's four.
    The Calendar refuses such a freeze, but a change of week start, rollover hour or weekly target, or a workout
    deleted, moves the first week that counts past a freeze set before it (which spent one of the four on
    nothing, and was shown frozen before the streak began)."""
    first = min(counted, default=None)
    first_index = weekday_index(first_weekday)
    weeks = (frozen_week_ordinal(day, first_index) for day in days)
    return frozenset(week for week in weeks if first is None or week < first)


def check_can_freeze(days: Iterable[date], day: date, first_weekday: str, unspent: Collection[int] = ()) -> None:
    """Raise FreezeRefused when the week holding day may not be frozen on top of the freezes in days."""
    days = list(days)
    first_day = week_start(day, first_weekday)
    if is_frozen(days, day, first_weekday, unspent):
        raise FreezeRefused(f"The week of {first_day:%a %d %b %Y} is already frozen.")
    year = week_year(first_day)
    if freezes_in_year(days, year, first_weekday, unspent) >= MAX_FREEZES_PER_YEAR:
        raise FreezeRefused(
            f"You have already frozen {count(MAX_FREEZES_PER_YEAR, 'week')} in {year}, the most a year allows. "
            f"Unfreeze one of them first to freeze the week of {first_day:%a %d %b}."
        )
