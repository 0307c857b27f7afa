"""`runstrength-tui export` and `import` as a user types them."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import orjson
import pendulum
import pytest

from tests.builders import a_workout, moment
from tests.transfer.conftest import FIXTURES, picture
from tui.cli import main
from tui.domain.catalogue.model import Focus, Routine, RoutineEntry, RoutineFormat
from tui.domain.ranges import IntRange
from tui.domain.settings import Settings
from tui.domain.transfer.export_format import EXPORT_VERSION
from tui.store.open import open_store


@pytest.fixture
def logged(data_dir):
    store = open_store(data_dir)
    store.settings.save(Settings(units="lb", weekly_target=3, time_zone="Europe/Paris"))
    for day in (2, 4, 9):
        workout = a_workout(at=moment(2026, 3, day, 7, 0), sets=3)
        store.history.save(replace(workout, finished_at=moment(2026, 3, day, 8, 0)))
    store.routines.save(Routine(
        id="my-core", name="My core", description="", format=RoutineFormat.STRAIGHT_SETS, focus=(Focus.CORE,),
        entries=(RoutineEntry("plank", sets=IntRange(3, 3), hold_s=IntRange(30, 60)),),
    ))
    store.freezes.freeze(moment(2026, 3, 18, 12, 0).local_date, "monday")
    return data_dir


def test_export_prints_a_versioned_document_of_everything(logged, capsys):
    assert main(["--data-dir", str(logged), "export"]) == 0
    document = orjson.loads(capsys.readouterr().out)
    assert (document["format"], document["version"]) == ("runstrength-export", EXPORT_VERSION)
    assert "exported_at" not in document  # the same data always exports to the same bytes
    assert len(document["workouts"]) == 3 and sum(len(w["sets"]) for w in document["workouts"]) == 9
    assert [r["id"] for r in document["routines"]] == ["my-core"]
    assert document["freezes"] == ["2026-03-16"]
    assert document["settings"]["units"] == "lb" and document["settings"]["weekly_target"] == 3
    assert document["workout_in_progress"] is None


def test_export_to_a_file_is_private_and_leaves_no_temp_file(logged, tmp_path, capsys):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "backup.json"
    target.write_text("an older backup")
    os.chmod(target, 0o644)
    assert main(["--data-dir", str(logged), "export", "-o", str(target)]) == 0
    assert capsys.readouterr().out == f"exported 3 workouts (9 sets), 1 routine as JSON to {target}\n"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert orjson.loads(target.read_bytes())["format"] == "runstrength-export"
    assert [p.name for p in out_dir.iterdir()] == ["backup.json"]


def test_export_through_a_symlink_writes_its_file_and_keeps_the_link(logged, tmp_path):
    backup = tmp_path / "backups" / "latest.json"
    backup.parent.mkdir()
    backup.write_text("last week's")
    link = tmp_path / "backup.json"
    link.symlink_to(backup)
    assert main(["--data-dir", str(logged), "export", "-o", str(link)]) == 0
    assert link.is_symlink()
    assert orjson.loads(backup.read_bytes())["format"] == "runstrength-export"


@pytest.mark.parametrize("how", ["named", "through a symlink"])
@pytest.mark.parametrize("kind", ["json", "csv"])
def test_an_export_onto_a_data_file_is_refused_and_the_file_kept(logged, tmp_path, capsys, kind, how):
    """`export -o DATA/history-2026.json` wrote the export over that year's workouts: the next start refused the
    file as not one of ours."""
    year_file = next(logged.glob("history-*.json"))
    before = year_file.read_bytes()
    target = year_file
    if how == "through a symlink":
        target = tmp_path / "backup.json"
        target.symlink_to(year_file)
    assert main(["--data-dir", str(logged), "export", "--format", kind, "-o", str(target)]) != 0
    assert "export to a file outside it" in capsys.readouterr().err
    assert year_file.read_bytes() == before


def test_export_into_a_pipe_writes_into_it_and_leaves_it_a_pipe(logged, tmp_path):
    """As into /dev/null or /dev/stdout: the export replaced them with a file (run as root, /dev/null itself)."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    reading = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)  # open for reading: a writer need not wait for one
    try:
        assert main(["--data-dir", str(logged), "export", "-o", str(pipe)]) == 0
        assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
        assert orjson.loads(os.read(reading, 1 << 20))["format"] == "runstrength-export"  # a few kB: all there
    finally:
        os.close(reading)


