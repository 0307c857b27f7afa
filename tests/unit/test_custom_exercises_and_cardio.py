"""Custom exercises resolved by name in one place; cardio entries and imported values past the forms' limits in
the places that show or edit sets."""

from __future__ import annotations

from dataclasses import replace

from tests.builders import a_set, a_workout, moment
from tui.domain.catalogue.custom_exercises import CustomExercise, ExerciseNameBook, name_from_id
from tui.domain.catalogue.exercise_names import ExerciseNames
from tui.domain.catalogue.loading import load_catalogue
from tui.domain.streaks.training_log import Totals, TrainingLog
from tui.domain.workout.forms import WorkoutFormError, edited_workout
from tui.domain.workout.plan import plan_for
from tui.domain.workout.prefill import values_for
from tui.domain.workout.set_values import describe_cardio, describe_values, format_clock, format_distance
from tui.resources import data_dir
from tui.store.day_index import entries_from_rows, index_row

CATALOGUE = load_catalogue(data_dir())
PULL_APART = CustomExercise("custom:band-pull-apart", "Band Pull Apart", "Shoulders")


def test_the_name_book_gives_ours_then_the_users_own_then_a_readable_name_for_any_custom_id():
    book = ExerciseNameBook(CATALOGUE.names, [PULL_APART])
    assert book["plank"] == "Plank"
    assert book.get("custom:band-pull-apart", "?") == "Band Pull Apart"
    assert book.get("custom:face-pull-cable", "?") == "Face pull cable"  # imported before names were kept
    assert book.get("no-such-exercise", "no-such-exercise") == "no-such-exercise"
    assert "custom:band-pull-apart" in book and len(book) == len(CATALOGUE.names) + 1
    assert book.category_of("custom:band-pull-apart") == "Shoulders" and book.category_of("plank") == ""
    assert name_from_id("custom:") == "custom:"


def test_a_renamed_custom_exercise_is_still_found_by_its_new_name():
    renamed = PULL_APART._replace(name="Pull-apart, red band")
    names = ExerciseNames(CATALOGUE.exercises, [renamed])
    assert names.id_for("Pull-apart, red band") == "custom:band-pull-apart"
    assert names.name_of("custom:band-pull-apart") == "Pull-apart, red band"
    assert names.id_for("Band Pull Apart") == "custom:band-pull-apart"  # its old name still makes its id


def test_a_name_without_with_is_ours_unless_an_earlier_import_kept_it_as_your_own():
    """Strong's "Side Plank Leg Raise" became a custom exercise beside our "Side plank with leg raise": the routine
    holding ours said "not done before" over 2,994 imported sets. One that came in as yours stays yours: a later
    import must not split its sets between the two."""
    assert ExerciseNames(CATALOGUE.exercises).id_for("Side Plank Leg Raise") == "side-plank-leg-raise"
    kept = CustomExercise("custom:side-plank-leg-raise", "Side Plank Leg Raise")
    assert ExerciseNames(CATALOGUE.exercises, [kept]).id_for("Side Plank Leg Raise") == kept.id


def test_cardio_entries_read_as_distance_and_time():
    assert format_distance(5000) == "5 km" and format_distance(2500.5) == "2.5 km" and format_distance(800) == "800 m"
    assert format_clock(780) == "13:00" and format_clock(3900) == "1:05:00"
    assert describe_cardio(5000, 1560) == "5 km in 26:00" and describe_cardio(None, 900) == "15:00"
    # A user whose weights are in pounds reads miles, as Strong pairs them (an imported 5.2 mi run read "8.37 km").
    assert format_distance(8368.6, "lb") == "5.2 mi" and format_distance(800, "lb") == "0.5 mi"
    assert describe_cardio(5000, 1560, "lb") == "3.11 mi in 26:00"
    # past the forms, still shown
    assert describe_values(1000, None, 1200.0, "lb", bodyweight=False) == "1000 reps @ 1200 lb"


def test_a_cardio_entry_is_no_set_for_the_streak_the_index_or_records():
    run = a_set("custom:treadmill", reps=None, hold_s=None)
    run = replace(run, distance_m=5000.0, duration_s=1500)
    workout = replace(a_workout(at=moment(2026, 3, 2, 7, 0), sets=2), finished_at=moment(2026, 3, 2, 8, 0))
    workout = replace(workout, sets=workout.sets + (run,))
    assert workout.working_sets == 2 and workout.cardio_entries == (run,)
    (entry,) = entries_from_rows([index_row(workout)])
    assert (entry.sets, entry.cardio) == (2, 1)
    assert TrainingLog.of([entry]).on(entry.local_date) == Totals(workouts=1, qualifying=0, sets=2, cardio=1)
    older_row = {key: value for key, value in index_row(workout).items() if key != "cardio"}
    assert entries_from_rows([older_row])[0].cardio == 0  # an index written before cardio was counted


