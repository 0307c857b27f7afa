"""A Strong CSV export brought in: names mapped to our exercises, values kept, workouts grouped; CSV we write."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace

import pytest

from tests.builders import a_set, a_workout, moment
from tests.transfer.conftest import FIXTURES
from tui.cli import main
from tui.domain.catalogue.custom_exercises import CustomExercise
from tui.domain.catalogue.exercise_names import ExerciseNames, custom_id, loose_key
from tui.domain.settings import Settings
from tui.domain.transfer.strong_csv import OUR_COLUMNS, STRONG_COLUMNS, format_duration, from_csv
from tui.store.open import open_store

STRONG = FIXTURES / "strong_export.csv"


@pytest.fixture
def paris_store(data_dir):
    store = open_store(data_dir)
    store.settings.save(Settings(time_zone="Europe/Paris", units="kg"))
    return store


def test_a_strong_export_comes_in_as_workouts_with_our_exercise_ids(paris_store, data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "import", str(STRONG), "--unit", "kg"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{STRONG}: read as Strong (classic export)\n  found 3 workouts, 11 sets, 0 cardio entries\n")
    assert "\nadded 3 workouts (11 sets), 0 routines, 1 custom exercise\n" in out
    assert "Zercher Squat (Barbell)" in out  # named as kept custom

    workouts = list(open_store(data_dir).history.all())
    assert [(w.name, w.started_at.local.format("YYYY-MM-DD HH:mm:ss"), len(w.sets)) for w in workouts] == [
        ("Evening Upper", "2024-01-04 17:39:43", 5), ("Core", "2024-01-06 08:02:10", 3),
        ("Evening Upper", "2024-01-09 18:15:00", 3),
    ]
    upper, core, second = workouts
    assert upper.started_at.zone == "Europe/Paris"
    assert (upper.finished_at.utc - upper.started_at.utc).in_minutes() == 65
    assert (core.finished_at.utc - core.started_at.utc).in_minutes() == 42
    assert upper.note == "Felt strong" and second.note == '"Green" band at home'

    assert [s.exercise_id for s in upper.sets] == [
        "bench-press", "bench-press", "pull-up", "pull-up", "custom:zercher-squat-barbell"]
    bench = upper.sets[1]
    assert (bench.load, bench.unit, bench.reps, bench.rpe) == (62.5, "kg", 6, 8.5)
    assert bench.note == "Grip slipped, chalk next time"
    assert (upper.sets[2].load, upper.sets[2].reps) == (None, 10)  # Strong's 0 kg is bodyweight alone

    assert [(s.exercise_id, s.hold_s, s.reps) for s in core.sets] == [
        ("plank", 60, None), ("plank", 45, None), ("russian-twist", None, 20)]
    assert core.sets[2].note == "Slow, controlled"
    assisted = second.sets[0]
    assert (assisted.exercise_id, assisted.load) == ("pull-up", -20.0)  # a machine's help, negative
    assert [s.exercise_id for s in second.sets[1:]] == ["lat-pulldown", "lat-pulldown"]


def test_importing_the_same_strong_file_again_adds_nothing(paris_store, data_dir, capsys):
    main(["--data-dir", str(data_dir), "import", str(STRONG), "--unit", "kg"])
    files = {path.name: path.read_bytes() for path in data_dir.glob("*.json")}
    capsys.readouterr()

    assert main(["--data-dir", str(data_dir), "import", str(STRONG), "--unit", "kg"]) == 0
    # Nothing more: no set left out, and no word on how the file's assisted set would be stored, since none was.
    assert capsys.readouterr().out.endswith("\nnothing to add; 3 workouts already present\n")
    assert {path.name: path.read_bytes() for path in data_dir.glob("*.json")} == files


def test_a_dry_run_says_what_would_come_in_and_changes_nothing(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "import", str(STRONG), "--dry-run"]) == 0
    assert "\nwould add 3 workouts (11 sets), 0 routines" in capsys.readouterr().out
    assert not data_dir.exists()


def test_our_csv_has_strongs_columns_first_then_ours(store, data_dir, capsys):
    workout = replace(a_workout(at=moment(2026, 3, 2, 7, 5), name="Morning, core"), note='He said "go"',
                      finished_at=moment(2026, 3, 2, 8, 10),
                      sets=(a_set("plank", reps=None, hold_s=45), a_set("push-up", reps=12, load=-5.0, side="L",
                                                                       bands=("red", "green"), rpe=7.5,
                                                                       note="left, then\nright")))
    store.history.save(workout)
    assert main(["--data-dir", str(data_dir), "export", "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert tuple(rows[0][:12]) == STRONG_COLUMNS
    assert rows[0][12:] == ["Side", "Band", "Unit", "Set ID", "Distance Unit", "Category", "Superset"]
    header = rows[0]
    plank, push_up = (dict(zip(header, row)) for row in rows[1:])
    assert plank["Date"] == "2026-03-02 07:05:00" and plank["Duration"] == "1h 5m"
    assert plank["Workout Name"] == "Morning, core" and plank["Workout Notes"] == 'He said "go"'
    assert (plank["Exercise Name"], plank["Seconds"], plank["Reps"], plank["Weight"], plank["Unit"]) == (
        "Plank", "45", "0", "0", "")
    assert (push_up["Exercise Name"], push_up["Weight"], push_up["Unit"], push_up["Reps"], push_up["RPE"]) == (
        "Push-up", "-5", "kg", "12", "7.5")
    assert (push_up["Side"], push_up["Band"], push_up["Notes"]) == ("L", "red+green", "left, then\nright")
    assert push_up["Set ID"] == workout.sets[1].id


def test_our_csv_keeps_a_spreadsheet_from_running_text_as_a_formula_and_reads_it_back_as_written(
        store, data_dir, tmp_path):
    """A note "=1+2" was written as it is: a spreadsheet opening the export ran it as a formula (CSV injection)."""
    notes = ("=1+2", "+SUM(A1:A9)", "-2+3", "@cmd", "\tstarts with a tab", "'=quoted by the user", "'just quoted",
             "-7", "")
    name = '=HYPERLINK("http://example.com")'
    store.exercises.add([CustomExercise(custom_id(name), name, "-category")])
    workout = replace(a_workout(at=moment(2026, 3, 2, 7, 5), name="@Monday"), note="=cmd|' /C calc'!A0",
                      finished_at=moment(2026, 3, 2, 8, 10),
                      sets=tuple(a_set("push-up", load=-5.0, note=note) for note in notes[:-1])
                      + (a_set(custom_id(name), note=notes[-1]),))
    store.history.save(workout)
    exported = tmp_path / "sets.csv"
    assert main(["--data-dir", str(data_dir), "export", "--format", "csv", "-o", str(exported)]) == 0

    rows = list(csv.DictReader(io.StringIO(exported.read_text(encoding="utf-8"))))
    runs = [cell for row in rows for cell in row.values()
            if cell[:1] in ("=", "+", "@", "\t", "\r") or (cell[:1] == "-" and not re.fullmatch(r"-\d+(\.\d+)?", cell))]
    assert runs == []
    assert [row["Notes"] for row in rows] == ["'=1+2", "'+SUM(A1:A9)", "'-2+3", "'@cmd", "'\tstarts with a tab",
                                              "''=quoted by the user", "'just quoted", "-7", ""]
    assert (rows[0]["Workout Name"], rows[0]["Workout Notes"]) == ("'@Monday", "'=cmd|' /C calc'!A0")
    assert (rows[-1]["Exercise Name"], rows[-1]["Category"]) == ("'" + name, "'-category")
    assert rows[0]["Weight"] == "-5"  # a number: a spreadsheet reads it as one, never runs it

    target = tmp_path / "target"
    assert main(["--data-dir", str(target), "import", str(exported)]) == 0
    back = open_store(target)
    (workout_back,) = back.history.all()
    assert (workout_back.name, workout_back.note) == (workout.name, workout.note)
    assert [logged.note for logged in workout_back.sets] == list(notes)
    assert back.exercises.all() == [CustomExercise(custom_id(name), name, "-category")]


@pytest.mark.parametrize(("seconds", "text"), [
    (0, "0s"), (42, "42s"), (59.9, "59s"), (60, "1m"), (95.6, "2m"), (42 * 60 + 29, "42m"), (42 * 60 + 59, "43m"),
    (3600, "1h"), (3900, "1h 5m"), (3600 - 20, "1h"),
])
def test_durations_read_like_strongs(seconds, text):
    assert format_duration(seconds) == text


def test_every_exercise_of_ours_is_found_again_by_the_name_we_export_it_under(catalogue):
    names = ExerciseNames(catalogue.exercises)
    for exercise_id in catalogue.exercises:
        assert names.id_for(names.name_of(exercise_id)) == exercise_id


@pytest.mark.parametrize(("name", "found"), [
    ("Bench Press (Barbell)", "bench-press"), ("Pull Up", "pull-up"), ("PULL-UPS", "pull-up"),
    ("planks", "plank"), ("Lat Pulldown (Cable)", "lat-pulldown"), ("Lateral Raise (Dumbbell)", "lateral-raise"),
    ("Shrug (Dumbbell)", "shoulder-shrug"), ("Superman", "superman"), ("Crunch (Machine)", None),
    ("Chin Up", None),
])
def test_names_are_matched_ignoring_case_hyphens_and_plurals(catalogue, name, found):
    assert ExerciseNames(catalogue.exercises).find(name) == found


def test_an_exercise_we_do_not_know_keeps_a_stable_custom_id():
    assert custom_id("Zercher Squat (Barbell)") == "custom:zercher-squat-barbell" == custom_id(" zercher squat BARBELL")
    assert custom_id("深蹲") == custom_id("深蹲") != custom_id("引体向上")
    assert loose_key("Push-Ups") == loose_key("push up")


def test_strongs_older_semicolon_files_with_units_and_twelve_hour_times_are_read(catalogue):
    text = (
        "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;"
        "Notes;Workout Notes;Workout Duration\n"
        '2019-01-11 5:31:54\u202fPM;"Leg";"Deadlift (Barbell)";1;135;lbs;5;;;;0;"";"";45m\n'
        '2019-01-11 5:31:54\u202fPM;"Leg";"Deadlift (Barbell)";Rest Timer;;;;;;;90;"";"";45m\n'
        '2019-01-11 5:31:54\u202fPM;"Leg";"Running";1;0;lbs;0;;2,5;km;900;"";"";45m\n'
    )
    data = from_csv(text, "old.csv", ExerciseNames(catalogue.exercises), "America/New_York", "kg")
    (workout,) = data.workouts
    assert workout.started_at.local.format("YYYY-MM-DD HH:mm:ss") == "2019-01-11 17:31:54"
    assert (workout.finished_at.utc - workout.started_at.utc).in_minutes() == 45
    deadlift, run = workout.sets  # the rest timer row is not a set
    assert (deadlift.exercise_id, deadlift.load, deadlift.unit, deadlift.reps) == (
        "custom:deadlift-barbell", 135.0, "lb", 5)
    # A run is a cardio entry: its distance and time, not a 900 s "hold".
    assert (run.exercise_id, run.hold_s, run.reps, run.distance_m, run.duration_s) == ("custom:running", None, None,
                                                                                       2500.0, 900)
    assert data.report.units.startswith("lb, as the file names them")


def test_a_set_added_to_a_known_workout_in_a_later_export_is_said_to_be_left_out(paris_store, data_dir, tmp_path,
                                                                                 capsys):
    main(["--data-dir", str(data_dir), "import", str(STRONG), "--unit", "kg"])
    capsys.readouterr()
    later = tmp_path / "later.csv"
    rows = STRONG.read_text().splitlines()
    # Strong's next export: the same three workouts, one with a third pull-up logged since.
    later.write_text("\n".join([*rows[:5], '2024-01-04 17:39:43,"Evening Upper",1h 5m,"Pull Up",3,0,6,0,0,"",'
                                           '"Felt strong",', *rows[5:]]) + "\n")
    files = {path.name: path.read_bytes() for path in data_dir.glob("*.json")}

    assert main(["--data-dir", str(data_dir), "import", str(later), "--unit", "kg"]) == 0
    out = capsys.readouterr().out
    assert "\nnothing to add; 3 workouts already present\nleft out 1 set of workouts already present" in out
    assert "add it in History (e on the workout): “Evening Upper” of Thu 04 Jan 2024\n" in out  # which one to open
    assert "assistance" not in out  # how the file's assisted set would be stored: none was
    assert {path.name: path.read_bytes() for path in data_dir.glob("*.json")} == files


def test_a_workout_logged_here_is_known_by_its_start_and_name_in_any_csv_export(paris_store, data_dir, tmp_path,
                                                                                capsys):
    """A workout logged in the app has an id of its own, which no CSV carries: our CSV export with one row added
    came back as a second workout of that one row, and the same rows in Strong's shape as a whole second workout."""
    start = moment(2026, 12, 3, 7, 27)
    logged = (a_set("crunch", at=start, reps=20), a_set("crunch", at=start, reps=18),
              replace(a_set("plank", at=start, reps=None), hold_s=45))
    paris_store.history.save(replace(a_workout(at=start.later(14.25), name="Ab workout for runners"),
                                     sets=logged, finished_at=start.later(1200)))
    ours = tmp_path / "ours.csv"
    assert main(["--data-dir", str(data_dir), "export", "--format", "csv", "-o", str(ours)]) == 0
    header, *rows = ours.read_text().splitlines()
    another_crunch = rows[0].replace(",Crunch,1,", ",Crunch,99,").split(",")
    another_crunch[len(STRONG_COLUMNS) + OUR_COLUMNS.index("Set ID")] = ""  # a row added by hand
    ours.write_text("\n".join([header, *rows, ",".join(another_crunch)]) + "\n")
    strongs = tmp_path / "strong-shaped.csv"  # the same rows, Strong's columns only: no set ids
    strongs.write_text("\n".join(",".join(line.split(",")[:len(STRONG_COLUMNS)]) for line in [header, *rows]) + "\n")
    capsys.readouterr()
    files = {path.name: path.read_bytes() for path in data_dir.glob("*.json")}

    assert main(["--data-dir", str(data_dir), "import", str(ours)]) == 0
    out = capsys.readouterr().out
    assert "\nnothing to add; 1 workout already present\nleft out 1 set of workouts already present" in out, out
    assert main(["--data-dir", str(data_dir), "import", str(strongs), "--unit", "kg"]) == 0
    out = capsys.readouterr().out
    assert "\nnothing to add; 1 workout already present\n" in out, out
    assert "left out" not in out
    assert {path.name: path.read_bytes() for path in data_dir.glob("*.json")} == files
    assert [len(workout.sets) for workout in open_store(data_dir).history.all()] == [3]


