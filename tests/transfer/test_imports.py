"""Every other app's export we read, in the exact shapes they write (invented data): format found from the header,
sets and their types, cardio entries, custom exercises by name, units, skipped rows and unusual values."""

from __future__ import annotations

import csv
import io
import shutil

import pytest

from tests.transfer.conftest import FIXTURES, picture
from tui.cli import main
from tui.domain.catalogue.exercise_names import ExerciseNames
from tui.domain.settings import Settings
from tui.domain.transfer.strong_csv import from_csv
from tui.domain.transfer.table import local_time
from tui.domain.workout.breakdown import duration_text
from tui.store.open import open_store

IMPORTS = FIXTURES / "imports"
# An lb user's first import showed every total in kg, unsaid.
SHOWN_IN_KG = "; your unit setting is kg, so History's totals show in kg until you change it in Settings"

# file -> (format as reported, workouts, sets, cardio entries, custom exercises, cardio kept by name)
EXPECTED = {
    "strong_current_semicolon_kg.csv": ("Strong (current export), ';'-separated", 2, 6, 1, ["Band Pull Apart"],
                                        ["Treadmill Running"]),
    "strong_current_comma_lbs.csv": ("Strong (current export)", 2, 6, 1, ["Leg Press"], ["Running"]),
    "strong_unit_columns.csv": ("Strong (export with unit columns), ';'-separated", 2, 3, 1,
                                ["Deadlift (Barbell)"], ["Rowing (Machine)"]),
    "strong_oldest.csv": ("Strong (oldest export)", 1, 2, 1, [], ["Cycling"]),
    "strong_classic_tabs.tsv": ("Strong (classic export), tab-separated", 1, 3, 0, ["Squat (Barbell)"], []),
    "hevy_kg.csv": ("Hevy", 2, 5, 1, ["Face Pull (Cable)"], ["Running"]),
    "hevy_lbs.csv": ("Hevy", 1, 2, 1, ["Band Pullaparts"], ["Treadmill"]),
    "fitnotes.csv": ("FitNotes (export)", 2, 4, 2, [], ["Running (Outdoor)", "Stair Climber"]),
    "fitnotes_old.csv": ("FitNotes (older export)", 1, 2, 1, ["Barbell Curl"], ["Rowing Machine"]),
    "liftlog.csv": ("LiftLog", 2, 4, 0, ["Incline Dumbbell Bench Press"], []),
    "hevy_supersets.csv": ("Hevy", 1, 9, 0, ["Cable Crunch"], []),
    "fitnotes_catalogue_names.csv": ("FitNotes (export)", 1, 8, 0, ["Cable Crunch"], []),
    "strong_catalogue_names.csv": ("Strong (current export)", 1, 6, 0, ["Face Pull (Cable)"], []),
}


def read(catalogue, name: str, units: str = "kg", unit_given: str | None = None, zone: str = "Europe/Paris"):
    text = (IMPORTS / name).read_bytes().decode("utf-8-sig")
    return from_csv(text, name, ExerciseNames(catalogue.exercises), zone, units, unit_given)


def sets_of(data):
    return [logged for workout in data.workouts for logged in workout.sets]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_export_is_recognised_from_its_header_and_read_whole(catalogue, name):
    label, workouts, sets, cardio, custom, cardio_names = EXPECTED[name]
    data = read(catalogue, name)
    report = data.report
    assert (report.format, report.workouts, report.sets, report.cardio) == (label, workouts, sets, cardio)
    assert (sorted(report.custom), sorted(report.cardio_names)) == (custom, cardio_names)
    # A run is kept by name too, so its entries show as "Running"; the report calls it cardio.
    assert sorted(exercise.name for exercise in data.custom_exercises) == sorted(custom + cardio_names)
    assert len(sets_of(data)) == sets + cardio
    assert report.repeated == ()  # an export as its app writes it repeats no row


def test_a_hevy_row_repeated_is_kept_as_a_set_and_said(catalogue, tmp_path):
    lines = (IMPORTS / "hevy_kg.csv").read_text().splitlines()
    text = "\n".join([*lines[:3], lines[2], *lines[3:]]) + "\n"
    data = from_csv(text, "joined.csv", ExerciseNames(catalogue.exercises), "Europe/Paris", "kg", None)
    assert data.report.repeated == ("line 4 is the same as the line before it",)
    assert data.report.sets == read(catalogue, "hevy_kg.csv").report.sets + 1


@pytest.mark.parametrize(("end", "said"), [
    ("15 Jan 2024, 17:10", "line 2: a workout that ends before it starts, kept with no duration"),
    ("15 Jan 2025, 18:02", "line 2: a workout of 8,784 h (a form takes at most 24 h)")])
def test_a_hevy_workout_that_ends_before_it_starts_or_lasts_a_year_is_kept_and_said(catalogue, end, said):
    """Its duration was left out without a word (our CSV export then wrote it as 0s); a year was kept unsaid, and
    its later edit was refused for its length."""
    text = (IMPORTS / "hevy_kg.csv").read_text().replace('"15 Jan 2024, 19:10"', f'"{end}"')
    data = from_csv(text, "odd.csv", ExerciseNames(catalogue.exercises), "Europe/Paris", "kg", None)
    assert data.report.unusual == (said,)
    assert data.report.workouts == read(catalogue, "hevy_kg.csv").report.workouts


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_importing_any_export_twice_adds_nothing_the_second_time(name, data_dir, capsys):
    path = str(IMPORTS / name)
    assert main(["--data-dir", str(data_dir), "import", path, "--unit", "kg"]) == 0
    first = picture(data_dir)
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "import", path, "--unit", "kg"]) == 0
    assert "\nnothing to add; " in capsys.readouterr().out
    assert picture(data_dir) == first


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_any_export_goes_round_our_csv_and_our_json_unchanged(name, tmp_path, capsys):
    first, second, third = tmp_path / "first", tmp_path / "second", tmp_path / "third"
    for directory in (first, second, third):
        open_store(directory).settings.save(Settings(time_zone="Europe/Paris"))
    assert main(["--data-dir", str(first), "import", str(IMPORTS / name), "--unit", "kg"]) == 0
    ours_csv, ours_json = tmp_path / "ours.csv", tmp_path / "ours.json"
    assert main(["--data-dir", str(first), "export", "--format", "csv", "-o", str(ours_csv)]) == 0
    assert main(["--data-dir", str(first), "export", "-o", str(ours_json)]) == 0

    assert main(["--data-dir", str(second), "import", str(ours_csv)]) == 0
    again_csv = tmp_path / "again.csv"
    assert main(["--data-dir", str(second), "export", "--format", "csv", "-o", str(again_csv)]) == 0
    assert again_csv.read_bytes() == ours_csv.read_bytes()

    assert main(["--data-dir", str(third), "import", str(ours_json)]) == 0
    again_json = tmp_path / "again.json"
    assert main(["--data-dir", str(third), "export", "-o", str(again_json)]) == 0
    assert again_json.read_bytes() == ours_json.read_bytes()
    assert "exercises" in ours_json.read_text()


