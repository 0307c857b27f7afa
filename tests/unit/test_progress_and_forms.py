"""Progress per exercise, personal records, and what the past-workout and settings forms accept."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pendulum
import pytest

from tests.builders import a_set, a_workout, moment
from tui.domain.catalogue.custom_exercises import CustomExercise, ExerciseNameBook
from tui.domain.catalogue.loading import load_catalogue
from tui.domain.catalogue.model import RoutineFormat
from tui.domain.progress.metrics import (
    Metric,
    axis_number,
    date_ticks,
    format_metric,
    sessions_by_exercise,
    workout_sessions,
)
from tui.domain.progress.record_bests import bests_of, records_against
from tui.domain.progress.records import RecordKind, personal_records, records_set_by
from tui.domain.ranges import IntRange
from tui.domain.settings import Settings, SettingsError
from tui.domain.settings_form import SettingsInput, settings_from_input
from tui.domain.units import KG_PER_LB, volume_number
from tui.domain.workout.again import plan_of
from tui.domain.workout.breakdown import ExerciseLine, duration_text, hold_time_text, per_exercise
from tui.domain.workout.forms import (
    WhenTyped,
    WorkoutFormError,
    another_set,
    edit_onto,
    edited_workout,
    first_set,
    in_logged_order,
    logged_afterwards,
    parse_start,
    planned_sets,
    start_problems,
)
from tui.domain.workout.set_values import describe_values
from tui.resources import data_dir
from tui.widgets.workout_sets import sets_text

NOW = pendulum.datetime(2026, 11, 20, 18, 30, tz="Europe/Paris")
BODYWEIGHT = load_catalogue(data_dir()).bodyweight


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


def test_the_charts_volume_is_the_workout_pages_warm_ups_included_and_warm_ups_make_no_record():
    workout = workout_on(18, a_set("bench-press", reps=10, load=20.0, set_type="warmup"),
                         a_set("bench-press", reps=5, load=60.0), a_set("bench-press", reps=5, load=60.0, unit="lb"),
                         a_set("push-up", reps=20, set_type="warmup"), a_set("plank", reps=None, hold_s=30))
    for units in ("kg", "lb"):
        on_the_page = {line.exercise_id: line.volume for line in per_exercise(workout, units)}
        charted = sessions_by_exercise([workout], units=units)
        assert charted["bench-press"][0].volume == on_the_page["bench-press"]
        assert "push-up" not in charted  # only warmed up: no working set to chart
    pressed = sessions_by_exercise([workout])["bench-press"][0]
    assert pressed.volume == pytest.approx(200 + 300 + 5 * 60 * 0.45359237, abs=0.1)
    assert pressed.best_reps == 5  # the warm-up's 10 reps are no record


def test_a_workout_summed_up_in_both_units_at_once_reads_in_each_as_summed_up_in_it_alone():
    # The kept records and charts sum up each workout in kg and lb together; a bodyweight exercise's session is
    # then made once for both, which must not carry one unit's volume or load into the other.
    workout = workout_on(18, a_set("push-up", reps=20), a_set("push-up", reps=18, set_type="failure"),
                         a_set("dip", reps=5, load=10.0, unit="lb", set_type="warmup"), a_set("dip", reps=12),
                         a_set("pull-up", reps=6, load=-15.0, unit="lb"), a_set("plank", reps=None, hold_s=40),
                         a_set("dumbbell-row", reps=10, load=12.5, unit="kg"))
    together = workout_sessions(workout, ("kg", "lb"))
    for units in ("kg", "lb"):
        assert together[units] == workout_sessions(workout, (units,))[units]
    assert together["kg"]["dip"].volume == pytest.approx(5 * 10 * 0.45359237, abs=0.1)
    assert together["lb"]["dip"].volume == 50.0


def test_personal_records_are_dated_by_the_first_time_they_were_reached():
    workouts = [
        workout_on(10, a_set("dumbbell-row", reps=15)),
        workout_on(12, a_set("dumbbell-row", reps=15)),
        workout_on(14, a_set("dumbbell-row", reps=12, load=10.0)),
    ]
    records = personal_records(sessions_by_exercise(workouts)["dumbbell-row"], bodyweight=False)
    most_reps = records[RecordKind.MOST_REPS]
    assert most_reps.value == 15 and most_reps.day == date(2026, 11, 10)
    assert records[RecordKind.HEAVIEST_LOAD].value == 10.0 and records[RecordKind.BEST_SET_VOLUME].value == 120.0
    assert RecordKind.LONGEST_HOLD not in records
    assert records[RecordKind.HEAVIEST_LOAD].text() == "10 kg"
    assert records[RecordKind.ESTIMATED_1RM].text() == "14 kg"  # Epley: 10 x (1 + 12 / 30)
    assert format_metric(Metric.VOLUME, 1350.0, "kg") == "1,350 kg"
    assert Metric.VOLUME.next() is Metric.BEST_REPS


def test_every_volume_reads_to_a_tenth_so_half_kilograms_are_not_rounded_away():
    """Rounded to whole kilograms half to even, a record read "best set volume 162 kg" for 162.5 and an exercise
    "volume 168 kg" for 167.5: the exercise lines summed to 1,003 kg under a workout of 1,002 kg."""
    from tui.domain.workout.breakdown import volume_text

    line_volumes = (475.0, 167.5, 360.0)
    assert [volume_text(v, "kg") for v in line_volumes] == ["475 kg", "167.5 kg", "360 kg"]
    assert volume_text(sum(line_volumes), "kg") == "1,002.5 kg"
    assert RecordKind.BEST_SET_VOLUME.value_text(162.5, "kg") == "162.5 kg"
    assert format_metric(Metric.VOLUME, 112.5, "kg") == "112.5 kg"
    assert volume_text(2210.47, "lb") == "2,210.5 lb"  # converted: to a tenth, never 2,210.47
    # A chart's axis marks a converted load as every load reads, never 27.5578.
    assert axis_number(Metric.BEST_LOAD, 12.5 / KG_PER_LB) == "27.6"
    assert axis_number(Metric.VOLUME, 1350.0) == "1,350"


def test_a_single_rep_record_reads_as_one_rep():
    workouts = [workout_on(10, a_set("bench-press", reps=1, load=100.0))]
    records = personal_records(sessions_by_exercise(workouts)["bench-press"], bodyweight=False)
    assert records[RecordKind.MOST_REPS].text() == "1 rep", "not '1 reps'"
    assert format_metric(Metric.BEST_REPS, 1.0, "kg") == "1 rep"  # a chart's value
    assert describe_values(1, None, 100.0, "kg", bodyweight=False) == "1 rep @ 100 kg"  # a set
    line = ExerciseLine("bench-press", sets=1, reps=1, hold_s=0, volume=100.0)
    assert line.text("kg") == "1 set, 1 rep, volume 100 kg"  # a workout's line
    assert ExerciseLine("plank", sets=0, reps=0, hold_s=30, volume=0.0, warm_ups=1).text("kg") == "1 warm-up, 30 s held"


def test_time_held_reads_as_a_time_and_each_hold_with_its_unit():
    """A stretching session's "Hold time 107 s" was a sum to work out; "Last time: 45 · 4 s" read as one figure."""
    assert [hold_time_text(seconds) for seconds in (45, 60, 107, 3601)] == ["45 s", "1 min", "1 min 47 s",
                                                                            "60 min 1 s"]
    assert ExerciseLine("plank", sets=2, reps=0, hold_s=118, volume=0.0).text("kg") == "2 sets, 1 min 58 s held"
    assert sets_text((a_set("plank", hold_s=45), a_set("plank", hold_s=4)), bodyweight=True) == "45 s · 4 s"
    assert sets_text((a_set("crunch", reps=12), a_set("crunch", reps=10)), bodyweight=True) == "12 · 10 reps"


