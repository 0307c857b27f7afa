"""What each exercise of a routine asks for, as the screen says it, with our defaults marked."""

from __future__ import annotations


from tui.domain.catalogue.model import RoutineFormat
from tui.domain.routines.prescription import Figure, entry_figures, has_our_figures, routine_figures, target_text


def test_targets_read_as_the_sources_write_them(catalogue):
    four = catalogue.routines["four-upper-body-exercises"].entries
    assert target_text(four[0]) == "12-15 reps"
    assert target_text(four[3]) == "12-15 reps each side"
    assert target_text(catalogue.routines["runner-ab-workout"].entries[3]) == "30-60 s hold"


def test_sets_and_rest_with_ours_marked(catalogue):
    gym = catalogue.routines["sample-upper-body-workout"].entries[0]
    assert entry_figures(gym, RoutineFormat.STRAIGHT_SETS) == [Figure("3 x 8-12 reps"), Figure("rest 60-90 s", True)]
    stretch = catalogue.routines["post-workout-stretch"].entries[2]  # one set is ours, the 30 s hold is not
    assert entry_figures(stretch, RoutineFormat.STRAIGHT_SETS) == [
        Figure("1 set", True), Figure("30 s hold each side"), Figure("no rest", True),
    ]


def test_a_circuit_shows_the_target_per_round_and_its_rounds(catalogue):
    circuit = catalogue.routines["home-bodyweight-circuit"]
    assert entry_figures(circuit.entries[0], circuit.format) == [Figure("5 reps")]
    assert routine_figures(circuit) == [
        Figure("3 rounds", True), Figure("rest 60-90 s after each round", True), Figure("2-3 times a week", True),
    ]


def test_whether_a_routine_has_any_figure_of_ours(catalogue):
    assert has_our_figures(catalogue.routines["sample-upper-body-workout"])
    own = catalogue.routines["sample-upper-body-workout"]
    assert not has_our_figures(own._replace(entries=tuple(e._replace(ours=()) for e in own.entries)))