def test_strongs_current_export_keeps_set_types_notes_cardio_and_decimal_commas(catalogue):
    data = read(catalogue, "strong_current_semicolon_kg.csv")
    upper, run = data.workouts
    assert upper.name == "Oberkörper" and upper.note == "Guter Tag"
    assert (upper.finished_at.utc - upper.started_at.utc).total_seconds() == 4195
    bench = [s for s in upper.sets if s.exercise_id == "bench-press"]
    assert [(s.set_type, s.load, s.reps, s.rpe) for s in bench] == [
        ("warmup", 40.0, 12, None), ("normal", 62.5, 8, 8.5), ("drop", 50.0, 10, None)]
    pull_apart = next(s for s in upper.sets if s.exercise_id == "custom:band-pull-apart")
    assert (pull_apart.load, pull_apart.reps, pull_apart.note) == (None, 20, "Red band, slow")  # the Note row
    assert next(s for s in upper.sets if s.exercise_id == "pull-up").set_type == "failure"
    treadmill, plank = run.sets
    assert (treadmill.distance_m, treadmill.duration_s, treadmill.hold_s, treadmill.is_cardio) == (
        5000.0, 1800, None, True)
    assert (plank.exercise_id, plank.hold_s, plank.is_cardio) == ("plank", 60, False)
    assert dict(data.report.skipped) == {"Note rows (each note is kept on its exercise's first set)": 1,
                                         "Rest Timer rows (rests Strong logged, not sets)": 1}
    assert upper.working_sets == 4  # a warm-up is not a working set; a drop and a failure set are


def test_pounds_named_by_the_file_stay_pounds_and_values_past_the_forms_are_kept_and_listed(catalogue):
    data = read(catalogue, "strong_current_comma_lbs.csv", units="kg")
    press = [s for s in sets_of(data) if s.exercise_id == "overhead-press"]
    assert [(s.set_type, s.load, s.unit) for s in press] == [
        ("warmup", 45.0, "lb"), ("normal", 95.0, "lb"), ("failure", 95.0, "lb")]
    leg_press = next(s for s in sets_of(data) if s.exercise_id == "custom:leg-press")
    assert (leg_press.load, leg_press.reps) == (1200.0, 1000)
    run = data.workouts[1].sets[0]
    assert (run.distance_m, run.duration_s) == (15000.0, 5400)  # a 90-minute run is a run, not a refused file
    assert data.report.unusual == ("line 7: 1000 reps (a form takes at most 500)",
                                   "line 7: a load of 1200 lb (a form takes at most 1000)")
    assert data.report.units.startswith("lb, as the file names them")


def test_strongs_unit_columns_twelve_hour_times_and_every_duration_form(catalogue):
    data = read(catalogue, "strong_unit_columns.csv", zone="America/New_York")
    leg, core = data.workouts
    assert leg.started_at.local.strftime("%Y-%m-%d %H:%M:%S") == "2019-01-11 17:31:54"  # narrow no-break space PM
    assert core.started_at.local.strftime("%H:%M") == "09:05"  # no-break space AM
    assert (leg.finished_at.utc - leg.started_at.utc).total_seconds() == 38 * 60  # "38min"
    assert (core.finished_at.utc - core.started_at.utc).total_seconds() == 20  # "20s"
    deadlifts = leg.sets[:2]
    assert [(s.load, s.unit, s.reps) for s in deadlifts] == [(135.0, "lb", 5), (155.5, "lb", 3)]
    rowing = leg.sets[2]
    assert (rowing.distance_m, rowing.duration_s, rowing.load) == (2500.0, 600, None)
    assert core.note == "Short one"


def test_the_oldest_strong_export_counts_sets_from_zero_and_names_kg_and_km(catalogue):
    data = read(catalogue, "strong_oldest.csv", units="lb")
    bench_1, bench_2, cycling = data.workouts[0].sets
    assert [(s.load, s.unit, s.reps) for s in (bench_1, bench_2)] == [(50.0, "kg", 10), (55.0, "kg", 8)]
    assert bench_1.id != bench_2.id
    assert (cycling.distance_m, cycling.duration_s, cycling.note) == (12300.0, 1500, "Commute")


def test_a_file_naming_no_unit_is_imported_only_once_its_unit_is_named(data_dir, capsys):
    """Read in the settings' unit, a pound file became kilograms in every record, and importing it again with
    --unit lb (the advice printed) added nothing. A dry run still shows how it would be read."""
    path = str(IMPORTS / "strong_classic_tabs.tsv")
    assert main(["--data-dir", str(data_dir), "import", path, "--dry-run"]) == 0
    assert "your unit setting was used here; import it with --unit kg or --unit lb" in capsys.readouterr().out
    before = picture(data_dir)
    assert main(["--data-dir", str(data_dir), "import", path]) == 2
    assert capsys.readouterr().err == (
        f"runstrength-tui: {path} does not say which unit its weights are in: import it with --unit kg or --unit lb "
        "(your unit setting is kg). Nothing was imported.\n")
    assert picture(data_dir) == before