def test_a_workout_renamed_since_in_either_app_is_known_by_its_start_and_exercises(paris_store, data_dir,
                                                                                    tmp_path, capsys):
    """Renamed in Strong after an import, the next export's workout came in a second time: two workouts at one
    start with the same sets, the volume and the week's count doubled."""
    main(["--data-dir", str(data_dir), "import", str(STRONG), "--unit", "kg"])
    renamed = tmp_path / "renamed.csv"
    renamed.write_text(STRONG.read_text().replace('"Core"', '"Core (Sunday)"'))
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "import", str(renamed), "--unit", "kg"]) == 0
    assert "\nnothing to add; 3 workouts already present\n" in capsys.readouterr().out
    # Another workout at the same minute, of other exercises, is one more.
    other = tmp_path / "other.csv"
    header = STRONG.read_text().splitlines()[0]
    other.write_text(f'{header}\n2024-01-06 08:02:10,"Arms",20m,"Bicep Curl (Dumbbell)",1,10,12,0,0,"","",\n')
    assert main(["--data-dir", str(data_dir), "import", str(other), "--unit", "kg"]) == 0
    assert "\nadded 1 workout (1 set)" in capsys.readouterr().out
    assert sorted(w.name for w in open_store(data_dir).history.all()) == ["Arms", "Core", "Evening Upper",
                                                                          "Evening Upper"]


