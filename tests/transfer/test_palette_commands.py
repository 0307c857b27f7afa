"""Export and import from the command palette inside the app: a path in a small modal, the outcome notified."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import orjson
import pytest

from tests.app.test_user_keymap import screen_text
from tests.app.waiting import until
from tests.builders import a_workout, moment
from tests.transfer.conftest import FIXTURES, picture
from tui.app import make_app
from tui.domain.settings import Settings
from tui.domain.transfer.strong_csv import OUR_COLUMNS, STRONG_COLUMNS
from tui.screens.pickers import ChoiceScreen
from tui.screens.report import ReportScreen
from tui.screens.transfer_dialog import TransferDialog
from tui.screens.workout import WorkoutScreen
from tui.store.open import open_store


async def _run_command(app, pilot, words: str, path) -> None:
    await pilot.press("ctrl+p")
    await pilot.press(*[{" ": "space"}.get(char, char) for char in words], "enter")
    await until(pilot, lambda: isinstance(app.screen, TransferDialog))  # once the search of the words ends
    app.screen.query_one("#transfer-path").value = str(path)
    await pilot.press("enter")
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def _notes(app) -> list[str]:
    return [n.message for n in app._notifications]


def _report(app) -> str:
    """The import's report on screen, "" until it shows."""
    if not isinstance(app.screen, ReportScreen):
        return ""
    return "\n".join(str(text.render()) for text in app.screen.query(".dialog-title, .dialog-text"))


async def test_export_all_data_as_json_from_the_palette(store, clock, tmp_path):
    store.history.save(replace(a_workout(at=moment(2026, 3, 2, 7, 0), sets=3), finished_at=moment(2026, 3, 2, 8, 0)))
    target = tmp_path / "backup.json"
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await _run_command(app, pilot, "export all data", target)
        assert f"Exported 1 workout (3 sets), 0 routines to {target}" in _notes(app)
    assert len(orjson.loads(target.read_bytes())["workouts"]) == 1


async def test_an_export_says_where_the_file_is_from_the_home_folder(store, clock):
    """Over `serve` the file is written on the machine serving the app: "to runstrength-export-....json" sent a
    phone's user looking for a download. The note names the whole path, from the home folder as ~."""
    (Path.home() / "Backups").mkdir()
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await _run_command(app, pilot, "export all data", "~/Backups")
        (written,) = (Path.home() / "Backups").iterdir()
        assert f"Exported 0 workouts (0 sets), 0 routines to ~/Backups/{written.name}" in _notes(app)


# A file dragged onto the terminal is pasted as a shell would need it: quoted by GNOME Terminal, each space after a
# backslash by macOS Terminal and iTerm2; both with a space after it.
DROPPED = {"GNOME Terminal": lambda path: f"'{path}' ",
           "macOS Terminal": lambda path: str(path).replace(" ", "\\ ") + " "}


@pytest.mark.parametrize("terminal", sorted(DROPPED))
async def test_a_file_dragged_onto_the_terminal_imports_and_exports_at_the_path_it_names(
        terminal, store, clock, tmp_path):
    folder = tmp_path / "My Files"
    folder.mkdir()
    shutil.copy(FIXTURES / "imports" / "hevy_kg.csv", folder / "hevy export.csv")
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await _run_command(app, pilot, "import from file", DROPPED[terminal](folder / "hevy export.csv"))
        await until(pilot, lambda: "Added 2 workouts (5 sets, 1 cardio entry)" in _report(app))
        await pilot.press("enter")  # closed
        await until(pilot, lambda: not isinstance(app.screen, ReportScreen))
        await _run_command(app, pilot, "export all data", DROPPED[terminal](folder / "backup copy.json"))
        exported = f"Exported 2 workouts (5 sets, 1 cardio entry), 0 routines to {folder / 'backup copy.json'}"
        assert exported in _notes(app)
    assert len(orjson.loads((folder / "backup copy.json").read_bytes())["workouts"]) == 2


async def test_an_export_to_a_folder_is_written_there_under_its_suggested_name(store, clock, tmp_path):
    """A folder dragged onto the terminal, or typed, as where to put the export."""
    folder = tmp_path / "Backups"
    folder.mkdir()
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await _run_command(app, pilot, "export sets as csv", DROPPED["GNOME Terminal"](folder))
        (written,) = folder.iterdir()
        assert written.name == "runstrength-sets-2026-11-20.csv"
        assert f"Exported 0 workouts (0 sets) to {written}" in _notes(app)


async def test_export_sets_as_csv_asks_before_replacing_a_file(store, clock, tmp_path):
    target = tmp_path / "sets.csv"
    target.write_text("keep me unless told")
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await _run_command(app, pilot, "export sets as csv", target)
        assert isinstance(app.screen, TransferDialog)  # still asking: the file exists
        assert target.read_text() == "keep me unless told"
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert target.read_text().startswith("Date,Workout Name,Duration,Exercise Name,")


