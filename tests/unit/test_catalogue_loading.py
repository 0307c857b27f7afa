"""A bad data file is refused with a message naming the file, the entry and the field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tui.domain.catalogue.codec import routine_from_data
from tui.domain.catalogue.loading import load_catalogue
from tui.domain.errors import DataFileError
from tui.resources import data_dir


@pytest.fixture
def data_copy(tmp_path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(data_dir(), copy)
    return copy


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1))


def refusal(data: Path) -> str:
    with pytest.raises(DataFileError) as caught:
        load_catalogue(data)
    return str(caught.value)


def test_the_shipped_files_load(data_copy):
    catalogue = load_catalogue(data_copy)
    assert len(catalogue.exercises) >= 40 and len(catalogue.routines) >= 7


def test_an_unknown_measurement_names_file_entry_and_field(data_copy):
    edit(data_copy / "exercises" / "core.toml", 'measurement = "hold"', 'measurement = "seconds"')
    message = refusal(data_copy)
    assert message.startswith("core.toml: exercise 'plank': field 'measurement': 'seconds' is not one of")


def test_a_misspelt_field_is_refused_rather_than_ignored(data_copy):
    edit(data_copy / "exercises" / "core.toml", "why_runners =", "why_runner =")
    assert "core.toml: exercise 'plank': field 'why_runner': is not a known field" in refusal(data_copy)


def test_a_missing_field_is_named(data_copy):
    edit(data_copy / "exercises" / "core.toml", 'name = "Plank"\n', "")
    assert refusal(data_copy) == "core.toml: exercise 'plank': field 'name': is missing"


def test_a_variation_that_is_not_an_exercise_is_named(data_copy):
    edit(data_copy / "exercises" / "core.toml", '"plank-to-press", ', '"plank-to-pres", ')
    assert refusal(data_copy) == "core.toml: exercise 'plank': field 'harder': 'plank-to-pres' is not an exercise id"


def test_a_routine_entry_naming_an_unknown_exercise_is_named(data_copy):
    edit(data_copy / "routines.toml", 'exercise = "superman"', 'exercise = "batman"')
    message = refusal(data_copy)
    assert message == (
        "routines.toml: routine 'four-upper-body-exercises', exercise 1: field 'exercise': "
        "'batman' is not an exercise id"
    )


def test_a_backwards_rep_range_is_refused(data_copy):
    edit(data_copy / "routines.toml", "reps = [12, 15]", "reps = [15, 12]")
    assert "field 'reps': [15, 12] runs backwards" in refusal(data_copy)


def test_reps_for_a_hold_is_refused(data_copy):
    edit(data_copy / "routines.toml", "hold_s = [30, 60]", "reps = [30, 60]")
    message = refusal(data_copy)
    assert "routines.toml: routine 'sample-upper-body-workout', exercise 6: field 'hold_s'" in message
    assert "Plank is a hold" in message


def test_a_file_that_is_not_toml_is_named(data_copy):
    (data_copy / "bands.toml").write_text("[[band]\ncolour = red")
    assert refusal(data_copy).startswith("bands.toml: is not valid TOML")


def test_a_missing_file_is_named(data_copy):
    (data_copy / "sources.toml").unlink()
    assert refusal(data_copy) == "sources.toml: is missing"


def test_an_exercise_defined_twice_is_refused(data_copy):
    shutil.copy(data_copy / "exercises" / "core.toml", data_copy / "exercises" / "zz-copy.toml")
    assert refusal(data_copy).startswith("zz-copy.toml: exercise 'plank': field 'id': is used twice")


def test_a_circuit_without_rounds_is_refused(data_copy):
    text = (data_copy / "routines.toml").read_text()
    start = text.index('format = "circuit"')
    rounds = text.index("rounds =", start)
    line_end = text.index("\n", rounds)
    (data_copy / "routines.toml").write_text(text[:rounds] + text[line_end + 1:])
    assert "field 'rounds': is missing; a circuit needs a number of rounds" in refusal(data_copy)


def test_a_routine_with_no_exercise_is_refused_though_an_empty_workouts_own_copy_has_none():
    raw = {"id": "x", "name": "X", "format": "sets", "focus": [], "exercise": []}
    with pytest.raises(DataFileError, match="routine 'x': field 'exercise': should list at least one entry"):
        routine_from_data(raw, "routines.json", shipped=False)
    assert routine_from_data(raw, "workout.json", shipped=False, may_be_empty=True).entries == ()


@pytest.mark.parametrize(("old", "new"), [("stretch_percent = 200", "stretch_percent = inf"),
                                          ("pounds = 5.5", "pounds = nan")])
def test_an_endless_or_undefined_number_is_refused_naming_its_field(data_copy, old, new):
    """TOML's inf and nan are numbers: inf crashed the loader (OverflowError), found by the fuzz test."""
    edit(data_copy / "bands.toml", old, new)
    assert "bands.toml" in refusal(data_copy) and "should be a number" in refusal(data_copy)


@pytest.mark.parametrize("field", ["sets", "rounds"])
def test_a_billion_sets_or_rounds_in_a_hand_edited_routine_is_refused_not_planned(field):
    """Planning a routine of a billion rounds (or sets) took the app minutes and its memory as the workout started,
    and the routine editor never makes more than 20."""
    entry = {"exercise": "plank", "sets": 1, "hold_s": 30}
    raw = {"id": "x", "name": "X", "format": "circuit", "focus": [], "rounds": 3, "exercise": [entry]}
    (entry if field == "sets" else raw)[field] = 10**9
    with pytest.raises(DataFileError, match=f"field '{field}': should be at most 1000"):
        routine_from_data(raw, "runstrength.json", shipped=False)


@pytest.mark.parametrize(("field", "most"), [("reps", 500), ("hold_s", 3600), ("rest_s", 3600),
                                             ("rest_after_round_s", 3600)])
def test_a_figure_past_what_the_editor_takes_in_a_hand_edited_routine_is_refused(field, most):
    """A rest of 99999 s edited in by hand ran as "Rest 27:46:38" (`-` then made it an hour at once), and the
    routine editor saved it back unchecked: the file is read to the editor's limits, which are the set form's."""
    entry = {"exercise": "plank", "sets": 1, "hold_s": 30} if field == "hold_s" else {"exercise": "crunch", "sets": 3,
                                                                                      "reps": 10}
    raw = {"id": "x", "name": "X", "format": "circuit", "focus": [], "rounds": 3, "exercise": [entry]}
    (raw if field == "rest_after_round_s" else entry)[field] = most
    assert routine_from_data(raw, "runstrength.json", shipped=False)  # the most is taken
    (raw if field == "rest_after_round_s" else entry)[field] = [10, most + 1]
    with pytest.raises(DataFileError, match=f"field '{field}': should be at most {most}"):
        routine_from_data(raw, "runstrength.json", shipped=False)