def test_no_least_assistance_record_once_reps_were_done_without_help():
    """30 pull-ups with no help, then two sets with 20 kg of it: "least assistance 20 kg assisted" was recorded;
    and a first band-assisted workout after years of unassisted pull-ups was "less help than ever"."""
    mixed = workout_on(10, a_set("pull-up", reps=30), a_set("pull-up", reps=12, load=-20.0),
                       a_set("pull-up", reps=12, load=-20.0))
    assisted = workout_on(11, a_set("pull-up", reps=8, load=-30.0), a_set("pull-up", reps=8, load=-25.0))
    records = personal_records(sessions_by_exercise([mixed])["pull-up"], bodyweight=True)
    assert RecordKind.LEAST_ASSISTANCE not in records and records[RecordKind.MOST_REPS].text() == "30 reps"
    both = personal_records(sessions_by_exercise([mixed, assisted])["pull-up"], bodyweight=True)
    assert RecordKind.LEAST_ASSISTANCE not in both
    assert records_set_by(assisted, [mixed], "kg", BODYWEIGHT) == []
    first_assisted = personal_records(sessions_by_exercise([assisted])["pull-up"], bodyweight=True)
    assert first_assisted[RecordKind.LEAST_ASSISTANCE].text() == "25 kg assisted"  # every set assisted: least help


def test_record_loads_read_rounded_to_a_tenth():
    workouts = [workout_on(10, a_set("bench-press", reps=5, load=20.0, unit="kg"))]
    for units in ("kg", "lb"):
        records = personal_records(sessions_by_exercise(workouts, units=units)["bench-press"], bodyweight=False)
        assert records[RecordKind.ESTIMATED_1RM].text() == "23.3 kg", units  # 20 x (1 + 5/30) = 23.333
    rowed = sessions_by_exercise([workout_on(10, a_set("row", reps=20, load=12.0))], "lb")["row"]
    in_lb = personal_records(rowed, bodyweight=False)
    assert in_lb[RecordKind.HEAVIEST_LOAD].text() == "12 kg"
    assert RecordKind.ESTIMATED_1RM not in in_lb  # 20 reps say nothing about one
    assert format_metric(Metric.BEST_LOAD, 26.4555, "lb") == "26.5 lb"


