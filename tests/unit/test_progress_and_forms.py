"""Progress per exercise, personal records, and what the past-workout and settings forms accept."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pendulum
import pytest

from tui.domain.catalogue_loading import load_catalogue
from tui.domain.progress import Metric, format_metric, format_record, personal_records, sessions_by_exercise
from tui.domain.settings import Settings, SettingsError
from tui.domain.settings_form import SettingsInput, settings_from_input
from tui.domain.workout_forms import (
    SetInput,
    WorkoutFormError,
    edited_workout,
    logged_afterwards,
    parse_start,
    planned_sets,
)
from tui.resources import data_dir
from tests.builders import a_set, a_workout, moment

NOW = pendulum.datetime(2026, 11, 20, 18, 30, tz="Europe/Paris")


def workout_on(day: int, *sets, hour: int = 18):
    start = moment(2026, 11, day, hour, 0)
    return replace(a_workout(at=start), sets=tuple(replace(s, logged_at=start) for s in sets), finished_at=start)


def test_sessions_give_one_point_per_workout_per_exercise_oldest_first():
    workouts = [
        workout_on(18, a_set("push-up", reps=12), a_set("push-up", reps=14), a_set("plank", reps=None, hold_s=45)),
        workout_on(10, a_set("push-up", reps=10)),
    ]
    sessions = sessions_by_exercise(workouts)
    push_ups = sessions["push-up"]
    assert [s.day for s in push_ups] == [date(2026, 11, 10), date(2026, 11, 18)]
    assert [s.value(Metric.BEST_REPS) for s in push_ups] == [10, 14]
    assert sessions["plank"][0].value(Metric.BEST_HOLD) == 45
    assert sessions["plank"][0].value(Metric.VOLUME) is None  # nothing lifted


def test_loads_are_converted_to_the_users_units_and_volume_is_reps_times_added_load():
    workout = workout_on(18, a_set("dumbbell-row", reps=10, load=10.0, unit="kg"),
                         a_set("dumbbell-row", reps=8, load=22.0, unit="lb"),
                         a_set("pull-up", reps=5, load=-20.0, unit="kg"))
    sessions = sessions_by_exercise([workout], units="kg")
    rows = sessions["dumbbell-row"][0]
    assert rows.best_load == 10.0
    assert rows.volume == pytest.approx(10 * 10 + 8 * 22 * 0.45359237, abs=0.1)
    assert sessions["pull-up"][0].value(Metric.VOLUME) is None  # assistance adds no volume
    in_lb = sessions_by_exercise([workout], units="lb")["dumbbell-row"][0]
    assert in_lb.best_load == pytest.approx(22.05, abs=0.01)


def test_personal_records_are_dated_by_the_first_time_they_were_reached():
    workouts = [
        workout_on(10, a_set("push-up", reps=15)),
        workout_on(12, a_set("push-up", reps=15)),
        workout_on(14, a_set("push-up", reps=12, load=10.0)),
    ]
    records = personal_records(sessions_by_exercise(workouts)["push-up"])
    assert records["most reps"].value == 15 and records["most reps"].day == date(2026, 11, 10)
    assert records["heaviest load"].value == 10.0 and records["best set volume"].value == 120.0
    assert "longest hold" not in records
    assert format_record(records["heaviest load"], "kg") == "10 kg"
    assert format_metric(Metric.VOLUME, 1350.0, "kg") == "1,350 kg"
    assert Metric.VOLUME.next() is Metric.BEST_REPS


def test_the_rollover_hour_moves_a_late_session_to_the_day_before():
    workout = workout_on(18, a_set("push-up"), hour=1)
    assert sessions_by_exercise([workout], rollover_hour=3)["push-up"][0].day == date(2026, 11, 17)


def typed(exercise="push-up", name="Push-up", reps="", load="", hold="") -> SetInput:
    return SetInput(exercise, name, reps, load, hold)


def test_an_edit_changes_name_note_and_values_and_keeps_everything_else():
    original = workout_on(18, a_set("push-up", reps=10), a_set("push-up", reps=10, load=5.0, unit="lb"))
    edited = edited_workout(original, "  Evening push-ups ", "felt strong",
                            [typed(reps="12", load="2.5"), typed(reps="11", load="7,5")], units="kg")
    assert edited.name == "Evening push-ups" and edited.note == "felt strong"
    assert [(s.reps, s.load, s.unit) for s in edited.sets] == [(12, 2.5, "kg"), (11, 7.5, "lb")]
    assert [s.id for s in edited.sets] == [s.id for s in original.sets]
    assert edited.started_at == original.started_at and edited.id == original.id


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (dict(reps="ten"), "Set 1 (Push-up): reps must be a whole number"),
        (dict(reps="9999"), "Set 1 (Push-up): reps must be from 0 to 500"),
        (dict(reps="10", load="heavy"), "Set 1 (Push-up): load must be a number"),
        (dict(reps="10", load="5000"), "load must be between"),
        (dict(hold="-5"), "hold seconds must be a whole number"),
        (dict(), "give the reps or the hold seconds"),
    ],
)
def test_bad_set_values_are_refused_with_a_message_naming_the_set(fields, message):
    original = workout_on(18, a_set("push-up"))
    with pytest.raises(WorkoutFormError, match=re.escape(message)):
        edited_workout(original, "Name", "", [typed(**fields)])


def test_a_workout_needs_a_name():
    with pytest.raises(WorkoutFormError, match="needs a name"):
        edited_workout(workout_on(18, a_set()), "   ", "", [typed(reps="5")])


@pytest.mark.parametrize(
    ("day", "time", "message"),
    [
        ("20/11/2026", "18:00", "The date must look like 2026-11-20"),
        ("2026-11-20", "6pm", "The time must look like 18:30"),
        ("2026-02-30", "18:00", "is not a real date and time"),
        ("2026-11-20", "25:00", "is not a real date and time"),
        ("2026-11-21", "08:00", "in the future"),
    ],
)
def test_the_start_of_an_added_workout_is_checked(day, time, message):
    with pytest.raises(WorkoutFormError, match=message):
        parse_start(day, time, "Europe/Paris", NOW)


def test_an_added_workout_is_finished_at_its_start_in_the_users_zone_with_its_sets():
    start = parse_start("2026-11-19", "7:05", "America/New_York", NOW)
    assert start.zone == "America/New_York" and start.local.hour == 7 and start.local_date == date(2026, 11, 19)
    workout = logged_afterwards(start, "Morning core", None, "", [typed(reps="10"), typed("plank", "Plank", hold="40")],
                                units="lb")
    assert workout.finished_at == workout.started_at
    assert [(s.exercise_id, s.reps, s.hold_s) for s in workout.sets] == [("push-up", 10, None), ("plank", None, 40)]
    with pytest.raises(WorkoutFormError, match="at least one set"):
        logged_afterwards(start, "Empty", None, "", [], units="kg")


def test_a_routine_fills_in_its_planned_sets_with_the_low_end_of_each_target():
    catalogue = load_catalogue(data_dir())
    names = {exercise_id: e.name for exercise_id, e in catalogue.exercises.items()}
    planned = planned_sets(catalogue.routines["runner-ab-workout"], names)
    assert len(planned) == 12
    assert planned[0].exercise_id == "crunch" and planned[0].reps == "20"
    assert planned[-1].exercise_id == "plank" and planned[-1].hold == "30" and planned[-1].reps == ""
    per_side = planned_sets(catalogue.routines["upper-back-three-moves"], names)
    assert {typed.side for typed in per_side} == {None, "L", "R"}


def form(**changes) -> SettingsInput:
    values = dict(units="kg", default_rest="90", weekly_target=2, first_weekday="monday", time_zone="",
                  rollover_hour=0, bell=True, theme="nord")
    values.update(changes)
    return SettingsInput(**values)


def test_the_settings_form_gives_settings():
    settings = settings_from_input(form(default_rest=" 75 ", time_zone="Asia/Tokyo", first_weekday="sunday"))
    assert settings == Settings(default_rest_s=75, time_zone="Asia/Tokyo", first_weekday="sunday", theme="nord")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (dict(default_rest="abc"), "default rest must be a whole number of seconds from 0 to 3600, not 'abc'"),
        (dict(default_rest="5000"), "default rest must be a whole number of seconds from 0 to 3600"),
        (dict(time_zone="Mars/Olympus"), "'Mars/Olympus' is not a time zone name like Europe/Paris"),
        (dict(weekly_target=9), "weekly target"),
    ],
)
def test_the_settings_form_refuses_bad_values_with_a_message(changes, message):
    with pytest.raises(SettingsError, match=message):
        settings_from_input(form(**changes))