def test_editing_a_past_workout_keeps_imported_values_past_the_limits_and_its_cardio_as_they_are():
    big = replace(a_set("push-up", reps=1000), load=1200.0, unit="lb")
    run = replace(a_set("custom:treadmill", reps=None), distance_m=5000.0, duration_s=1500)
    workout = replace(a_workout(at=moment(2026, 3, 2, 7, 0), sets=0), finished_at=moment(2026, 3, 2, 8, 0),
                      sets=(big, run))
    names = {"push-up": "Push-up", "custom:treadmill": "Treadmill"}
    edited = edited_workout(workout, "Renamed", "", [big, run], names)
    assert edited.name == "Renamed" and edited.sets == workout.sets
    try:
        edited_workout(workout, "Renamed", "", [replace(big, reps=1001), run], names)
    except WorkoutFormError as error:
        assert "reps must be from 0 to 500" in str(error)  # a value changed is held to the form's limits
    else:
        raise AssertionError("a changed 1001 reps was accepted")


def test_last_times_imported_values_past_the_limits_prefill_within_them():
    routine = next(r for r in CATALOGUE.routines.values()
                   if any(not CATALOGUE.exercise(e.exercise_id).measurement.is_hold for e in r.entries))
    slot = next(s for s in plan_for(routine, 90) if not s.is_hold)
    last = (replace(a_set(slot.exercise_id, reps=1000, side=slot.side), load=5000.0),)
    values = values_for(slot, last, "kg")
    assert (values.reps, values.load) == (500, 1000.0)


def test_one_mapped_onto_ours_reads_and_imports_as_ours_and_is_no_longer_listed_as_yours():
    mapped = PULL_APART._replace(same_as="band-reverse-fly")
    book = ExerciseNameBook(CATALOGUE.names, [mapped, CustomExercise("custom:sled-push", "Sled push")])
    assert book["custom:band-pull-apart"] == "Band reverse fly"  # a set an older export still names it by
    assert [e.name for e in book.own()] == ["Sled push"] and book.redirects() == {PULL_APART.id: "band-reverse-fly"}
    names = ExerciseNames(CATALOGUE.exercises, [mapped])
    assert names.id_for("Band Pull Apart") == names.id_for("custom:band-pull-apart") == "band-reverse-fly"


def test_one_the_user_counts_as_bodyweight_is_one_and_keeps_it_through_an_export():
    from tui.domain.transfer.data import UserData
    from tui.domain.transfer.export_format import encode, from_json, to_document

    ring_dip = CustomExercise("custom:ring-dip", "Ring dip", bodyweight=True)
    # One mapped onto ours is what ours is, whatever it said before.
    mapped = CustomExercise("custom:chin", "Chin", same_as="bench-press", bodyweight=True)
    book = ExerciseNameBook(CATALOGUE.names, [ring_dip, mapped, PULL_APART], CATALOGUE.bodyweight)
    assert (book.is_bodyweight("custom:ring-dip"), book.is_bodyweight("custom:chin"),
            book.is_bodyweight(PULL_APART.id), book.is_bodyweight("pull-up")) == (True, False, False, True)
    again = from_json(encode(to_document(UserData(custom_exercises=(ring_dip, PULL_APART)))), "x.json", CATALOGUE)
    assert set(again.custom_exercises) == {ring_dip, PULL_APART}


def test_supersets_are_lettered_in_the_order_of_their_numbers():
    from tui.domain.workout.breakdown import superset_letter, supersets

    assert [superset_letter(n) for n in (0, 1, 25, 26, 27)] == ["A", "B", "Z", "AA", "AB"]
    start = moment(2026, 3, 2, 7, 0)
    sets = (a_set("bench-press", at=start, superset=0), a_set("barbell-row", at=start, superset=0),
            a_set("bench-press", at=start, superset=0), a_set("plank", at=start),
            a_set("push-up", at=start, superset=1), a_set("pull-up", at=start, superset=1))
    workout = replace(a_workout(at=start), sets=sets)
    assert supersets(workout) == [("A", ("bench-press", "barbell-row")), ("B", ("push-up", "pull-up"))]


def test_an_exercise_only_cardio_entries_name_is_kept_as_cardio_by_any_import_and_through_an_export():
    """Strong's "Running" was kept as a custom exercise like any other, and the pickers offered it for sets."""
    from tui.domain.transfer.data import UserData
    from tui.domain.transfer.export_format import encode, from_json, to_document

    running = CustomExercise("custom:running", "Running")
    sled = CustomExercise("custom:sled-push", "Sled push")  # a distance once, and sets: an exercise of yours
    start = moment(2026, 11, 18, 7, 0)
    workout = replace(a_workout(at=start, name="Run and sled"), finished_at=start, sets=(
        a_set("custom:running", at=start, reps=None, distance_m=5000.0, duration_s=1500),
        a_set("custom:sled-push", at=start, reps=None, distance_m=20.0),
        a_set("custom:sled-push", at=start, reps=10, load=40.0)))
    document = to_document(UserData(workouts=(workout,), custom_exercises=(running, sled)))
    assert all("cardio" not in entry for entry in document["exercises"]), "an older app reads the export"
    again = from_json(encode(document), "x.json", CATALOGUE)
    assert set(again.custom_exercises) == {running._replace(cardio=True), sled}
    kept = running._replace(cardio=True)
    assert CustomExercise.from_data(kept.to_data()) == kept  # as the store keeps it