def test_a_half_tenth_is_rounded_up_as_by_hand_in_every_figure_to_a_tenth():
    """42.5 kg x 9 has an Epley 1RM of 55.25 kg: it read "55.2 kg" (Python's round takes a half to the even
    tenth), where a user working it out reads 55.3. The same rule for the loads of records and charts and the
    volumes."""
    benched = workout_on(10, a_set("bench-press", reps=9, load=42.5, unit="kg"))
    records = personal_records(sessions_by_exercise([benched], "kg")["bench-press"], bodyweight=False)
    assert records[RecordKind.ESTIMATED_1RM].text() == "55.3 kg"  # 42.5 x (1 + 9/30)
    # 61.24999999999999 as a float, for 43.75 x (1 + 12/30): exact halves, each, of loads in 1.25 and 0.25 kg steps.
    for load, reps, shown in ((43.75, 12, "61.3 kg"), (11.25, 12, "15.8 kg"), (2.25, 8, "2.9 kg")):
        pressed = workout_on(10, a_set("bench-press", reps=reps, load=load, unit="kg"))
        found = personal_records(sessions_by_exercise([pressed], "kg")["bench-press"], bodyweight=False)
        assert found[RecordKind.ESTIMATED_1RM].text() == shown, (load, reps)
    # A load as its set reads it (43.75 kg read 43.8 beside its set's 43.75), to a hundredth at most.
    assert RecordKind.HEAVIEST_LOAD.value_text(43.75, "kg") == "43.75 kg"
    assert RecordKind.HEAVIEST_LOAD.value_text(40.8233, "kg") == "40.82 kg"
    assert RecordKind.LEAST_ASSISTANCE.value_text(12.75, "lb") == "12.75 lb assisted"
    assert RecordKind.ESTIMATED_1RM.value_text(20.25, "kg") == "20.3 kg"
    assert axis_number(Metric.BEST_LOAD, 60.25) == "60.3"
    assert volume_number(1002.25) == "1,002.3" and volume_number(0.05) == "0.1"
    assert volume_number(1e300).startswith("1,000,000") and format_metric(Metric.VOLUME, float("inf"), "kg")
    from tui.domain.workout.breakdown import per_exercise, volume

    assert volume(benched, "kg") == 382.5 and volume(workout_on(10, a_set("row", reps=9, load=42.25)), "kg") == 380.3
    assert per_exercise(workout_on(10, a_set("row", reps=9, load=42.25)), "kg")[0].volume == 380.3


def test_a_record_reads_in_the_unit_its_set_was_logged_in_whatever_the_settings_unit():
    """Overhead press logged at 65 lb, with the settings in kg, read "heaviest load 29.5 kg" and an Epley 1RM of
    37.3 kg: a user who loads this exercise in lb reads its loads in lb, as its sets read. Its set's volume
    reads in the user's units, as the workout's volumes do."""
    pressed = workout_on(10, a_set("overhead-press", reps=8, load=65.0, unit="lb"))
    for units in ("kg", "lb"):
        found = {str(r.kind): r.text() for r in records_set_by(pressed, [], units, BODYWEIGHT)}
        volume = {"kg": "235.9 kg", "lb": "520 lb"}[units]  # 8 x 65 lb: a volume reads in the user's units
        assert found == {"most reps": "8 reps", "heaviest load": "65 lb", "best set volume": volume,
                         "estimated 1RM (Epley)": "82.3 lb"}, units  # 65 x (1 + 8/30) = 82.33
        listed = personal_records(sessions_by_exercise([pressed], units)["overhead-press"], bodyweight=False)
        assert listed[RecordKind.HEAVIEST_LOAD].text() == "65 lb", units
    # Loads in both units are compared as loads: 30 kg (66.1 lb) beats 65 lb, and reads as it was logged.
    later = workout_on(12, a_set("overhead-press", reps=8, load=30.0, unit="kg"))
    found = {str(r.kind): r.text() for r in records_set_by(later, [pressed], "lb", BODYWEIGHT)}
    assert found["heaviest load"] == "30 kg"
    lighter = workout_on(14, a_set("overhead-press", reps=8, load=29.0, unit="kg"))  # 63.9 lb
    assert "heaviest load" not in {str(r.kind) for r in records_set_by(lighter, [pressed], "kg", BODYWEIGHT)}


def test_a_bodyweight_exercise_reads_its_load_as_added_or_assisting_and_has_no_plain_weight_records():
    """A pull-up with +10 and -20 read "10 reps @ 10 kg" and "10 reps @ -20 kg", and its records claimed
    "heaviest load 10 kg" and an Epley 1RM of 13.3 kg, worked out on the added load alone."""
    catalogue = load_catalogue(data_dir())
    bodyweight = catalogue.bodyweight
    assert {"pull-up", "push-up", "dip", "plank", "band-assisted-pull-up"} <= bodyweight
    assert not {"bench-press", "overhead-press", "dumbbell-row", "band-row"} & bodyweight
    chin_up = CustomExercise("custom:chin-up", "Chin-up", same_as="pull-up")  # one the user said is a pull-up
    book = ExerciseNameBook(catalogue.names, [chin_up, CustomExercise("custom:sled", "Sled")], bodyweight)
    assert book.is_bodyweight("custom:chin-up") and not book.is_bodyweight("custom:sled")
    assert describe_values(10, None, 10.0, "kg", bodyweight=True) == "10 reps, +10 kg"
    assert describe_values(10, None, -20.0, "kg", bodyweight=True) == "10 reps, 20 kg assisted"
    assert describe_values(8, None, 40.0, "lb", bodyweight=False) == "8 reps @ 40 lb"
    assert describe_values(45, None, 5.0, "kg", bodyweight=True) == "45 reps, +5 kg"
    pulled = workout_on(10, a_set("pull-up", reps=10, load=10.0), a_set("pull-up", reps=10, load=-20.0),
                        a_set("bench-press", reps=8, load=40.0))
    found = {(r.exercise_id, str(r.kind)): r.text() for r in records_set_by(pulled, [], "kg", bodyweight)}
    assert found == {("pull-up", "most reps"): "10 reps", ("pull-up", "most added load"): "+10 kg",
                     ("bench-press", "most reps"): "8 reps", ("bench-press", "heaviest load"): "40 kg",
                     ("bench-press", "best set volume"): "320 kg", ("bench-press", "estimated 1RM (Epley)"): "50.7 kg"}
    assisted = workout_on(12, a_set("pull-up", reps=11, load=-20.0))  # assistance is never a load record
    assert {str(r.kind) for r in records_set_by(assisted, [], "kg", bodyweight)} == {"most reps", "least assistance"}
    listed = personal_records(sessions_by_exercise([assisted])["pull-up"], bodyweight=True)
    assert [(str(kind), record.text()) for kind, record in listed.items()] == [
        ("most reps", "11 reps"), ("least assistance", "20 kg assisted")]
    listed = personal_records(sessions_by_exercise([pulled, assisted])["pull-up"], bodyweight=True)
    assert [(str(kind), record.text()) for kind, record in listed.items()] == [
        ("most reps", "11 reps"), ("most added load", "+10 kg")], "+10 kg was less help than 20 kg of it"


