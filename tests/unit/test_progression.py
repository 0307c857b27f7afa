"""Last time's sets, the double-progression suggestion, personal records and the finish summary."""

from __future__ import annotations

from dataclasses import replace

import pendulum

from tests.builders import a_set, a_workout
from tui.domain.catalogue.custom_exercises import ExerciseNameBook
from tui.domain.catalogue.loading import load_catalogue
from tui.domain.catalogue.model import Routine, RoutineEntry, RoutineFormat
from tui.domain.moments import Moment
from tui.domain.progress.progression import previous_sets, suggest, summarise
from tui.domain.progress.records import RecordKind, records_set_by
from tui.domain.ranges import IntRange
from tui.domain.workout.plan import plan_for
from tui.resources import data_dir

CATALOGUE = load_catalogue(data_dir())
NAMES = {e.id: e.name for e in CATALOGUE.exercises.values()}


def first_slot(routine_id: str, exercise_id: str):
    plan = plan_for(CATALOGUE.routines[routine_id], 90)
    return next(slot for slot in plan if slot.exercise_id == exercise_id)


def advice(routine_id, exercise_id, last):
    slot = first_slot(routine_id, exercise_id)
    return suggest(slot, CATALOGUE.exercises[exercise_id], tuple(last), NAMES, CATALOGUE.bands)


def test_previous_sets_come_from_the_last_workout_that_had_the_exercise():
    older = a_workout(name="older")
    older = replace(older, sets=(a_set("push-up", reps=8),))
    newer = replace(a_workout(name="newer"), sets=(a_set("plank", reps=None, hold_s=40),))
    newest_first = [newer, older]
    assert [s.reps for s in previous_sets("push-up", newest_first)] == [8]
    assert previous_sets("pull-up", newest_first) == ()
    assert previous_sets("plank", newest_first, exclude=newer.id) == ()


def test_first_time_suggests_the_target():
    assert advice("sample-upper-body-workout", "push-up", []).text == "First time: aim for 10-15 reps."


def test_below_the_top_suggests_one_more_rep_up_to_the_top():
    last = [a_set("push-up", reps=12), a_set("push-up", reps=11), a_set("push-up", reps=10)]
    assert advice("sample-upper-body-workout", "push-up", last).text == (
        "Last time your best was 12 reps: aim for 13 reps on every set."
    )


def test_a_failed_set_of_no_reps_is_no_part_of_last_times_progress():
    """0 reps at 60 kg: "Last time your best was 0 reps: aim for 1 reps on every set", over a set that `space`
    logs at 8 reps."""
    failed = a_set("bench-press", reps=0, load=60.0)
    assert advice("sample-upper-body-workout", "bench-press", [failed]).text == (
        "Last time no rep was done: aim for 8-12 reps.")
    assert advice("sample-upper-body-workout", "bench-press", [a_set("bench-press", reps=9, load=50.0), failed]
                  ).text == "Last time your best was 9 reps: aim for 10 reps on every set."


def test_every_set_at_the_top_without_load_suggests_the_harder_variation():
    last = [a_set("push-up", reps=15)] * 3
    suggestion = advice("sample-upper-body-workout", "push-up", last)
    assert suggestion.harder_exercise_id == "diamond-push-up"
    assert suggestion.text == "Every set reached 15 reps last time: try Diamond push-up."


def test_the_harder_variation_is_never_one_the_workout_already_has():
    """Crunches at the top of their range in the runner's ab workout: "try Leg raise", its next exercise."""
    slot = first_slot("runner-ab-workout", "crunch")
    in_workout = {entry.exercise_id for entry in CATALOGUE.routines["runner-ab-workout"].entries}
    assert "leg-raise" in CATALOGUE.exercises["crunch"].harder and "leg-raise" in in_workout
    suggestion = suggest(slot, CATALOGUE.exercises["crunch"], (a_set("crunch", reps=slot.target_reps.high),) * 3,
                         NAMES, CATALOGUE.bands, in_workout)
    assert suggestion.harder_exercise_id is None
    assert suggestion.text.endswith("slow the lowering to three seconds to make it harder.")