def test_a_tab_separated_resave_with_a_byte_order_mark_and_crlf_reads_like_the_original(catalogue):
    data = read(catalogue, "strong_classic_tabs.tsv")
    (workout,) = data.workouts
    assert [(s.exercise_id, s.reps, s.note, s.rpe) for s in workout.sets] == [
        ("push-up", 20, "", None), ("push-up", 18, "Hands, wide", 8.0), ("custom:squat-barbell", 5, "", None)]
    assert (workout.finished_at.utc - workout.started_at.utc).total_seconds() == 65 * 60


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("mark", [True, False], ids=["with its byte order mark", "without"])
def test_a_spreadsheets_unicode_text_save_in_utf16_imports_like_the_original(encoding, mark, data_dir, tmp_path,
                                                                             capsys):
    """Excel's "Unicode Text" save of an export opened in it: UTF-16 with its byte order mark, tab-separated.
    Without the mark (other tools save it so), its header was "not the header of an export we know", and the
    header the message listed was the one we know, its NUL bytes not shown."""
    original = (IMPORTS / "strong_classic_tabs.tsv").read_bytes().decode("utf-8-sig")
    path = tmp_path / "resaved.txt"
    path.write_bytes(("\ufeff" if mark else "").encode(encoding) + original.encode(encoding))
    assert main(["--data-dir", str(data_dir), "import", "--unit", "kg", str(path)]) == 0
    assert "added 1 workout (3 sets)" in capsys.readouterr().out
    (workout,) = open_store(data_dir).history.all()
    assert [(s.exercise_id, s.reps, s.note) for s in workout.sets] == [
        ("push-up", 20, ""), ("push-up", 18, "Hands, wide"), ("custom:squat-barbell", 5, "")]


SPREADSHEET_ROW = "{date}\tMorning\t1h 5m\tPush Up\t1\t0\t20\t0\t0\t\t\t\n"


@pytest.mark.parametrize(("dates", "zone", "read_as", "said"), [
    # A spreadsheet rewrote the dates as it shows them: refused, and the advertised "Unicode text" save failed.
    (["9/4/2023 18:05", "9/14/2023 6:05 PM"], "Europe/Paris", ["2023-09-04 18:05", "2023-09-14 18:05"],
     "read dates such as 9/4/2023 as month/day/year (September 4), as 9/14/2023 6:05 PM in the file shows"),
    (["9/4/2023 18:05", "14/9/23 18:05"], "America/Chicago", ["2023-04-09 18:05", "2023-09-14 18:05"],
     "read dates such as 9/4/2023 as day/month/year (9 April), as 14/9/23 18:05 in the file shows"),
    (["04.09.2023 18:05", "14.09.2023 18:05:10"], "America/Chicago", ["2023-09-04 18:05", "2023-09-14 18:05"], None),
    # A control character that \s takes for a space is a space in the report, not sent to the terminal.
    (["9/4/2023 18:05", "13/4/2023\x1f18:05"], "Europe/Paris", ["2023-04-09 18:05", "2023-04-13 18:05"],
     "as 13/4/2023 18:05 in the file shows"),
    # No day past the 12th: as spreadsheets write them where the user is, said so that they check.
    (["9/4/2023 18:05"], "Europe/London", ["2023-04-09 18:05"], "as spreadsheets write them in your time zone"),
    (["9/4/2023 18:05"], "America/New_York", ["2023-09-04 18:05"], "read dates such as 9/4/2023 as month/day/year"),
])
def test_dates_a_spreadsheet_rewrote_are_read_in_the_order_the_file_shows(dates, zone, read_as, said, data_dir,
                                                                          tmp_path, capsys):
    header = (IMPORTS / "strong_classic_tabs.tsv").read_text(encoding="utf-8-sig").splitlines()[0]
    path = tmp_path / "resaved.txt"
    path.write_text(header + "\n" + "".join(SPREADSHEET_ROW.format(date=date) for date in dates), encoding="utf-16")
    open_store(data_dir).settings.save(Settings(time_zone=zone))
    assert main(["--data-dir", str(data_dir), "import", "--unit", "kg", str(path)]) == 0
    out = capsys.readouterr().out
    assert sorted(w.started_at.local.strftime("%Y-%m-%d %H:%M") for w in open_store(data_dir).history.all()) == read_as
    assert (said in out) if said else ("read dates" not in out)


def test_dates_of_both_orders_in_one_file_are_refused_saying_which_line_showed_the_order(data_dir, tmp_path,
                                                                                        capsys):
    header = (IMPORTS / "strong_classic_tabs.tsv").read_text(encoding="utf-8-sig").splitlines()[0]
    path = tmp_path / "mixed.txt"
    dates = ["4/13/2023 18:05", "14/4/2023 18:05"]
    path.write_text(header + "\n" + "".join(SPREADSHEET_ROW.format(date=date) for date in dates), encoding="utf-16")
    assert main(["--data-dir", str(data_dir), "import", "--unit", "kg", str(path)]) == 2
    assert ("line 3: Date '14/4/2023 18:05' is not a date as month/day/year, as the file's '4/13/2023 18:05' has "
            "its dates: they must all be one way") in capsys.readouterr().err


def test_a_file_naming_no_unit_takes_the_unit_given_else_the_setting_and_says_which(catalogue, data_dir, capsys):
    assert read(catalogue, "strong_classic_tabs.tsv", units="lb").workouts[0].sets[2].unit == "lb"
    given = read(catalogue, "strong_classic_tabs.tsv", units="kg", unit_given="lb")
    assert given.workouts[0].sets[2].unit == "lb" and given.report.units == "lb, as given with --unit" + SHOWN_IN_KG
    setting = read(catalogue, "strong_classic_tabs.tsv", units="kg").report.units
    assert setting.startswith("kg: the file does not say, so your unit setting was used")
    assert "--unit lb" in setting

    path = str(IMPORTS / "strong_classic_tabs.tsv")
    assert main(["--data-dir", str(data_dir), "import", path, "--unit", "lb"]) == 0
    assert "units: lb, as given with --unit" in capsys.readouterr().out
    squat = next(s for w in open_store(data_dir).history.all() for s in w.sets if s.load)
    assert (squat.load, squat.unit) == (100.0, "lb")


