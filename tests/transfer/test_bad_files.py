"""A bad, truncated or too-new import file: a message naming the line or entry, and not one byte changed."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

import orjson
import pytest

import tui.store.transfer
from tests.builders import a_workout, moment
from tests.transfer.conftest import FIXTURES, picture
from tui.cli import main
from tui.domain.catalogue.codec import routine_to_data
from tui.domain.catalogue.loading import load_catalogue
from tui.domain.settings import Settings
from tui.domain.transfer.data import ImportFileError
from tui.domain.transfer.export_format import EXPORT_VERSION
from tui.domain.transfer.table import sniff_delimiter
from tui.resources import data_dir as shipped_data_dir
from tui.store.open import open_store
from tui.store.snapshot import read_snapshot
from tui.store.transfer import read_import_file

STRONG = (FIXTURES / "strong_export.csv").read_text()
SHIPPED = routine_to_data(next(iter(load_catalogue(shipped_data_dir()).routines.values())))


@pytest.fixture
def lived_in(data_dir):
    """A data directory with a few weeks of history, a routine-free log and a workout in progress."""
    store = open_store(data_dir)
    store.settings.save(Settings(time_zone="Europe/Paris"))
    for day in range(1, 6):
        workout = a_workout(at=moment(2026, 3, day, 18, 0), sets=4, name=f"Day {day}")
        store.history.save(replace(workout, finished_at=moment(2026, 3, day, 19, 0)))
    store.workout.start(a_workout(sets=2, name="Live"))
    return data_dir


@pytest.fixture
def good_export(lived_in, tmp_path, capsys):
    path = tmp_path / "export.json"
    assert main(["--data-dir", str(lived_in), "export", "-o", str(path)]) == 0
    capsys.readouterr()
    return path.read_bytes()


def _import_refused(capsys, data_dir, path, *expected: str) -> None:
    before = picture(data_dir)
    assert main(["--data-dir", str(data_dir), "import", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"runstrength-tui: {path}: ")
    for text in expected:
        assert text in captured.err
    assert picture(data_dir) == before


def _another_dir_and_this_one(tmp_path, lived_in):
    empty = tmp_path / "empty"
    return (empty, lived_in)


def test_json_cut_off_midway_is_refused(good_export, lived_in, tmp_path, capsys):
    path = tmp_path / "cut.json"
    path.write_bytes(good_export[: len(good_export) // 2])
    for target in _another_dir_and_this_one(tmp_path, lived_in):
        _import_refused(capsys, target, path, "is not valid JSON", "cut short")
    assert not (tmp_path / "empty").exists()


def test_a_set_with_reps_ten_is_refused_by_its_path(good_export, lived_in, tmp_path, capsys):
    document = orjson.loads(good_export)
    document["workouts"][3]["sets"][2]["reps"] = "ten"
    path = tmp_path / "ten.json"
    path.write_bytes(orjson.dumps(document))
    for target in _another_dir_and_this_one(tmp_path, lived_in):
        _import_refused(capsys, target, path,
                        "workouts[3].sets[2].reps: should be a whole number of reps from 0, not 'ten'")


def test_a_value_of_jsons_own_is_named_as_json_writes_it(good_export, lived_in, tmp_path, capsys):
    """ "reps": true was refused as "not True", Python's spelling of it, not the file's."""
    document = orjson.loads(good_export)
    document["workouts"][3]["sets"][2]["reps"] = True
    path = tmp_path / "true.json"
    path.write_bytes(orjson.dumps(document))
    _import_refused(capsys, lived_in, path,
                    "workouts[3].sets[2].reps: should be a whole number of reps from 0, not true")


@pytest.mark.parametrize(("change", "where"), [
    (lambda d: d["workouts"][1]["sets"][0].update(load="heavy"), "workouts[1].sets[0].load"),
    (lambda d: d["workouts"][1]["sets"][0].update(load=1e308), "workouts[1].sets[0].load"),
    (lambda d: d["workouts"][1]["sets"][0].update(reps=10**12), "workouts[1].sets[0].reps"),
    (lambda d: d["workouts"][0]["started_at"].update(zone="Mars/Olympus"), "workouts[0].started_at.zone"),
    (lambda d: d["workouts"][2]["sets"][1].update(rpe=11), "workouts[2].sets[1].rpe"),
    (lambda d: d["workouts"][4].update(id=d["workouts"][0]["id"]), "workouts[4].id"),
    (lambda d: d["workouts"][0]["sets"][0].update(colour="red"), "workouts[0].sets[0].colour"),
    (lambda d: d["settings"].update(units="stone"), "settings: units must be one of kg, lb"),
    (lambda d: d.update(freezes=["2026-02-30"]), "freezes[0]"),
    (lambda d: d.update(exercises=[{"id": "custom:ring-dip", "name": "Ring dip", "bodyweight": "yes"}]),
     "exercises[0].bodyweight: should be true or false"),
    (lambda d: d["workout_in_progress"].update(finished_at=d["workouts"][0]["finished_at"]),
     "workout_in_progress.finished_at"),
    (lambda d: d.update(routines=[SHIPPED]), "routines[0].id: '" + SHIPPED["id"] + "' is a shipped routine's"),
    (lambda d: d.update(routines=[{**SHIPPED, "id": "mine"}, {**SHIPPED, "id": "mine"}]),
     "routines[1].id: 'mine' is used by another routine in the file"),
])
def test_any_wrong_entry_is_named_and_nothing_changes(good_export, lived_in, tmp_path, capsys, change, where):
    document = orjson.loads(good_export)
    change(document)
    path = tmp_path / "edited.json"
    path.write_bytes(orjson.dumps(document))
    _import_refused(capsys, lived_in, path, where)


@pytest.mark.parametrize(("where", "change"), [
    ("workouts[2].sets[1].exercise", lambda d: d["workouts"][2]["sets"][1].update(exercise="no-such-exercise")),
    ("workout_in_progress.sets[0].exercise",
     lambda d: d["workout_in_progress"]["sets"][0].update(exercise="bench-pres")),
    ("workouts[0].sets[0].exercise", lambda d: d["workouts"][0]["sets"][0].update(exercise="custom:")),
], ids=["finished", "in-progress", "empty-custom"])
def test_a_set_of_an_exercise_we_do_not_have_is_refused_by_its_path(good_export, lived_in, tmp_path, capsys, where,
                                                                    change):
    """A set naming an exercise id that is neither ours nor a custom one came in, and showed as a bare id."""
    document = orjson.loads(good_export)
    change(document)
    path = tmp_path / "unknown.json"
    path.write_bytes(orjson.dumps(document))
    for target in _another_dir_and_this_one(tmp_path, lived_in):
        _import_refused(capsys, target, path, f"{where}: names no exercise we have")
    assert not (tmp_path / "empty").exists()


def test_a_custom_exercise_without_its_record_still_comes_in_by_its_id(good_export, tmp_path, capsys):
    """Imports before names were kept logged sets of custom ids with no record: their exports must come back."""
    document = orjson.loads(good_export)
    document["workouts"][2]["sets"][1]["exercise"] = "custom:face-pull-cable"
    path = tmp_path / "early.json"
    path.write_bytes(orjson.dumps(document))
    target = tmp_path / "target"
    assert main(["--data-dir", str(target), "import", str(path)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(target), "export", "-o", str(tmp_path / "again.json")]) == 0
    assert orjson.loads((tmp_path / "again.json").read_bytes())["workouts"][2]["sets"][1]["exercise"] == (
        "custom:face-pull-cable")


def test_an_export_from_a_newer_version_is_refused_clearly(good_export, lived_in, tmp_path, capsys):
    document = orjson.loads(good_export)
    document["version"] = EXPORT_VERSION + 1
    document["new_kind_of_thing"] = []
    path = tmp_path / "newer.json"
    path.write_bytes(orjson.dumps(document))
    _import_refused(capsys, lived_in, path, "newer runstrength-tui", f"export version {EXPORT_VERSION + 1}", "Upgrade")


def test_a_csv_without_the_weight_column_is_refused_at_line_1(lived_in, tmp_path, capsys):
    lines = STRONG.splitlines(keepends=True)
    path = tmp_path / "no-weight.csv"
    path.write_text("".join(",".join(c for i, c in enumerate(_cells(line)) if i != 5) + "\n" for line in lines))
    _import_refused(capsys, lived_in, path, "line 1: the column Weight is missing")


def test_a_non_numeric_weight_on_line_7_is_refused_naming_line_7(lived_in, tmp_path, capsys):
    lines = STRONG.splitlines(keepends=True)
    cells = _cells(lines[6])
    cells[5] = "heavy"
    lines[6] = ",".join(cells) + "\n"
    path = tmp_path / "heavy.csv"
    path.write_text("".join(lines))
    for target in _another_dir_and_this_one(tmp_path, lived_in):
        _import_refused(capsys, target, path, "line 7: Weight should be a number, not 'heavy'")


@pytest.mark.parametrize(("column", "value", "said"), [
    (5, "1e308", "line 7: the load is more than anyone ever lifted"),
    (6, "100000000", "line 7: the reps count is more than any set ever had (100,000,000 reps; at most 1,000,000)"),
    # Said in full, it was a line of 309 digits.
    (6, "1e308", "line 7: the reps count is more than any set ever had (1e+308 reps; at most 1,000,000)"),
], ids=["load", "reps", "reps past any count"])
def test_a_value_no_set_ever_had_is_refused_naming_its_line(lived_in, tmp_path, capsys, column, value, said):
    """A weight of 1e308 was kept: the workout's volume came to infinity, which the index could not hold, and the
    workout vanished from History, the calendar and status."""
    lines = STRONG.splitlines(keepends=True)
    cells = _cells(lines[6])
    cells[column] = value
    lines[6] = ",".join(cells) + "\n"
    path = tmp_path / "absurd.csv"
    path.write_text("".join(lines))
    _import_refused(capsys, lived_in, path, said)


@pytest.mark.parametrize("value", ["1e999", "99999999999h", "-5", "nan"])
def test_a_duration_no_workout_ever_lasted_is_refused_naming_its_line(lived_in, tmp_path, capsys, value):
    """A Duration of 1e999 seconds crashed the import (OverflowError) where the workout's end was worked out."""
    lines = STRONG.splitlines(keepends=True)
    cells = _cells(lines[6])
    cells[2] = value
    lines[6] = ",".join(cells) + "\n"
    path = tmp_path / "endless.csv"
    path.write_text("".join(lines))
    _import_refused(capsys, lived_in, path, f"line 7: Duration should be a duration such as 1h 5m, 38min, 0:45:00 "
                                            f"or seconds, not '{value}'")


