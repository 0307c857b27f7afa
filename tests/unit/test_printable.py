"""Names and notes from outside (files, pastes) lose their control characters before they can reach a terminal."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from tests.builders import a_workout
from tui.domain.catalogue.fields import EntryReader
from tui.domain.printable import one_line, printable
from tui.domain.workout.forms import check_name, check_note
from tui.domain.workout.model import Workout
from tui.domain.workout.set_values import parse_note


def test_escape_sequences_are_dropped_whole_and_control_characters_alone():
    # Dropping the escape alone left "]2;title" and "[2J" in the name, drawn as text.
    assert printable("Core \x1b]2;title\x07 day\x1b[2J") == "Core  day"
    assert printable("C1 \x9b31m csi, DEL \x7f, backspace \x08") == "C1  csi, DEL , backspace "
    assert printable("link \x1b]8;;http://x\x1b\\here\x1b]8;;\x1b\\, charset \x1b(B, cut off \x1b]0;PWNED") \
        == "link here, charset , cut off "
    assert printable("two\nlines\tand a tab, Ünïcode ² 💪") == "two\nlines\tand a tab, Ünïcode ² 💪"


def test_bidirectional_controls_are_dropped_and_right_to_left_text_and_emoji_kept():
    # A right-to-left override in an imported name turned the rest of the line around in a terminal that lays
    # out right-to-left text. The letters of Hebrew or Arabic, and the joiner inside an emoji, are not controls.
    assert printable("Row \u202eevil\u202c, \u2067isolated\u2069") == "Row evil, isolated"
    assert printable("תרגיל \u200fתמיכה, تمرين, 🏃\u200d♀️") == "תרגיל \u200fתמיכה, تمرين, 🏃\u200d♀️"


def is_control(char: str) -> bool:
    return (unicodedata.category(char) == "Cc" and char not in "\n\t") or "\u202a" <= char <= "\u202e" or (
        "\u2066" <= char <= "\u2069")


ESCAPES = st.sampled_from(["\x1b[", "\x1b]", "\x9b", "\x1bP", "\x07", "\x1b\\", "\x1b"])


@given(st.lists(st.one_of(st.text(), ESCAPES)).map("".join))
def test_no_control_character_is_left_and_text_without_escapes_keeps_the_rest(text):
    cleaned = printable(text)
    assert not any(is_control(char) for char in cleaned)
    if not any(char in "\x1b\x90\x98\x9b\x9d\x9e\x9f" for char in text):
        assert cleaned == "".join(char for char in text if not is_control(char))


def test_every_way_in_cleans_the_text():
    hostile = "Push \x1b[31m\u202eday\x07"
    assert EntryReader({"name": hostile}, "routines.toml", "x").text("name") == "Push day"
    assert check_name(hostile) == check_note(hostile) == parse_note(hostile) == "Push day"
    stored = a_workout().to_data() | {"name": hostile, "note": hostile}
    read = Workout.from_data(stored)
    assert read.name == read.note == "Push day"


def test_our_json_import_cleans_names_notes_and_custom_exercises(tmp_path):
    # Issue 17: an imported name reached the index and the terminal raw ("pwned" in the window title).
    from dataclasses import replace

    from tests.builders import a_set
    from tui.domain.catalogue.loading import load_catalogue
    from tui.domain.transfer.data import UserData
    from tui.domain.transfer.export_format import encode, from_json, to_document
    from tui.resources import data_dir

    hostile = "Push \x1b]2;pwned\x07 day\x9b"
    workout = a_workout(sets=1)
    workout = replace(workout, finished_at=workout.started_at, sets=(a_set(note=hostile),))
    document = encode(to_document(UserData(workouts=(workout,)))).decode()
    document = document.replace("Test workout", hostile.replace("\x1b", "\\u001b").replace("\x07", "\\u0007")
                                .replace("\x9b", "\\u009b"))
    read = from_json(document, "export.json", load_catalogue(data_dir())).workouts[0]
    assert read.name == "Push  day" and read.sets[0].note == "Push  day"


def test_a_workout_made_any_way_holds_no_control_characters():
    made = a_workout(name="a\x1b[1mb", note="c\x07d")
    assert (made.name, made.note) == ("ab", "cd")


def test_a_name_is_one_line_however_it_comes_and_a_note_keeps_its_lines(tmp_path, capsys):
    """A Strong workout name with a line break split its History row in two, and `status` over two lines."""
    from dataclasses import replace

    import orjson

    from tui.cli import main
    from tui.domain.catalogue.custom_exercises import CustomExercise
    from tui.store.open import open_store

    stored = a_workout().to_data() | {"name": "Leg\nday \t two\u2028three", "note": "first\nsecond"}
    read = Workout.from_data(stored)
    assert (read.name, read.note) == ("Leg day two three", "first\nsecond")
    assert one_line("Push\rday\x85two\x1b[31m three") == "Push day two three", "a lone carriage return breaks a line"
    assert CustomExercise("custom:sled-push", "Sled\r\npush", "Legs\tand more").name == "Sled push"
    assert CustomExercise("custom:sled-push", "Sled push", "Legs\tand more").category == "Legs and more"
    from tui.domain.catalogue.codec import routine_from_data, routine_to_data
    from tui.domain.catalogue.loading import load_catalogue
    from tui.resources import data_dir as shipped

    routine = next(iter(load_catalogue(shipped()).routines.values()))
    imported = routine_to_data(routine._replace(name="Line one\nline two\u2028three\tfour"))
    assert routine_from_data(imported, "export.json", shipped=False).name == "Line one line two three four"
    # A row of the per-day index an older version wrote with the name as it came.
    data = tmp_path / "data"
    store = open_store(data)
    store.history.save(replace(read, finished_at=read.started_at))
    main_file = orjson.loads(store.data.main_path.read_bytes())
    (row,) = main_file["days"].values()
    row["name"] = "Leg\nday\u2028two"
    store.data.main_path.write_bytes(orjson.dumps(main_file))
    assert [summary.name for summary in open_store(data).history.summaries()] == ["Leg day two"]
    capsys.readouterr()
    assert main(["--data-dir", str(data), "status"]) == 0
    printed = capsys.readouterr().out
    assert printed.count("\n") == 1 and printed.endswith("\n") and "\u2028" not in printed