def test_hevy_keeps_set_types_exercise_notes_holds_and_runs(catalogue):
    data = read(catalogue, "hevy_kg.csv")
    upper, run = data.workouts
    assert upper.name == "Upper A" and upper.note == "Felt good"
    assert (upper.finished_at.utc - upper.started_at.utc).total_seconds() == 68 * 60
    bench = upper.sets[:3]
    assert [(s.set_type, s.load, s.reps, s.rpe) for s in bench] == [
        ("warmup", 40.0, 10, None), ("normal", 70.0, 6, 8.5), ("drop", 50.0, 10, None)]
    assert [s.note for s in bench] == ["Pause at the chest", "", ""]  # the exercise's note, once
    assert upper.sets[3].set_type == "failure"
    plank = upper.sets[4]
    assert (plank.exercise_id, plank.hold_s, plank.reps) == ("plank", 90, None)
    (running,) = run.sets
    assert (running.distance_m, running.duration_s) == (5200.0, 1860)


def test_hevy_in_pounds_and_miles(catalogue):
    data = read(catalogue, "hevy_lbs.csv")
    pull_aparts, row, treadmill = data.workouts[0].sets
    assert (pull_aparts.load, pull_aparts.reps) == (None, 20)
    assert (row.load, row.unit) == (55.0, "lb")
    assert (treadmill.distance_m, treadmill.duration_s) == (3218.688, 1200)


def test_a_set_with_nothing_in_it_is_left_out_and_said(data_dir, tmp_path, capsys):
    """A set ticked with its cells empty (Hevy) or all 0 (Strong) is nothing done: kept, it was a blank row in
    History, and a workout of them alone made the week's streak."""
    header, first, *_ = (IMPORTS / "hevy_kg.csv").read_text().splitlines(keepends=True)
    empty = '"Upper A","{day} Jan 2024, 18:02","{day} Jan 2024, 19:10","","Bench Press (Barbell)",,"",0,"normal",,,,,\n'
    (tmp_path / "empty.csv").write_text(header + first + empty.format(day=15) + empty.format(day=17) * 2)
    assert main(["--data-dir", str(data_dir), "import", str(tmp_path / "empty.csv")]) == 0
    assert "skipped 3 rows: empty sets (no weight, reps, time or distance)" in capsys.readouterr().out
    (workout,) = open_store(data_dir).history.all()  # the 17th had nothing else
    assert [(s.load, s.reps) for s in workout.sets] == [(40.0, 10)]


def test_hevy_in_another_language_has_its_months_read(catalogue):
    """Hevy writes the month as the phone's language does: a Spanish user's whole history was refused at line 2."""
    data = read(catalogue, "hevy_spanish.csv")
    assert [w.started_at.local.strftime("%Y-%m-%d %H:%M") for w in data.workouts] == [
        "2025-08-19 14:20", "2025-09-03 07:05", "2025-12-05 18:00", "2025-08-22 10:05"]
    assert (data.workouts[0].finished_at.utc - data.workouts[0].started_at.utc).total_seconds() == 75 * 60


@pytest.mark.parametrize(("written", "month"), [
    ("15 janv. 2024, 18:02", 1), ("3 März 2024, 18:02", 3), ("3 Mär 2024, 18:02", 3), ("2 окт. 2024, 18:02", 10),
    ("9 maj 2024, 18:02", 5), ("1 Sept 2024, 18:02", 9), ("1 September 2024, 18:02", 9), ("4 out 2024, 18:02", 10)])
def test_a_month_is_read_in_any_language_and_any_length(written, month):
    assert local_time(written)[0].month == month


@pytest.mark.parametrize(("written", "read_as"), [
    ("Jan 1, 2024, 10:00 AM", "2024-01-01 10:00"), ("Dec 31, 2024, 11:59\u202fPM", "2024-12-31 23:59"),
    ("Sep 9, 2025, 7:05 PM", "2025-09-09 19:05"), ("Mar 3, 2025", "2025-03-03 00:00")])
def test_a_us_phones_month_first_date_is_read(written, read_as):
    """Hevy on a phone set to US English writes "Jan 1, 2024, 10:00 AM": every line of such a file was refused."""
    assert local_time(written)[0].strftime("%Y-%m-%d %H:%M") == read_as


@pytest.mark.parametrize(("written", "read_as"), [
    ("20 Nov 2026, 6:45 pm", "2026-11-20 18:45"), ("20 Nov 2026, 6:45 p.m.", "2026-11-20 18:45"),
    ("Nov 20, 2026, 12:05 a.m.", "2026-11-20 00:05"), ("2026-11-20 6:45:00 pm", "2026-11-20 18:45"),
    ("20/11/2026 6:45 pm", "2026-11-20 18:45"), ("19 ago 2025, 6:45 p. m.", "2025-08-19 18:45"),
    ("19 ago 2025, 6:45\u00a0p.\u00a0m.", "2025-08-19 18:45")])
def test_am_and_pm_are_read_as_any_phone_writes_them(written, read_as):
    """A phone in English for Australia or India writes "6:45 pm", one for Canada "6:45 p.m.", one in Spanish
    "6:45 p. m.": a Hevy file with such times was refused at its first line."""
    assert local_time(written)[0].strftime("%Y-%m-%d %H:%M") == read_as


@pytest.mark.parametrize("written", ["15 Ma 2024, 18:02", "15 Jun. 2024, 18:02x", "15 Monday 2024, 18:02"])
def test_a_word_that_is_no_month_is_refused(written):
    with pytest.raises(ValueError):
        local_time(written)


def test_a_time_we_cannot_read_is_refused_naming_both_shapes_we_read(data_dir, tmp_path, capsys):
    lines = (IMPORTS / "hevy_kg.csv").read_text().splitlines(keepends=True)
    (tmp_path / "odd.csv").write_text(lines[0] + lines[1].replace("15 Jan 2024, 18:02", "Jan 15th 2024", 1))
    assert main(["--data-dir", str(data_dir), "import", str(tmp_path / "odd.csv")]) == 2
    assert ("start_time should be a date and time such as 2024-01-04 17:39:43 or 15 Jan 2024, 18:02, "
            "not 'Jan 15th 2024'") in capsys.readouterr().err


@pytest.mark.parametrize(("units", "given", "read_as"), [
    ("kg", None, [(60.0, "kg"), (62.5, "kg")]), ("lb", None, [(132.28, "lb"), (137.79, "lb")]),
    ("kg", "lb", [(132.28, "lb"), (137.79, "lb")])])