async def test_an_export_into_the_data_directory_is_refused_before_anything_is_asked(store, clock, data_dir):
    """The dialog asked "records.json exists. Press enter again to replace it.", and refused only after the
    second enter."""
    kept = data_dir / "records.json"
    before = kept.read_bytes() if kept.exists() else None
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await _run_command(app, pilot, "export sets as csv", data_dir / "runstrength.json")
        assert isinstance(app.screen, TransferDialog)
        said = str(app.screen.query_one("#transfer-problem").render())
        assert said == f"{data_dir} is the data directory: it holds the app's own files: export to a file outside it."
        await pilot.press("enter")  # asked again: still refused, nothing written
        await pilot.pause()
        assert isinstance(app.screen, TransferDialog)
    assert (kept.read_bytes() if kept.exists() else None) == before
    assert open_store(data_dir).history.summaries() == []


async def test_a_file_that_does_not_name_its_unit_is_imported_in_the_unit_the_user_picks(data_dir, clock):
    """Strong's classic export names no unit. Taken in the settings' unit, a pound file read as kilograms was
    wrong in every record, and importing it again (the README's advice) added nothing: the app asks first."""
    store = open_store(data_dir)
    store.settings.save(Settings(time_zone="Europe/Paris"))  # kg
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await _run_command(app, pilot, "import from file", FIXTURES / "strong_export.csv")
        await until(pilot, lambda: isinstance(app.screen, ChoiceScreen))
        assert app.screen.title_text == "strong_export.csv does not say which unit its weights are in"
        await pilot.press("escape")  # not now
        await until(pilot, lambda: "Nothing was imported from strong_export.csv." in _notes(app))
        assert open_store(data_dir).history.summaries() == []
        await _run_command(app, pilot, "import from file", FIXTURES / "strong_export.csv")
        await until(pilot, lambda: isinstance(app.screen, ChoiceScreen))
        await pilot.press("down", "enter")  # lb, under the user's kg
        await until(pilot, lambda: "Added 3 workouts (11 sets)" in _report(app))
        assert "units: lb, as you chose" in _report(app) and "--unit" not in _report(app)
    workouts = [open_store(data_dir).history.get(row.id) for row in open_store(data_dir).history.summaries()]
    assert {s.unit for w in workouts for s in w.sets if s.load is not None} == {"lb"}


async def test_distances_that_name_no_unit_are_imported_in_the_unit_the_user_picks(data_dir, clock, tmp_path):
    """Strong's classic export names no unit for distances either, and Strong sets it apart from the weights'.
    The report said to import with --distance-unit mi, which a user of the palette cannot: the app asks."""
    store = open_store(data_dir)
    store.settings.save(Settings(time_zone="Europe/Paris"))  # kg
    run = tmp_path / "run.csv"
    header = (FIXTURES / "strong_export.csv").read_text().splitlines()[0]
    run.write_text(f'{header}\n2024-01-10 07:00:00,"Morning run",30m,"Running",1,0,0,5,1500,"","",\n')
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await _run_command(app, pilot, "import from file", run)
        await until(pilot, lambda: isinstance(app.screen, ChoiceScreen))
        assert app.screen.title_text == "run.csv does not say which unit its distances are in"
        await pilot.press("down", "enter")  # mi
        await until(pilot, lambda: "Added 1 workout" in _report(app))
        assert "read distances in mi, as you chose" in _report(app) and "--distance-unit" not in _report(app)
    (workout,) = open_store(data_dir).history.all()
    assert workout.sets[0].distance_m == pytest.approx(8046.72)


