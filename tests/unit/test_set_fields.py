"""A set's form asks only for what its exercise can use (no bands for a bench press, no side for a set done on
both), and never hides a value the set already holds."""

from __future__ import annotations

from tui.domain.workout.set_fields import EVERY_FIELD, SetFields, set_fields
from tui.domain.workout.set_values import SetValues


def test_each_kind_of_exercise_is_asked_for_what_it_can_use(catalogue):
    exercises = catalogue.exercises
    assert set_fields(SetValues(reps=8), exercises["bench-press"]) == SetFields(load=True, bands=False, side=False)
    assert set_fields(SetValues(reps=12), exercises["band-reverse-fly"]) == SetFields(load=False, bands=True,
                                                                                       side=False)
    # A pull-up takes an added load, an assisting one (-20) or a band that helps.
    assert set_fields(SetValues(reps=5), exercises["pull-up"]) == SetFields(load=True, bands=True, side=False)
    assert set_fields(SetValues(reps=10, side="L"), exercises["kettlebell-chainsaw-row"]).side
    # Done per side, a set is on one, whatever the values say yet: a set added in History (prefilled from last time,
    # or imported from an app that writes no side) had no Side field, and could not be given one.
    assert set_fields(SetValues(reps=10), exercises["kettlebell-chainsaw-row"]).side
    # A plank is held with a plate on the back, never with a band.
    assert set_fields(SetValues(hold_s=30), exercises["plank"]) == SetFields(load=True, bands=False, side=False)


def test_a_value_the_set_holds_is_always_shown(catalogue):
    exercises = catalogue.exercises
    # An imported bench press logged with a band, a band row with a load: shown, so they can be read and changed.
    assert set_fields(SetValues(reps=8, bands=("red",)), exercises["bench-press"]).bands
    assert set_fields(SetValues(reps=12, load=2.5), exercises["band-reverse-fly"]).load
    assert set_fields(SetValues(reps=8, side="R"), exercises["bench-press"]).side


def test_one_of_the_users_own_exercises_shows_every_field():
    assert set_fields(SetValues(reps=10), None) == EVERY_FIELD == SetFields(load=True, bands=True, side=True)