def test_a_fitnotes_file_with_a_weight_column_in_each_unit_is_read_in_the_users(catalogue, units, given, read_as):
    """FitNotes on iOS writes the weights twice, in kg and in lb: the lb column, found first, made a kg user's 60 kg
    bench press "132.28 lb", and the report said the file named lb."""
    data = read(catalogue, "fitnotes_both_units.csv", units=units, unit_given=given)
    assert [(logged.load, logged.unit) for logged in sets_of(data)] == read_as


def test_fitnotes_days_are_workouts_at_noon_and_cardio_is_cardio(catalogue):
    data = read(catalogue, "fitnotes.csv")
    first, second = data.workouts
    assert first.started_at.local.strftime("%Y-%m-%d %H:%M") == "2024-06-01 12:00"
    # No duration: FitNotes records none. This said 90 + 28 * 60 (its plank and its run added up), a length made
    # up from two sets, which History showed as the workout's "30 min".
    assert first.finished_at == first.started_at
    bench_1, bench_2, plank, running = first.sets
    assert (bench_1.load, bench_1.unit, bench_2.note) == (80.0, "kg", "Paused, clean")
    assert (plank.hold_s, running.distance_m, running.duration_s) == (90, 5000.0, 1680)
    pull_up, stairs = second.sets
    assert (pull_up.exercise_id, pull_up.load, pull_up.reps) == ("pull-up", None, 8)
    assert (stairs.is_cardio, stairs.duration_s, stairs.distance_m) == (True, 900, None)
    assert {e.name: e.category for e in data.custom_exercises}["Stair Climber"] == "Cardio"


def test_a_fitnotes_workout_shows_no_duration_in_history(data_dir):
    """FitNotes writes no workout times, yet History showed "1 min" for 8 sets whose only timed one was a 1-minute
    plank, and "30 min" for a 1:30 plank and a 28:00 run: their sets added up. Nobody measured those workouts."""
    open_store(data_dir).settings.save(Settings(time_zone="Europe/Paris"))
    for name in ("fitnotes_catalogue_names.csv", "fitnotes.csv"):
        assert main(["--data-dir", str(data_dir), "import", str(IMPORTS / name)]) == 0
    store = open_store(data_dir)
    # Each row of History's list, as it reads: its sets and its duration (an empty cell when unmeasured).
    shown = sorted((row.started_local.strftime("%Y-%m-%d"), row.sets, duration_text(row.lasted_s))
                   for row in store.history.summaries())
    assert shown == [("2024-06-01", 3, ""), ("2024-06-03", 1, ""), ("2024-07-02", 8, "")]


def test_fitnotes_older_export_names_the_unit_in_its_weight_column(catalogue):
    data = read(catalogue, "fitnotes_old.csv", units="lb")
    curl_1, curl_2, rowing = data.workouts[0].sets
    assert [(s.load, s.unit) for s in (curl_1, curl_2)] == [(30.0, "kg"), (32.5, "kg")]
    assert (rowing.distance_m, rowing.duration_s) == (2000.0, 490)


def test_liftlog_sessions_are_workouts_from_their_first_set_to_their_last(catalogue):
    data = read(catalogue, "liftlog.csv")
    earlier, later = sorted(data.workouts, key=lambda w: w.started_at.utc)
    assert earlier.started_at.local.strftime("%H:%M:%S") == "10:40:10"
    assert earlier.finished_at.local.strftime("%H:%M:%S") == "10:44:39"
    assert [(s.exercise_id, s.load, s.reps) for s in earlier.sets] == [
        ("pull-up", None, 8), ("bench-press", 67.5, 12), ("bench-press", 67.5, 12)]
    assert earlier.sets[2].note == "" and earlier.sets[1].note == "Slow"
    assert later.sets[0].exercise_id == "custom:incline-dumbbell-bench-press"


def test_a_later_strong_export_in_the_current_shape_adds_only_what_is_new(data_dir, tmp_path, capsys):
    old = tmp_path / "old.csv"
    old.write_text(
        "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n"
        '2024-01-04 17:39:43,"Evening",1h 5m,"Bench Press (Barbell)",1,60,8,0,0,"","",\n'
        '2024-01-04 17:39:43,"Evening",1h 5m,"Bench Press (Barbell)",2,62.5,6,0,0,"","",\n')
    new = tmp_path / "new.csv"
    new.write_text(
        '"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";"Weight (kg)";"Reps";"RPE";'
        '"Distance (meters)";"Seconds";"Notes";"Workout Notes"\n'
        '"1";"2024-01-04 17:39:43";"Evening";"3900";"Bench Press (Barbell)";"W";"40,0";"10";"";"";"";"";""\n'
        '"1";"2024-01-04 17:39:43";"Evening";"3900";"Bench Press (Barbell)";"1";"60,0";"8";"";"";"";"";""\n'
        '"2";"2024-01-06 08:00:00";"Morning";"1200";"Push Up";"1";"";"20";"";"";"";"";""\n')
    open_store(data_dir).settings.save(Settings(time_zone="Europe/Paris"))
    assert main(["--data-dir", str(data_dir), "import", str(old), "--unit", "kg"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "import", str(new)]) == 0
    assert "\nadded 1 workout (1 set), 0 routines; 1 workout already present\n" in capsys.readouterr().out
    workouts = list(open_store(data_dir).history.all())
    assert [(w.name, len(w.sets)) for w in workouts] == [("Evening", 2), ("Morning", 1)]