def test_exports_of_the_same_data_are_identical(logged, capsys):
    main(["--data-dir", str(logged), "export"])
    first = capsys.readouterr().out
    main(["--data-dir", str(logged), "export"])
    assert capsys.readouterr().out == first


def test_export_to_a_folder_that_does_not_exist_says_so(logged, tmp_path, capsys):
    assert main(["--data-dir", str(logged), "export", "-o", str(tmp_path / "no" / "such.json")]) == 2
    assert "cannot write" in capsys.readouterr().err
    # Named as a folder ("newdir/"), it was written as a file of that name, said "exported ... to newdir/".
    assert main(["--data-dir", str(logged), "export", "-o", f"{tmp_path / 'newdir'}/"]) == 2
    assert f"there is no folder {tmp_path / 'newdir'}/; nothing was exported" in capsys.readouterr().err
    assert not (tmp_path / "newdir").exists()


@pytest.mark.parametrize(("kind", "name"), [("json", "runstrength-export"), ("csv", "runstrength-sets")])
def test_export_to_a_folder_writes_the_file_in_it_as_the_palette_does(logged, tmp_path, capsys, kind, name):
    """`export -o ~/backups/` said "cannot write ... (Is a directory)", where the palette's export writes into a
    folder under the name it suggests."""
    folder = tmp_path / "backups"
    folder.mkdir()
    assert main(["--data-dir", str(logged), "export", "--format", kind, "-o", str(folder)]) == 0
    today = pendulum.now("Europe/Paris").date().isoformat()  # the settings' zone
    written = folder / f"{name}-{today}.{kind}"
    assert [path.name for path in folder.iterdir()] == [written.name]
    assert capsys.readouterr().out.endswith(f" to {written}\n")
    assert written.read_bytes().startswith(b"{" if kind == "json" else b"Date,")


def test_export_from_a_directory_with_no_data_says_so_and_creates_nothing(tmp_path, capsys):
    missing = tmp_path / "typo"
    assert main(["--data-dir", str(missing), "export"]) == 2
    assert "there is no runstrength-tui data in" in capsys.readouterr().err
    assert not missing.exists()


def test_importing_an_export_twice_adds_nothing_the_second_time(logged, tmp_path, capsys):
    export = tmp_path / "export.json"
    main(["--data-dir", str(logged), "export", "-o", str(export)])
    target = tmp_path / "target"
    capsys.readouterr()

    read_as = [f"{export}: read as our JSON export (version {EXPORT_VERSION})",
               "  found 3 workouts, 9 sets, 0 cardio entries"]
    assert main(["--data-dir", str(target), "import", str(export), "--dry-run"]) == 0
    assert capsys.readouterr().out.splitlines() == read_as + [
        "would add 3 workouts (9 sets), 1 routine, 1 freeze week, the settings"]
    assert not target.exists()

    assert main(["--data-dir", str(target), "import", str(export)]) == 0
    assert capsys.readouterr().out.splitlines() == read_as + [
        "added 3 workouts (9 sets), 1 routine, 1 freeze week, the settings"]
    after_first = picture(target)
    assert main(["--data-dir", str(target), "import", str(export)]) == 0
    assert capsys.readouterr().out.splitlines() == read_as + [
        "nothing to add; 3 workouts already present; 1 routine already present"]
    assert picture(target) == after_first


