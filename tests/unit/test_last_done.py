"""When a routine was last done, in training days and in words."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from tui.domain.routines.last_done import days_since_done, done_ago

PARIS_WINTER = timezone(timedelta(hours=1))
TODAY = date(2026, 11, 20)


def at(day: int, hour: int, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=PARIS_WINTER)


def test_the_newest_workout_of_each_routine_counts():
    starts = {"abs": [at(20, 9), at(18, 18), at(10, 18)], "gym": [at(17, 18)]}
    assert days_since_done(starts, TODAY, rollover_hour=0) == {"abs": 0, "gym": 3}


def test_a_workout_dated_after_today_is_not_the_last_one_done():
    starts = {"abs": [at(25, 18), at(13, 18)], "gym": [at(21, 7)]}
    assert days_since_done(starts, TODAY, rollover_hour=0) == {"abs": 7}


def test_a_workout_before_the_rollover_hour_counts_for_the_day_before():
    # 1 a.m. on the 20th, with the day turning at 4: the evening of the 19th, as the Calendar counts it.
    assert days_since_done({"abs": [at(20, 1)]}, TODAY, rollover_hour=4) == {"abs": 1}
    assert days_since_done({"abs": [at(20, 1)]}, TODAY, rollover_hour=0) == {"abs": 0}


@pytest.mark.parametrize(("days", "said"), [
    (0, "last done today"), (1, "last done yesterday"), (2, "last done 2 days ago"), (13, "last done 13 days ago"),
    (14, "last done 2 weeks ago"), (17, "last done 2 weeks ago"), (20, "last done 3 weeks ago"),
    (59, "last done 8 weeks ago"), (60, "last done 2 months ago"), (100, "last done 3 months ago"),
    (1000, "last done 3 years ago"),
    (729, "last done 24 months ago"), (730, "last done 2 years ago"), (3650, "last done 10 years ago"),
])
def test_how_long_ago_reads_as_precisely_as_a_glance_needs(days, said):
    assert done_ago(days) == said