def test_an_exercise_with_no_lowering_to_slow_is_made_harder_by_more_reps():
    """Mountain climbers at the top of their range read "slow the lowering to three seconds": a knee drive has no
    lowering. Every shipped exercise the advice reaches (bodyweight reps, no harder variation) reads one way or
    the other, as its data says."""
    reached = [name for name, exercise in CATALOGUE.exercises.items()
               if not exercise.harder and exercise.measurement.value.startswith("reps") and exercise.bodyweight]
    assert {"mountain-climber", "russian-twist", "plank-to-press", "leg-raise", "pull-up"} <= set(reached)
    for exercise_id in reached:
        exercise = CATALOGUE.exercises[exercise_id]
        routine = Routine("r", "R", "", RoutineFormat.STRAIGHT_SETS, (),
                          (RoutineEntry(exercise_id, IntRange(3, 3), reps=IntRange(10, 20)),))
        slot = plan_for(routine, 90)[0]
        suggestion = suggest(slot, exercise, (a_set(exercise_id, reps=20),) * 3, NAMES, CATALOGUE.bands)
        if exercise.has_lowering:
            assert suggestion.text.endswith("slow the lowering to three seconds to make it harder."), exercise_id
        else:
            assert suggestion.text == ("Every set reached 20 reps last time: add two reps a set (22 reps) to make it "
                                       "harder."), exercise_id
    assert not CATALOGUE.exercises["mountain-climber"].has_lowering and CATALOGUE.exercises["pull-up"].has_lowering


def test_one_set_short_of_the_top_is_not_yet_time_to_move_up():
    last = [a_set("push-up", reps=16), a_set("push-up", reps=15), a_set("push-up", reps=14)]
    suggestion = advice("sample-upper-body-workout", "push-up", last)
    assert suggestion.harder_exercise_id is None
    # "Last time your best was 16 reps: aim for 15 on every set" read as going back.
    assert suggestion.text == "2 of 3 sets reached 15 reps last time: aim for 15 reps on every set."


def test_every_set_at_the_top_with_load_suggests_more_load():
    last = [a_set("bench-press", reps=12, load=40.0)] * 3
    suggestion = advice("sample-upper-body-workout", "bench-press", last)
    assert suggestion.load == 42.5
    assert suggestion.text == "Every set reached 12 reps last time: add 2.5 kg (42.5 kg)."
    pounds = [a_set("bench-press", reps=12, load=95.0, unit="lb")] * 3
    assert advice("sample-upper-body-workout", "bench-press", pounds).load == 100.0


def test_warm_ups_are_no_part_of_last_times_progress():
    """A light warm-up before three sets at the top: "3 of 4 sets reached 12 reps", and the load never went up;
    a warm-up of more reps than the working sets was taken for the best set."""
    warmed_up = [a_set("bench-press", reps=5, load=20.0, set_type="warmup"), *[a_set("bench-press", reps=12,
                                                                                        load=60.0)] * 3]
    suggestion = advice("sample-upper-body-workout", "bench-press", warmed_up)
    assert suggestion.text == "Every set reached 12 reps last time: add 2.5 kg (62.5 kg)."
    more_reps_warming_up = [a_set("bench-press", reps=10, load=20.0, set_type="warmup"),
                            *[a_set("bench-press", reps=8, load=60.0)] * 3]
    assert advice("sample-upper-body-workout", "bench-press", more_reps_warming_up).text == (
        "Last time your best was 8 reps: aim for 9 reps on every set.")
    only_warmed_up = [a_set("bench-press", reps=10, load=20.0, set_type="warmup")]
    assert advice("sample-upper-body-workout", "bench-press", only_warmed_up).text == (
        "Last time was a warm-up only: aim for 8-12 reps.")