@pytest.mark.parametrize("units", ["kg", "lb"])
def test_the_same_load_in_the_other_unit_is_no_new_record(units):
    """Hevy writes a 25 lb dumbbell as 11.3398 kg; 25 lb logged later is 11.33981 kg, and read "New record:
    heaviest load 25 lb" for the weight lifted the week before."""
    before = workout_on(13, a_set("lateral-raise", reps=10, load=11.3398, unit="kg"))
    same = workout_on(20, a_set("lateral-raise", reps=10, load=25.0, unit="lb"))
    heavier = workout_on(20, a_set("lateral-raise", reps=10, load=27.5, unit="lb"))
    kinds = lambda found: {str(record.kind) for record in found}  # noqa: E731
    assert "heaviest load" not in kinds(records_set_by(same, [before], units, ()))
    assert "heaviest load" not in kinds(records_against(same, bests_of([before, same]), units, ()))
    assert "heaviest load" in kinds(records_set_by(heavier, [before], units, ()))
    assert "heaviest load" in kinds(records_against(heavier, bests_of([before, heavier]), units, ()))


def test_less_assistance_than_ever_is_a_record_and_more_is_not():
    """A user on assisted pull-ups saw no record at all for taking the band from 20 kg of help to 15."""
    catalogue = load_catalogue(data_dir())
    first = workout_on(10, a_set("pull-up", reps=8, load=-20.0), a_set("pull-up", reps=8, load=-25.0))
    less = workout_on(12, a_set("pull-up", reps=8, load=-15.0), a_set("pull-up", reps=6, load=-20.0))
    more = workout_on(14, a_set("pull-up", reps=8, load=-17.5))
    in_lb = workout_on(16, a_set("pull-up", reps=8, load=-30.0, unit="lb"))  # 13.6 kg of help: less than 15 kg

    def least_assistance(workout, earlier):
        return [r.text() for r in records_set_by(workout, earlier, "kg", catalogue.bodyweight)
                if r.kind is RecordKind.LEAST_ASSISTANCE]

    assert least_assistance(first, []) == ["20 kg assisted"]
    assert least_assistance(less, [first]) == ["15 kg assisted"]
    assert least_assistance(more, [first, less]) == []
    assert least_assistance(in_lb, [first, less, more]) == ["30 lb assisted"]
    listed = personal_records(sessions_by_exercise([first, less, more, in_lb])["pull-up"], bodyweight=True)
    assert listed[RecordKind.LEAST_ASSISTANCE].text() == "30 lb assisted"
    assert listed[RecordKind.LEAST_ASSISTANCE].day == date(2026, 11, 16)


def test_a_band_on_a_pull_up_is_help_of_no_amount_and_leaves_the_least_assistance_as_it_was():
    """A workout of pull-ups at 15 kg of help and one with a red band (its help unweighed) was taken for a set of
    none: no later assisted workout was a record again, and the 15 kg record went from History."""
    catalogue = load_catalogue(data_dir())
    first = workout_on(10, a_set("pull-up", reps=8, load=-15.0))
    banded = workout_on(12, a_set("pull-up", reps=8, load=-15.0), a_set("pull-up", reps=8, bands=("red",)))
    band_only = workout_on(13, a_set("pull-up", reps=8, bands=("red",)))
    less = workout_on(14, a_set("pull-up", reps=8, load=-10.0))

    def least_assistance(workout, earlier):
        return [r.text() for r in records_set_by(workout, earlier, "kg", catalogue.bodyweight)
                if r.kind is RecordKind.LEAST_ASSISTANCE]

    assert least_assistance(less, [first, banded, band_only]) == ["10 kg assisted"]
    listed = personal_records(sessions_by_exercise([first, banded, band_only, less])["pull-up"], bodyweight=True)
    assert listed[RecordKind.LEAST_ASSISTANCE].text() == "10 kg assisted"
    unassisted = workout_on(16, a_set("pull-up", reps=5))  # bodyweight alone is still less help than any
    assert least_assistance(workout_on(18, a_set("pull-up", reps=8, load=-5.0)), [first, unassisted]) == []


def test_a_first_workout_sets_records_and_a_later_one_only_what_it_beats():
    first = workout_on(10, a_set("bench-press", reps=5, load=40.0), a_set("plank", reps=None, hold_s=60))
    kinds = {(r.exercise_id, r.kind) for r in records_set_by(first, [], "kg", BODYWEIGHT)}
    assert (("bench-press", RecordKind.HEAVIEST_LOAD) in kinds and ("plank", RecordKind.LONGEST_HOLD) in kinds)
    later = workout_on(12, a_set("bench-press", reps=2, load=42.5), a_set("plank", reps=None, hold_s=50))
    assert {r.kind for r in records_set_by(later, [first], "kg", BODYWEIGHT)} == {RecordKind.HEAVIEST_LOAD}