def test_a_routine_imported_under_another_id_with_the_name_of_one_of_yours_comes_in_as_a_copy(logged, tmp_path,
                                                                                            capsys):
    """An export edited (or made by another install) with its own "My core": a second "My core" came in, which
    the routine editor never makes, and neither could be told apart in Routines."""
    export = tmp_path / "export.json"
    main(["--data-dir", str(logged), "export", "-o", str(export)])
    export.write_text(export.read_text().replace('"my-core"', '"my-core-2"'))
    capsys.readouterr()
    assert main(["--data-dir", str(logged), "import", str(export)]) == 0
    assert ("a routine of yours has the same name, so the file's came in as a copy: “My core” as “My core (copy)”"
            in capsys.readouterr().out.splitlines())
    assert sorted(r.name for r in open_store(logged).routines.all()) == ["My core", "My core (copy)"]


def test_importing_into_a_log_of_ones_own_adds_only_what_is_new_and_keeps_ones_settings(logged, tmp_path, capsys):
    export = tmp_path / "export.json"
    main(["--data-dir", str(logged), "export", "-o", str(export)])
    target = open_store(tmp_path / "target")
    target.settings.save(Settings(units="kg"))
    target.history.save(replace(a_workout(at=moment(2026, 4, 1, 7, 0), sets=1), finished_at=moment(2026, 4, 1, 8, 0)))
    capsys.readouterr()

    assert main(["--data-dir", str(target.directory), "import", str(export)]) == 0
    lines = capsys.readouterr().out.splitlines()[2:]  # after how the file was read
    assert lines == ["added 3 workouts (9 sets), 1 routine, 1 freeze week",
                     "your settings are kept as they are (the file's settings are not applied)"]
    assert open_store(target.directory).settings.get().units == "kg"
    assert len(list(open_store(target.directory).history.all())) == 4


def test_the_workout_in_progress_is_exported_and_imported_without_taking_over_another(data_dir, tmp_path, capsys):
    store = open_store(data_dir)
    store.workout.start(replace(a_workout(sets=2, name="Evening core"), progress={"driver": {"id": "x", "pid": 1}}))
    export = tmp_path / "export.json"
    main(["--data-dir", str(data_dir), "export", "-o", str(export)])
    assert "driver" not in orjson.loads(export.read_bytes())["workout_in_progress"].get("progress", {})

    busy = open_store(tmp_path / "busy")
    busy.workout.start(a_workout(name="Morning push"))
    capsys.readouterr()
    assert main(["--data-dir", str(busy.directory), "import", str(export)]) == 0
    out = capsys.readouterr().out
    assert "the file's workout in progress (“Evening core”) was left out: “Morning push” is in progress here" in out
    assert busy.workout.current().name == "Morning push"

    assert main(["--data-dir", str(tmp_path / "free"), "import", str(export)]) == 0
    assert "the workout in progress (2 sets)" in capsys.readouterr().out
    assert open_store(tmp_path / "free").workout.current().name == "Evening core"
    # Again: the workout in progress is told as such, not counted as one more workout ("1 workout already present"
    # for a file with none finished).
    assert main(["--data-dir", str(tmp_path / "free"), "import", str(export)]) == 0
    assert "nothing to add; the workout in progress already present\n" in capsys.readouterr().out


def _run_python(code: str, env_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "RUNSTRENGTH_HOME": str(env_dir)}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)


@pytest.mark.slow
@pytest.mark.parametrize("argv", [["export"], ["export", "--format", "csv"],
                                  ["import", str(FIXTURES / "strong_export.csv"), "--dry-run"],
                                  ["import", str(FIXTURES / "strong_export.csv"), "--unit", "kg"]])
def test_export_and_import_never_import_textual(logged, argv):
    code = (f"import sys; from tui.cli import main; code = main({argv!r}); "
            "print('textual' in sys.modules, 'rich' in sys.modules, code, file=sys.stderr)")
    done = _run_python(code, logged)
    assert done.stderr.strip().splitlines()[-1] == "False False 0", done.stderr