async def test_the_whole_report_shows_after_an_import_from_the_palette(store, clock):
    """The notification said what was added, the format and the units, and left out the exercises kept as custom
    ones, which the command line names: a user importing here could not tell one had split off."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await _run_command(app, pilot, "import from file", FIXTURES / "imports" / "hevy_kg.csv")
        await until(pilot, lambda: "Added 2 workouts (5 sets, 1 cardio entry)" in _report(app))
        assert "found 2 workouts" in _report(app) and "kept by name as custom" in _report(app)
        box = app.screen.query_one(".dialog")
        await pilot.pause()
        assert box.max_scroll_y > 0 and box.scroll_y == 0, "taller than a phone, it opens at its title"
        await pilot.press("end", "escape")  # scrolled, then closed
        await until(pilot, lambda: not isinstance(app.screen, ReportScreen))


async def test_a_report_of_a_file_named_with_control_characters_shows_none(store, clock, tmp_path):
    hostile = tmp_path / "ev\x1b]0;owned\x07il\x1b[2J.csv"
    shutil.copy(FIXTURES / "imports" / "hevy_kg.csv", hostile)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await _run_command(app, pilot, "import from file", hostile)
        await until(pilot, lambda: "Added 2 workouts" in _report(app))
        assert "evil.csv: read as Hevy" in _report(app) and "\x1b" not in _report(app) and "\x07" not in _report(app)


STRONG_HEADER = ('"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";"Weight (kg)";'
                 '"Reps";"RPE";"Distance (meters)";"Seconds";"Notes";"Workout Notes"\n')


async def test_the_report_names_the_workouts_dated_after_the_apps_clock(store, clock, tmp_path):
    """A workout months ahead (a day and a month read the wrong way round) was imported without a word: it then
    led History's list and gave "Last time" while `status` skipped it. Ahead of the app's clock, not the machine's."""
    path = tmp_path / "strong.csv"
    path.write_text(STRONG_HEADER + '"1";"2026-11-19 18:00:00";"Push";"3600";"Bench Press (Barbell)";"1";"50";"5";'
                    '"";"";"";"";""\n"2";"2026-11-25 07:00:00";"Pull";"3600";"Pull Up";"1";"";"8";"";"";"";"";""\n')
    app = make_app(store, clock)  # 20 Nov 2026, 18:30
    async with app.run_test(size=(100, 30)) as pilot:
        await _run_command(app, pilot, "import from file", path)
        await until(pilot, lambda: "Added 2 workouts" in _report(app))
        assert "1 workout dated later than now, kept as written" in _report(app)
        assert "“Pull” of Wed 25 Nov 2026, 07:00" in _report(app) and "“Push”" not in _report(app)


async def test_a_workout_in_progress_takes_last_time_from_what_an_import_just_added(store, clock):
    """A workout started before the import said "Last time: not done before" over the workouts just imported."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        app.start_workout(app.catalogue.routines["sample-upper-body-workout"])  # bench press first
        await until(pilot, lambda: isinstance(app.screen, WorkoutScreen) and app.session is not None)
        await pilot.pause()
        workout = app.screen
        last_time = lambda: str(workout.query_one("#workout-last-time").render())  # noqa: E731
        await until(pilot, lambda: "not done before" in last_time())
        await _run_command(app, pilot, "import from file", FIXTURES / "imports" / "hevy_kg.csv")
        await until(pilot, lambda: isinstance(app.screen, ReportScreen))
        await pilot.press("escape")
        await until(pilot, lambda: "6 reps @ 70 kg" in last_time())


def _problem(app) -> str:
    """What the import's dialog says is wrong with the file given, "" with no dialog up."""
    if not isinstance(app.screen, TransferDialog):
        return ""
    return str(app.screen.query_one("#transfer-problem").render())


async def test_a_bad_file_imported_from_the_palette_is_said_in_its_dialog_again_and_changes_nothing(
        data_dir, clock, tmp_path):
    """Said in a note alone, the dialog gone, a path typed again went to the screen beneath: its digits switched
    screens and its enter started a workout."""
    store = open_store(data_dir)
    bad = tmp_path / "bad.csv"
    bad.write_text((FIXTURES / "strong_export.csv").read_text().replace(",62.5,", ",lots,"))
    before = picture(data_dir)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await _run_command(app, pilot, "import from file", bad)
        await until(pilot, lambda: _problem(app).startswith("Nothing was imported: ")
                    and "line 3: Weight should be a number, not 'lots'" in _problem(app))
        field = app.screen.query_one("#transfer-path")
        assert field.value == str(bad) and app.screen.focused is field
        await pilot.press("backspace")  # the path kept to be corrected: its first key wiped it
        await until(pilot, lambda: field.value == str(bad)[:-1])
        await pilot.press("ctrl+u", *"/tmp/1.csv")  # typed again: into the field, not to the screens
        await until(pilot, lambda: _problem(app) == "")  # the bad file's line 3 is not this path's
        await pilot.press("enter")
        await until(pilot, lambda: _problem(app) == "There is no file at /tmp/1.csv.")
        assert app.current_mode == "routines" and app.session is None
    assert picture(data_dir) == before


async def test_an_export_the_disk_refuses_is_said_in_its_dialog_again_with_the_path_kept(store, clock, tmp_path):
    """A folder on a read-only disk: the dialog closed on "Nothing was exported", and the path typed was lost."""
    from tests.app.disks import made_read_only

    folder = tmp_path / "backup disk"
    folder.mkdir()
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        with made_read_only(folder):
            await _run_command(app, pilot, "export all data", folder / "backup.json")
            await until(pilot, lambda: _problem(app).startswith("Nothing was exported: ")
                        and "Read-only file system" in _problem(app))
        field = app.screen.query_one("#transfer-path")
        assert field.value == str(folder / "backup.json") and app.screen.focused is field
        await pilot.press("enter")  # the disk writable again: the same path, exported
        await app.workers.wait_for_complete()
        await until(pilot, lambda: (folder / "backup.json").exists() and not isinstance(app.screen, TransferDialog))