def test_an_endless_file_is_refused_without_reading_it_all(lived_in, capsys):
    """/dev/zero was read whole: gigabytes of memory, and no end."""
    _import_refused(capsys, lived_in, Path("/dev/zero"), "/dev/zero: is larger than any export")


def test_a_csv_cut_off_midway_is_refused(lived_in, tmp_path, capsys):
    path = tmp_path / "cut.csv"
    path.write_text(STRONG[: STRONG.index("Russian Twist") + len('Russian Twist"')])
    _import_refused(capsys, lived_in, path, "line 9: has 4 of the 12 columns: the file ends there, so it may be cut "
                                            "short (a copy or a download stopped midway); export it again\n")
    path.write_text(STRONG[: STRONG.index("Russian Twist")])  # inside an open quote
    _import_refused(capsys, lived_in, path, "line 9: is not valid CSV (unexpected end of data): the file ends there, "
                                            "so it may be cut short")


def test_a_fault_further_up_than_the_end_is_not_said_to_be_a_file_cut_short(lived_in, tmp_path, capsys):
    """A row short of cells, or a stray quote, in the middle of a file was "cut short?" too: the user looked for
    the wrong fault. The file is whole; what is wrong is said, and what may have caused it."""
    lines = STRONG.splitlines(keepends=True)
    path = tmp_path / "short-row.csv"
    path.write_text("".join([*lines[:3], lines[3].rsplit(",", 2)[0] + "\n", *lines[4:]]))
    _import_refused(capsys, lived_in, path, "line 4: has 10 of the 12 columns: a cell is missing, or a line break in "
                                            "a note has no quotes around it\n")
    path = tmp_path / "stray-quote.csv"
    path.write_text("".join([*lines[:3], lines[3].replace(",1,", ',"1"x,', 1), *lines[4:]]))
    _import_refused(capsys, lived_in, path, "line 4: is not valid CSV (',' expected after '\"'): export it again, or "
                                            "open it in a spreadsheet and save it as CSV\n")  # and no more


