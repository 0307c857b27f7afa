"""Odd things where data files should be: each gets the clear message the product promises, naming the file, exit
status 2, and the file left byte for byte (through the real command line: `status`, `export`, `import`, the app)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.builders import a_workout, moment
from tests.transfer.conftest import picture
from tui.cli import main
from tui.store.open import open_store

DEEP = 200_000


def refused(capsys, argv: list[str], naming: str) -> str:
    assert main(argv) == 2
    error = capsys.readouterr().err
    assert error.startswith("runstrength-tui: ") and naming in error and "Traceback" not in error
    return error


@pytest.mark.parametrize("name", ["runstrength.json", ".runstrength.lock"])
@pytest.mark.parametrize("command", [["status"], ["export"], []])
def test_a_directory_where_the_main_file_or_the_lock_should_be_is_refused_by_name(data_dir, capsys, name, command,
                                                                                   monkeypatch):
    open_store(data_dir).history.save(replace(w := a_workout(sets=3), finished_at=w.started_at))
    (data_dir / name).unlink(missing_ok=True)
    (data_dir / name).mkdir(mode=0o700)
    before = picture(data_dir)
    if name == ".runstrength.lock" and command == ["status"]:
        assert main(["--data-dir", str(data_dir), *command]) == 0  # status takes no lock
    else:
        monkeypatch.setattr("tui.app.RunStrengthApp.run", lambda app: pytest.fail("the app must not start"))
        refused(capsys, ["--data-dir", str(data_dir), *command], f"{data_dir / name} is a directory, not a file")
    assert picture(data_dir) == before


def test_a_main_file_nested_200000_deep_is_refused_by_status_and_the_app(data_dir, capsys):
    data_dir.mkdir(mode=0o700)
    path = data_dir / "runstrength.json"
    path.write_bytes(b'{"a":' * DEEP + b"1" + b"}" * DEEP)
    path.chmod(0o600)
    (data_dir / ".runstrength.lock").touch(mode=0o600)  # as any earlier start left it
    before = picture(data_dir)
    for command in (["status"], ["export"]):
        refused(capsys, ["--data-dir", str(data_dir), *command], f"{path} is not valid JSON")
    assert picture(data_dir) == before


def test_an_import_nested_200000_deep_is_refused_and_changes_nothing(data_dir, tmp_path, capsys):
    open_store(data_dir)
    file = tmp_path / "deep.json"
    file.write_bytes(b"[" * DEEP + b"]" * DEEP)
    before = picture(data_dir)
    refused(capsys, ["--data-dir", str(data_dir), "import", str(file)], str(file))
    assert picture(data_dir) == before


@pytest.mark.parametrize("utc, zone", [("9999-12-31T23:59:00.000000Z", "Europe/Paris"),
                                       ("0001-01-01T00:00:00.000000Z", "America/New_York")])
def test_an_import_with_a_start_at_the_ends_of_the_calendar_is_refused_and_changes_nothing(
        data_dir, tmp_path, capsys, utc, zone):
    source = tmp_path / "source"
    workout = a_workout(at=moment(2026, 11, 20, 18, 0), sets=2)
    open_store(source).history.save(replace(workout, finished_at=workout.started_at))
    export = tmp_path / "export.json"
    assert main(["--data-dir", str(source), "export", "-o", str(export)]) == 0
    text = export.read_text().replace("2026-11-20T17:00:00.000000Z", utc).replace("Europe/Paris", zone)
    export.write_text(text)
    open_store(data_dir)
    before = picture(data_dir)
    error = refused(capsys, ["--data-dir", str(data_dir), "import", str(export)], str(export))
    assert "is out of range" in error
    assert picture(data_dir) == before


def test_a_strong_csv_dated_in_year_9999_or_1_is_refused_and_changes_nothing(data_dir, tmp_path, capsys):
    open_store(data_dir)
    before = picture(data_dir)
    for year in ("9999", "0001"):
        csv = tmp_path / f"strong-{year}.csv"
        csv.write_text("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
                       f"Workout Notes,RPE\n{year}-12-31 23:59:00,Push,1h,Push Up,1,0,10,0,0,,,\n")
        error = refused(capsys, ["--data-dir", str(data_dir), "import", str(csv)], str(csv))
        assert "is out of range" in error
    assert picture(data_dir) == before