def test_chart_dates_are_real_at_every_span():
    assert date_ticks([date(2026, 11, 18)]) == [(date(2026, 11, 18).toordinal(), "18 Nov 2026")]
    two_years = [text for _, text in date_ticks([date(2024, 11, 18), date(2026, 11, 18)])]
    assert two_years == ["Jan 2025", "Jun 2025", "Nov 2025", "Apr 2026", "Sep 2026"]
    ten_years = [text for _, text in date_ticks([date(2016, 11, 18), date(2026, 11, 18)])]
    assert ten_years == ["2018", "2020", "2022", "2024", "2026"]
    assert len(date_ticks([date(2026, 11, day) for day in range(1, 31)])) == 5


def test_the_rollover_hour_moves_a_late_session_to_the_day_before():
    workout = workout_on(18, a_set("push-up"), hour=1)
    assert sessions_by_exercise([workout], rollover_hour=3)["push-up"][0].day == date(2026, 11, 17)


NAMES = {"push-up": "Push-up", "plank": "Plank"}


def test_an_edit_changes_name_note_and_sets_and_keeps_the_sets_that_stay():
    original = workout_on(18, a_set("push-up", reps=10), a_set("push-up", reps=10, load=5.0, unit="lb",
                                                             note="left elbow hurt"))
    first, second = original.sets
    added = another_set(second)
    assert (added.reps, added.load, added.unit, added.note) == (10, 5.0, "lb", ""), "its values, not its note"
    edited = edited_workout(original, "  Evening push-ups ", "felt strong",
                            [replace(second, reps=11, rpe=8.0), added, replace(first, set_type="warmup")], NAMES)
    assert edited.name == "Evening push-ups" and edited.note == "felt strong"
    assert [(s.reps, s.load, s.unit, s.set_type) for s in edited.sets] == [
        (11, 5.0, "lb", "normal"), (10, 5.0, "lb", "normal"), (10, None, "kg", "warmup")]
    assert [s.id for s in edited.sets] == [second.id, added.id, first.id]
    assert edited.sets[1].id not in {first.id, second.id} and edited.sets[1].logged_at == second.logged_at
    assert edited.started_at == original.started_at and edited.id == original.id


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (dict(reps=9999), "Set 1 (Push-up): reps must be from 0 to 500"),
        (dict(load=5000.0), "load must be between -1000 and 1000 kg"),  # which unit: 1500 lb read as a kg limit
        (dict(reps=10, hold_s=30), "Set 1 (Push-up): a set has reps or a hold, not both"),
        (dict(reps=None), "give the reps or the hold seconds"),
        (dict(rpe=11.0), "RPE must be from 1 to 10"),
    ],
)
def test_bad_set_values_are_refused_with_a_message_naming_the_set(fields, message):
    original = workout_on(18, a_set("push-up"))
    with pytest.raises(WorkoutFormError, match=re.escape(message)):
        edited_workout(original, "Name", "", [replace(original.sets[0], **fields)], NAMES)


def test_every_problem_is_reported_at_once_in_the_order_of_the_form():
    original = workout_on(18, a_set("push-up"), a_set("plank", reps=None, hold_s=4000))
    with pytest.raises(WorkoutFormError) as caught:
        edited_workout(original, "   ", "x" * 600,
                       [replace(original.sets[0], reps=None), replace(original.sets[1], hold_s=4001)], NAMES)
    assert [(p.field, p.position) for p in caught.value.problems] == [
        ("name", None), ("note", None), ("sets", 1), ("sets", 2)]


def test_a_name_and_note_kept_as_imported_are_not_refused_for_their_length_a_new_one_is():
    """An import's workout of a 10,035-character name: every edit of it (its note, a set) was refused ("The name is
    too long") until the name was cut."""
    original = replace(workout_on(18, a_set("push-up")), name="Long " * 2007, note="n" * 900)
    kept = edited_workout(original, original.name, original.note, [replace(original.sets[0], reps=12)], NAMES)
    assert (kept.name, kept.note, kept.sets[0].reps) == (original.name.strip(), original.note, 12)
    with pytest.raises(WorkoutFormError, match="at most 80"):
        edited_workout(original, original.name + "!", original.note, original.sets, NAMES)


def timed_workout():
    """A workout logged live: started at 18:00:20, a set a minute, finished 40 min 10 s later."""
    start = moment(2026, 11, 18, 18, 0, 20)
    sets = tuple(a_set("push-up", at=start.later(60 * (n + 1))) for n in range(3))
    return replace(a_workout(at=start), sets=sets, finished_at=start.later(40 * 60 + 10))


def test_a_start_and_duration_left_as_shown_keep_their_seconds():
    original = timed_workout()
    same = edited_workout(original, original.name, "", list(original.sets), NAMES,
                          WhenTyped("2026-11-18", "18:00", "40"), NOW)
    assert same == original


