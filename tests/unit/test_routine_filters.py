"""Filters by the equipment you have, by focus and by time combine, and clearing them shows everything."""

from __future__ import annotations

from tui.domain.catalogue.model import Equipment, Focus
from tui.domain.routines.filters import RoutineFilter, needs_only, routine_equipment

E = Equipment


def routine_ids(routine_filter: RoutineFilter, catalogue) -> list[str]:
    return [routine.id for routine in routine_filter.routines(catalogue.routines.values(), catalogue.exercises)]


def test_no_filter_shows_every_routine_and_exercise(catalogue):
    everything = RoutineFilter()
    assert not everything.is_active
    assert routine_ids(everything, catalogue) == list(catalogue.routines)
    assert len(everything.exercises(catalogue.exercises.values())) == len(catalogue.exercises)


def test_with_no_equipment_only_bodyweight_routines_remain(catalogue):
    bodyweight = RoutineFilter(owned=frozenset())
    assert routine_ids(bodyweight, catalogue) == ["runner-ab-workout", "post-workout-stretch"]
    assert all(exercise.equipment == (E.NONE,) for exercise in bodyweight.exercises(catalogue.exercises.values()))


def test_adding_kit_you_own_brings_its_routines_back(catalogue):
    home = RoutineFilter(owned=frozenset({E.CHAIR_OR_BENCH, E.PULL_UP_BAR}))
    assert "four-upper-body-exercises" in routine_ids(home, catalogue)
    assert "home-bodyweight-circuit" in routine_ids(home, catalogue)
    assert "sample-upper-body-workout" not in routine_ids(home, catalogue)  # needs a barbell


def test_an_exercise_needs_all_its_kit_unless_the_gym_is_the_alternative(catalogue):
    ex = catalogue.exercises
    assert not needs_only(ex["band-assisted-pull-up"], frozenset({E.BAND}))
    assert needs_only(ex["band-assisted-pull-up"], frozenset({E.BAND, E.PULL_UP_BAR}))
    assert not needs_only(ex["dumbbell-row"], frozenset({E.DUMBBELL}))
    # A shrug or a thruster works with dumbbells or with a barbell.
    assert needs_only(ex["shoulder-shrug"], frozenset({E.DUMBBELL}))
    assert needs_only(ex["thruster"], frozenset({E.BARBELL_OR_MACHINE}))


def test_focus_filter_keeps_routines_and_exercises_with_that_focus(catalogue):
    core = RoutineFilter(focus=Focus.MOBILITY)
    assert routine_ids(core, catalogue) == ["post-workout-stretch"]
    assert all(Focus.MOBILITY in exercise.focus for exercise in core.exercises(catalogue.exercises.values()))


def test_time_filter_keeps_routines_that_fit_at_the_short_end(catalogue):
    assert routine_ids(RoutineFilter(max_minutes=10), catalogue) == [
        "dumbbell-shoulder-circuit", "post-workout-stretch"]
    # Exercises have no length of their own, so the catalogue stays browsable.
    assert len(RoutineFilter(max_minutes=10).exercises(catalogue.exercises.values())) == len(catalogue.exercises)


def test_filters_combine(catalogue):
    combined = RoutineFilter(query="plank", owned=frozenset(), focus=Focus.CORE, max_minutes=30)
    assert routine_ids(combined, catalogue) == ["runner-ab-workout"]
    assert combined.is_active
    assert combined.describe() == [("Equipment", "none"), ("Focus", "core"), ("Time", "fits in 30 min")]


def test_clearing_turns_every_filter_off(catalogue):
    combined = RoutineFilter(query="plank", owned=frozenset(), focus=Focus.CORE, max_minutes=30)
    assert combined.cleared() == RoutineFilter()
    assert combined.cleared().describe() == [("Equipment", "any"), ("Focus", "any"), ("Time", "any")]


def test_routine_equipment_lists_kit_once_in_catalogue_order(catalogue):
    four = catalogue.routines["four-upper-body-exercises"]
    assert routine_equipment(four, catalogue.exercises) == (E.CHAIR_OR_BENCH, E.PULL_UP_BAR)
    assert routine_equipment(catalogue.routines["runner-ab-workout"], catalogue.exercises) == ()