def test_a_dry_run_reports_each_file_and_counts_what_an_earlier_file_brings(data_dir, capsys):
    files = [str(IMPORTS / "hevy_kg.csv"), str(IMPORTS / "hevy_kg.csv"), str(IMPORTS / "liftlog.csv")]
    assert main(["--data-dir", str(data_dir), "import", *files, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert out.count("hevy_kg.csv: read as Hevy\n") == 2
    assert "would add 2 workouts (5 sets, 1 cardio entry), 0 routines, 1 custom exercise\n" in out  # and a run
    assert "nothing to add; 2 workouts already present\n" in out  # the same file again, as planned
    assert "liftlog.csv: read as LiftLog\n" in out
    assert "  set types kept: 1 drop set, 1 set to failure, 1 warm-up\n" in out
    assert not data_dir.exists()


def test_a_bad_row_in_any_format_names_its_line_and_changes_nothing(data_dir, tmp_path, capsys):
    assert main(["--data-dir", str(data_dir), "import", str(IMPORTS / "liftlog.csv")]) == 0
    before = picture(data_dir)
    lines = (IMPORTS / "hevy_kg.csv").read_text().splitlines(keepends=True)
    lines[3] = lines[3].replace(",50,10,", ",fifty,10,")
    bad = tmp_path / "bad.csv"
    bad.write_text("".join(lines))
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "import", str(IMPORTS / "hevy_lbs.csv"), str(bad)]) == 2
    assert "bad.csv: line 4: weight should be a number, not 'fifty'" in capsys.readouterr().err
    assert picture(data_dir) == before  # not even the good file before it


def test_a_header_we_do_not_know_is_refused_at_line_1_saying_what_we_read(data_dir, tmp_path, capsys):
    path = tmp_path / "other.csv"
    path.write_text("when;what;how much\n2024-01-01;squat;100\n")
    assert main(["--data-dir", str(data_dir), "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert ("line 1: is not the header of an export we know (read as separated by semicolons: when, what, how much)"
            in err)
    assert "--format" in err


def test_format_forces_a_reader_and_says_what_its_header_lacks(data_dir, capsys):
    path = str(IMPORTS / "strong_oldest.csv")
    assert main(["--data-dir", str(data_dir), "import", path, "--format", "hevy"]) == 2
    assert "line 1: the columns title, start_time, exercise_title are missing for Hevy" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "import", path, "--format", "strong", "--dry-run"]) == 0


def test_custom_exercises_keep_their_names_in_the_store_and_in_our_csv(data_dir, capsys):
    open_store(data_dir).settings.save(Settings(time_zone="Europe/Paris"))
    assert main(["--data-dir", str(data_dir), "import", str(IMPORTS / "fitnotes.csv")]) == 0
    store = open_store(data_dir)
    assert {(e.id, e.name, e.category) for e in store.exercises.all()} == {
        ("custom:running-outdoor", "Running (Outdoor)", "Cardio"),
        ("custom:stair-climber", "Stair Climber", "Cardio"),
    }
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "export", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [row["Exercise Name"] for row in rows] == [
        "Bench press", "Bench press", "Plank", "Running (Outdoor)", "Pull-up",
        "Stair Climber"]
    running = rows[3]
    assert (running["Distance"], running["Distance Unit"], running["Seconds"], running["Category"]) == (
        "5", "km", "1680", "Cardio")


def test_set_types_are_written_as_strongs_letters_in_set_order(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "import", str(IMPORTS / "hevy_kg.csv")]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "export", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(row["Exercise Name"], row["Set Order"]) for row in rows[:4]] == [
        ("Bench press", "W"), ("Bench press", "1"), ("Bench press", "D"), ("Face Pull (Cable)", "F")]


def test_a_cardio_entry_is_not_a_set_for_the_streak_or_the_calendar(data_dir):
    open_store(data_dir).settings.save(Settings(time_zone="Europe/Paris"))
    assert main(["--data-dir", str(data_dir), "import", str(IMPORTS / "hevy_kg.csv")]) == 0
    summaries = open_store(data_dir).history.summaries()
    assert [(s.name, s.sets, s.cardio) for s in summaries] == [("Upper A", 4, 0), ("Easy run", 0, 1)]


def test_the_same_workout_from_strongs_classic_and_current_exports_gets_the_same_ids(catalogue, tmp_path):
    classic = read(catalogue, "strong_classic_tabs.tsv")
    header = ('"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";"Weight (kg)";"Reps";'
              '"RPE";"Distance (meters)";"Seconds";"Notes";"Workout Notes"\n')
    rows = ['"1";"2022-02-01 06:45:00";"Morning";"3900";"Push Up";"1";"";"20";"";"";"";"";""\n',
            '"1";"2022-02-01 06:45:00";"Morning";"3900";"Push Up";"2";"";"18";"8";"";"";"Hands, wide";""\n',
            '"1";"2022-02-01 06:45:00";"Morning";"3900";"Squat (Barbell)";"1";"100";"5";"";"";"";"";""\n']
    current = from_csv(header + "".join(rows), "current.csv", ExerciseNames(catalogue.exercises), "Europe/Paris", "kg")
    assert [s.id for s in current.workouts[0].sets] == [s.id for s in classic.workouts[0].sets]
    assert current.workouts[0].id == classic.workouts[0].id


def test_the_fixtures_keep_their_exact_bytes(tmp_path):
    # The fixtures' exact bytes matter (a BOM, CRLF, tabs, no-break spaces): a guard against an editor's "fix".
    raw = (IMPORTS / "strong_classic_tabs.tsv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfDate\t") and b"\r\n" in raw
    assert "\u202fPM" in (IMPORTS / "strong_unit_columns.csv").read_text(encoding="utf-8")
    shutil.copy(IMPORTS / "liftlog.csv", tmp_path / "copy.csv")


def test_the_command_lines_format_choices_are_the_importers_keys():
    from tui.cli import IMPORT_FORMATS
    from tui.domain.transfer.formats import FORMAT_KEYS

    assert IMPORT_FORMATS == ("json", *FORMAT_KEYS)  # repeated in cli.py so --help imports no importer


# Names each app gives exercises we ship -> ours; a name that means another exercise stays the user's own.
CATALOGUE_NAMES = {
    "strong_catalogue_names.csv": ["bench-press", "push-up", "pull-up", "plank", "dumbbell-row",
                                   "custom:face-pull-cable"],
    "hevy_supersets.csv": ["bench-press", "bench-press", "barbell-row", "barbell-row", "push-up", "pull-up", "plank",
                           "lateral-raise", "custom:cable-crunch"],
    "fitnotes_catalogue_names.csv": ["bench-press", "dumbbell-chest-press", "lateral-raise", "alternating-front-raise",
                                     "dip", "shoulder-shrug", "custom:cable-crunch", "plank"],
}