@pytest.mark.parametrize(("unit", "said"), [
    ("kg", "read distances in km, as the weights' unit goes: the file does not say; if Strong showed them in mi, "
           "import it with --distance-unit mi"),
    ("lb", "read distances in mi, as the weights' unit goes")])
def test_the_classic_exports_distances_are_imported_in_the_unit_given_and_a_dry_run_says_how_they_would_read(
        unit, said, paris_store, data_dir, tmp_path, capsys):
    """Strong sets the distance unit apart from the weights': a user of kilograms and miles had every run read in
    kilometres, unsaid. Then the import took the weights' unit and advised importing again with --distance-unit,
    which added nothing (an import never changes a workout already here): it is asked for, as the weights' is."""
    header = STRONG.read_text().splitlines()[0]
    run = tmp_path / "run.csv"
    run.write_text(f'{header}\n2024-01-10 07:00:00,"Morning run",30m,"Running",1,0,0,5,1500,"","",\n')
    assert main(["--data-dir", str(data_dir), "import", str(run), "--unit", unit, "--dry-run"]) == 0
    assert said in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "import", str(run), "--unit", unit]) == 2
    assert (f"{run} does not say which unit its distances are in: import it with --distance-unit km or "
            "--distance-unit mi. Nothing was imported.") in capsys.readouterr().err
    assert list(open_store(data_dir).history.all()) == []
    assert main(["--data-dir", str(data_dir), "import", str(run), "--unit", unit, "--distance-unit", "mi"]) == 0
    assert "read distances in mi, as given with --distance-unit" in capsys.readouterr().out
    (workout,) = open_store(data_dir).history.all()
    assert workout.sets[0].distance_m == pytest.approx(8046.72)