def test_a_workout_moved_to_another_start_takes_its_sets_and_duration_along():
    original = timed_workout()
    moved = edited_workout(original, original.name, "", list(original.sets), NAMES,
                           WhenTyped("2025-12-31", "07:05", "40"), NOW)
    assert moved.started_at.local.isoformat().startswith("2025-12-31T07:05:00")
    assert moved.finished_at.seconds_after(moved.started_at) == 40 * 60 + 10
    assert [s.logged_at.seconds_after(moved.started_at) for s in moved.sets] == [60.0, 120.0, 180.0]
    timed = edited_workout(original, original.name, "", list(original.sets), NAMES,
                           WhenTyped("2026-11-18", "18:00", "55"), NOW)
    assert timed.started_at == original.started_at and timed.finished_at.seconds_after(timed.started_at) == 55 * 60
    untimed = edited_workout(original, original.name, "", list(original.sets), NAMES,
                             WhenTyped("2026-11-18", "18:00", ""), NOW)
    assert untimed.finished_at == untimed.started_at  # blank: not timed, as a workout added afterwards


def test_a_move_made_on_the_form_lands_on_a_workout_renamed_elsewhere_meanwhile():
    original = timed_workout()
    moved = edited_workout(original, original.name, "", list(original.sets), NAMES,
                           WhenTyped("2026-11-17", "18:00", "40"), NOW)
    renamed_elsewhere = replace(original, name="Renamed elsewhere")
    saved = edit_onto(original, moved, renamed_elsewhere)
    assert saved.name == "Renamed elsewhere"
    assert (saved.started_at, saved.finished_at, saved.sets) == (moved.started_at, moved.finished_at, moved.sets)


def test_a_set_left_as_it_was_imported_is_not_held_to_the_forms_limits():
    imported = workout_on(18, a_set("push-up", reps=1000), a_set("plank", reps=10, hold_s=30))
    renamed = edited_workout(imported, "Renamed", "", list(imported.sets), NAMES)
    assert renamed.sets == imported.sets
    with pytest.raises(WorkoutFormError, match="a set has reps or a hold, not both"):
        edited_workout(imported, "Renamed", "", [imported.sets[0], replace(imported.sets[1], reps=11)], NAMES)


@pytest.mark.parametrize(
    ("day", "time", "field", "message"),
    [
        ("20/11/2026", "18:00", "date", "The date must look like 2026-11-20"),
        ("2026-11-20", "6pm", "time", "The time must look like 18:30"),
        ("2026-02-30", "18:00", "date", "^2026-02-30 is not a date: February 2026 has 28 days$"),
        ("2026-13-01", "18:00", "date", "^2026-13-01 is not a date: months go from 1 to 12$"),
        ("2026-11-20", "25:00", "time", "^25:00 is not a time of day: hours go to 23, minutes to 59$"),
        ("2026-11-31", "24:00", "date", "^2026-11-31 is not a date: November 2026 has 30 days\n24:00 is not a time"),
        # A malformed part hid the other's fault until it was put right (both forms, the time's fault unsaid).
        ("07/12/2026", "6pm", "date", "^The date must look like 2026-11-20, not '07/12/2026'\nThe time must look like"),
        ("50", "25:99", "date", "^The date must look like 2026-11-20, not '50'\n25:99 is not a time of day"),
        ("2026-11-31", "6pm", "date", "^2026-11-31 is not a date: November 2026 has 30 days\nThe time must look"),
        ("2026-11-21", "08:00", "date", "in the future"),
        # The night Paris's clocks went forward: 02:30 was saved as 03:30, unsaid.
        ("2026-03-29", "02:30", "time", "02:30 did not happen on 2026-03-29 in Europe/Paris, where the clocks went "
                                        "forward: 03:30 is the same moment"),
    ],
)
def test_the_start_of_an_added_workout_is_checked_and_blames_the_field_at_fault(day, time, field, message):
    with pytest.raises(WorkoutFormError, match=message):
        parse_start(day, time, "Europe/Paris", NOW)
    assert start_problems(day, time, "Europe/Paris", NOW)[0].field == field


def test_a_month_and_a_day_may_be_typed_without_their_zero():
    """ "2021-6-15" was refused ("must look like 2026-11-20") where "7:00" was taken."""
    assert parse_start("2021-6-5", "7:00", "Europe/Paris", NOW) == parse_start("2021-06-05", "07:00", "Europe/Paris",
                                                                              NOW)


def test_an_added_workout_is_finished_at_its_start_in_the_users_zone_with_its_sets():
    at = moment(2026, 11, 20, 18, 0)
    sets = [first_set("push-up", at, False, "lb"), first_set("plank", at, True, "lb")]
    workout = logged_afterwards("2026-11-19", "7:05", "America/New_York", NOW, "Morning core", None, "", sets, NAMES)
    start = workout.started_at
    assert start.zone == "America/New_York" and start.local.hour == 7 and start.local_date == date(2026, 11, 19)
    assert workout.finished_at == workout.started_at and all(s.logged_at == start for s in workout.sets)
    assert [(s.exercise_id, s.reps, s.hold_s) for s in workout.sets] == [("push-up", 8, None), ("plank", None, 30)]
    with pytest.raises(WorkoutFormError, match="at least one set"):
        logged_afterwards("2026-11-19", "7:05", "Europe/Paris", NOW, "Empty", None, "", [], NAMES)


def test_an_added_workout_lasts_the_minutes_typed_and_may_not_end_in_the_future():
    sets = [first_set("push-up", moment(2026, 11, 20, 18, 0), False, "kg")]
    workout = logged_afterwards("2026-11-19", "7:05", "Europe/Paris", NOW, "Core", None, "", sets, NAMES, " 45 ")
    assert workout.finished_at.seconds_after(workout.started_at) == 45 * 60
    for minutes, message in (("45.5", "must be whole minutes"), ("2000", "at most"), ("99999", "at most 1440"),
                             ("9" * 5000, "at most 1440"),
                             # 18:00 today, and it is 18:30: what would do is said (it was not)
                             ("60", r"ends in the future: .* \(with these minutes, it started at 17:30 at the "
                                    r"latest\)$"),
                             ("1440", "it started at 2026-11-19 18:30 at the latest")):
        with pytest.raises(WorkoutFormError, match=message):
            logged_afterwards("2026-11-20", "18:00", "Europe/Paris", NOW, "Core", None, "", sets, NAMES, minutes)


