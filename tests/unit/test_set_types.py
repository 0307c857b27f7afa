"""Warm-up, drop and failure sets (Strong's W/D/F): kept through the store and our export; a warm-up counts for
no record, no progress point and not for the sets that make a workout count toward the streak."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.builders import a_set, a_workout, moment
from tui.domain.catalogue.custom_exercises import ExerciseNameBook
from tui.domain.catalogue.loading import load_catalogue
from tui.domain.progress.progression import summarise
from tui.domain.progress.records import records_set_by
from tui.domain.streaks.training_log import QUALIFYING_SETS
from tui.domain.transfer.data import UserData
from tui.domain.transfer.export_format import encode, from_json, to_document
from tui.domain.workout.model import LoggedSet
from tui.domain.workout.set_values import SetValueError, parse_set_type
from tui.resources import data_dir
from tui.screens.workout_detail import workout_heading
from tui.screens.workout_dialogs import describe_left_in_progress
from tui.screens.workout_summary import summary_text
from tui.store.day_index import index_row

CATALOGUE = load_catalogue(data_dir())


def workout_with(*sets: LoggedSet, day: int = 20):
    start = moment(2026, 11, day, 18, 0)
    return replace(a_workout(at=start), finished_at=start, sets=sets)


def test_a_warm_up_is_no_record_and_does_not_count_toward_the_streak():
    earlier = workout_with(a_set("bench-press", reps=8, load=40.0), day=13)
    today = workout_with(a_set("bench-press", reps=5, load=60.0, set_type="warmup"),
                         a_set("bench-press", reps=8, load=42.5), a_set("bench-press", reps=8, load=42.5))
    records = records_set_by(today, [earlier], "kg", CATALOGUE.bodyweight)
    assert {r.value for r in records if r.kind == "heaviest load"} == {42.5}
    assert today.working_sets == 2 < QUALIFYING_SETS, "two working sets and a warm-up: under 3"
    assert index_row(today)["sets"] == 2, "the calendar and the streak read this count"


def test_the_summary_the_workouts_page_and_history_count_the_same_sets():
    """With a warm-up the summary and a workout's page said 3 sets where History and the calendar said 2."""
    today = workout_with(a_set("bench-press", reps=5, load=60.0, set_type="warmup"),
                         a_set("bench-press", reps=8, load=42.5), a_set("bench-press", reps=8, load=42.5))
    summary = summarise(today, "kg")
    text = summary_text(summary, today, ExerciseNameBook({}))
    assert "Sets       2 + 1 warm-up" in text
    assert ", 2 sets, 1 warm-up" in workout_heading(today, 0)
    assert summary.sets == index_row(today)["sets"] == 2
    # The exercise's own line too: it read "3 sets, 5 reps @ 60 kg, warm-up · ..." beside History's "2 sets", then
    # "2 sets + 1 warm-up, 5 reps @ 60 kg, warm-up · 8 reps @ 42.5 kg · 8 reps @ 42.5 kg".
    assert "bench-press: 2 x 8 reps @ 42.5 kg + 1 warm-up (5 reps @ 60 kg)" in text
    assert "Reps       21 (5 in warm-ups)" in text, "the reps count the warm-up's, and say so"
    assert "Volume     980 kg (300 in warm-ups)" in text, "and so does the volume, which did not say so"
    # And the resume offer, which said "3 sets logged".
    in_progress = replace(today, finished_at=None, progress={})
    assert "2 sets + 1 warm-up logged." in describe_left_in_progress(in_progress, in_progress.started_at.utc)


def test_drop_and_failure_sets_count_like_any_other():
    today = workout_with(a_set(reps=10, set_type="drop"), a_set(reps=6, set_type="failure"), a_set(reps=10))
    assert today.working_sets == QUALIFYING_SETS


@pytest.mark.parametrize(("typed", "kept"), [("w", "warmup"), ("D", "drop"), (" f ", "failure"), ("", "normal"),
                                            ("Warm-up", "warmup"), ("drop  set", "drop"), ("to failure", "failure")])
def test_the_editor_takes_strongs_letters_and_their_names(typed, kept):
    assert parse_set_type(typed) == kept


def test_any_other_letter_is_refused_with_the_choices():
    with pytest.raises(SetValueError, match="W \\(warm-up\\), D \\(drop\\), F \\(failure\\) or empty"):
        parse_set_type("x")
    with pytest.raises(SetValueError):
        parse_set_type("felt strong")  # never its first letter's type


def test_set_types_survive_the_store_form_and_our_json_export():
    warm = a_set(reps=5, set_type="warmup")
    assert LoggedSet.from_data(warm.to_data()) == warm
    assert "type" not in a_set().to_data(), "a normal set's file entry is unchanged"
    data = UserData(workouts=(workout_with(warm),))
    back = from_json(encode(to_document(data)), "export.json", CATALOGUE)
    assert back.workouts[0].sets[0].set_type == "warmup"


def test_a_failed_set_of_no_reps_is_no_record():
    """0 reps at 60 kg: the summary listed "most reps 0 reps" and "heaviest load 60 kg", of a weight not lifted."""
    earlier = workout_with(a_set("bench-press", reps=8, load=40.0), day=13)
    first_time = workout_with(a_set("bench-press", reps=0, load=60.0))
    assert records_set_by(first_time, [], "kg", CATALOGUE.bodyweight) == []
    today = workout_with(a_set("bench-press", reps=0, load=60.0), a_set("bench-press", reps=9, load=40.0))
    records = records_set_by(today, [earlier], "kg", CATALOGUE.bodyweight)
    assert ("most reps", 9) in {(r.kind, r.value) for r in records}
    assert not [r for r in records if r.kind == "heaviest load"], "40 kg as before: the 60 kg was not lifted"