def test_a_cell_too_long_for_any_export_is_said_so_not_a_file_cut_short(lived_in, tmp_path, capsys):
    """A 5 MB cell on line 4 was said to be where "the file ends, so it may be cut short"."""
    lines = STRONG.splitlines(keepends=True)
    path = tmp_path / "huge-cell.csv"
    path.write_text("".join([*lines[:3], lines[3].replace(",1,", ',"' + "x" * 5_000_000 + '",', 1), *lines[4:]]))
    _import_refused(capsys, lived_in, path, "line 4: has a cell of over 131,072 characters: no workout app exports one")


def _separated_by_bars(text: str, quoted: bool) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter="|", quoting=csv.QUOTE_ALL if quoted else csv.QUOTE_MINIMAL,
                        lineterminator="\n")
    writer.writerows(csv.reader(io.StringIO(text)))
    return out.getvalue()


@pytest.mark.parametrize("quoted", [True, False], ids=["every cell quoted", "no quotes"])
def test_a_file_separated_by_another_character_is_refused_saying_so(lived_in, tmp_path, capsys, quoted):
    """A Strong export with "|" between its cells, every cell quoted, was "not valid CSV (',' expected after '"');
    is the file cut short?" at line 1: it is whole, and the fault is its separator."""
    path = tmp_path / "bars.csv"
    path.write_text(_separated_by_bars(STRONG, quoted))
    by = " (they are separated by '|')" if quoted else ""
    _import_refused(capsys, lived_in, path, f"line 1: has no commas, semicolons or tabs between its cells{by}: we "
                                            f"read CSV separated by one of those, as every app's export is; export "
                                            f"it again from the app, or save it from a spreadsheet as CSV\n")