def test_a_routine_fills_in_its_planned_sets_with_the_low_end_of_each_target():
    catalogue = load_catalogue(data_dir())
    at = moment(2026, 11, 20, 18, 0)
    planned = planned_sets(catalogue.routines["runner-ab-workout"], at, "kg")
    assert len(planned) == 12
    assert planned[0].exercise_id == "crunch" and planned[0].reps == 20
    assert planned[-1].exercise_id == "plank" and planned[-1].hold_s == 30 and planned[-1].reps is None
    per_side = planned_sets(catalogue.routines["upper-back-three-moves"], at, "kg")
    assert {logged.side for logged in per_side} == {None, "L", "R"}


def test_a_workout_added_from_a_circuit_is_a_circuit_done_again():
    """Added from a circuit routine in History, its sets said no round: "Do again" started it as straight sets,
    with the default rest, not the routine's rounds and rest after each."""
    catalogue = load_catalogue(data_dir())
    circuit = catalogue.routines["dumbbell-shoulder-circuit"]
    sets = planned_sets(circuit, moment(2026, 11, 20, 18, 0), "kg")
    assert sorted({logged.round for logged in sets}) == [1, 2]
    added = logged_afterwards("2026-11-20", "18:00", "Europe/Paris", NOW, circuit.name, circuit.id, "", sets, NAMES)
    again = plan_of(added, catalogue.exercises, circuit)
    assert again is not None and again.format is RoutineFormat.CIRCUIT
    assert again.rounds == IntRange.exactly(2) and again.rest_after_round_s == circuit.rest_after_round_s


def form(**changes) -> SettingsInput:
    values = dict(units="kg", default_rest="90", weekly_target=2, first_weekday="monday", time_zone="",
                  rollover_hour=0, bell=True, theme="nord")
    values.update(changes)
    return SettingsInput(**values)


def test_the_settings_form_gives_settings():
    settings = settings_from_input(form(default_rest=" 75 ", time_zone="Asia/Tokyo", first_weekday="sunday"))
    assert settings == Settings(default_rest_s=75, time_zone="Asia/Tokyo", first_weekday="sunday", theme="nord")
    typed_in_lower_case = settings_from_input(form(time_zone=" america/new_york "))
    assert typed_in_lower_case.time_zone == "America/New_York", "was refused as no time zone"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (dict(default_rest="abc"), re.escape("default rest must be a whole number of seconds from 0 to 3600 (or "
                                             "minutes and seconds, such as 1:30), not 'abc'")),
        (dict(default_rest="5000"), "default rest must be a whole number of seconds from 0 to 3600"),
        (dict(time_zone="Mars/Olympus"), "'Mars/Olympus' is not a time zone name like Europe/Paris"),
        # Files of the database that name no zone: "localtime" is whatever the machine reading it says.
        *[(dict(time_zone=name), "is a file of the time zone database, not a zone")
          for name in ("localtime", "posixrules", "Factory", "posix/Europe/Paris", "right/UTC")],
        (dict(weekly_target=9), "weekly target"),
    ],
)
def test_the_settings_form_refuses_bad_values_with_a_message(changes, message):
    with pytest.raises(SettingsError, match=message):
        settings_from_input(form(**changes))


@pytest.mark.parametrize("field", ["weekly_target", "default_rest_s", "rollover_hour"])
def test_true_or_false_is_no_number_in_stored_settings(field):
    """A weekly target hand-edited to true was taken as 1: `status` said "this week 1 of True", and no note said
    the value could not be used, as for text or a number out of range."""
    with pytest.raises(SettingsError, match="whole"):
        Settings.from_data({field: True})


def test_a_workouts_duration_reads_to_the_nearest_minute():
    assert [duration_text(s) for s in (45, 89, 90, 117, 3569, 3570, 3930)] == [
        "45 s", "1 min", "2 min", "2 min", "59 min", "1 h 00 min", "1 h 06 min"]


def test_a_charts_value_marks_are_round_steps_and_a_single_value_is_marked_as_itself():
    """At 40x20 a first workout's 4105.8 kg sat between plotext's marks 4379.9 and 3831.7, and 4105.8 had none."""
    from tui.domain.progress.metrics import value_ticks

    assert value_ticks(4105.8, 4105.8, whole=False) == [4105.8]
    assert value_ticks(40, 62.5, whole=False) == [40, 50, 60]
    assert value_ticks(0.5, 0.7, whole=False) == [0.5, 0.55, 0.6, 0.65, 0.7]
    assert value_ticks(10, 16, whole=True) == [10, 12, 14, 16]
    assert value_ticks(30, 31, whole=True) == [30, 31], "whole numbers only, however close the values"
    for low, high in ((1, 1000), (0.3, 99.7), (12, 13)):
        ticks = value_ticks(low, high, whole=False)
        assert 2 <= len(ticks) <= 5 and low <= ticks[0] and ticks[-1] <= high