def test_drop_sets_are_no_part_of_last_times_progress_and_a_set_to_failure_is():
    """Three sets of 12 and a drop set of 6 at less load, as Strong and Hevy histories hold them: "3 of 4 sets
    reached 12 reps", and the load never went up; sets of 8 and a drop set of 12 read as a set at the top."""
    dropped = [*[a_set("bench-press", reps=12, load=70.0)] * 3, a_set("bench-press", reps=6, load=50.0,
                                                                       set_type="drop")]
    assert advice("sample-upper-body-workout", "bench-press", dropped).text == (
        "Every set reached 12 reps last time: add 2.5 kg (72.5 kg).")
    dropped_to_more_reps = [*[a_set("bench-press", reps=8, load=70.0)] * 3, a_set("bench-press", reps=12, load=50.0,
                                                                                 set_type="drop")]
    assert advice("sample-upper-body-workout", "bench-press", dropped_to_more_reps).text == (
        "Last time your best was 8 reps: aim for 9 reps on every set.")
    to_failure_short = [*[a_set("bench-press", reps=12, load=70.0)] * 3, a_set("bench-press", reps=3, load=70.0,
                                                                               set_type="failure")]
    assert advice("sample-upper-body-workout", "bench-press", to_failure_short).text == (
        "3 of 4 sets reached 12 reps last time: aim for 12 reps on every set.")
    # Drop sets alone were the work done, and go by: they read "Last time was a warm-up only".
    only_dropped = [a_set("bench-press", reps=5, load=20.0, set_type="warmup"),
                    a_set("bench-press", reps=12, load=40.0, set_type="drop")]
    assert advice("sample-upper-body-workout", "bench-press", only_dropped).text == (
        "Every set reached 12 reps last time: add 2.5 kg (42.5 kg).")


def test_loads_in_both_units_are_compared_as_loads_in_the_first_sets_unit():
    """60 kg, 60 kg, then 135 lb: "add 5 lb (140 lb)" over a first set that space logs at 60 kg."""
    last = [a_set("bench-press", reps=12, load=60.0), a_set("bench-press", reps=12, load=60.0),
            a_set("bench-press", reps=12, load=135.0, unit="lb")]
    suggestion = advice("sample-upper-body-workout", "bench-press", last)
    assert suggestion.text == "Every set reached 12 reps last time: add 2.5 kg (62.5 kg)."  # 135 lb is 61.2 kg
    assert suggestion.load == 62.5
    lighter = [a_set("bench-press", reps=12, load=35.0), *[a_set("bench-press", reps=12, load=80.0, unit="lb")] * 2]
    assert advice("sample-upper-body-workout", "bench-press", lighter).load == 37.5, "80 lb is 36.3 kg: the next step"


def test_every_set_at_the_top_with_assistance_suggests_less_of_it():
    last = [a_set("pull-up", reps=12, load=-20.0)] * 3
    suggestion = advice("sample-upper-body-workout", "pull-up", last)
    assert suggestion.load == -17.5
    assert suggestion.text == "Every set reached 12 reps last time: take 2.5 kg of assistance off (17.5 kg assisted)."


def test_every_set_at_the_top_with_a_band_suggests_the_next_heavier_band():
    last = [a_set("band-reverse-fly", reps=12, bands=("red",))] * 3
    assert advice("upper-back-three-moves", "band-reverse-fly", last).text.endswith("move up to the green band.")


