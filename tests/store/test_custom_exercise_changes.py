"""A custom exercise renamed, or said to be one of ours, from History: every set follows, all or nothing.

Real TinyDB files in a temp dir; the kill test forks real processes and kills them with SIGKILL mid-change.
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import replace

import pytest

from tests.builders import a_set, a_workout, moment
from tests.store.test_kill_and_concurrency import _ack, _killed_after
from tui.domain.catalogue.custom_exercise_changes import (
    CustomExerciseError,
    mapped,
    new_custom_exercise,
    renamed,
)
from tui.domain.catalogue.custom_exercises import CustomExercise, ExerciseNameBook
from tui.domain.catalogue.exercise_names import ExerciseNames
from tui.domain.catalogue.loading import load_catalogue
from tui.domain.progress.metrics import sessions_by_exercise
from tui.domain.settings import Settings
from tui.resources import data_dir as shipped_data_dir
from tui.store.files import read_document
from tui.store.open import open_store
from tui.store.transfer import (
    export_content,
    import_into,
    read_everything,
    read_import_file,
)

CATALOGUE = load_catalogue(shipped_data_dir())
OURS = ExerciseNames(CATALOGUE.exercises)  # ours alone, as an import reads names
FLAT_BENCH = CustomExercise("custom:flat-bench", "Flat Bench", "Chest")


def finished(year: int, exercise: str, sets: int = 3, day: int = 10):
    start = moment(year, 3, day, 18, 0)
    workout = a_workout(at=start)
    return replace(workout, finished_at=start, sets=tuple(a_set(exercise, at=start, load=60.0) for _ in range(sets)))


def exercises_in_year_files(directory) -> dict[str, int]:
    found: dict[str, int] = {}
    for path in directory.glob("history-*.json"):
        for doc in (read_document(path, json.loads) or {}).get("workouts", {}).values():
            for logged in doc["sets"]:
                found[logged["exercise"]] = found.get(logged["exercise"], 0) + 1
    return found


def a_history_with_flat_bench(directory, years=(2022, 2023, 2024, 2025)):
    store = open_store(directory)
    store.exercises.add([FLAT_BENCH])
    store.history.save_many([finished(year, "custom:flat-bench", day=day) for year in years for day in (3, 10)]
                            + [finished(2025, "push-up", day=20)])
    return store


# --- the rules ---------------------------------------------------------------------------------------------


def test_a_new_name_is_tidied_and_must_be_neither_empty_nor_taken():
    others = [FLAT_BENCH, CustomExercise("custom:pull-apart", "Pull apart")]
    assert renamed(FLAT_BENCH, "  Flat\x1b[31m   bench\x07 (gym) ", OURS, others).name == \
        "Flat bench (gym)"
    for typed, why in [("   ", "cannot be empty"), ("\x1b\x07", "cannot be empty"), ("pull APART", "already have"),
                       ("plank", "an exercise of ours"), ("x" * 81, "at most 80"),
                       ("push ups", "an exercise of ours"), ("PUSH-UP!", "an exercise of ours"),  # as an import reads
                       ("pushups", "“Push-up” is an exercise of ours, and an import reads “pushups” as it"),
                       ("Bench Press (Barbell)", "“Bench press” is an exercise of ours")]:
        with pytest.raises(CustomExerciseError, match=why):
            renamed(FLAT_BENCH, typed, OURS, others)
    # Imported as "pushups", kept as the user's own: its name in capitals is its own still, and another of theirs
    # is told it is taken by it, not by our Push-up (an import finds the user's own first).
    pushups = CustomExercise("custom:pushups", "pushups")
    assert renamed(pushups, "Pushups", OURS, [pushups]).name == "Pushups"
    with pytest.raises(CustomExerciseError, match="you already have an exercise named “pushups”"):
        renamed(FLAT_BENCH, "PUSHUPS", OURS, [FLAT_BENCH, pushups])


def test_only_a_catalogue_exercise_can_be_the_one_it_is_the_same_as():
    assert mapped(FLAT_BENCH, "bench-press", CATALOGUE.names).same_as == "bench-press"
    with pytest.raises(CustomExerciseError):
        mapped(FLAT_BENCH, "custom:other", CATALOGUE.names)


def test_an_exercise_added_by_hand_gets_the_id_an_import_would_and_is_not_added_twice():
    assert new_custom_exercise("Band Pull Apart", [], OURS) == \
        CustomExercise("custom:band-pull-apart", "Band Pull Apart")
    assert new_custom_exercise("flat bench", [FLAT_BENCH], OURS) == FLAT_BENCH
    renamed_away = CustomExercise("custom:sled-push", "Sled at the gym")
    assert new_custom_exercise("Sled push", [renamed_away], OURS).id == "custom:sled-push-2"
    # An export and import would make them ours; the user's own of that name first, as an import finds it.
    for typed in ("Push-up", "push ups", "pushups", "Flat bench"):
        with pytest.raises(CustomExerciseError, match="in the catalogue"):
            new_custom_exercise(typed, [renamed_away], OURS)


# --- in the store ------------------------------------------------------------------------------------------


def test_a_rename_shows_everywhere_and_moves_no_set(data_dir):
    store = a_history_with_flat_bench(data_dir)
    before = exercises_in_year_files(data_dir)
    store.exercises.rename(renamed(FLAT_BENCH, "Bench at the gym", OURS, []))
    assert exercises_in_year_files(data_dir) == before
    book = ExerciseNameBook(CATALOGUE.names, store.exercises.all())
    assert book["custom:flat-bench"] == "Bench at the gym"
    csv = export_content(read_everything(store), "csv", CATALOGUE).decode()
    assert "Bench at the gym" in csv and "Flat Bench" not in csv


def test_the_same_as_ours_moves_every_set_records_progress_and_exports_count_it_as_ours(data_dir):
    store = a_history_with_flat_bench(data_dir)
    routine = CATALOGUE.routines[next(iter(CATALOGUE.routines))]
    entry = routine.entries[0]._replace(exercise_id="custom:flat-bench")
    store.routines.save(routine._replace(id="mine", name="Mine", shipped=False, entries=(entry,)))
    in_progress = store.workout.start(a_workout(at=moment(2026, 1, 5, 18, 0)))
    store.workout.log_set(in_progress.id, a_set("custom:flat-bench", at=in_progress.started_at))

    moved = store.exercises.map_onto(mapped(FLAT_BENCH, "bench-press", CATALOGUE.names))

    assert moved == 24
    assert exercises_in_year_files(data_dir) == {"bench-press": 24, "push-up": 3}
    assert [s.exercise_id for s in store.workout.current().sets] == ["bench-press"]
    assert store.routines.all()[0].entries[0].exercise_id == "bench-press"
    sessions = sessions_by_exercise(list(store.history.all()), "kg", 4)
    assert "custom:flat-bench" not in sessions and len(sessions["bench-press"]) == 8
    exported = export_content(read_everything(store), "csv", CATALOGUE).decode()
    assert "Flat Bench" not in exported and exported.count("Bench press") == 24
    assert not (data_dir / "exercise-journal.json").exists()
    assert len(open_store(data_dir).history.summaries()) == 9, "the index stays as it was"


def test_after_the_mapping_an_import_of_that_name_comes_in_as_ours_and_again_adds_nothing(data_dir, tmp_path):
    store = open_store(data_dir)
    strong = tmp_path / "strong.csv"
    strong.write_text(
        "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n"
        "2024-01-04 17:39:43,Gym,1h,Landmine Press,1,60,8,0,0,,,\n"
        "2024-01-04 17:39:43,Gym,1h,Landmine Press,2,60,8,0,0,,,\n", encoding="utf-8")
    settings = Settings()
    import_into(store, read_import_file(strong, CATALOGUE, settings))
    (custom,) = store.exercises.all()
    store.exercises.map_onto(mapped(custom, "bench-press", CATALOGUE.names))
    again = import_into(store, read_import_file(strong, CATALOGUE, settings, custom=store.exercises.all()))
    # Nor is any set said to be left out: its sets' ids were made from the custom exercise's, theirs now from ours,
    # and the report told the user to add 2 sets in History, which would have had them twice.
    assert not again.adds_anything and again.sets_left_out == 0
    (workout,) = store.history.all()  # renamed since: known by its id alone, its sets by their places still
    store.history.save(replace(workout, name="Gym, renamed"))
    renamed = import_into(store, read_import_file(strong, CATALOGUE, settings, custom=store.exercises.all()))
    assert not renamed.adds_anything and renamed.sets_left_out == 0
    later = tmp_path / "later.csv"
    later.write_text(strong.read_text(encoding="utf-8") + "2024-01-08 17:00:00,Gym,1h,Landmine Press,1,62.5,8,0,0,,,\n",
                     encoding="utf-8")
    plan = import_into(store, read_import_file(later, CATALOGUE, settings, custom=store.exercises.all()))
    assert [s.exercise_id for w in plan.workouts for s in w.sets] == ["bench-press"]
    assert not plan.custom_exercises


def test_our_export_made_before_the_mapping_imports_as_ours(data_dir, tmp_path):
    store = a_history_with_flat_bench(data_dir, years=(2024,))
    old_export = tmp_path / "old.json"
    old_export.write_bytes(export_content(read_everything(store), "json", CATALOGUE))
    other = open_store(tmp_path / "other")
    other.exercises.add([FLAT_BENCH._replace(same_as="bench-press")])
    import_into(other, read_import_file(old_export, CATALOGUE, Settings()))
    assert exercises_in_year_files(tmp_path / "other") == {"bench-press": 6, "push-up": 3}


def test_our_export_after_the_mapping_does_not_report_the_exercise_as_one_kept_as_custom(data_dir, tmp_path):
    """Its import said "1 exercise we do not have, kept by name as custom: Flat Bench", of sets it brought in as
    our Bench press."""
    store = a_history_with_flat_bench(data_dir, years=(2024,))
    store.exercises.map_onto(mapped(FLAT_BENCH, "bench-press", CATALOGUE.names))
    export = tmp_path / "after.json"
    export.write_bytes(export_content(read_everything(store), "json", CATALOGUE))
    data = read_import_file(export, CATALOGUE, Settings())
    assert data.report.custom == () and "kept by name" not in "\n".join(data.report.lines())
    assert [e.same_as for e in data.custom_exercises] == ["bench-press"]  # the mapping itself comes along


# --- a kill mid-way ------------------------------------------------------------------------------------------

MAP_KILLS = 25


def _map(fd: int, directory) -> None:
    store = open_store(directory)
    custom = next(e for e in store.exercises.all() if e.id == FLAT_BENCH.id)
    _ack(fd, "ready")
    store.exercises.map_onto(mapped(custom, "bench-press", CATALOGUE.names))
    _ack(fd, "mapped")
    time.sleep(60)


@pytest.mark.slow
def test_a_mapping_cut_off_by_a_kill_is_finished_as_the_store_opens(tmp_path):
    years = tuple(range(2012, 2026))
    timing = tmp_path / "timing"
    a_history_with_flat_bench(timing, years)
    started = time.monotonic()
    open_store(timing).exercises.map_onto(mapped(FLAT_BENCH, "bench-press", CATALOGUE.names))
    duration = time.monotonic() - started
    rng = random.Random(21)
    cut_off = 0
    for number in range(MAP_KILLS):
        directory = tmp_path / f"data-{number}"
        a_history_with_flat_bench(directory, years)
        acks = _killed_after(rng.uniform(0.1, 1.0) * duration, _map, directory)
        found = exercises_in_year_files(directory)
        cut_off += "custom:flat-bench" in found and "bench-press" in found
        assert not any(ack[0] == "mapped" for ack in acks) or "custom:flat-bench" not in found
        store = open_store(directory)
        after = exercises_in_year_files(directory)
        assert not (directory / "exercise-journal.json").exists()
        assert set(after) in ({"bench-press", "push-up"}, {"custom:flat-bench", "push-up"}), f"half moved: {after}"
        assert sum(after.values()) == len(years) * 6 + 3
        mapped_now = next(e for e in store.exercises.all() if e.id == FLAT_BENCH.id).same_as
        assert (mapped_now == "bench-press") == ("bench-press" in after)
    print(f"mappings killed: {MAP_KILLS}; {cut_off} cut between year files, all finished")


def test_an_exercise_an_early_import_left_without_a_record_can_be_renamed_and_mapped(data_dir):
    store = open_store(data_dir)
    store.history.save(finished(2024, "custom:face-pull-cable"))
    book = ExerciseNameBook(CATALOGUE.names, store.exercises.all())
    nameless = CustomExercise("custom:face-pull-cable", book["custom:face-pull-cable"])
    store.exercises.rename(renamed(nameless, "Face pull", OURS, []))
    assert [(e.id, e.name) for e in store.exercises.all()] == [("custom:face-pull-cable", "Face pull")]
    store.history.save(finished(2025, "custom:band-pull-apart"))
    store.exercises.map_onto(mapped(CustomExercise("custom:band-pull-apart", "Band pull apart"), "band-reverse-fly",
                                    CATALOGUE.names))
    assert {e.id: e.same_as for e in store.exercises.all()}["custom:band-pull-apart"] == "band-reverse-fly"
    assert exercises_in_year_files(data_dir) == {"custom:face-pull-cable": 3, "band-reverse-fly": 3}


def test_a_run_stored_before_imports_marked_runs_is_marked_once_and_the_year_files_are_read_only_that_once(
        data_dir, monkeypatch):
    from tui.store.healing import mark_old_cardio

    store = open_store(data_dir)
    start = moment(2026, 11, 18, 7, 0)
    store.history.save_many([replace(a_workout(at=start, name="Run and sled"), finished_at=start, sets=(
        a_set("custom:running", at=start, reps=None, distance_m=5000.0, duration_s=1500),
        a_set("custom:sled-push", at=start, reps=None, distance_m=20.0),  # a distance once, and sets: yours
        a_set("custom:sled-push", at=start, reps=10, load=40.0)))])
    with store.data.transaction(store.data.main_path) as db:  # as an older version stored them: no mark either way
        db.table("exercises").insert_multiple([{"id": "custom:running", "name": "Running"},
                                               {"id": "custom:sled-push", "name": "Sled push"},
                                               {"id": "custom:band-pull-apart", "name": "Band Pull Apart"}])
    assert mark_old_cardio(store.data, store.history)
    again = open_store(data_dir)
    assert {e.id: e.cardio for e in again.exercises.all()} == {
        "custom:running": True, "custom:sled-push": False, "custom:band-pull-apart": False}

    def read_year_files():
        raise AssertionError("the year files were read again")

    monkeypatch.setattr(again.history, "all", read_year_files)
    assert not mark_old_cardio(again.data, again.history), "each has its answer: nothing left to work out"
    again.exercises.add([CustomExercise("custom:sled", "Sled")])  # stored since: its answer with it
    assert not mark_old_cardio(again.data, again.history)