def test_a_note_with_an_unquoted_comma_is_refused_naming_its_line(lived_in, tmp_path, capsys):
    """FitNotes' row with one comma too many read its reps as a distance: 5 km of bench press, a cardio entry."""
    lines = (FIXTURES / "imports" / "fitnotes.csv").read_text().splitlines(keepends=True)
    lines[1] = lines[1].replace(",kgs,", ",kgs,,", 1)
    path = tmp_path / "one-too-many.csv"
    path.write_text("".join(lines))
    _import_refused(capsys, lived_in, path, "line 2: has 11 columns, more than the 10 of the header")


@pytest.mark.parametrize("fixture", sorted(path.name for path in (FIXTURES / "imports").iterdir()))
def test_a_row_with_a_cell_more_than_the_header_is_refused_wherever_the_cell_is(catalogue, tmp_path, fixture):
    """An empty cell too many (an unquoted comma before an empty field, a stray trailing comma) moved the cells
    after it one column on, silently, in every format: reps became a distance, a weight became reps."""
    lines = (FIXTURES / "imports" / fixture).read_text(encoding="utf-8").splitlines(keepends=True)
    delimiter = sniff_delimiter(lines[0])
    cells = next(csv.reader([lines[1]], delimiter=delimiter))
    for position in range(len(cells) + 1):
        out = io.StringIO()
        csv.writer(out, delimiter=delimiter, lineterminator="\n").writerow(cells[:position] + [""] + cells[position:])
        path = tmp_path / f"extra-{position}.csv"
        path.write_text("".join([lines[0], out.getvalue(), *lines[2:]]), encoding="utf-8")
        with pytest.raises(ImportFileError) as refused:
            read_import_file(path, catalogue, Settings())
        assert str(refused.value).startswith(f"{path}: line 2: has {len(cells) + 1} columns, more than the "
                                             f"{len(cells)} of the header"), position


