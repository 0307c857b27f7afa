"""A past workout edited in two windows at once (two stores on one temp data dir, as two apps are): each form's
save changes only what that form changed, onto the workout as stored then. Before, the second save wrote its
whole workout: a set removed in one window came back when the other renamed the workout. And a workout deleted
while a form had it open came back when the form saved."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.builders import a_workout, moment
from tui.store.errors import WorkoutGoneError
from tui.store.open import open_store


@pytest.fixture
def saved(data_dir):
    workout = a_workout(at=moment(2026, 11, 16, 18, 0), sets=3, name="Core")
    workout = replace(workout, finished_at=workout.started_at)
    open_store(data_dir).history.save(workout)
    return workout


@pytest.mark.parametrize("removed_first", [True, False], ids=["set removed first", "renamed first"])
def test_a_set_removed_in_one_window_and_a_rename_in_the_other_both_stay(data_dir, saved, removed_first):
    window_a, window_b = open_store(data_dir), open_store(data_dir)
    # Both forms opened on the workout as it was.
    without_first_set = replace(saved, sets=saved.sets[1:])
    renamed = replace(saved, name="Core, renamed")
    saves = [(window_b, without_first_set), (window_a, renamed)]
    for window, edited in saves if removed_first else reversed(saves):
        window.history.save_edit(saved, edited)
    stored = open_store(data_dir).history.get(saved.id)
    assert stored is not None
    assert (stored.name, stored.sets) == ("Core, renamed", saved.sets[1:])


def test_sets_changed_in_both_windows_keep_each_windows_change(data_dir, saved):
    window_a, window_b = open_store(data_dir), open_store(data_dir)
    first, second, third = saved.sets
    window_a.history.save_edit(saved, replace(saved, sets=(replace(first, reps=20), second, third)))
    added = replace(third, id="added-in-b", reps=5)
    window_b.history.save_edit(saved, replace(saved, sets=(first, second, replace(third, reps=30), added), note="b"))
    stored = open_store(data_dir).history.get(saved.id)
    assert stored is not None
    assert [logged.reps for logged in stored.sets] == [20, second.reps, 30, 5]
    assert stored.note == "b"


def test_a_workout_deleted_meanwhile_is_not_brought_back_by_a_save(data_dir, saved):
    window_a, window_b = open_store(data_dir), open_store(data_dir)
    assert window_b.history.delete(saved.id)
    with pytest.raises(WorkoutGoneError, match="was deleted since this form opened"):
        window_a.history.save_edit(saved, replace(saved, name="Revived"))
    assert open_store(data_dir).history.get(saved.id) is None
    assert list(open_store(data_dir).history.all()) == []


def test_an_edit_nobody_else_touched_is_saved_as_the_form_has_it_order_and_all(data_dir, saved):
    edited = replace(saved, sets=tuple(reversed(saved.sets)), name="Reordered")
    open_store(data_dir).history.save_edit(saved, edited)
    assert open_store(data_dir).history.get(saved.id) == edited


def test_a_routine_saved_in_two_windows_is_never_written_over_unasked(data_dir):
    """Two windows saving a new routine of one name each said "Saved", and one routine was lost; two edits of one
    routine kept only the later. Each save is checked, under the lock, against what the window read."""
    from tui.domain.catalogue.loading import load_catalogue
    from tui.resources import data_dir as shipped_data_dir
    from tui.store.errors import SavedMeanwhileError

    shipped = load_catalogue(shipped_data_dir()).routines["runner-ab-workout"]
    legs = shipped._replace(shipped=False, id="legs", name="Legs")
    window_a, window_b = open_store(data_dir), open_store(data_dir)
    window_b.routines.save(legs)
    with pytest.raises(SavedMeanwhileError, match="another window has just saved a routine called “Legs”"):
        window_a.routines.save(legs._replace(entries=legs.entries[:1]))  # new in this window, by the same name
    # Both editors opened on Legs as it was; the first save is taken, the second refused with what is stored now.
    window_a.routines.save(legs._replace(entries=legs.entries[:2]), replacing=legs)
    with pytest.raises(SavedMeanwhileError, match="“Legs” was changed in another window since you opened it") as told:
        window_b.routines.save(legs._replace(description="mine"), replacing=legs)
    assert told.value.stored.entries == legs.entries[:2]
    assert [r.entries for r in open_store(data_dir).routines.all()] == [legs.entries[:2]]
    # Told, the user saves again over that change: theirs, knowingly.
    window_b.routines.save(legs._replace(description="mine"), replacing=told.value.stored)
    assert [r.description for r in open_store(data_dir).routines.all()] == ["mine"]