def test_only_the_measures_an_exercise_has_are_charted():
    from tui.domain.progress.metrics import charted

    sessions = sessions_by_exercise([
        workout_on(10, a_set("dumbbell-row", reps=10, load=12.0), a_set("plank", reps=None, hold_s=40),
                   a_set("crunch", reps=20))])
    assert charted(sessions["dumbbell-row"]) == [Metric.BEST_REPS, Metric.BEST_LOAD, Metric.VOLUME]
    assert charted(sessions["plank"]) == [Metric.BEST_HOLD]
    assert charted(sessions["crunch"]) == [Metric.BEST_REPS]
    assert Metric.BEST_LOAD.next([Metric.BEST_REPS, Metric.BEST_LOAD, Metric.VOLUME]) is Metric.VOLUME
    assert Metric.BEST_LOAD.next([Metric.BEST_HOLD]) is Metric.BEST_HOLD


def test_a_long_history_is_charted_by_the_best_of_each_week_month_quarter_or_year_that_fits():
    """Ten years of workouts drew a solid block of braille on a phone's 30 columns."""
    from datetime import timedelta

    from tui.domain.progress.metrics import gathered

    few = [(date(2026, 11, day), float(day)) for day in (2, 9, 16)]
    assert gathered(few, 10, "monday") == (few, None)
    days = [date(2017, 1, 2) + timedelta(days=3 * n) for n in range(1200)]  # every third day for ten years
    points = [(day, float(n % 50)) for n, day in enumerate(days)]
    for most, period, first in ((600, "week", date(2017, 1, 2)), (130, "month", date(2017, 1, 1)),
                                (45, "quarter", date(2017, 1, 1)), (12, "year", date(2017, 1, 1))):
        shown, named = gathered(points, most, "monday")
        assert named == period and len(shown) <= most and shown[0][0] == first, (most, named, len(shown))
        assert [day for day, _ in shown] == sorted({day for day, _ in shown})
        assert max(value for _, value in shown) == 49.0, "each period's best, never an average"
    assert gathered(points, 3, "monday")[1] == "year", "more years than room: still one point a year"


def test_a_long_historys_weeks_start_on_the_users_first_weekday():
    """A user whose weeks start on Sunday saw weekly bests of weeks from Monday, unlike their streak and Calendar."""
    from datetime import timedelta

    from tui.domain.progress.metrics import gathered

    # Every day for a year; each Sunday's value stands out, so which week it joins shows in the bests.
    days = [date(2026, 1, 4) + timedelta(days=n) for n in range(364)]  # 4 Jan 2026 is a Sunday
    points = [(day, 100.0 if day.weekday() == 6 else float(n % 7)) for n, day in enumerate(days)]
    for first_weekday, weekday in (("sunday", 6), ("monday", 0), ("wednesday", 2)):
        shown, named = gathered(points, 60, first_weekday)
        assert named == "week"
        assert {day.weekday() for day, _ in shown} == {weekday}, first_weekday
    sunday_weeks, _ = gathered(points, 60, "sunday")
    assert all(value == 100.0 for _, value in sunday_weeks), "each week from Sunday holds its Sunday"
    monday_weeks, _ = gathered(points, 60, "monday")
    assert monday_weeks[0] == (date(2025, 12, 29), 100.0), "Sunday 4 Jan ends the week from Monday 29 Dec"


def test_a_set_of_an_exercise_added_to_a_form_takes_last_times_working_values_within_the_forms_limits():
    at = moment(2026, 11, 20, 18, 0)
    last_time = (a_set("goblet-squat", reps=12, load=8.0, set_type="warmup"),
                 a_set("goblet-squat", reps=10, load=45.0, unit="lb", bands=("red",)),
                 a_set("goblet-squat", reps=8, load=50.0, unit="lb"))
    added = first_set("goblet-squat", at, False, "kg", last_time)
    assert (added.reps, added.load, added.unit, added.bands, added.logged_at) == (10, 45.0, "lb", ("red",), at)
    assert added.id not in {s.id for s in last_time} and added.note == "" and added.set_type == "normal"
    too_many = (a_set("goblet-squat", reps=5000),)  # an imported set past what the set form takes
    assert (first_set("goblet-squat", at, False, "kg", too_many).reps, first_set("plank", at, True, "kg").hold_s) \
        == (8, 30), "the bottom of the target an exercise added to a workout gets"


def test_a_rest_is_typed_alike_in_settings_and_in_the_routine_editor():
    """The editor took "1:30" and refused 20 min ("at most 600 s"); Settings refused "1:30" and took 3600 s."""
    from tui.domain.routines.editing import REST, parse_range

    assert settings_from_input(form(default_rest="1:30")).default_rest_s == 90
    assert settings_from_input(form(default_rest="20:00")).default_rest_s == 1200
    assert parse_range("20:00", REST, "rest") == parse_range("1200", REST, "rest")
    assert parse_range("1200", REST, "rest").high == 1200


def test_a_form_listing_sets_by_exercise_saves_them_in_the_order_done_with_an_added_set_after_its_neighbour():
    push_1, row_1, push_2, row_2 = (a_set("push-up"), a_set("band-row"), a_set("push-up"), a_set("band-row"))
    added = a_set("push-up", reps=8)
    listed = [push_1, push_2, added, row_1, row_2]  # as the workout's page and its edit form list them
    assert in_logged_order(listed, [push_1, row_1, push_2, row_2]) == [push_1, row_1, push_2, added, row_2]
    assert in_logged_order([added, row_2], [push_1, row_1, push_2, row_2]) == [added, row_2]  # the first removed
