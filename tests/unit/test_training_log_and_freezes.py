"""Per-day and per-week totals, and the freeze-week rules."""

from __future__ import annotations

from datetime import date

import pendulum
import pytest

from tests.unit.test_streaks import Done, at
from tui.domain.streaks.freezes import (
    MAX_FREEZES_PER_YEAR,
    FreezeRefused,
    check_can_freeze,
    freezes_in_year,
    frozen_weeks,
)
from tui.domain.streaks.training_log import Totals, TrainingLog


def test_day_totals_add_up_workouts_qualifying_workouts_and_sets():
    log = TrainingLog.of([at(2026, 11, 16, 7, sets=5), at(2026, 11, 16, 19, sets=2), at(2026, 11, 18, 18, sets=9)])
    assert log.on(date(2026, 11, 16)) == Totals(workouts=2, qualifying=1, sets=7)
    assert log.on(date(2026, 11, 17)) == Totals()
    assert log.first_day() == date(2026, 11, 16)


def test_day_totals_follow_the_rollover_hour():
    log = TrainingLog.of([at(2026, 11, 17, 1, sets=4)], rollover_hour=2)
    assert log.on(date(2026, 11, 16)).sets == 4 and log.on(date(2026, 11, 17)).sets == 0


def test_week_totals_follow_the_first_weekday():
    workouts = [at(2026, 11, 15, 18, sets=4), at(2026, 11, 16, 18, sets=6)]  # a Sunday and a Monday
    log = TrainingLog.of(workouts)
    assert log.week_of(date(2026, 11, 16), "monday") == Totals(1, 1, 6)
    assert log.week_of(date(2026, 11, 16), "sunday") == Totals(2, 2, 10)
    weeks = log.weeks("sunday")
    assert weeks == {date(2026, 11, 15).toordinal(): Totals(2, 2, 10)}
    assert log.qualifying_per_week("monday") == {date(2026, 11, 9).toordinal(): 1, date(2026, 11, 16).toordinal(): 1}


def test_an_empty_log():
    log = TrainingLog.of([])
    assert log.first_day() is None and log.weeks("monday") == {}


def test_a_freeze_freezes_the_week_it_starts_or_most_of_it_under_another_week_start():
    """A freeze is stored as its week's first day. Read as freezing the week holding that day, the Sunday-week of
    22 Nov became the Monday-week of 16 Nov once the week started on Monday: the week frozen lost its freeze, and
    the year got it back."""
    assert frozen_weeks([date(2026, 11, 16), date(2026, 11, 16)], "monday") == {date(2026, 11, 16).toordinal()}
    assert frozen_weeks([date(2026, 11, 22)], "sunday") == {date(2026, 11, 22).toordinal()}
    assert frozen_weeks([date(2026, 11, 22)], "monday") == {date(2026, 11, 23).toordinal()}  # 6 of its 7 days
    assert frozen_weeks([date(2026, 11, 16)], "sunday") == {date(2026, 11, 15).toordinal()}  # 6 of its 7 days


def test_a_fifth_freeze_in_a_year_is_refused_with_a_clear_message():
    freezes = [date(2026, 2, 2), date(2026, 3, 2), date(2026, 4, 6), date(2026, 5, 4)]
    assert freezes_in_year(freezes, 2026, "monday") == MAX_FREEZES_PER_YEAR
    with pytest.raises(FreezeRefused, match="already frozen 4 weeks in 2026"):
        check_can_freeze(freezes, date(2026, 6, 1), "monday")
    check_can_freeze(freezes, date(2027, 1, 6), "monday")  # a new year, four new freezes


def test_freezing_a_frozen_week_again_is_refused():
    with pytest.raises(FreezeRefused, match="already frozen"):
        check_can_freeze([date(2026, 11, 16)], date(2026, 11, 19), "monday")


def test_week_53_belongs_to_the_year_most_of_its_days_are_in():
    freezes = [date(2026, 2, 2), date(2026, 3, 2), date(2026, 4, 6), date(2026, 5, 4)]
    with pytest.raises(FreezeRefused):
        check_can_freeze(freezes, date(2027, 1, 2), "monday")  # Mon 28 Dec 2026 - Sun 3 Jan 2027 is 2026's
    check_can_freeze(freezes, date(2027, 1, 4), "monday")


def test_the_totals_use_each_workouts_own_zone():
    late_in_new_york = Done(pendulum.datetime(2026, 11, 15, 23, 30, tz="America/New_York"), 3)
    assert TrainingLog.of([late_in_new_york]).on(date(2026, 11, 15)).workouts == 1