def test_bands_together_count_as_their_force_and_a_band_that_helps_is_made_lighter():
    """On a band-assisted pull-up, "move up to the green band" (more help) read as progress; red+green (12.2 lb
    together) was told to move up to blue (8.6 lb)."""
    def band_advice(exercise_id: str, bands: tuple[str, ...]) -> str:
        slot = first_slot("sample-upper-body-workout", "pull-up")  # its targets; the exercise is what counts
        last = (a_set(exercise_id, reps=slot.target_reps.high, bands=bands),) * 3
        return suggest(slot, CATALOGUE.exercises[exercise_id], last, NAMES, CATALOGUE.bands).text.split(": ")[1]

    # Bands together are a step too: "combine two bands" was told to a user who already had.
    assert band_advice("band-reverse-fly", ("red", "green")) == "move up to the red and blue bands together."
    assert band_advice("band-reverse-fly", ("blue",)) == "move up to the red and green bands together."
    assert band_advice("band-reverse-fly", ("red", "green", "blue")) == "add a band or step further from the anchor."
    assert band_advice("band-reverse-fly", ("yellow",)) == "use a heavier band or step further from the anchor."
    for helped in ("band-assisted-pull-up", "pull-up"):
        assert band_advice(helped, ("green",)) == "move down to the red band."
        assert band_advice(helped, ("red", "green")) == "move down to the blue band."
        assert band_advice(helped, ("red",)) == "try it without the band."
        assert band_advice(helped, ("yellow",)) == "use a lighter band."
        assert band_advice(helped, ("red", "black")) == "use a lighter band.", "black's force is not known"
    assert band_advice("band-reverse-fly", ("red", "black")) == "use a heavier band or step further from the anchor."


def test_holds_progress_by_seconds():
    last = [a_set("plank", reps=None, hold_s=45)] * 3
    assert advice("sample-upper-body-workout", "plank", last).text == (
        "Last time your best was 45 s: aim for 50 s on every set."
    )


def test_a_hold_stopped_early_last_time_is_not_aimed_below_the_target():
    slot = first_slot("sample-upper-body-workout", "plank")
    assert slot.target_hold_s is not None
    low = slot.target_hold_s.low
    last = [a_set("plank", reps=None, hold_s=8), a_set("plank", reps=None, hold_s=3)]
    assert advice("sample-upper-body-workout", "plank", last).text == (
        f"Last time your best was 8 s: aim for {low} s on every set."
    )


def finished(sets, minutes=40):
    workout = replace(a_workout(), sets=tuple(sets))
    end = Moment.at(workout.started_at.utc.add(minutes=minutes), workout.started_at.zone)
    return replace(workout, finished_at=end)


def test_summary_counts_duration_sets_reps_holds_and_volume():
    workout = finished([
        a_set("bench-press", reps=10, load=40.0), a_set("bench-press", reps=8, load=45.0),
        a_set("plank", reps=None, hold_s=45), a_set("push-up", reps=15),
    ], minutes=42)
    summary = summarise(workout, "kg")
    assert summary.duration == pendulum.duration(minutes=42)
    assert (summary.sets, summary.reps, summary.hold_s, summary.volume) == (4, 33, 45, 760.0)
    # A first time is a record, as Strong counts it.
    assert {(r.exercise_id, str(r.kind)) for r in records_set_by(workout, [], "kg", CATALOGUE.bodyweight)} >= {
        ("bench-press", "heaviest load"), ("plank", "longest hold"), ("push-up", "most reps")}


def test_the_summary_and_historys_list_read_a_workouts_volume_alike():
    from tui.domain.workout.breakdown import volume_text
    from tui.screens.workout_summary import summary_text
    from tui.store.day_index import entries_from_rows, index_row

    workout = finished([a_set("bench-press", reps=10, load=100.0, unit="lb"), a_set("deadlift", reps=10, load=80.5),
                        a_set("bench-press", reps=5, load=-10.0), a_set("deadlift", reps=3, load=None)])
    (listed,) = entries_from_rows([index_row(workout)])
    for units, text in (("kg", "1,258.6 kg"), ("lb", "2,774.7 lb")):  # 1000 lb and 805 kg, to a tenth
        assert f"Volume     {text}" in summary_text(summarise(workout, units), workout, ExerciseNameBook({})), units
        assert volume_text(listed.volume(units), units) == text, "History's list, from the index"


