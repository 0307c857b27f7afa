"""When each routine was last done, as the Routines list says it ("last done 3 days ago"), the way Strong's and
Hevy's routines say when they were last performed: a user picking today's workout sees at once which one is due.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

from tui.domain.counts import count
from tui.domain.streaks.weeks import training_day_ordinal


def days_since_done(starts: Mapping[str, Sequence[datetime]], today: date, rollover_hour: int) -> dict[str, int]:
    """Days from each routine's last workout to today (0: today), from each routine's local starts, newest first.
    Days are training days, as the Calendar counts them. A workout dated after today (added by hand with a wrong
    date) is not the last one done, as `status` does not call it the last workout."""
    today_ordinal = today.toordinal()
    since: dict[str, int] = {}
    for routine_id, newest_first in starts.items():
        for started_local in newest_first:
            days = today_ordinal - training_day_ordinal(started_local, rollover_hour)
            if days >= 0:
                since[routine_id] = days
                break
    return since


def done_ago(days: int) -> str:
    """ "last done today", "yesterday", "3 days ago", "2 weeks ago", "5 months ago", "2 years ago": as precise as
    a glance at a list needs, to the nearest: 20 days read "3 weeks ago" (rounded down, "2 weeks", fresher than
    it was)."""
    if days == 0:
        return "last done today"
    if days == 1:
        return "last done yesterday"
    for unit, length, from_days in (("year", 365, 730), ("month", 30, 60), ("week", 7, 14)):
        if days >= from_days:
            return f"last done {count((days + length // 2) // length, unit)} ago"
    return f"last done {count(days, 'day')} ago"
