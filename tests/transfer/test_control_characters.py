"""Text an import brings (names, notes, ids, categories) never carries a control character to a terminal.

Any file may hold escape sequences, a bell, a carriage return, DEL or C1 controls in any of its text cells: a
set note `a<ESC>[31mred` printed by `export --format csv` to a terminal turns it red, and worse sequences retitle
the window or clear the screen. Each importer is fed such text in every text field it reads; nothing it stores,
exports or reports may hold one (line breaks and tabs are kept: a note may have them).
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata

import orjson
import pytest

from tui.cli import main
from tui.domain.printable import KEPT, one_line
from tui.domain.settings import Settings
from tui.store.open import open_store

# ESC (a colour sequence), BEL, CR, DEL, NEL and CSI (C1): what a terminal may obey.
DIRTY = "\x1b[31m\x07\r\x7f\x85\x9b2J"


def dirty(text: str) -> str:
    """text with control characters in its middle, the rest of it as written."""
    middle = len(text) // 2
    return text[:middle] + DIRTY + text[middle:]


def _controls(text: str) -> list[str]:
    return [char for char in text if char not in KEPT and unicodedata.category(char) == "Cc"]


def _strings(value: object):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _cells(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL).writerows(rows)
    return out.getvalue()


WORKOUT, WORKOUT_NOTE, NOTE = dirty("Leg day"), dirty("Felt strong"), dirty("Slow and controlled")
EXERCISE, CATEGORY, EXERCISE_NOTE = dirty("Zercher Squat"), dirty("Legs"), dirty("Belt on")


def _moment(utc: str) -> dict[str, str]:
    return {"utc": utc, "zone": "Europe/Paris"}


FILES = {
    "strong.csv": _cells([
        ["Workout #", "Date", "Workout Name", "Duration (sec)", "Exercise Name", "Set Order", "Weight (kg)", "Reps",
         "RPE", "Distance (meters)", "Seconds", "Notes", "Workout Notes"],
        ["1", "2024-01-04 17:39:43", WORKOUT, "3600", EXERCISE, "Note", "", "", "", "", "", EXERCISE_NOTE,
         WORKOUT_NOTE],
        ["1", "2024-01-04 17:39:43", WORKOUT, "3600", EXERCISE, "1", "60", "5", "", "", "", NOTE, WORKOUT_NOTE],
        ["1", "2024-01-04 17:39:43", WORKOUT, "3600", EXERCISE, "2", "60", "5", "", "", "", NOTE, WORKOUT_NOTE],
        ["1", "2024-01-04 17:39:43", WORKOUT, "3600", dirty("Treadmill"), "1", "", "", "", "3000", "900", "", ""],
    ]),
    "hevy.csv": _cells([
        ["title", "start_time", "end_time", "description", "exercise_title", "superset_id", "exercise_notes",
         "set_index", "set_type", "weight_kg", "reps", "distance_km", "duration_seconds", "rpe"],
        [WORKOUT, "15 Jan 2024, 18:02", "15 Jan 2024, 19:10", WORKOUT_NOTE, EXERCISE, "", EXERCISE_NOTE, "0",
         "normal", "40", "10", "", "0", ""],
        [WORKOUT, "15 Jan 2024, 18:02", "15 Jan 2024, 19:10", WORKOUT_NOTE, EXERCISE, "", EXERCISE_NOTE, "1",
         "normal", "40", "10", "", "0", ""],
    ]),
    "fitnotes.csv": _cells([
        ["Date", "Exercise", "Category", "Weight", "Weight Unit", "Reps", "Distance", "Distance Unit", "Time",
         "Comment"],
        ["2024-06-01", EXERCISE, CATEGORY, "80.0", "kgs", "5", "", "", "", NOTE],
    ]),
    "liftlog.csv": _cells([
        ["SessionId", "Timestamp", "Exercise", "Weight", "WeightUnit", "Reps", "TargetReps", "Notes"],
        ["b59ab47f-8955-4a23-afa3-5d472dacc575", "2024-10-16T10:45:06", EXERCISE, "60", "kg", "8", "8", NOTE],
    ]),
    "ours.csv": _cells([
        ["Date", "Workout Name", "Duration", "Exercise Name", "Set Order", "Weight", "Reps", "Distance", "Seconds",
         "Notes", "Workout Notes", "RPE", "Side", "Band", "Unit", "Set ID", "Distance Unit", "Category",
         "Superset"],
        ["2024-01-04 17:39:43", WORKOUT, "1h", EXERCISE, "1", "20", "5", "0", "0", NOTE, WORKOUT_NOTE, "", "", "",
         "kg", dirty("set-1"), "", CATEGORY, ""],
    ]),
    "ours.json": json.dumps({
        "format": "runstrength-export", "version": 3,
        "exercises": [{"id": "custom:zercher" + DIRTY, "name": EXERCISE, "category": CATEGORY}],
        "routines": [{"id": dirty("legs"), "name": WORKOUT, "description": NOTE, "format": "sets",
                      "focus": [], "exercise": [{"exercise": "plank", "sets": 3, "hold_s": 30}]}],
        "workouts": [{
            "id": dirty("workout-1"), "routine": None, "name": WORKOUT, "note": WORKOUT_NOTE,
            "started_at": _moment("2024-01-04T16:39:43.000000Z"), "finished_at": _moment("2024-01-04T17:39:43.000000Z"),
            "sets": [{"id": dirty("set-1"), "exercise": "custom:zercher" + DIRTY, "reps": 5, "load": 20, "unit": "kg",
                      "note": NOTE, "bands": [dirty("red")], "logged_at": _moment("2024-01-04T16:45:00.000000Z")}],
        }],
    }),
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_no_control_character_from_an_imported_file_is_stored_exported_or_reported(name, data_dir, tmp_path,
                                                                                   capsys):
    open_store(data_dir).settings.save(Settings(time_zone="Europe/Paris"))
    path = tmp_path / name
    path.write_text(FILES[name], encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "import", str(path)]) == 0
    said = capsys.readouterr()
    assert _controls(said.out + said.err) == [], "the import's report"

    for stored in sorted(data_dir.rglob("*.json")):
        found = [text for text in _strings(orjson.loads(stored.read_bytes())) if _controls(text)]
        assert found == [], stored.name

    assert main(["--data-dir", str(data_dir), "export"]) == 0
    exported = capsys.readouterr().out
    assert _controls(exported) == [] and [text for text in _strings(orjson.loads(exported)) if _controls(text)] == []
    assert one_line(EXERCISE) in exported  # the text itself is kept, its controls dropped (a line break a space)

    assert main(["--data-dir", str(data_dir), "export", "--format", "csv"]) == 0
    exported = capsys.readouterr().out
    assert _controls(exported) == [], "the CSV export"
    assert one_line(EXERCISE) in exported

    for form in ("text", "json"):
        assert main(["--data-dir", str(data_dir), "status", "--format", form]) == 0
        assert _controls(capsys.readouterr().out) == [], f"status --format {form}"


def test_a_name_with_control_characters_is_the_exercise_its_text_names(data_dir, tmp_path):
    """ "Crunch<ESC>[2J" read as "Crunch" but was matched before its controls were dropped: it was kept as an
    exercise of the user's own called "Crunch" (custom:crunch-2j), beside ours, splitting its records in two. A
    line break in a name is a space, a carriage return alone too: "Zercher<CR>Squat" read "ZercherSquat"."""
    path = tmp_path / "strong.csv"
    path.write_text(_cells([
        ["Workout #", "Date", "Workout Name", "Duration (sec)", "Exercise Name", "Set Order", "Weight (kg)", "Reps",
         "RPE", "Distance (meters)", "Seconds", "Notes", "Workout Notes"],
        ["1", "2024-01-04 17:39:43", "Abs", "3600", "Crunch", "1", "", "20", "", "", "", "", ""],
        ["2", "2024-01-06 17:39:43", "Abs", "3600", "Cr\x1b[31mun\x07\x7fch\x9b2J", "1", "", "12", "", "", "", "",
         ""],
        ["2", "2024-01-06 17:39:43", "Abs", "3600", "Zercher\x1b[2J\rSquat", "1", "60", "5", "", "", "", "", ""],
    ]), encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "import", str(path)]) == 0
    store = open_store(data_dir)
    exercises = {logged.exercise_id for workout in store.history.all() for logged in workout.sets}
    assert exercises == {"crunch", "custom:zercher-squat"}
    assert [exercise.name for exercise in store.exercises.all()] == ["Zercher Squat"]