def test_records_are_what_beats_every_earlier_workout():
    earlier = [finished([a_set("bench-press", reps=10, load=40.0), a_set("plank", reps=None, hold_s=60)])]
    today = finished([a_set("bench-press", reps=8, load=45.0), a_set("plank", reps=None, hold_s=50)])
    records = {(r.exercise_id, r.kind): (r.value, r.unit)
               for r in records_set_by(today, earlier, "kg", CATALOGUE.bodyweight)}
    assert records == {("bench-press", RecordKind.HEAVIEST_LOAD): (45.0, "kg"),
                       ("bench-press", RecordKind.ESTIMATED_1RM): (57.0, "kg")}  # 45 x (1 + 8/30)


def test_volume_converts_pounds_to_the_users_unit_and_records_read_as_their_set_was_logged():
    earlier = [finished([a_set("bench-press", reps=10, load=40.0, unit="kg")])]
    today = finished([a_set("bench-press", reps=10, load=100.0, unit="lb")])  # 45.36 kg
    assert summarise(today, "kg").volume == 453.6
    # 100 lb beats 40 kg (it is 45.36 kg), and reads as lifted
    assert {(str(r.kind), r.text()) for r in records_set_by(today, earlier, "kg", CATALOGUE.bodyweight)} == {
        ("heaviest load", "100 lb"), ("best set volume", "453.6 kg"), ("estimated 1RM (Epley)", "133.3 lb")}


def test_a_stretch_held_to_the_top_is_suggested_the_same_again_not_made_harder():
    # "Every set reached 30 s last time: slow the lowering to three seconds" was shown over a cat-cow.
    suggestion = advice("post-workout-stretch", "cat-cow", [a_set("cat-cow", reps=None, hold_s=30)])
    assert suggestion.text == "The same 30 s again: a stretch need not get harder."
    assert suggestion.harder_exercise_id is None and suggestion.load is None


def test_a_hold_at_the_top_with_no_harder_variation_is_suggested_longer():
    plank = CATALOGUE.exercises["plank"]._replace(harder=())  # as a custom hold exercise with none
    slot = first_slot("runner-ab-workout", "plank")
    suggestion = suggest(slot, plank, (a_set("plank", reps=None, hold_s=slot.target_hold_s.high),) * 3, NAMES,
                         CATALOGUE.bands)
    high = slot.target_hold_s.high
    assert suggestion.text == f"Every set reached {high} s last time: hold it 10 s longer ({high + 10} s)."


def test_in_a_circuit_the_suggestion_speaks_of_rounds():
    """Each exercise of a circuit is done once a round: "aim for 15 reps on every set" read oddly there."""
    text = advice("dumbbell-shoulder-circuit", "lateral-raise", [a_set("lateral-raise", reps=12, load=4.0)] * 3).text
    assert text.endswith("on every round.")
    text = advice("dumbbell-shoulder-circuit", "lateral-raise", [a_set("lateral-raise", reps=20, load=4.0)] * 3).text
    assert text.startswith("Every round reached")
    assert advice("sample-upper-body-workout", "bench-press", [a_set("bench-press", reps=9)]).text.endswith(
        "on every set.")


def test_an_exercise_done_per_side_is_counted_in_sides():
    """Two rounds of left and right read "3 of 4 rounds reached 15 reps last time": each side is logged on its own."""
    sides = [a_set("alternating-front-raise", reps=reps, load=4.0, side=side)
             for reps, side in ((16, "L"), (15, "R"), (16, "L"), (14, "R"))]
    assert advice("dumbbell-shoulder-circuit", "alternating-front-raise", sides).text == (
        "3 of 4 sides reached 15 reps last time: aim for 15 reps on every side.")
    assert advice("dumbbell-shoulder-circuit", "alternating-front-raise", sides[:2]).text.startswith(
        "Every side reached 15 reps last time:")