def test_a_row_repeated_is_kept_as_a_set_and_said(paris_store, data_dir, tmp_path, capsys):
    """A line copied twice: the repeated row became a third plank without a word."""
    rows = STRONG.read_text().splitlines()
    joined = tmp_path / "joined.csv"
    plank = rows[7]  # Core's second plank, set 2
    assert ',"Plank",2,' in plank
    joined.write_text("\n".join([*rows[:8], plank, *rows[8:]]) + "\n")
    assert main(["--data-dir", str(data_dir), "import", str(joined), "--unit", "kg", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "found 3 workouts, 12 sets" in out
    assert ("  1 row the same as the row before, set number and all, each kept as one more set (check them: a line "
            "copied twice?):\n    line 9 is the same as the line before it\n") in out
    # The file as Strong wrote it: nothing said.
    assert main(["--data-dir", str(data_dir), "import", str(STRONG), "--unit", "kg", "--dry-run"]) == 0
    assert "the same as" not in capsys.readouterr().out


def test_a_weight_without_a_unit_in_our_csv_is_taken_in_the_unit_named_never_dropped(paris_store, data_dir,
                                                                                      tmp_path, capsys):
    """A row of our CSV with a Weight and no Unit (a spreadsheet's edit) came in as a set with no load: the 60 kg
    was lost, and the report said "no weights in the file". It is a weight whose unit the file does not say, as in
    every other format: taken in --unit, else the import asks. No load and no unit is still bodyweight."""
    path = tmp_path / "ours.csv"
    header = ",".join(STRONG_COLUMNS + OUR_COLUMNS)
    path.write_text(f"{header}\n"
                    "2025-01-01 10:00:00,Hand,30m,Bench press,1,60,8,0,0,,,,,,,,,,\n"
                    "2025-01-01 10:00:00,Hand,30m,Push-up,1,,12,0,0,,,,,,,,,,\n"  # bodyweight: no load, no unit
                    "2025-01-01 10:00:00,Hand,30m,Push-up,2,0,10,0,0,,,,,,,,,,\n")  # as our export writes it
    before = open_store(data_dir).history.summaries()
    assert main(["--data-dir", str(data_dir), "import", str(path)]) == 2
    assert capsys.readouterr().err == (
        f"runstrength-tui: {path} does not say which unit its weights are in: import it with --unit kg or --unit lb "
        f"(your unit setting is kg). Nothing was imported.\n")
    assert open_store(data_dir).history.summaries() == before

    assert main(["--data-dir", str(data_dir), "import", str(path), "--unit", "lb"]) == 0
    assert ("\n  units: lb, as given with --unit; your unit setting is kg, so History's totals show in kg until you "
            "change it in Settings\n") in capsys.readouterr().out
    (workout,) = open_store(data_dir).history.all()
    assert [(s.exercise_id, s.load, s.unit if s.load is not None else None, s.reps) for s in workout.sets] == [
        ("bench-press", 60.0, "lb", 8), ("push-up", None, None, 12), ("push-up", None, None, 10)]


def test_our_csv_with_only_bodyweight_sets_needs_no_unit(paris_store, data_dir, tmp_path, capsys):
    """A file of bodyweight sets has no weight to put in a unit: it imports without asking, as before."""
    path = tmp_path / "ours.csv"
    path.write_text(",".join(STRONG_COLUMNS + OUR_COLUMNS) + "\n"
                    "2025-01-01 10:00:00,Hand,30m,Push-up,1,0,12,0,0,,,,,,,,,,\n")
    assert main(["--data-dir", str(data_dir), "import", str(path)]) == 0
    assert "\n  units: no weights in the file\n" in capsys.readouterr().out