@pytest.mark.parametrize("name", sorted(CATALOGUE_NAMES))
def test_other_apps_names_of_our_exercises_import_as_ours(catalogue, name):
    assert [logged.exercise_id for logged in sets_of(read(catalogue, name))] == CATALOGUE_NAMES[name]


def test_names_match_ours_whatever_their_case_punctuation_word_order_or_bracketed_kit(catalogue):
    names = ExerciseNames(catalogue.exercises)
    for written, ours in [("BENCH PRESS (barbell)", "bench-press"), ("push-ups", "push-up"), ("Pull-Up", "pull-up"),
                          ("Dumbbell Lateral Raises", "lateral-raise"), ("Raise, Lateral (Dumbbell)", "lateral-raise"),
                          ("Bent Over Row (Dumbbell)", "dumbbell-row"), ("planks", "plank")]:
        assert names.find(written) == ours, written
    for theirs in ["Cable Crunch", "Crunch (Machine)", "Cable Row", "Machine Shoulder Press", "Kettlebell Swing",
                   "Side Plank", "Hanging Leg Raise", "Bench Press (Assisted)", "Assisted Lunge"]:
        assert names.find(theirs) is None, f"{theirs} is not one of ours"


def test_a_bodyweight_exercise_done_with_help_or_a_load_is_ours_and_a_band_or_a_dip_as_the_apps_mean(catalogue):
    """Strong's and Hevy's "Pull Up (Assisted)" (a machine's help) and "Pull Up (Band)" both became our band-assisted
    pull-up, whose band-less sets then counted as no help at all, and no assisted set was ever a record; their
    "Triceps Dip", on parallel bars, became our bench dip, beside their "Bench Dip"; "Pull Up (Weighted)" stayed
    a custom exercise, its added load a load lifted."""
    names = ExerciseNames(catalogue.exercises)
    for written, ours in [("Pull Up (Assisted)", "pull-up"), ("Assisted Pull Up", "pull-up"),
                          ("Pull Up (Band)", "band-assisted-pull-up"),
                          ("Band Assisted Pull-Up", "band-assisted-pull-up"),
                          ("Triceps Dip", "dip"), ("Triceps Dip (Assisted)", "dip"), ("Bench Dip", "bench-dip"),
                          ("Chest Dip", "dip"), ("Pull Up (Weighted)", "pull-up"), ("Weighted Pull Up", "pull-up"),
                          ("Dip (Weighted)", "dip")]:
        assert names.find(written) == ours, written


def test_hevy_supersets_are_kept_numbered_per_workout_and_through_our_json(catalogue, data_dir, tmp_path):
    (workout,) = read(catalogue, "hevy_supersets.csv").workouts
    assert [logged.superset for logged in workout.sets] == [0, 0, 0, 0, 1, 1, None, None, None]
    assert main(["--data-dir", str(data_dir), "import", str(IMPORTS / "hevy_supersets.csv")]) == 0
    exported = tmp_path / "ours.json"
    assert main(["--data-dir", str(data_dir), "export", "-o", str(exported)]) == 0
    assert exported.read_text().count('"superset": 0') == 4
    (stored,) = open_store(data_dir).history.all()
    assert [logged.superset for logged in stored.sets] == [0, 0, 0, 0, 1, 1, None, None, None]
    ours_csv, elsewhere = tmp_path / "ours.csv", tmp_path / "elsewhere"
    assert main(["--data-dir", str(data_dir), "export", "--format", "csv", "-o", str(ours_csv)]) == 0
    assert main(["--data-dir", str(elsewhere), "import", str(ours_csv)]) == 0
    (through_csv,) = open_store(elsewhere).history.all()
    assert [logged.superset for logged in through_csv.sets] == [0, 0, 0, 0, 1, 1, None, None, None]


# The same assisted set (40 lb of help on 8 pull-ups) as each app's export writes it: every one logs the help as a
# positive weight on an exercise whose name says it is assisted (Hevy's "Pull Up (Assisted)", of its
# bodyweight-assisted kind, as Strong's); ours is the only export that writes it signed.
ASSISTED = {
    "strong.csv": "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
                  "Workout Notes,RPE\n2024-01-15 18:02:00,Pull,1h,Pull Up (Assisted),1,40,8,0,0,,,\n",
    "hevy.csv": "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,"
                "set_type,weight_lbs,reps,distance_miles,duration_seconds,rpe\n"
                'Pull,"15 Jan 2024, 18:02","15 Jan 2024, 19:10",,Pull Up (Assisted),,,0,normal,40,8,,,\n',
    "fitnotes.csv": "Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment\n"
                    "2024-01-15,Assisted Pull Up,Back,40.0,lbs,8,,,,\n",
    "liftlog.csv": "SessionId,Timestamp,Exercise,Weight,WeightUnit,Reps,TargetReps,Notes\n"
                   "b59ab47f-8955-4a23-afa3-5d472dacc575,2024-01-15T18:02:00,Assisted Pull Up,40,lb,8,8,\n",
}


@pytest.mark.parametrize("name", sorted(ASSISTED))
def test_an_assisted_set_from_any_app_is_assistance_a_negative_load_and_the_report_says_so(name, data_dir,
                                                                                           tmp_path, capsys):
    path = tmp_path / name
    path.write_text(ASSISTED[name])
    assert main(["--data-dir", str(data_dir), "import", str(path), "--unit", "lb"]) == 0
    assert "stored the assistance of 1 assisted set as a negative load" in capsys.readouterr().out
    ((assisted,),) = [workout.sets for workout in open_store(data_dir).history.all()]
    assert (assisted.exercise_id, assisted.load, assisted.unit, assisted.reps) == (
        "pull-up", -40.0, "lb", 8)

    # Our own export writes the help signed, and reads back as it was: not turned round a second time.
    ours, elsewhere = tmp_path / "ours.csv", tmp_path / "elsewhere"
    assert main(["--data-dir", str(data_dir), "export", "--format", "csv", "-o", str(ours)]) == 0
    assert main(["--data-dir", str(elsewhere), "import", str(ours)]) == 0
    assert "assisted set" not in capsys.readouterr().out
    ((again,),) = [workout.sets for workout in open_store(elsewhere).history.all()]
    assert again.load == -40.0


