"""`status` from the summary the store keeps says exactly what it says from the main file: after finishes,
deletes, settings and freezes, an import, future-dated workouts; and a summary that is missing, broken, or
left behind by a kill is not trusted, and the next open writes it again."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pendulum
import pytest

from bench.history import synthetic_workouts
from tests.builders import a_workout, moment
from tui.domain.catalogue.loading import load_catalogue
from tui.domain.transfer.data import UserData
from tui.resources import data_dir as shipped_data_dir
from tui.status import read_status
from tui.store.open import open_store
from tui.store.status_summary import TAIL, read_summary, status_path
from tui.store.transfer import import_into

NOW = pendulum.datetime(2026, 11, 20, 18, 30, tz="Europe/Paris")


class StillClock:
    def now(self):
        return NOW.in_timezone("UTC")


@pytest.fixture(scope="module")
def generated():
    return synthetic_workouts(load_catalogue(shipped_data_dir()), 3000, NOW.subtract(days=2), years=3, seed=5)


def finished(day: date, sets: int = 4, hour: int = 18):
    workout = a_workout(at=moment(day.year, day.month, day.day, hour, 0), sets=sets)
    return replace(workout, finished_at=workout.started_at)


def assert_status_as_from_the_main_file(directory) -> dict:
    assert read_summary(directory) is not None, "the summary is current"
    kept = read_status(directory, StillClock()).to_json()
    path = status_path(directory)
    saved = path.read_bytes()
    path.unlink()
    try:
        assert read_status(directory, StillClock()).to_json() == kept
    finally:
        path.write_bytes(saved)
    return kept


def test_status_from_the_summary_is_status_from_the_main_file(data_dir, generated):
    store = open_store(data_dir)
    store.history.save_many(generated)
    status = assert_status_as_from_the_main_file(data_dir)
    assert status["workouts"] == len(generated) and status["longest_streak_weeks"] > 10

    store.history.save(finished(date(2026, 11, 18)))
    store.history.save(finished(date(2026, 11, 19), hour=1))
    assert assert_status_as_from_the_main_file(data_dir)["this_week"]["done"] == 2
    store.history.delete(generated[-1].id)
    assert_status_as_from_the_main_file(data_dir)
    store.settings.change({"weekly_target": 3})
    assert assert_status_as_from_the_main_file(data_dir)["this_week"]["target"] == 3
    store.settings.change({"first_weekday": "sunday", "rollover_hour": 4})
    assert_status_as_from_the_main_file(data_dir)
    store.freezes.freeze(date(2026, 11, 8), "sunday")
    assert_status_as_from_the_main_file(data_dir)
    import_into(store, UserData(workouts=(finished(date(2026, 11, 11)), finished(date(2026, 11, 12)))))
    assert assert_status_as_from_the_main_file(data_dir)["workouts"] == len(generated) + 3


def test_workouts_with_future_dates_are_not_last_and_more_of_them_than_kept_still_read_right(data_dir):
    store = open_store(data_dir)
    store.history.save(finished(date(2026, 11, 17)))
    store.history.save_many([finished(date(2026, 12, day)) for day in range(1, 4)])
    assert assert_status_as_from_the_main_file(data_dir)["last_workout"]["date"] == "2026-11-17"
    store.history.save_many([finished(date(2027, 1, day)) for day in range(1, TAIL + 2)])
    assert assert_status_as_from_the_main_file(data_dir)["last_workout"]["date"] == "2026-11-17"


@pytest.mark.parametrize("spoil", ["missing", "garbage", "left by a kill", "main file edited", "year file restored"])
def test_a_summary_out_of_step_is_not_trusted_and_the_next_open_writes_it_again(data_dir, generated, spoil):
    store = open_store(data_dir)
    store.history.save_many(generated[:60])
    expected = read_status(data_dir, StillClock()).to_json()
    path = status_path(data_dir)
    if spoil == "missing":
        path.unlink()
    elif spoil == "garbage":
        path.write_bytes(b"{\"summary\": ")
    elif spoil == "left by a kill":  # the main file written, the summary not yet: the one before stays
        before = path.read_bytes()
        store.history.save(finished(date(2026, 11, 19)))
        path.write_bytes(before)
        expected = None
    elif spoil == "main file edited":
        main = data_dir / "runstrength.json"
        main.write_bytes(main.read_bytes().replace(b'"weekly_target": 2', b'"weekly_target": 5')
                         if b"weekly_target" in main.read_bytes() else main.read_bytes() + b"\n")
    else:
        year_file = next(data_dir.glob("history-*.json"))
        year_file.write_bytes(year_file.read_bytes())
    assert read_summary(data_dir) is None
    from_main_file = read_status(data_dir, StillClock()).to_json()
    if expected is not None and spoil != "main file edited":
        assert from_main_file == expected
    open_store(data_dir)
    assert assert_status_as_from_the_main_file(data_dir) == from_main_file


@pytest.mark.parametrize("rules", [{}, {"first_weekday": "sunday", "rollover_hour": 4}])
def test_the_calendar_from_the_kept_totals_is_the_calendar_from_the_index(data_dir, generated, rules):
    from tui.store.training_totals import log_and_streak

    store = open_store(data_dir)
    store.history.save_many(generated)
    if rules:
        store.settings.change(rules)
    settings, freezes, today = store.settings.get(), store.freezes.all(), NOW.date()
    summaries = store.history.summaries()
    kept_log, kept_streak = log_and_streak(data_dir, summaries, freezes, settings, today)
    index_log, index_streak = log_and_streak(data_dir / "nowhere", summaries, freezes, settings, today)
    assert kept_streak == index_streak
    assert kept_log.per_day() == index_log.per_day()
    assert kept_log.weeks(settings.first_weekday) == index_log.weeks(settings.first_weekday)
    if rules:  # the app's settings differ from those the totals were kept under: the index decides
        other = settings.changed(rollover_hour=0)
        assert log_and_streak(data_dir, summaries, freezes, other, today)[1] == log_and_streak(
            data_dir / "nowhere", summaries, freezes, other, today)[1]
