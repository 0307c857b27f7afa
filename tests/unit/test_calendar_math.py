"""Training days and calendar weeks: rollover hour, week starts, week years, months."""

from __future__ import annotations

from datetime import date

import pendulum
import pytest

from tui.domain.streaks.weeks import (
    add_months,
    last_weekday_name,
    local_today,
    month_weeks,
    training_day,
    week_start,
    week_year,
    weekday_names,
)


def local(*args, tz="Europe/Paris"):
    return pendulum.datetime(*args, tz=tz)


@pytest.mark.parametrize(
    ("started", "rollover", "expected"),
    [
        (local(2026, 11, 20, 23, 59), 0, date(2026, 11, 20)),  # just before midnight
        (local(2026, 11, 21, 0, 1), 0, date(2026, 11, 21)),  # just after midnight
        (local(2026, 11, 21, 0, 1), 4, date(2026, 11, 20)),  # after midnight, before the rollover hour
        (local(2026, 11, 21, 3, 59), 4, date(2026, 11, 20)),  # a minute before the rollover hour
        (local(2026, 11, 21, 4, 0), 4, date(2026, 11, 21)),  # on the rollover hour
        (local(2027, 1, 1, 2, 0), 3, date(2026, 12, 31)),  # New Year's night counts for the old year
        (local(2028, 3, 1, 1, 0), 2, date(2028, 2, 29)),  # leap day
    ],
)
def test_a_workout_counts_for_its_local_date_shifted_back_before_the_rollover_hour(started, rollover, expected):
    assert training_day(started, rollover) == expected


def test_the_day_is_the_one_in_the_zone_the_workout_was_started_in_whatever_the_instant():
    # The same instant: Monday 08:00 in Tokyo is still Sunday in Paris and in New York.
    instant = pendulum.datetime(2026, 11, 15, 23, 0, tz="UTC")
    assert training_day(instant.in_timezone("Asia/Tokyo"), 0) == date(2026, 11, 16)
    assert training_day(instant.in_timezone("Europe/Paris"), 0) == date(2026, 11, 16)
    assert training_day(instant.in_timezone("America/New_York"), 0) == date(2026, 11, 15)


def test_dst_changes_do_not_move_a_workout_to_another_day():
    # Europe/Paris springs forward on 29 Mar 2026 (02:00 -> 03:00) and falls back on 25 Oct 2026.
    assert training_day(local(2026, 3, 29, 0, 30), 0) == date(2026, 3, 29)
    assert training_day(local(2026, 3, 29, 3, 30), 0) == date(2026, 3, 29)
    assert training_day(local(2026, 3, 28, 23, 30), 0) == date(2026, 3, 28)
    assert training_day(local(2026, 10, 25, 2, 30), 0) == date(2026, 10, 25)
    assert training_day(local(2026, 10, 25, 2, 30), 3) == date(2026, 10, 24)


@pytest.mark.parametrize(
    ("day", "first", "expected"),
    [
        (date(2026, 11, 20), "monday", date(2026, 11, 16)),
        (date(2026, 11, 16), "monday", date(2026, 11, 16)),
        (date(2026, 11, 22), "monday", date(2026, 11, 16)),  # Sunday ends a Monday week
        (date(2026, 11, 22), "sunday", date(2026, 11, 22)),  # ... and starts a Sunday week
        (date(2026, 11, 21), "sunday", date(2026, 11, 15)),
        (date(2026, 11, 20), "saturday", date(2026, 11, 14)),
        (date(2027, 1, 1), "monday", date(2026, 12, 28)),  # a week across New Year
        (date(2028, 2, 29), "monday", date(2028, 2, 28)),
    ],
)
def test_week_start_follows_the_first_weekday(day, first, expected):
    assert week_start(day, first) == expected


def test_every_day_of_a_week_has_the_same_start_and_the_start_has_the_chosen_weekday():
    for first in ("monday", "sunday", "wednesday"):
        for offset in range(400):
            day = date(2026, 1, 1).fromordinal(date(2026, 1, 1).toordinal() + offset)
            start = week_start(day, first)
            assert 0 <= (day - start).days < 7
            assert start.strftime("%A").lower() == first


def test_last_weekday_name_and_order():
    assert last_weekday_name("monday") == "Sunday"
    assert last_weekday_name("sunday") == "Saturday"
    assert weekday_names("sunday")[:2] == ["Sunday", "Monday"]


def test_a_week_across_new_year_belongs_to_the_year_holding_most_of_its_days():
    assert week_year(date(2026, 12, 28)) == 2026  # Mon 28 Dec 2026 - Sun 3 Jan 2027: ISO week 53 of 2026
    assert date(2026, 12, 28).isocalendar()[:2] == (2026, 53)
    assert week_year(date(2025, 12, 29)) == 2026  # Mon 29 Dec 2025 - Sun 4 Jan 2026: ISO week 1 of 2026
    assert week_year(date(2026, 12, 27)) == 2026  # a Sunday week: Sun 27 Dec - Sat 2 Jan


def test_local_today_uses_the_users_zone_and_rollover_hour():
    now = pendulum.datetime(2026, 11, 15, 23, 30, tz="UTC")  # Monday 00:30 in Paris
    assert local_today(now, "Europe/Paris", 0) == date(2026, 11, 16)
    assert local_today(now, "Europe/Paris", 1) == date(2026, 11, 15)
    assert local_today(now, "America/New_York", 0) == date(2026, 11, 15)


def test_add_months_clamps_to_the_end_of_the_month():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert add_months(date(2026, 1, 15), -1) == date(2025, 12, 15)
    assert add_months(date(2026, 3, 31), -13) == date(2025, 2, 28)


def test_month_weeks_cover_the_month_in_whole_weeks():
    weeks = month_weeks(2026, 11, "monday")
    assert weeks[0][0] == date(2026, 10, 26) and weeks[-1][-1] == date(2026, 12, 6)
    assert all(len(week) == 7 for week in weeks) and len(weeks) == 6
    sunday_weeks = month_weeks(2026, 11, "sunday")
    assert sunday_weeks[0][0] == date(2026, 11, 1) and len(sunday_weeks) == 5
    assert month_weeks(2027, 2, "monday")[0][0] == date(2027, 2, 1)
    assert len(month_weeks(2027, 2, "monday")) == 4  # February 2027 fills exactly four Monday weeks