def test_a_weight_on_a_band_pull_up_is_help_as_on_an_assisted_one(data_dir, tmp_path, capsys):
    """Strong's "Pull Up (Band)" with a weight came in as a load added to our Band-assisted pull-up ("+10 lb",
    a "most added load" record), where "Band Assisted Pull Up", the same row, came in as help."""
    path = tmp_path / "strong.csv"
    path.write_text("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
                    "Workout Notes,RPE\n2024-06-01 18:00:00,Mix,30m,Pull Up (Band),1,10,8,0,0,,,\n"
                    "2024-06-01 18:00:00,Mix,30m,Band Assisted Pull Up,2,10,8,0,0,,,\n")
    assert main(["--data-dir", str(data_dir), "import", str(path), "--unit", "lb"]) == 0
    assert "stored the assistance of 2 assisted sets as a negative load" in capsys.readouterr().out
    ((band, band_again),) = [workout.sets for workout in open_store(data_dir).history.all()]
    assert [(s.exercise_id, s.load) for s in (band, band_again)] == [("band-assisted-pull-up", -10.0)] * 2


def test_a_run_is_reported_as_cardio_not_as_a_custom_exercise_and_export_counts_it_as_import_did(data_dir, tmp_path,
                                                                                                 capsys):
    """Strong's Leg Press is ours to keep as a custom exercise; its Running is a cardio entry. The report listed
    Running among the custom exercises, and `export` counted the run as a 7th set where `import` said 6 and 1."""
    assert main(["--data-dir", str(data_dir), "import", str(IMPORTS / "strong_current_comma_lbs.csv")]) == 0
    said = capsys.readouterr().out.splitlines()
    assert said[1:] == [
        "  found 2 workouts, 6 sets, 1 cardio entry",
        "  set types kept: 1 drop set, 1 set to failure, 1 warm-up",
        "  units: lb, as the file names them" + SHOWN_IN_KG,
        "  1 exercise we do not have, kept by name as custom: Leg Press",
        "  cardio kept as cardio entries, by name: Running",
        "  2 unusual values kept as written (past what our forms take; check them if they are typing mistakes):",
        "    line 7: 1000 reps (a form takes at most 500)",
        "    line 7: a load of 1200 lb (a form takes at most 1000)",
        "added 2 workouts (6 sets, 1 cardio entry), 0 routines, 1 custom exercise",
    ]
    for kind in ("json", "csv"):
        target = tmp_path / f"ours.{kind}"
        assert main(["--data-dir", str(data_dir), "export", "--format", kind, "-o", str(target)]) == 0
        assert capsys.readouterr().out.startswith("exported 2 workouts (6 sets, 1 cardio entry)")

    # Our own export, read back elsewhere, is reported the same way.
    assert main(["--data-dir", str(tmp_path / "elsewhere"), "import", str(tmp_path / "ours.json")]) == 0
    said = capsys.readouterr().out.splitlines()
    assert "  1 exercise we do not have, kept by name as custom: Leg Press" in said
    assert "  cardio kept as cardio entries, by name: Running" in said
    assert said[-1].startswith("added 2 workouts (6 sets, 1 cardio entry), 0 routines, 1 custom exercise")


def test_a_dry_run_names_the_workouts_dated_in_the_future(data_dir, tmp_path, capsys):
    path = tmp_path / "strong.csv"
    path.write_text("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
                    "Workout Notes,RPE\n2024-06-01 18:00:00,Push,30m,Bench Press (Barbell),1,50,5,0,0,,,\n"
                    "2999-06-01 18:00:00,Push,30m,Bench Press (Barbell),1,60,5,0,0,,,\n")
    assert main(["--data-dir", str(data_dir), "import", str(path), "--unit", "kg", "--dry-run"]) == 0
    said = capsys.readouterr().out.splitlines()
    at = said.index("  1 workout dated later than now, kept as written (check them: a day and a month the wrong way "
                    "round put a workout months ahead):")
    assert said[at + 1] == "    “Push” of Sat 01 Jun 2999, 18:00"
    assert not data_dir.exists()


def test_the_set_types_kept_are_counted_in_words(data_dir, capsys):
    """ "2 drop set, 2 to failure, 2 warm-up" was said of an export holding two of each."""
    doubled = data_dir.parent / "doubled.csv"
    lines = (IMPORTS / "hevy_kg.csv").read_text(encoding="utf-8").splitlines(keepends=True)  # one of each
    doubled.write_text(lines[0] + "".join(lines[1:]) + "".join(line.replace("2024", "2023") for line in lines[1:]),
                       encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "import", str(doubled), "--dry-run"]) == 0
    assert "  set types kept: 2 drop sets, 2 sets to failure, 2 warm-ups\n" in capsys.readouterr().out


def test_files_imported_in_one_command_are_read_as_if_imported_one_after_another(data_dir, tmp_path, capsys):
    """A JSON export kept "pushups" as the user's own exercise; our CSV after it, in the same command, made its
    "pushups" sets our Push-up (a typo away), and Push-up gained a 50 kg heaviest load."""
    from dataclasses import replace

    from tests.builders import a_set, a_workout, moment
    from tui.domain.catalogue.custom_exercises import CustomExercise

    source = tmp_path / "source"
    store = open_store(source)
    store.exercises.add([CustomExercise("custom:sled-push", "pushups")])
    start = moment(2026, 11, 2, 18, 0)
    store.history.save(replace(a_workout(at=start, name="Sled day"), finished_at=start,
                               sets=(a_set("custom:sled-push", at=start, reps=10, load=50.0),)))
    json_export, csv_export = tmp_path / "export.json", tmp_path / "later.csv"
    assert main(["--data-dir", str(source), "export", "-o", str(json_export)]) == 0
    later = moment(2026, 11, 9, 18, 0)
    store.history.save(replace(a_workout(at=later, name="Sled again"), finished_at=later,
                               sets=(a_set("custom:sled-push", at=later, reps=12, load=50.0),)))
    assert main(["--data-dir", str(source), "export", "--format", "csv", "-o", str(csv_export)]) == 0
    assert main(["--data-dir", str(data_dir), "import", str(json_export), str(csv_export)]) == 0
    exercises = {logged.exercise_id for workout in open_store(data_dir).history.all() for logged in workout.sets}
    assert exercises == {"custom:sled-push"}
