"""The system clock jumping (NTP correction, suspend and resume, a manual change): timers and the streak stay sane.

What "sane" means here, decided and checked:
- Nothing raises, whatever the jump.
- A rest counts to its deadline, a fixed instant: after a forward jump past it, the rest shows overtime (negative
  remaining seconds) by exactly how far the clock now is past the deadline.
- After a backward jump of J seconds, the rest left is what it was plus J: so at most its total plus J, never
  more; it counts down again from there. The progress is clamped to 0-100 %.
- A hold never reports more than its target held, nor less than zero, nor negative time left.
- The streak depends only on the training day the clock says it is: a day back or forward gives the streak of
  that day; a workout dated after "today" (logged before a backward jump) never lengthens a run.
"""

from __future__ import annotations

from datetime import date, timedelta

import pendulum
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_streaks import MONDAY, TODAY, at, weekly
from tui.domain.settings import Settings
from tui.domain.streaks.streak import streak
from tui.domain.workout.timers import HoldTimer, RestTimer

START = pendulum.datetime(2026, 11, 20, 18, 30, tz="UTC")
HOUR = 3600
DAY = 86400
jumps = st.integers(-2 * DAY, 2 * DAY)


def test_a_rest_whose_deadline_passed_during_a_forward_jump_shows_overtime():
    rest = RestTimer.start(START, 90)
    assert rest.remaining_s(START.add(days=1)) == 90 - DAY  # negative: overtime of a day less 90 s


def test_a_rest_after_the_clock_jumps_back_an_hour_shows_its_total_plus_the_hour():
    rest = RestTimer.start(START, 90)
    assert rest.remaining_s(START.add(seconds=30).subtract(hours=1)) == 60 + HOUR
    assert rest.remaining_s(START.subtract(hours=1)) <= rest.total_s() + HOUR


@settings(max_examples=200, deadline=None, derandomize=True)
@given(rest_s=st.integers(0, 3600), elapsed=st.integers(0, 3600), jump=jumps, adjust=st.integers(-8, 8))
def test_a_rest_stays_within_its_total_plus_any_backward_jump(rest_s, elapsed, jump, adjust):
    rest = RestTimer.start(START, rest_s)
    before = START.add(seconds=elapsed)
    now = before.add(seconds=jump)
    remaining = rest.remaining_s(now)
    assert remaining == rest.remaining_s(before) - jump
    assert remaining <= rest.total_s() + max(0, -jump)
    if remaining < 0:
        assert now > rest.deadline  # overtime only once the deadline has really passed
    adjusted = rest.moved(15 * adjust, now)  # +/- during a jumped rest: never before now, unless over already
    assert adjusted.remaining_s(now) >= 0 or (adjust <= 0 and adjusted == rest)
    assert adjust <= 0 or adjusted.remaining_s(now) > 0
    assert RestTimer.from_data(rest.to_data()) == rest


@settings(max_examples=200, deadline=None, derandomize=True)
@given(target=st.integers(1, 600), elapsed=st.integers(0, 700), jump=jumps)
def test_a_hold_reports_sane_seconds_whatever_the_jump(target, elapsed, jump):
    hold = HoldTimer.start(START, target)
    now = START.add(seconds=elapsed + jump)
    assert 0 <= hold.held_s(now) <= target
    assert hold.remaining_s(now) >= 0
    if jump >= DAY:
        assert hold.done(now) and hold.held_s(now) == target
    if jump <= -HOUR:
        assert hold.getting_ready(now) and hold.held_s(now) == 0


def test_the_streak_a_day_back_or_forward_is_the_streak_of_that_day():
    history = weekly(date(2026, 10, 19), 4)
    for today in (TODAY - timedelta(days=1), TODAY, TODAY + timedelta(days=1)):
        result = streak(history, [], MONDAY, today)
        assert result.current == 4 and result.longest == 4
    # Forward a week and a day past the last workout: this week is pending, last week was missed.
    result = streak(history, [], MONDAY, TODAY + timedelta(days=8))
    assert (result.current, result.longest) == (0, 4)


def test_workouts_logged_before_the_clock_jumped_back_a_week_do_not_lengthen_the_streak():
    past = weekly(date(2026, 10, 19), 4)  # to the week of 9 Nov, which is where the clock now says we are
    history = past + [at(2026, 11, 17, 18), at(2026, 11, 18, 18)]  # the week of 16 Nov: a week "in the future"
    back = streak(history, [], MONDAY, TODAY - timedelta(days=7))
    without_future = streak(past, [], MONDAY, TODAY - timedelta(days=7))
    assert (back.current, back.longest) == (without_future.current, without_future.longest) == (4, 4)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(shift=st.integers(-400, 400), target=st.integers(1, 7), weeks=st.integers(0, 8))
def test_the_streak_never_fails_and_stays_consistent_for_any_today(shift, target, weeks):
    history = weekly(date(2026, 10, 19), weeks, per_week=3)
    result = streak(history, [TODAY - timedelta(days=10)], Settings(weekly_target=target),
                    TODAY + timedelta(days=shift))
    assert 0 <= result.current <= result.longest