async def test_the_path_fields_hint_shows_whole_on_a_phone(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.press("ctrl+p", *"import from file", "enter")
        await until(pilot, lambda: isinstance(app.screen, TransferDialog))
        await pilot.pause()
        assert "e.g. ~/strong.csv" in screen_text(app)  # was cut to "e.g. ~/strong.cs" (the cursor splits its "f")
        await pilot.press("escape", "ctrl+p", *"export all data as json", "enter")
        await until(pilot, lambda: isinstance(app.screen, TransferDialog) and "Export" in screen_text(app))
        await pilot.press("ctrl+u")
        await until(pilot, lambda: "e.g. ~/backup.json" in screen_text(app))  # an export's, not an import's


async def test_the_import_dialog_wants_a_file_that_exists_and_escape_cancels(store, clock, tmp_path):
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await _run_command(app, pilot, "import from file", tmp_path / "nowhere.csv")
        assert isinstance(app.screen, TransferDialog)
        assert "There is no file at" in str(app.screen.query_one("#transfer-problem").render())
        app.screen.query_one("#transfer-path").value = str(tmp_path)
        await pilot.press("enter")
        await until(pilot, lambda: str(app.screen.query_one("#transfer-problem").render()) ==
                    f"{tmp_path} is a folder: add the file's name.")
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, TransferDialog)


def _cut_short_csv(text: str) -> str:
    return text[: text.index("Russian Twist") + len('Russian Twist"')]


def _cut_inside_a_quote(text: str) -> str:
    return text[: text.index("Russian Twist")]


def _separated_by_bars(text: str) -> str:
    return "\n".join("|".join(f'"{cell}"' for cell in line.split(",")) for line in text.splitlines()[:3]) + "\n"


def _json_cut_short(_: str) -> str:
    return '{"version": 1, "workouts": ['


SPOILED = {"cut short after a cell": _cut_short_csv, "cut inside a quote": _cut_inside_a_quote,
           "separated by bars": _separated_by_bars, "JSON cut short": _json_cut_short}


@pytest.mark.parametrize("spoil", sorted(SPOILED))
async def test_a_bad_file_is_reported_in_a_sentence_with_one_full_stop(spoil, data_dir, clock, tmp_path):
    """The app ends an import's fault with a full stop: a fault said as a question ("is the file cut short?") read
    "cut short?." there, and a file separated by "|" was said to be cut short at line 1."""
    store = open_store(data_dir)
    bad = tmp_path / "bad.csv"
    bad.write_text(SPOILED[spoil]((FIXTURES / "strong_export.csv").read_text()))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await _run_command(app, pilot, "import from file", bad)
        await until(pilot, lambda: _problem(app).startswith("Nothing was imported: "))
        note = _problem(app)
    assert note.endswith(".") and not note.endswith("..")
    assert "?." not in note
    assert ("cut short" in note) == (spoil != "separated by bars")
    assert "--format" not in note  # the command line's option: the dialog has no such thing


async def test_a_header_we_do_not_know_says_what_we_read_and_no_command_line_option(data_dir, clock, tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("when;what;how much\n2024-01-01;squat;100\n")
    app = make_app(open_store(data_dir), clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await _run_command(app, pilot, "import from file", path)
        await until(pilot, lambda: "is not the header of an export we know" in _problem(app))
        assert "--format" not in _problem(app) and _problem(app).endswith("our own CSV or JSON export.")


async def test_our_csv_with_a_weight_and_no_unit_asks_for_the_unit(data_dir, clock, tmp_path):
    """Its weight was dropped (a set of no load) without a word; the app asks for its unit, as for Strong's."""
    store = open_store(data_dir)
    store.settings.save(Settings(time_zone="Europe/Paris"))  # kg
    path = tmp_path / "ours.csv"
    path.write_text(",".join(STRONG_COLUMNS + OUR_COLUMNS) + "\n"
                    "2025-01-01 10:00:00,Hand,30m,Bench press,1,60,8,0,0,,,,,,,,,,\n")
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await _run_command(app, pilot, "import from file", path)
        await until(pilot, lambda: isinstance(app.screen, ChoiceScreen))
        assert app.screen.title_text == "ours.csv does not say which unit its weights are in"
        await pilot.press("down", "enter")  # lb, under the user's kg
        await until(pilot, lambda: "Added 1 workout (1 set)" in _report(app))
    (workout,) = open_store(data_dir).history.all()
    assert [(s.load, s.unit) for s in workout.sets] == [(60.0, "lb")]