def test_a_file_that_is_neither_utf8_nor_there_is_refused(lived_in, tmp_path, capsys):
    path = tmp_path / "latin1.csv"
    path.write_bytes(STRONG.replace("Felt strong", "Très bien").encode("latin-1"))
    byte = path.read_bytes().index(b"\xe8") + 1  # counted from 1, as an editor's "go to byte" does
    _import_refused(capsys, lived_in, path, f"is not UTF-8 text (its byte {byte}, 0xE8, starts no UTF-8 character)")
    _import_refused(capsys, lived_in, tmp_path / "missing.json", "cannot be read")


def test_a_utf16_file_cut_off_mid_character_is_refused(lived_in, tmp_path, capsys):
    path = tmp_path / "cut.txt"
    path.write_bytes(STRONG.encode("utf-16")[:301])  # a byte order mark, then 149 characters and half of one
    _import_refused(capsys, lived_in, path, "is broken UTF-16 text (at its byte 301)")


def test_an_import_cut_off_before_its_commit_shows_nothing_imported_and_completes_when_run_again(
        good_export, tmp_path, capsys, monkeypatch):
    target = tmp_path / "target"
    path = tmp_path / "export.json"
    path.write_bytes(good_export)

    def power_cut(*args):
        raise OSError("power cut")  # the year files are written; the main file (the commit) is not

    monkeypatch.setattr(tui.store.transfer, "write_main_file", power_cut)
    assert main(["--data-dir", str(target), "import", str(path)]) == 2
    assert "power cut" in capsys.readouterr().err
    snapshot = read_snapshot(target)
    assert snapshot is None or snapshot.workouts == []  # ...and before anything was indexed
    assert open_store(target).workout.current() is None
    assert open_store(target).settings.get() == Settings()

    monkeypatch.undo()
    assert main(["--data-dir", str(target), "import", str(path)]) == 0
    assert "\nadded 5 workouts (20 sets), 0 routines, the workout in progress" in capsys.readouterr().out
    assert main(["--data-dir", str(target), "export"]) == 0
    assert capsys.readouterr().out.encode() == good_export


def _cells(line: str) -> list[str]:
    import csv

    return next(csv.reader([line.rstrip("\n")]))


OTHER_APPS = sorted([FIXTURES / "strong_export.csv", *(FIXTURES / "imports").iterdir()])


def _sets_imported(case: Path, path: Path, rows: list[list[str]], delimiter: str, capsys) -> int | None:
    """The sets an import of rows (as the file at path) brings into a new data dir; None when it is refused."""
    case.mkdir()
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    (case / path.name).write_text(out.getvalue())
    code = main(["--data-dir", str(case / "data"), "import", str(case / path.name), "--unit", "kg"])
    said = capsys.readouterr()
    assert code in (0, 2), said
    if code == 2:
        return None
    exported = main(["--data-dir", str(case / "data"), "export", "-o", str(case / "out.json")])
    assert exported == 0, f"imported, then the export failed: {capsys.readouterr()}"
    return sum(len(workout.sets) for workout in open_store(case / "data").history.all())


@pytest.mark.parametrize("path", OTHER_APPS, ids=lambda path: path.name)
def test_a_negative_number_in_any_column_of_another_apps_file_is_refused_or_reads_back(tmp_path, capsys, path):
    """A Strong file's Seconds of -30 was imported, and then no workout of that year could be opened in History or
    exported: the stored files' reader refused what the import had let through. A Seconds of -0.5 rounded to 0,
    and the plank was left out unsaid. Each column is made negative in every row in turn: the import refuses it,
    or imports every set, which can be read and exported."""
    text = path.read_text(encoding="utf-8-sig")
    delimiter = sniff_delimiter(text.splitlines()[0])
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    every_set = _sets_imported(tmp_path / "as-it-is", path, rows, delimiter, capsys)
    assert every_set, "the file as it is was refused"
    for column, name in enumerate(rows[0]):
        for value in ("-30", "-0.5"):
            changed = [rows[0], *([*row[:column], value, *row[column + 1:]] for row in rows[1:])]
            imported = _sets_imported(tmp_path / f"{column}{value}", path, changed, delimiter, capsys)
            assert imported in (None, every_set), f"{name} of {value}: {imported} sets of {every_set} imported"