@pytest.mark.slow
def test_an_import_whose_output_nobody_reads_still_imports_and_does_not_say_nothing_changed(data_dir):
    """`runstrength-tui import file | head -1` said "could not read or write the data: Broken pipe. Nothing was
    changed." after the import had been saved."""
    command = Path(sys.executable).parent / "runstrength-tui"
    reader, writer = os.pipe()
    os.close(reader)  # the reader is gone before the import says a word
    try:
        file = FIXTURES / "imports" / "hevy_kg.csv"
        done = subprocess.run([str(command), "--data-dir", str(data_dir), "import", str(file)], stdout=writer,
                              stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(writer)
    assert done.returncode == 141 and done.stderr == "", done.stderr
    assert open_store(data_dir).history.all(), "the import was saved"


@pytest.mark.slow
def test_the_installed_command_exports(logged, tmp_path):
    command = Path(sys.executable).parent / "runstrength-tui"
    out = tmp_path / "installed.json"
    done = subprocess.run([str(command), "--data-dir", str(logged), "export", "-o", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert len(orjson.loads(out.read_bytes())["workouts"]) == 3
    done = subprocess.run([str(command), "--data-dir", str(logged), "export", "--format", "csv"],
                          capture_output=True, text=True, timeout=120)
    assert done.stdout.startswith("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,"
                                  "Notes,Workout Notes,RPE,Side,Band,Unit,Set ID,Distance Unit,Category,Superset\n")


@pytest.mark.slow
def test_an_export_piped_into_import_dash_brings_everything_across(logged, tmp_path):
    """`runstrength-tui export | runstrength-tui import -`, or a download piped in: `-` is standard input, as other
    commands take it (before: "-: cannot be read (No such file or directory)")."""
    command = str(Path(sys.executable).parent / "runstrength-tui")
    exported = subprocess.run([command, "--data-dir", str(logged), "export"], capture_output=True, timeout=120,
                              check=True).stdout
    target = tmp_path / "copy"
    done = subprocess.run([command, "--data-dir", str(target), "import", "-"], input=exported, capture_output=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().startswith("standard input: read as our JSON export")
    again = subprocess.run([command, "--data-dir", str(target), "export"], capture_output=True, timeout=120,
                           check=True).stdout
    assert again == exported
    strong = (FIXTURES / "imports" / "strong_current_semicolon_kg.csv").read_bytes()
    done = subprocess.run([command, "--data-dir", str(target), "import", "-", "--dry-run"], input=strong,
                          capture_output=True, timeout=120)
    assert done.returncode == 0 and b"standard input: read as Strong (current export)" in done.stdout, done.stderr
    nothing = subprocess.run([command, "--data-dir", str(target), "import", "-"], input=b"", capture_output=True,
                             timeout=120)
    assert nothing.returncode == 2 and nothing.stderr.decode().strip() == "runstrength-tui: standard input: is empty"


def test_an_export_to_a_full_output_or_to_no_name_says_so_and_nothing_else(logged):
    """`export > /dev/full` was blamed on the data ("could not read or write the data: the disk is full"), and
    `-o ''` said "cannot write  (Is a directory)"; `| head` still ends quietly, as it does for any command."""
    app = str(Path(sys.executable).parent / "runstrength-tui")
    with open("/dev/full", "wb") as full:
        result = subprocess.run([app, "--data-dir", str(logged), "export"], stdout=full, stderr=subprocess.PIPE,
                                text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr == ("runstrength-tui: cannot write the export to the standard output (the disk is full); "
                             "nothing was exported\n")
    result = subprocess.run([app, "--data-dir", str(logged), "export", "-o", ""], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 2 and "-o needs the name of a file" in result.stderr
    store = open_store(logged)  # an export far past what a pipe holds, so that `head` leaves before it ends
    store.history.save_many([replace(a_workout(at=moment(2025, 1 + day % 12, 1 + day % 28, 18, 0), sets=10),
                                     finished_at=moment(2025, 1 + day % 12, 1 + day % 28, 18, 30))
                             for day in range(300)])
    result = subprocess.run(f"'{app}' --data-dir '{logged}' export --format csv | head -c 10", shell=True,
                            capture_output=True, text=True, timeout=60)
    assert result.stderr == "" and len(result.stdout) == 10
